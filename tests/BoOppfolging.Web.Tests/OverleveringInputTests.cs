using System.Net;
using BoOppfolging.Domain;
using BoOppfolging.Web.Tests.Infrastruktur;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Web.Tests;

/// <summary>
/// The handover form posted with empty, too long, wrong-type, script and SQL-looking values, in every field and as case ids that
/// do not exist: the answer is the form with messages (or 400), never a 500, and no case changes hands. And the administrator who
/// tries to deactivate a bo-oppfølger who still holds open cases gets the page with the message and the way to the handover.
/// </summary>
public sealed class OverleveringInputTests(BoOppfolgingApp app) : IClassFixture<BoOppfolgingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Verdier => new(
        "", "   ", "<script>alert(1)</script>", "' OR 1=1; DROP TABLE Saker; --", new string('å', 5000), "abc", "-1", "9999-99-99",
        "31.02.2026", "00000000-0000-0000-0000-000000000000", "true,false", "Slutter", "Annet", "99", "2999-01-01");

    private Task<Guid> AishaAsync() =>
        app.MedDbAsync(db => db.Users.AsNoTracking().Where(u => u.Email == "bo-oppfolger@demo.no").Select(u => u.Id).SingleAsync(Ct));

    private Task<List<(Guid Id, Guid Versjon, Guid? Primaer, Guid? Sekundaer)>> SakerAsync(Guid brukerId) =>
        app.MedDbAsync(async db => (await db.Saker.AsNoTracking()
                .Where(s => (s.PrimaerkontaktId == brukerId || s.SekundaerkontaktId == brukerId) && SaksstatusRegler.Apne.Contains(s.Status))
                .Select(s => new { s.Id, s.Versjon, s.PrimaerkontaktId, s.SekundaerkontaktId }).ToListAsync(Ct))
            .Select(s => (s.Id, s.Versjon, s.PrimaerkontaktId, s.SekundaerkontaktId)).OrderBy(s => s.Id).ToList());

    [Theory]
    [MemberData(nameof(Verdier))]
    public async Task Overleveringen_gir_aldri_500_og_flytter_ingenting(string verdi)
    {
        var aisha = await AishaAsync();
        var saker = await SakerAsync(aisha);
        Assert.NotEmpty(saker);
        var perioder = await app.MedDbAsync(db => db.Set<Kontaktperiode>().AsNoTracking().CountAsync(Ct));
        var felt = new Dictionary<string, string>
        {
            ["Fra"] = verdi, ["Arsak"] = verdi, ["Begrunnelse"] = verdi, ["TilBrukerId[abc]"] = verdi, ["Versjon[abc]"] = verdi,
            [$"TilBrukerId[{Guid.NewGuid()}]"] = verdi, ["TilBrukerId"] = verdi,
        };
        foreach (var sak in saker)
        {
            felt[$"TilBrukerId[{sak.Id}]"] = verdi;
            felt[$"Versjon[{sak.Id}]"] = verdi;
        }

        var klient = await app.LoggInnAsync("teamleder@demo.no");
        var sti = $"/oppfolging/overlevering/{aisha}";
        using var svar = await klient.PostSkjemaAsync(sti, felt, sti);

        Assert.True(
            svar.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest,
            $"«{verdi[..Math.Min(20, verdi.Length)]}» svarte {(int)svar.StatusCode} {app.Logg.Hendelser.LastOrDefault(e => e.Exception is not null)?.Exception}");
        var html = await svar.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        if (svar.StatusCode == HttpStatusCode.OK) Assert.Contains("For å gå videre må du rette opp dette", html, StringComparison.Ordinal);
        Assert.Equal(saker, await SakerAsync(aisha));
        Assert.Equal(perioder, await app.MedDbAsync(db => db.Set<Kontaktperiode>().AsNoTracking().CountAsync(Ct)));
    }

    [Fact]
    public async Task En_tom_overlevering_viser_feilene_ved_feltene_og_beholder_valgene()
    {
        var aisha = await AishaAsync();
        var sak = (await SakerAsync(aisha))[0];
        var klient = await app.LoggInnAsync("teamleder@demo.no");
        var sti = $"/oppfolging/overlevering/{aisha}";
        using var svar = await klient.PostSkjemaAsync(
            sti, new() { ["Fra"] = "", ["Arsak"] = "Annet", ["Begrunnelse"] = "", [$"TilBrukerId[{sak.Id}]"] = "", [$"Versjon[{sak.Id}]"] = sak.Versjon.ToString() }, sti);

        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        var html = WebUtility.HtmlDecode(await svar.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Velg hvem som skal overta minst én av sakene.", html, StringComparison.Ordinal);
        Assert.Contains("Skriv datoen de nye kontaktene gjelder fra.", html, StringComparison.Ordinal);
        Assert.Contains("Skriv hvorfor sakene overføres.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Begrunnelse-feil\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Fra-feil\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Annet\" checked", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Administratoren_kan_ikke_deaktivere_en_bo_oppfolger_med_apne_saker_og_far_veien_til_overleveringen()
    {
        var aisha = await AishaAsync();
        var antall = (await SakerAsync(aisha)).Count;
        var admin = await app.LoggInnAsync("admin@demo.no");
        var side = $"/admin/brukere/{aisha}";

        using var svar = await admin.PostSkjemaAsync($"{side}/deaktiver", [], side);

        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        var html = WebUtility.HtmlDecode(await svar.Content.ReadAsStringAsync(Ct));
        Assert.Contains($"Kontoen kan ikke deaktiveres ennå: personen er primær- eller sekundærkontakt på {antall} ", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/oppfolging/overlevering/{aisha}\"", html, StringComparison.Ordinal);
        Assert.False(await app.MedDbAsync(db => db.Users.Where(u => u.Id == aisha).Select(u => u.Deaktivert).SingleAsync(Ct)));
    }
}
