using System.Text.RegularExpressions;
using BoOppfolging.Domain;
using Microsoft.Playwright;

namespace BoOppfolging.E2E;

/// <summary>The foundation as people meet it: landing page, log in and out, registration, start pages, admin, errors.</summary>
public sealed class GrunnmurTests(NettleserApp app)
{
    private static int _teller;

    private static string UnikEpost(string navn) => $"{navn}-{Guid.NewGuid():N}@demo.no";

    private static string NyttTestnummer() =>
        Fodselsnummer.LagSyntetisk(new DateOnly(1960, 1, 1).AddDays(Interlocked.Increment(ref _teller) * 97), 600);

    [Fact]
    public async Task Forsiden_vises_paa_norsk_med_hopp_til_hovedinnhold()
    {
        var side = await app.NySideAsync();
        await side.GotoAsync("/");

        Assert.Equal("nb", await side.Locator("html").GetAttributeAsync("lang"));
        await Assertions.Expect(side.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Bo-oppfølging");
        await Assertions.Expect(side.GetByRole(AriaRole.Link, new() { Name = "Hopp til hovedinnhold" })).ToHaveCountAsync(1);
        await side.SjekkTilgjengelighetAsync();
    }

    [Fact]
    public async Task Feil_passord_gir_melding_og_beholder_e_postadressen()
    {
        var side = await app.NySideAsync();
        await side.LoggInnAsync("saksbehandler@demo.no", "helt-feil-passord");

        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToContainTextAsync("Feil e-postadresse eller passord.");
        await Assertions.Expect(side.GetByLabel("E-postadresse")).ToHaveValueAsync("saksbehandler@demo.no");
        await side.SjekkTilgjengelighetAsync();
    }

    [Fact]
    public async Task Registrering_avviser_ugyldig_fodselsnummer_og_godtar_et_gyldig()
    {
        var side = await app.NySideAsync();
        var epost = UnikEpost("ny.innbygger");
        await side.GotoAsync("/konto/registrer");
        await side.SjekkTilgjengelighetAsync();
        await side.GetByLabel("Fornavn").FillAsync("Åsmund");
        await side.GetByLabel("Etternavn").FillAsync("Ødegårdsen");
        await side.GetByLabel("Fødselsnummer (11 siffer)").FillAsync("12345678901");
        await side.GetByLabel("E-postadresse").FillAsync(epost);
        await side.GetByLabel("Passord", new() { Exact = true }).FillAsync("Sterkt-passord-1");
        await side.GetByLabel("Gjenta passordet").FillAsync("Sterkt-passord-1");
        await side.GetByRole(AriaRole.Button, new() { Name = "Lag konto" }).ClickAsync();

        var fnrFelt = side.GetByLabel("Fødselsnummer (11 siffer)");
        await Assertions.Expect(fnrFelt).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(side.GetByText("Fødselsnummeret er ikke gyldig", new() { Exact = false }).First).ToBeVisibleAsync();
        await Assertions.Expect(side.GetByLabel("Fornavn")).ToHaveValueAsync("Åsmund");
        await Assertions.Expect(side.GetByLabel("E-postadresse")).ToHaveValueAsync(epost);
        await side.SjekkTilgjengelighetAsync();

        await fnrFelt.FillAsync(NyttTestnummer());
        await side.GetByLabel("Passord", new() { Exact = true }).FillAsync("Sterkt-passord-1");
        await side.GetByLabel("Gjenta passordet").FillAsync("Sterkt-passord-1");
        await side.GetByRole(AriaRole.Button, new() { Name = "Lag konto" }).ClickAsync();

        await Assertions.Expect(side).ToHaveURLAsync(new Regex("/mine-saker$"));
        await Assertions.Expect(side.GetByRole(AriaRole.Status)).ToContainTextAsync("Kontoen din er opprettet");
        await side.SjekkTilgjengelighetAsync();
    }

    [Fact]
    public async Task Kontoen_sperres_etter_fem_feil_passord()
    {
        var side = await app.NySideAsync();
        var epost = UnikEpost("sperres");
        await side.GotoAsync("/konto/registrer");
        await side.GetByLabel("Fornavn").FillAsync("Sperre");
        await side.GetByLabel("Etternavn").FillAsync("Testesen");
        await side.GetByLabel("Fødselsnummer (11 siffer)").FillAsync(NyttTestnummer());
        await side.GetByLabel("E-postadresse").FillAsync(epost);
        await side.GetByLabel("Passord", new() { Exact = true }).FillAsync("Sterkt-passord-1");
        await side.GetByLabel("Gjenta passordet").FillAsync("Sterkt-passord-1");
        await side.GetByRole(AriaRole.Button, new() { Name = "Lag konto" }).ClickAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Logg ut" }).ClickAsync();

        for (var i = 0; i < 5; i++)
        {
            await side.LoggInnAsync(epost, "feil-passord-" + i);
        }

        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToContainTextAsync("midlertidig sperret");
        await side.LoggInnAsync(epost, "Sterkt-passord-1");
        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToContainTextAsync("midlertidig sperret");
        await side.SjekkTilgjengelighetAsync();
    }

    public static TheoryData<string, string, string> Roller => new()
    {
        { "ola.nordmann@demo.no", "/mine-saker", "Mine saker" },
        { "saksbehandler@demo.no", "/saker", "Innboks og mine saker" },
        { "vurderingsteam@demo.no", "/saker", "Teamets saker" },
        { "bo-oppfolger@demo.no", "/saker", "Mine brukere" },
        { "teamleder@demo.no", "/saker", "Alle saker i enheten" },
        { "admin@demo.no", "/admin/brukere", "Brukerkontoer for ansatte" },
    };

    [Theory]
    [MemberData(nameof(Roller))]
    public async Task Hver_demorolle_lander_paa_sin_startside(string epost, string sti, string overskrift)
    {
        var side = await app.NySideAsync();
        await side.LoggInnAsync(epost);

        await Assertions.Expect(side).ToHaveURLAsync(new Regex(Regex.Escape(sti) + "$"));
        await Assertions.Expect(side.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(overskrift);
        await side.SjekkTilgjengelighetAsync();

        var forsteSak = side.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("BO-\\d{4}-\\d{6}") }).First;
        if (sti != "/admin/brukere" && await forsteSak.CountAsync() > 0)
        {
            await forsteSak.ClickAsync();
            await Assertions.Expect(side.GetByRole(AriaRole.Heading, new() { Name = "Hva har skjedd" })).ToBeVisibleAsync();
            await side.SjekkTilgjengelighetAsync();
        }
    }

