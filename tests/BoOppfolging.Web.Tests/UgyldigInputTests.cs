using System.Net;
using BoOppfolging.Domain;
using BoOppfolging.Web.Tests.Infrastruktur;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Web.Tests;

/// <summary>
/// Every intake and letter form posted with empty, too long, wrong-type, script and SQL-looking values:
/// the answer is the form with messages (or 400/404), never a 500, and the case is unchanged.
/// </summary>
public sealed class UgyldigInputTests(BoOppfolgingApp app) : IClassFixture<BoOppfolgingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Verdier => new(
        "", "   ", "<script>alert(1)</script>", "' OR 1=1; DROP TABLE Saker; --", new string('å', 5000), "abc", "-1", "9999-99-99",
        "31.02.2026", "00000000-0000-0000-0000-000000000000", "true,false");

    private static readonly string[] Skjemaer = ["adresse", "kontroll", "kontakt", "opplysninger", "tildel", "vurdering", "henvis", "henlegg", "koble", "forelopig-svar"];

    private static readonly string[] Felt =
    [
        "Versjon", "Fodselsnummer", "IMaalgruppen", "DuplikatSjekket", "Notat", "Dato", "Form", "Resultat", "Samtykke", "Beskrivelse",
        "Frist", "SaksbehandlerId", "TeamId", "Tjeneste", "Begrunnelse", "Grunn", "AapenSakId", "ForventetAvgjort", "Adresse", "Postnummer", "Poststed",
    ];

    [Theory]
    [MemberData(nameof(Verdier))]
    public async Task Skjemaene_paa_en_sak_i_mottak_gir_aldri_500_og_endrer_ikke_saken(string verdi)
    {
        var sak = await app.MedDbAsync(db => db.Saker.AsNoTracking()
            .Where(s => s.Status == Saksstatus.Mottatt && s.Kanal != Kanal.Soknad).OrderBy(s => s.Referanse).FirstAsync(Ct));
        var klient = await app.LoggInnAsync("teamleder@demo.no");

        foreach (var skjema in Skjemaer)
        {
            var sti = $"/saker/{sak.Id}/mottak/{skjema}";
            // The token from the case page: a form the case's state does not offer now redirects there (a post still gets validated).
            using var svar = await klient.PostSkjemaAsync(sti, Felt.ToDictionary(f => f, _ => verdi), $"/saker/{sak.Id}");
            Assert.True(svar.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{sti} svarte {(int)svar.StatusCode}");
            if (svar.StatusCode == HttpStatusCode.OK)
            {
                var html = await svar.Content.ReadAsStringAsync(Ct);
                Assert.Contains("For å gå videre må du rette opp dette", html, StringComparison.Ordinal);
                Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
            }
        }

        var etter = await app.MedDbAsync(db => db.Saker.AsNoTracking().SingleAsync(s => s.Id == sak.Id, Ct));
        Assert.Equal((sak.Versjon, sak.Status), (etter.Versjon, etter.Status));
    }

    [Theory]
    [MemberData(nameof(Verdier))]
    public async Task Registrering_av_henvendelse_og_filteret_i_arbeidslisten_gir_aldri_500(string verdi)
    {
        var klient = await app.LoggInnAsync("saksbehandler@demo.no");
        var antall = await app.MedDbAsync(db => db.Saker.CountAsync(Ct));
        string[] henvendelsesfelt =
        [
            "Kanal", "Mottaksform", "Mottatt", "MelderNavn", "MelderRolle", "MelderTelefon", "MelderEpost", "Fornavn", "Etternavn",
            "Fodselsnummer", "Fodselsdato", "Beskrivelse", "Hastegrad",
        ];

        using var henvendelse = await klient.PostSkjemaAsync("/mottak/henvendelse/ny", henvendelsesfelt.ToDictionary(f => f, _ => verdi));
        Assert.Equal(HttpStatusCode.OK, henvendelse.StatusCode);
        Assert.Contains("For å gå videre må du rette opp dette", await henvendelse.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        string[] filterfelt = ["Sok", "Status", "Saksbehandler", "MottattFra", "MottattTil", "BareForsinket", "Sortering", "Synkende", "Side"];
        using var filter = await klient.PostSkjemaAsync("/saker", filterfelt.ToDictionary(f => f, _ => verdi));
        Assert.Equal(HttpStatusCode.OK, filter.StatusCode);

        Assert.Equal(antall, await app.MedDbAsync(db => db.Saker.CountAsync(Ct)));
    }

    [Theory]
    [MemberData(nameof(Verdier))]
    public async Task Vurderingsteamets_skjemaer_og_koen_gir_aldri_500_og_endrer_ikke_saken(string verdi)
    {
        // A demo case with the vurderingsteam that nobody has taken (no Kartlegging yet: Guid.Empty is a valid version).
        var sak = await app.MedDbAsync(db => db.Saker.AsNoTracking()
            .Where(s => s.Status == Saksstatus.TilVurdering && !db.Set<Domain.Kartlegging>().Any(k => k.SakId == s.Id))
            .OrderBy(s => s.Referanse).FirstAsync(Ct));
        var klient = await app.LoggInnAsync("teamleder@demo.no");
        string[] felt = ["Versjon", "Dato", "TilStede", "Konklusjon", "Begrunnelse", "VurdererId"];

        foreach (var skjema in new[] { "mote", "tildel" })
        {
            var sti = $"/saker/{sak.Id}/vurdering/{skjema}";
            using var svar = await klient.PostSkjemaAsync(sti, felt.ToDictionary(f => f, _ => verdi), sti);
            Assert.True(svar.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{sti} svarte {(int)svar.StatusCode}");
            if (svar.StatusCode == HttpStatusCode.OK)
            {
                var html = await svar.Content.ReadAsStringAsync(Ct);
                Assert.Contains("For å gå videre må du rette opp dette", html, StringComparison.Ordinal);
                Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
            }
        }

        using var ko = await klient.GetAsync($"/vurdering?Status={Uri.EscapeDataString(verdi)}&Hvem={Uri.EscapeDataString(verdi)}&Side={Uri.EscapeDataString(verdi)}", Ct);
        Assert.Equal(HttpStatusCode.OK, ko.StatusCode);

        var etter = await app.MedDbAsync(db => db.Saker.AsNoTracking().SingleAsync(s => s.Id == sak.Id, Ct));
        Assert.Equal((sak.Versjon, sak.Status), (etter.Versjon, etter.Status));
        Assert.False(await app.MedDbAsync(db => db.Set<Domain.Kartlegging>().AnyAsync(k => k.SakId == sak.Id, Ct)));
    }

    [Theory]
    [MemberData(nameof(Verdier))]
    public async Task Skjemaene_for_samtykke_gir_aldri_500_og_endrer_ikke_saken(string verdi)
    {
        // Staff: a demo case with the vurderingsteam, where the team leader may register a consent.
        var hosTeamet = await app.MedDbAsync(db => db.Saker.AsNoTracking()
            .Where(s => s.Status == Saksstatus.TilVurdering).OrderBy(s => s.Referanse).FirstAsync(Ct));
        // The citizen: Kari's application, with the vurderingsteam, where she may give one for a pårørende.
        var karis = await app.MedDbAsync(db => db.Saker.AsNoTracking()
            .Where(s => s.Person!.Fornavn == "Kari" && s.Person.Etternavn == "Nordmann" && s.Status == Saksstatus.TilVurdering).FirstAsync(Ct));
        var samtykker = await app.MedDbAsync(db => db.Samtykker.CountAsync(Ct));

        var teamleder = await app.LoggInnAsync("teamleder@demo.no");
        var sti = $"/saker/{hosTeamet.Id}/samtykker/ny";
        string[] felt = ["Versjon", "Formaal", "Navn", "Relasjon", "Form", "Dato"];
        using (var svar = await teamleder.PostSkjemaAsync(sti, felt.ToDictionary(f => f, _ => verdi), sti))
        {
            await SkjemaMedFeilAsync(svar, sti);
        }

        var kari = await app.LoggInnAsync("kari.nordmann@demo.no");
        var minSti = $"/mine-saker/{karis.Id}/samtykker/ny";
        string[] minefelt = ["Versjon", "Valg", "Navn", "Relasjon", "Bekreft", "Endre"];
        using (var svar = await kari.PostSkjemaAsync(minSti, minefelt.ToDictionary(f => f, _ => verdi), minSti))
        {
            await SkjemaMedFeilAsync(svar, minSti);
        }

        foreach (var sak in new[] { hosTeamet, karis })
        {
            var etter = await app.MedDbAsync(db => db.Saker.AsNoTracking().SingleAsync(s => s.Id == sak.Id, Ct));
            Assert.Equal((sak.Versjon, sak.Status), (etter.Versjon, etter.Status));
        }

        Assert.Equal(samtykker, await app.MedDbAsync(db => db.Samtykker.CountAsync(Ct)));
    }

    private static async Task SkjemaMedFeilAsync(HttpResponseMessage svar, string sti)
    {
        Assert.True(svar.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{sti} svarte {(int)svar.StatusCode}");
        if (svar.StatusCode == HttpStatusCode.OK)
        {
            var html = await svar.Content.ReadAsStringAsync(Ct);
            Assert.Contains("For å gå videre må du rette opp dette", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        }
    }
}
