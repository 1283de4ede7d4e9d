using System.Net;
using BoOppfolging.Domain;
using BoOppfolging.Web.Tests.Infrastruktur;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Web.Tests;

/// <summary>
/// Every follow-up form (assign contacts, plan, register, document, correct, capacity, stand-in access) posted with empty, too long, wrong-type, script and
/// SQL-looking values: the answer is the form with messages (or 400/404), never a 500, and no visit or contact is added or changed.
/// </summary>
public sealed class OppfolgingInputTests(BoOppfolgingApp app) : IClassFixture<BoOppfolgingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Verdier => new(
        "", "   ", "<script>alert(1)</script>", "' OR 1=1; DROP TABLE Besok; --", new string('å', 5000), "abc", "-1", "9999-99-99",
        "31.02.2026", "25:61", "00000000-0000-0000-0000-000000000000", "true,false", "1441", "IkkeTruffet", "Gjennomfort");

    private static readonly string[] Felt =
    [
        "Versjon", "BesokId", "PrimaerkontaktId", "SekundaerkontaktId", "Fra", "Begrunnelse", "UtfortAv", "Dato", "Start", "Slutt", "Minutter",
        "Type", "Utfall", "Arsak", "Omrader", "Maal[0].MaalId", "Maal[0].Tekst", "Notat", "Korreksjonsarsak", "Timer",
        "Sok", "Grunn", "DekkerFor",
    ];

    [Theory]
    [MemberData(nameof(Verdier))]
    public async Task Oppfolgingsskjemaene_gir_aldri_500_og_endrer_ingenting(string verdi)
    {
        var sak = await app.MedDbAsync(db => db.Saker.AsNoTracking().Where(s => s.Status == Saksstatus.IOppfolging)
            .OrderBy(s => s.Referanse).Select(s => s.Id).FirstAsync(Ct));
        var aisha = await app.MedDbAsync(db => db.Users.AsNoTracking().Where(u => u.Email == "bo-oppfolger@demo.no").Select(u => u.Id).SingleAsync(Ct));
        var (planlagt, registrert) = await app.MedDbAsync(async db => (
            await db.Set<Besok>().AsNoTracking().Where(b => b.SakId == sak && b.Status == Besoksstatus.Planlagt).Select(b => b.Id).FirstAsync(Ct),
            await db.Set<Besok>().AsNoTracking().Where(b => b.SakId == sak && b.Status == Besoksstatus.Registrert).Select(b => b.Id).FirstAsync(Ct)));
        var vikarFor = await app.MedDbAsync(db => db.Set<Vikartilgang>().CountAsync(Ct));
        var for_ = await app.MedDbAsync(async db => (
            await db.Set<Besok>().AsNoTracking().CountAsync(Ct), await db.Set<Kontaktperiode>().AsNoTracking().CountAsync(Ct),
            await db.Set<Besok>().AsNoTracking().Where(b => b.SakId == sak).Select(b => b.Versjon).ToListAsync(Ct)));

        foreach (var (bruker, stier) in new[]
        {
            ("teamleder@demo.no", new[] { $"/saker/{sak}/oppfolging/kontakter", $"/oppfolging/kapasitet/{aisha}" }),
            ("bo-oppfolger@demo.no", new[] { $"/saker/{sak}/besok/planlegg", $"/saker/{sak}/besok/ny", $"/saker/{sak}/besok/{planlagt}/registrer", $"/saker/{sak}/besok/{registrert}/rett", "/oppfolging/vikar" }),
        })
        {
            var klient = await app.LoggInnAsync(bruker);
            foreach (var sti in stier)
            {
                using var svar = await klient.PostSkjemaAsync(sti, Felt.ToDictionary(f => f, _ => verdi), sti);
                Assert.True(svar.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{sti} med «{verdi[..Math.Min(20, verdi.Length)]}» svarte {(int)svar.StatusCode} {app.Logg.Hendelser.LastOrDefault(e => e.Exception is not null)?.Exception}");
                var html = await svar.Content.ReadAsStringAsync(Ct);
                Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
                if (svar.StatusCode == HttpStatusCode.OK) Assert.Contains("For å gå videre må du rette opp dette", html, StringComparison.Ordinal);
            }
        }

        var etter = await app.MedDbAsync(async db => (
            await db.Set<Besok>().AsNoTracking().CountAsync(Ct), await db.Set<Kontaktperiode>().AsNoTracking().CountAsync(Ct),
            await db.Set<Besok>().AsNoTracking().Where(b => b.SakId == sak).Select(b => b.Versjon).ToListAsync(Ct)));
        Assert.Equal((for_.Item1, for_.Item2), (etter.Item1, etter.Item2));
        Assert.False(await app.MedDbAsync(db => db.Set<Oppfolgerkapasitet>().AnyAsync(k => k.BrukerId == aisha, Ct)));
        Assert.Equal(vikarFor, await app.MedDbAsync(db => db.Set<Vikartilgang>().CountAsync(Ct)));
        Assert.Equal(for_.Item3.Order(), etter.Item3.Order());
    }
}
