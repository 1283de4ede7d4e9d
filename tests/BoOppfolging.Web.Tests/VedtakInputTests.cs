using System.Net;
using BoOppfolging.Domain;
using BoOppfolging.Web.Tests.Infrastruktur;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Web.Tests;

/// <summary>
/// Every vedtak form (the draft, sending, taking back, approving, returning, starting an endring) posted with empty,
/// too long, wrong-type, script and SQL-looking values: the answer is the page with messages (or 400/404), never a 500,
/// and neither the vedtak nor the case changes.
/// </summary>
public sealed class VedtakInputTests(BoOppfolgingApp app) : IClassFixture<BoOppfolgingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Verdier => new(
        "", "   ", "<script>alert(1)</script>", "' OR 1=1; DROP TABLE Vedtak; --", new string('å', 5000), "abc", "-1", "9999-99-99",
        "31.02.2026", "00000000-0000-0000-0000-000000000000", "true,false", "168,25", "Avslag");

    private static readonly string[] Felt =
    [
        "Versjon", "Utfall", "HjemmelId", "Omrader", "Timer", "Enhet", "Fra", "Til", "Evalueringsdato", "Mal", "BegrunnelseRegler", "BegrunnelseFakta",
        "BegrunnelseVurdering", "IkkeInnvilget", "AnnenHjelp", "IplosBegrunnelse", "Vilkar", "Endringsgrunn", "Knapp", "Arsaker", "Begrunnelse", "Type",
    ];

    [Theory]
    [MemberData(nameof(Verdier))]
    public async Task Vedtaksskjemaene_gir_aldri_500_og_endrer_ingenting(string verdi)
    {
        var vedtak = await app.MedDbAsync(db => db.Set<Domain.Vedtak>().AsNoTracking().Where(v => v.Status != Vedtaksstatus.Vedtatt).ToListAsync(Ct));
        Assert.Contains(vedtak, v => v.Status == Vedtaksstatus.Utkast);
        Assert.Contains(vedtak, v => v.Status == Vedtaksstatus.TilGodkjenning);
        var endres = await app.MedDbAsync(db => db.Saker.AsNoTracking().Where(s => s.Status == Saksstatus.Vedtatt).Select(s => s.Id).FirstAsync(Ct));
        var klient = await app.LoggInnAsync("teamleder@demo.no");

        foreach (var v in vedtak)
        {
            var side = $"/saker/{v.SakId}/vedtak/{v.Id}";
            foreach (var sti in new[] { side, $"{side}/tilbake", $"{side}/godkjenn", $"{side}/underkjenn" })
            {
                using var svar = await klient.PostSkjemaAsync(sti, Felt.ToDictionary(f => f, _ => verdi), side);
                Assert.True(svar.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{sti} svarte {(int)svar.StatusCode}");
                var html = await svar.Content.ReadAsStringAsync(Ct);
                Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
                if (svar.StatusCode == HttpStatusCode.OK) Assert.Contains("For å gå videre må du rette opp dette", html, StringComparison.Ordinal);
            }
        }

        using (var svar = await klient.PostSkjemaAsync($"/saker/{endres}/vedtak/endring", Felt.ToDictionary(f => f, _ => verdi), $"/saker/{endres}/vedtak/endring"))
        {
            Assert.True(svar.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"endring svarte {(int)svar.StatusCode}");
        }

        var etter = await app.MedDbAsync(db => db.Set<Domain.Vedtak>().AsNoTracking().ToListAsync(Ct));
        foreach (var v in vedtak)
        {
            var na = etter.Single(e => e.Id == v.Id);
            Assert.Equal((v.Versjon, v.Status), (na.Versjon, na.Status));
        }

        Assert.Equal(0, etter.Count(e => e.SakId == endres && e.Status != Vedtaksstatus.Vedtatt));
    }

    [Theory]
    [MemberData(nameof(Verdier))]
    public async Task Klar_til_utsending_gir_aldri_500_og_sender_ingenting(string verdi)
    {
        var klare = await app.MedDbAsync(db => (
            from v in db.Set<Domain.Vedtak>().AsNoTracking()
            where v.Status == Vedtaksstatus.Vedtatt && v.BrevId != null
            join b in db.Brev.AsNoTracking() on v.BrevId equals b.Id
            where b.Status == Brevstatus.Utkast
            select b.Id).ToListAsync(Ct));
        Assert.NotEmpty(klare);
        var klient = await app.LoggInnAsync("teamleder@demo.no");

        // Every field bad at once, and a real letter with a bad date or channel: the list again with messages, or 400; never 500.
        var skjemaer = new[]
        {
            new Dictionary<string, string> { ["BrevIder"] = verdi, ["SendtDato"] = verdi, ["Forsendelse"] = verdi, ["SideNummer"] = verdi },
            new Dictionary<string, string> { ["BrevIder"] = klare[0].ToString(), ["SendtDato"] = verdi, ["Forsendelse"] = "Post" },
            new Dictionary<string, string> { ["BrevIder"] = klare[0].ToString(), ["SendtDato"] = "2026-11-30", ["Forsendelse"] = verdi },
        };
        foreach (var skjema in skjemaer)
        {
            using var svar = await klient.PostSkjemaAsync("/vedtak/utsending", skjema, "/vedtak/utsending");
            Assert.True(svar.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"utsending svarte {(int)svar.StatusCode}");
            var html = await svar.Content.ReadAsStringAsync(Ct);
            Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
            if (svar.StatusCode == HttpStatusCode.OK) Assert.Contains("For å gå videre må du rette opp dette", html, StringComparison.Ordinal);
        }

        using (var pdf = await klient.GetAsync($"/vedtak/utsending/pdf?brev={Uri.EscapeDataString(verdi)}", Ct))
        {
            Assert.True(pdf.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"pdf svarte {(int)pdf.StatusCode}");
        }

        var etter = await app.MedDbAsync(db => db.Brev.AsNoTracking().Where(b => klare.Contains(b.Id)).Select(b => b.Status).ToListAsync(Ct));
        Assert.All(etter, s => Assert.Equal(Brevstatus.Utkast, s));
    }
}