    [Fact]
    public async Task Administrator_oppretter_og_deaktiverer_en_ansattkonto()
    {
        var side = await app.NySideAsync();
        await side.LoggInnAsync("admin@demo.no");
        await side.GetByRole(AriaRole.Link, new() { Name = "Opprett konto" }).ClickAsync();
        await side.SjekkTilgjengelighetAsync();

        await side.GetByRole(AriaRole.Button, new() { Name = "Opprett konto" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Velg minst én rolle.").First).ToBeVisibleAsync();
        await side.SjekkTilgjengelighetAsync();

        var epost = UnikEpost("ny.ansatt");
        await side.GetByLabel("Fornavn").FillAsync("Bjørn");
        await side.GetByLabel("Etternavn").FillAsync("Ærlig");
        await side.GetByLabel("E-postadresse (brukes til innlogging)").FillAsync(epost);
        await side.GetByLabel("Saksbehandler").CheckAsync();
        await side.GetByRole(AriaRole.Button, new() { Name = "Opprett konto" }).ClickAsync();

        await Assertions.Expect(side.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Bjørn Ærlig");
        await Assertions.Expect(side.GetByRole(AriaRole.Status)).ToContainTextAsync("Kontoen er opprettet");
        await side.SjekkTilgjengelighetAsync();

        await side.GetByRole(AriaRole.Button, new() { Name = "Deaktiver kontoen" }).ClickAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Status)).ToContainTextAsync("Kontoen er deaktivert");
        await Assertions.Expect(side.GetByRole(AriaRole.Button, new() { Name = "Aktiver kontoen" })).ToBeVisibleAsync();

        await side.GotoAsync("/admin/brukere");
        await Assertions.Expect(side.GetByRole(AriaRole.Row, new() { NameRegex = new Regex("Bjørn Ærlig") })).ToContainTextAsync("Deaktivert");
        await side.SjekkTilgjengelighetAsync();
    }

    [Fact]
    public async Task Ukjent_adresse_gir_norsk_404_side()
    {
        var side = await app.NySideAsync();
        var svar = await side.GotoAsync("/finnes-ikke");

        Assert.Equal(404, svar!.Status);
        await Assertions.Expect(side.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Fant ikke siden");
        await side.SjekkTilgjengelighetAsync();
    }

    [Fact]
    public async Task Innbygger_faar_403_paa_ansattsider_og_404_paa_en_annen_innbyggers_sak()
    {
        var kari = await app.NySideAsync();
        await kari.LoggInnAsync("kari.nordmann@demo.no");
        var karisSak = kari.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("BO-\\d{4}-\\d{6}") }).First;
        var karisUrl = await karisSak.GetAttributeAsync("href");
        Assert.NotNull(karisUrl);

        var ola = await app.NySideAsync();
        await ola.LoggInnAsync("ola.nordmann@demo.no");
        var forbudt = await ola.GotoAsync("/saker");
        Assert.Equal(403, forbudt!.Status);
        await Assertions.Expect(ola.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Du har ikke tilgang til denne siden");
        await ola.SjekkTilgjengelighetAsync();

        var ikkeFunnet = await ola.GotoAsync(karisUrl);
        Assert.Equal(404, ikkeFunnet!.Status);
        await Assertions.Expect(ola.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Fant ikke siden");
    }

    [Fact]
    public async Task Utlogging_avslutter_okten()
    {
        var side = await app.NySideAsync();
        await side.LoggInnAsync("teamleder@demo.no");
        await side.GetByRole(AriaRole.Button, new() { Name = "Logg ut" }).ClickAsync();

        await Assertions.Expect(side.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Du er logget ut");
        await side.SjekkTilgjengelighetAsync();
        await side.GotoAsync("/saker");
        await Assertions.Expect(side).ToHaveURLAsync(new Regex("/konto/logg-inn"));
        await side.SjekkTilgjengelighetAsync();
    }
}
