using BoOppfolging.Application.Kartlegging;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Iplos;
using BoOppfolging.Tests.Felles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoOppfolging.Application.Tests;

/// <summary>
/// The mapping with the citizen through its service, on a real SQLite file: who may do it, the messages a
/// rejected form gets, a stale version, the innstilling's bounds and the only outcome without a mapping, and
/// corrections of a finished mapping that need a reason and keep the earlier version.
/// </summary>
public sealed class KartleggingsarbeidServiceTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Idag => Norsktid.Dato(database.Tid.GetUtcNow());

    /// <summary>A vurderingsteam with one member (the user returned), saved.</summary>
    private async Task<(Team Team, TestBruker Medlem)> TeamAsync()
    {
        var medlem = TestBruker.Med(Roller.Vurderingsteam);
        var team = new Team("Vurderingsteam " + Guid.NewGuid().ToString("N")[..6], Teamtype.Vurderingsteam);
        team.LeggTilMedlem(medlem.Id!.Value);
        await using var scope = database.Scope();
        scope.Db().Team.Add(team);
        await scope.Db().SaveChangesAsync(Ct);
        return (team, medlem);
    }

    /// <summary>A case the team has taken into mapping, after <paramref name="steg"/>.</summary>
    private async Task<(Sak Sak, TestBruker Medlem)> IKartleggingAsync(Action<Infrastructure.Saksbygging.Saksbygger>? steg = null)
    {
        var (team, medlem) = await TeamAsync();
        var sak = await database.LagreSakAsync(b =>
        {
            b.Som(medlem.Id!.Value).TilStatus(Saksstatus.TilVurdering, team.Id).StartKartlegging();
            steg?.Invoke(b);
        });
        return (sak, medlem);
    }

    private async Task<Iplosliste> IplosAsync()
    {
        await using (var scope = database.Scope())
        {
            await Iploskatalog.SeedAsync(scope.Db(), Ct);
        }

        return await database.Services.GetRequiredService<IIploskatalog>().GjeldendeAsync(Ct);
    }

    private async Task<Domain.Kartlegging> KartleggingAsync(Guid sakId)
    {
        await using var scope = database.Scope();
        return await scope.Db().Set<Domain.Kartlegging>().AsNoTracking().SingleAsync(k => k.SakId == sakId, Ct);
    }

    private async Task<Sak> SakAsync(Guid sakId)
    {
        await using var scope = database.Scope();
        return await scope.Db().Saker.AsNoTracking().SingleAsync(s => s.Id == sakId, Ct);
    }

    private async Task<Result> SomAsync(TestBruker bruker, Func<KartleggingsarbeidService, Task<Result>> gjor)
    {
        await using var scope = database.Scope(bruker);
        return await gjor(scope.Get<KartleggingsarbeidService>());
    }

    private KartleggingsmoteCommand Mote(Guid sakId, Guid versjon, IReadOnlyList<MotedeltakerInput>? andre = null) =>
        new(sakId, versjon, Idag, Motested.Hjemme, true, andre ?? [], "Jeg vil klare regningene selv.", null);

    private MaalCommand Maal(Guid sakId, Guid versjon, Guid? maalId = null, string tekst = "Betale husleia selv", string? korrigering = null) =>
        new(sakId, versjon, maalId, tekst, Hjelpeomrade.OkonomiOgNav, "Ingen purringer på tre måneder", Idag.AddMonths(6), korrigering);

    private InnstillingCommand Innvilg(Guid sakId, Guid versjon, string timer = "5", string? korrigering = null) =>
        new(sakId, versjon, Innstillingsutfall.Innvilge, [Hjelpeomrade.OkonomiOgNav], timer, Timeenhet.Uke, Idag.AddDays(14), Idag.AddYears(1),
            Idag.AddMonths(6), "Trenger hjelp med økonomien.", korrigering);

    private static void Lykkes(Result result) => Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => $"{e.Felt}: {e.Melding}")));

    [Fact]
    public async Task Et_teammedlem_kartlegger_ferdigstiller_og_skriver_innstillingen_og_saken_stopper_i_innstilling()
    {
        var liste = await IplosAsync();
        var (sak, medlem) = await IKartleggingAsync(b => b.FerdigIplosvurdering(liste));

        Lykkes(await SomAsync(medlem, async s => await s.RegistrerMoteAsync(Mote(sak.Id, (await KartleggingAsync(sak.Id)).Versjon), Ct)));
        Lykkes(await SomAsync(medlem, async s => await s.LagreBehovAsync(new(sak.Id, (await KartleggingAsync(sak.Id)).Versjon,
            [new(Hjelpeomrade.OkonomiOgNav, "Regningene hoper seg opp.", "Hjelp med budsjett.", Prioritet.Hoy), new(Hjelpeomrade.Nettverk, " ", "", null)], null), Ct)));
        Lykkes(await SomAsync(medlem, async s => await s.LagreMaalAsync(Maal(sak.Id, (await KartleggingAsync(sak.Id)).Versjon), Ct)));
        Lykkes(await SomAsync(medlem, async s => await s.FerdigstillAsync(new(sak.Id, (await KartleggingAsync(sak.Id)).Versjon), Ct)));
        Lykkes(await SomAsync(medlem, async s => await s.SkrivInnstillingAsync(Innvilg(sak.Id, (await KartleggingAsync(sak.Id)).Versjon, " 7.75 "), Ct)));

        var k = await KartleggingAsync(sak.Id);
        Assert.Equal([Hjelpeomrade.OkonomiOgNav], k.Behov.Select(b => b.Omrade)); // the area left empty has no need
        Assert.NotNull(k.Ferdigstilt);
        Assert.Equal((31, Timeenhet.Uke), (k.Innstilling!.Kvarter, k.Innstilling.Enhet));
        Assert.Equal(Saksstatus.Innstilling, (await SakAsync(sak.Id)).Status);
    }

    [Fact]
    public async Task En_bo_oppfolger_og_et_medlem_av_et_annet_team_faar_ikke_funnet_kartleggingen()
    {
        var bo = TestBruker.Med(Roller.BoOppfolger);
        var (sak, _) = await IKartleggingAsync(b => b.TildelKontakter(bo.Id!.Value));
        var (_, annetTeam) = await TeamAsync();
        var versjon = (await KartleggingAsync(sak.Id)).Versjon;

        foreach (var bruker in new[] { annetTeam, TestBruker.Med(Roller.BoOppfolger), TestBruker.Med(Roller.Innbygger, sak.PersonId) })
        {
            await using var scope = database.Scope(bruker);
            Assert.True((await scope.Get<KartleggingsarbeidService>().HentAsync(sak.Id, Ct)).IsNotFound);
            Assert.True((await scope.Get<KartleggingsarbeidService>().RegistrerMoteAsync(Mote(sak.Id, versjon), Ct)).IsNotFound);
        }

        // The case's own bo-oppfølger sees the mapping (staff on the case) but may not change it.
        await using (var scope = database.Scope(bo))
        {
            var visning = (await scope.Get<KartleggingsarbeidService>().HentAsync(sak.Id, Ct)).Value;
            Assert.False(visning.Handlinger.Noen);
            Assert.True((await scope.Get<KartleggingsarbeidService>().LagreMaalAsync(Maal(sak.Id, versjon), Ct)).IsNotFound);
        }

        Assert.Equal(versjon, (await KartleggingAsync(sak.Id)).Versjon);
    }

    [Fact]
    public async Task Ugyldige_skjemaer_gir_norske_meldinger_ved_feltene_og_endrer_ingenting()
    {
        var (sak, medlem) = await IKartleggingAsync();
        var versjon = (await KartleggingAsync(sak.Id)).Versjon;

        var mote = await SomAsync(medlem, s => s.RegistrerMoteAsync(
            new(sak.Id, versjon, Idag.AddDays(1), null, null, [new("Eva", "", false), new(null, null, false)], " ", new string('x', 4001)), Ct));
        Assert.Equal(new Dictionary<string, string>
        {
            ["Dato"] = "Møtet kan ikke ha en dato fram i tid.",
            ["Sted"] = "Velg hvor møtet ble holdt.",
            ["BrukerenDeltok"] = "Svar på om innbyggeren deltok.",
            ["Andre[0].Rolle"] = "Skriv rollen, for eksempel «datter» eller «NAV-veileder».",
            ["BrukerensSyn"] = "Skriv innbyggerens eget syn, med innbyggerens egne ord.",
            ["Korrigering"] = "Begrunnelsen for endringen kan ha høyst 4000 tegn.",
        }, mote.Errors.ToDictionary(e => e.Felt!, e => e.Melding));

        var behov = await SomAsync(medlem, s => s.LagreBehovAsync(new(sak.Id, versjon, [new(Hjelpeomrade.Ernaering, "Spiser lite.", null, null)], null), Ct));
        Assert.Equal(
            [("Behov[0].HjelpSomTrengs", "Skriv hjelpen som trengs, eller la begge feltene for området stå tomme."), ("Behov[0].Prioritet", "Velg prioritet for området.")],
            behov.Errors.Select(e => (e.Felt, e.Melding)));

        var maal = await SomAsync(medlem, s => s.LagreMaalAsync(Maal(sak.Id, versjon) with { Maldato = Idag }, Ct));
        Assert.Equal(("Maldato", "Datoen målet skal være nådd, må være fram i tid."), (maal.Error!.Felt, maal.Error.Melding));

        Assert.Equal(versjon, (await KartleggingAsync(sak.Id)).Versjon);
    }

    [Fact]
    public async Task Timene_i_innstillingen_er_hele_kvarter_med_desimalkomma_og_hoyst_168_i_uka()
    {
        var liste = await IplosAsync();
        var (sak, medlem) = await IKartleggingAsync(b => b.RegistrerKartleggingsmote().LagreBehov().LagreMaal().FerdigIplosvurdering(liste).FerdigstillKartlegging());
        var versjon = (await KartleggingAsync(sak.Id)).Versjon;

        foreach (var (timer, melding) in new[]
        {
            ("2:30", "Skriv timene som et tall med desimalkomma, for eksempel 2,5."),
            ("2,3", "Timene må gå opp i hele kvarter: ,25 ,5 eller ,75, for eksempel 2,25."),
            ("0", "Antall timer må være mer enn 0."),
            ("", "Skriv antall timer, for eksempel 2,5."),
            ("100000", "En måned har høyst 744 timer."),
            ("169", "En uke har høyst 168 timer."),
            ("168,25", "En uke har høyst 168 timer."),
        })
        {
            var result = await SomAsync(medlem, s => s.SkrivInnstillingAsync(Innvilg(sak.Id, versjon, timer), Ct));
            Assert.Equal(("Timer", melding), (result.Error!.Felt, result.Error.Melding));
        }

        Assert.Equal(Saksstatus.Kartlegging, (await SakAsync(sak.Id)).Status);
        Lykkes(await SomAsync(medlem, s => s.SkrivInnstillingAsync(Innvilg(sak.Id, versjon, "168"), Ct)));
        Assert.Equal(168 * 4, (await KartleggingAsync(sak.Id)).Innstilling!.Kvarter);
    }

    [Fact]
    public async Task Den_som_lagrer_paa_en_gammel_versjon_faar_konflikt_og_ingenting_lagres()
    {
        var (sak, medlem) = await IKartleggingAsync();
        var versjon = (await KartleggingAsync(sak.Id)).Versjon;

        Lykkes(await SomAsync(medlem, s => s.LagreMaalAsync(Maal(sak.Id, versjon, tekst: "Først"), Ct)));
        var sen = await SomAsync(medlem, s => s.LagreMaalAsync(Maal(sak.Id, versjon, tekst: "Etterpå"), Ct));

        Assert.True(sen.IsConflict);
        Assert.Equal(["Først"], (await KartleggingAsync(sak.Id)).Maal.Select(m => m.Tekst));
    }

    [Fact]
    public async Task En_ferdig_kartlegging_endres_bare_med_begrunnelse_og_den_tidligere_versjonen_tas_vare_paa()
    {
        var liste = await IplosAsync();
        var (sak, medlem) = await IKartleggingAsync(b => b.RegistrerKartleggingsmote().LagreBehov().LagreMaal().FerdigIplosvurdering(liste).FerdigstillKartlegging());
        var k = await KartleggingAsync(sak.Id);
        var maalet = k.Maal.Single();

        var uten = await SomAsync(medlem, s => s.LagreMaalAsync(Maal(sak.Id, k.Versjon, maalet.Id, "Betale husleia og strømmen selv", korrigering: "  "), Ct));
        Assert.Equal(KartleggingFeil.KorrigeringUtenBegrunnelse, uten.Error);
        var fjernUten = await SomAsync(medlem, s => s.FjernMaalAsync(new(sak.Id, k.Versjon, maalet.Id, null), Ct));
        Assert.Equal(KartleggingFeil.KorrigeringUtenBegrunnelse, fjernUten.Error);
        Assert.Equal(k.Versjon, (await KartleggingAsync(sak.Id)).Versjon);

        Lykkes(await SomAsync(medlem, s => s.LagreMaalAsync(
            Maal(sak.Id, k.Versjon, maalet.Id, "Betale husleia og strømmen selv", korrigering: "Innbyggeren ville ta med strømmen.") with { Maldato = maalet.Maldato }, Ct)));

        await using var scope = database.Scope(medlem);
        var visning = (await scope.Get<KartleggingsarbeidService>().HentAsync(sak.Id, Ct)).Value;
        var endring = Assert.Single(visning.Endringer);
        Assert.Equal(("Mål", "Innbyggeren ville ta med strømmen."), (endring.Del, endring.Begrunnelse));
        Assert.StartsWith(maalet.Tekst, endring.Tidligere, StringComparison.Ordinal);
        Assert.StartsWith("Betale husleia og strømmen selv", endring.Ny, StringComparison.Ordinal);
        var hendelser = await scope.Db().Hendelser.AsNoTracking().Where(h => h.SakId == sak.Id && h.Type == HendelseType.KartleggingKorrigert).ToListAsync(Ct);
        Assert.True(Assert.Single(hendelser).Intern);
    }

    [Fact]
    public async Task Paarorende_deltar_bare_naar_innbyggeren_har_samtykket_for_paarorende()
    {
        var (sak, medlem) = await IKartleggingAsync();
        var versjon = (await KartleggingAsync(sak.Id)).Versjon;
        MotedeltakerInput[] andre = [new("Per Vik", "NAV-veileder", false), new("Eva Vik", "datter", true)];

        // The standard application has consents for the GP and NAV: neither is one for the family.
        var uten = await SomAsync(medlem, s => s.RegistrerMoteAsync(Mote(sak.Id, versjon, andre), Ct));
        Assert.Equal(("Andre[1].ErParorende", KartleggingsarbeidService.ParorendeUtenSamtykke.Melding), (uten.Error!.Felt, uten.Error.Melding));

        var samtykke = new Samtykke(sak.Id, "pårørende (Eva Vik, datter)", Samtykke.OrdlydFor("pårørende (Eva Vik, datter)"), database.Tid.GetUtcNow());
        await using (var scope = database.Scope())
        {
            scope.Db().Samtykker.Add(samtykke);
            await scope.Db().SaveChangesAsync(Ct);
        }

        // The consent names Eva: another pårørende is refused at the name, with Eva beside.
        MotedeltakerInput[] medAnnen = [.. andre, new("Ola Vik", "sønn", true)];
        var annen = await SomAsync(medlem, s => s.RegistrerMoteAsync(Mote(sak.Id, versjon, medAnnen), Ct));
        Assert.Equal(("Andre[2].Navn", KartleggingsarbeidService.ParorendeIkkeISamtykket("Ola Vik").Melding), (annen.Error!.Felt, annen.Error.Melding));

        Lykkes(await SomAsync(medlem, s => s.RegistrerMoteAsync(Mote(sak.Id, versjon, andre), Ct)));
        Assert.Equal([false, true], (await KartleggingAsync(sak.Id)).Kartleggingsmoter.Single().Andre.Select(a => a.ErParorende));
    }

    [Fact]
    public async Task Et_registrert_samtykke_for_en_paarorende_slipper_paarorende_inn_og_et_trukket_stenger_igjen()
    {
        var (sak, medlem) = await IKartleggingAsync();
        MotedeltakerInput[] andre = [new("Per Vik", "bror", true)];

        // The citizen's oral consent, registered by the team member through the service: it rests on its kind, not its text.
        await using (var scope = database.Scope(medlem))
        {
            var versjon = (await SakAsync(sak.Id)).Versjon;
            Lykkes(await scope.Get<Samtykker.SamtykkeService>().RegistrerAsync(
                new(sak.Id, versjon, Samtykkeformaal.Parorende, "Per Vik", "bror", Samtykkeform.Muntlig, Idag), Ct));
        }

        var kartlegging = (await KartleggingAsync(sak.Id)).Versjon;
        Lykkes(await SomAsync(medlem, s => s.RegistrerMoteAsync(Mote(sak.Id, kartlegging, andre), Ct)));
        await using (var scope = database.Scope(medlem))
        {
            Assert.True((await scope.Get<KartleggingsarbeidService>().HentAsync(sak.Id, Ct)).Value.HarSamtykkeForParorende);
            var samtykke = await scope.Db().Samtykker.AsNoTracking().SingleAsync(s => s.SakId == sak.Id && s.Formaal == Samtykkeformaal.Parorende, Ct);
            Lykkes(await scope.Get<Samtykker.SamtykkeService>().TrekkTilbakeAsync(sak.Id, samtykke.Id, (await SakAsync(sak.Id)).Versjon, Ct));
        }

        kartlegging = (await KartleggingAsync(sak.Id)).Versjon;
        var etter = await SomAsync(medlem, s => s.RegistrerMoteAsync(Mote(sak.Id, kartlegging, andre), Ct));
        Assert.Equal(KartleggingsarbeidService.ParorendeUtenSamtykke.Melding, etter.Error!.Melding);
    }

    [Fact]
    public async Task Uten_kartlegging_kan_innstillingen_bare_anbefale_avslag_naar_kriteriene_ikke_er_oppfylt()
    {
        var (team, medlem) = await TeamAsync();
        var sak = await database.LagreSakAsync(b => b.Som(medlem.Id!.Value).TilStatus(Saksstatus.TilVurdering, team.Id));
        await using (var scope = database.Scope())
        {
            var lagret = await scope.Db().Saker.SingleAsync(s => s.Id == sak.Id, Ct);
            var k = new Domain.Kartlegging(sak.Id);
            scope.Db().Add(k);
            Lykkes(lagret.RegistrerVurderingsmote(
                k, Idag, ["Kristian Dahl"], Vurderingskonklusjon.FyllerIkkeKriteriene, "Behovet er rus og psykisk helse.", medlem.Id!.Value, database.Tid.GetUtcNow()));
            await scope.Db().SaveChangesAsync(Ct);
        }

        var versjon = (await KartleggingAsync(sak.Id)).Versjon;
        await using (var scope = database.Scope(medlem))
        {
            var visning = (await scope.Get<KartleggingsarbeidService>().HentAsync(sak.Id, Ct)).Value;
            Assert.Equal((true, true, false), (visning.BareAvslag, visning.Handlinger.KanSkriveInnstilling, visning.Handlinger.KanKartlegge));
        }

        var innvilg = await SomAsync(medlem, s => s.SkrivInnstillingAsync(Innvilg(sak.Id, versjon), Ct));
        Assert.Equal(KartleggingFeil.BareAvslagUtenKartlegging, innvilg.Error);

        Lykkes(await SomAsync(medlem, s => s.SkrivInnstillingAsync(
            new(sak.Id, versjon, Innstillingsutfall.Avslaa, [], null, null, null, null, null, "Kriteriene er ikke oppfylt.", null), Ct)));
        Assert.Equal(Saksstatus.Innstilling, (await SakAsync(sak.Id)).Status);
    }
}
