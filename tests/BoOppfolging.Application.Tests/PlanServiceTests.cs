using BoOppfolging.Application.Kartlegging;
using BoOppfolging.Application.Oppfolging;
using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Saksbygging;
using BoOppfolging.Tests.Felles;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Tests;

/// <summary>The plans of the follow-up through the service, on a real SQLite file.</summary>
public sealed class PlanServiceTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Idag => Norsktid.Dato(database.Tid.GetUtcNow());

    /// <summary>A case in follow-up with <c>Oppfolger</c> as its primærkontakt.</summary>
    private async Task<(Sak Sak, TestBruker Oppfolger, TestBruker Leder, TestBruker Saksbehandler)> SakIOppfolgingAsync(Action<Saksbygger>? steg = null)
    {
        var oppfolger = TestBruker.Med(Roller.BoOppfolger);
        var leder = TestBruker.Med(Roller.Teamleder);
        var saksbehandler = TestBruker.Med(Roller.Saksbehandler);
        var (sak, _, _) = await database.SakHosTeametAsync(s =>
        {
            s.TildelSaksbehandler(saksbehandler.Id!.Value, tidspunkt: s.Tid.AddMinutes(1))
                .TilStatus(Saksstatus.IOppfolging, godkjenner: leder.Id, primaerkontakt: oppfolger.Id);
            steg?.Invoke(s);
        });
        return (sak, oppfolger, leder, saksbehandler);
    }

    private LagreIndividuellPlanCommand Plan(Guid sakId, Guid versjon, string koordinator = "Kari Koordinator") => new(
        sakId, versjon, koordinator, "Bo trygt i egen leilighet.", "Søster i nærheten.", "Hjelp med økonomi.",
        [new PlandeltakerInput("Ola Nordmann", "Innbygger", "Møter til avtalt tid."), new PlandeltakerInput("Lise", "Bo-oppfølger", null)],
        [new PlantiltakInput("Budsjett", "Hver måned", "Bo-oppfølger")], "Hjemmebesøk hver uke.", "NAV om økonomi.",
        Idag, Idag.AddYears(1), Idag.AddMonths(6), Idag, Samtykkeform.Skriftlig, true);

    [Fact]
    public async Task Bo_oppfolgeren_skriver_og_reviderer_planen_den_forrige_versjonen_tas_vare_paa_og_koordinatoren_staar_paa_varslene()
    {
        var (sak, oppfolger, leder, saksbehandler) = await SakIOppfolgingAsync();
        await using (var scope = database.Scope(oppfolger))
        {
            var service = scope.Get<PlanService>();
            var tom = (await service.HentIndividuellPlanAsync(sak.Id, Ct)).Value;
            Assert.Equal((Guid.Empty, true, (IndividuellPlanInnhold?)null), (tom.Versjon, tom.KanEndre, tom.Innhold));
            var lagret = await service.LagreIndividuellPlanAsync(Plan(sak.Id, Guid.Empty), Ct);
            Assert.True(lagret.IsSuccess, string.Join("; ", lagret.Errors.Select(e => e.Melding)));
        }

        database.Tid.Advance(TimeSpan.FromDays(10));
        await using (var scope = database.Scope(leder))
        {
            var service = scope.Get<PlanService>();
            var v = (await service.HentIndividuellPlanAsync(sak.Id, Ct)).Value;
            Assert.Equal(("Bo trygt i egen leilighet.", "Kari Koordinator", IndividuellPlanStatus.Har), (v.Innhold!.Maal, v.Koordinator, v.Status));
            var revidert = Plan(sak.Id, v.Versjon, "Per Koordinator") with { Maal = "Bo trygt og komme i arbeid." };
            Assert.True((await service.LagreIndividuellPlanAsync(revidert, Ct)).IsSuccess);
            // The form read before the revision is now out of date.
            Assert.True((await service.LagreIndividuellPlanAsync(Plan(sak.Id, v.Versjon) with { Behov = "Annet" }, Ct)).IsConflict);
        }

        await using (var scope = database.Scope(saksbehandler))
        {
            var v = (await scope.Get<PlanService>().HentIndividuellPlanAsync(sak.Id, Ct)).Value;
            Assert.False(v.KanEndre);
            Assert.Equal(("Bo trygt og komme i arbeid.", "Per Koordinator"), (v.Innhold!.Maal, v.Koordinator));
            var forrige = Assert.Single(v.Revisjoner);
            Assert.Equal(("Bo trygt i egen leilighet.", "Kari Koordinator"), (forrige.Innhold.Maal, forrige.Koordinator));
            // The saksbehandler reads the plans but writes none of them.
            Assert.True((await scope.Get<PlanService>().LagreIndividuellPlanAsync(Plan(sak.Id, v.Versjon) with { Maal = "Noe annet" }, Ct)).IsNotFound);
            var varsler = (await scope.Get<SaksvarselService>().HentAsync(sak.Id, Ct)).Value;
            Assert.Equal((IndividuellPlanStatus.Har, "Per Koordinator"), (varsler.IndividuellPlan, varsler.Koordinator));
        }

        await using var les = database.Scope();
        var audit = await les.Db().AuditLogg.AsNoTracking().Where(a => a.SakId == sak.Id).ToListAsync(Ct);
        Assert.Contains(audit, a => a.Beskrivelse == "Individuell plan" && a.Handling == AuditHandling.Opprett && a.BrukerId == oppfolger.Id);
        Assert.Contains(audit, a => a.Beskrivelse == "Individuell plan" && a.Handling == AuditHandling.Endre && a.BrukerId == leder.Id);
        Assert.Contains(audit, a => a.Beskrivelse == "Individuell plan" && a.Handling == AuditHandling.Les && a.BrukerId == saksbehandler.Id);
        Assert.Equal(1, await les.Db().Set<IndividuellPlan>().CountAsync(p => p.SakId == sak.Id, Ct));
    }

    [Fact]
    public async Task En_bo_oppfolger_som_ikke_er_kontakt_paa_saken_og_innbyggeren_faar_ikke_funnet()
    {
        var (sak, _, _, _) = await SakIOppfolgingAsync(s => s.SkrivKriseplan().InngaSamarbeidsavtale().SkrivIndividuellPlan());
        foreach (var ikke in new[] { TestBruker.Med(Roller.BoOppfolger), TestBruker.Med(Roller.Innbygger, sak.PersonId) })
        {
            await using var scope = database.Scope(ikke);
            var service = scope.Get<PlanService>();
            Assert.True((await service.HentIndividuellPlanAsync(sak.Id, Ct)).IsNotFound);
            Assert.True((await service.HentKriseplanAsync(sak.Id, Ct)).IsNotFound);
            Assert.True((await service.HentSamarbeidsavtaleAsync(sak.Id, Ct)).IsNotFound);
            Assert.True((await service.OversiktAsync(sak.Id, Ct)).IsNotFound);
            Assert.True((await service.LagreKriseplanAsync(new(sak.Id, Guid.Empty, "Svarer ikke.", "Ring.", [new("Søster", "900 00 000", null)], null), Ct)).IsNotFound);
            Assert.True((await service.LagreSamarbeidsavtaleAsync(new(sak.Id, Guid.Empty, Idag, [Samarbeidsplikt.BetaleHusleie], null, null, null), Ct)).IsNotFound);
        }

        // The citizen sees their plan and agreement in Mine saker, never the kriseplan; another citizen sees nothing.
        await using (var scope = database.Scope(TestBruker.Med(Roller.Innbygger, sak.PersonId)))
        {
            var mine = await scope.Get<PlanService>().MineAsync(sak.Id, Ct);
            Assert.Equal(("Kari Koordinator", 6), (mine!.Koordinator, mine.Samarbeidsavtale!.Plikter.Count));
            Assert.NotNull(mine.Plan);
        }

        await using (var scope = database.Scope(TestBruker.Med(Roller.Innbygger, Guid.NewGuid())))
        {
            Assert.Null(await scope.Get<PlanService>().MineAsync(sak.Id, Ct));
        }
    }

    [Fact]
    public async Task Kriseplanen_og_samarbeidsavtalen_lagres_og_vises_i_oversikten_for_alle_ansatte_paa_saken()
    {
        var (sak, oppfolger, leder, saksbehandler) = await SakIOppfolgingAsync();
        await using (var scope = database.Scope(oppfolger))
        {
            var service = scope.Get<PlanService>();
            var tom = (await service.OversiktAsync(sak.Id, Ct)).Value;
            Assert.Equal((false, true), (tom.HarNoe, tom.KanEndre));
            var krise = await service.LagreKriseplanAsync(
                new(sak.Id, Guid.Empty, "Slutter å svare på telefon.", "Ring søsteren, så legevakten.", [new("Søster", "900 00 000", "søster"), new("Legevakt", "116 117", null)], Idag),
                Ct);
            Assert.True(krise.IsSuccess, string.Join("; ", krise.Errors.Select(e => e.Melding)));
            var avtale = await service.LagreSamarbeidsavtaleAsync(
                new(sak.Id, Guid.Empty, Idag, [Samarbeidsplikt.BetaleHusleie, Samarbeidsplikt.FolgeHusordensregler], "Holde hunden i bånd.", "Komme til avtalt tid.", Idag), Ct);
            Assert.True(avtale.IsSuccess, string.Join("; ", avtale.Errors.Select(e => e.Melding)));
            // A second first save (read before the first was made) is a conflict.
            Assert.True((await service.LagreSamarbeidsavtaleAsync(new(sak.Id, Guid.Empty, Idag, [Samarbeidsplikt.SlippeInn], null, null, null), Ct)).IsConflict);
        }

        foreach (var ansatt in new[] { leder, saksbehandler })
        {
            await using var scope = database.Scope(ansatt);
            var o = (await scope.Get<PlanService>().OversiktAsync(sak.Id, Ct)).Value;
            Assert.Equal("Slutter å svare på telefon.", o.Kriseplan!.Varselsignaler);
            Assert.Equal(["Søster", "Legevakt"], o.Kriseplan.Kontakter.Select(k => k.Navn));
            Assert.Equal((Idag, (DateOnly?)Idag), (o.Samarbeidsavtale!.AvtaltDato, o.Samarbeidsavtale.SignertDato));
            Assert.Null(o.IndividuellPlan);
            Assert.Equal(ansatt == leder, o.KanEndre);
        }

        await using var les = database.Scope();
        Assert.True(await les.Db().AuditLogg.AnyAsync(a => a.SakId == sak.Id && a.Beskrivelse == "Kriseplan" && a.Handling == AuditHandling.Opprett, Ct));
        Assert.True(await les.Db().AuditLogg.AnyAsync(a => a.SakId == sak.Id && a.Beskrivelse == "Planer" && a.Handling == AuditHandling.Les && a.BrukerId == saksbehandler.Id, Ct));
    }

    [Fact]
    public async Task Ugyldige_verdier_avvises_ved_feltet_og_ingenting_lagres()
    {
        var (sak, oppfolger, _, _) = await SakIOppfolgingAsync();
        await using (var scope = database.Scope(oppfolger))
        {
            var service = scope.Get<PlanService>();
            var gyldig = Plan(sak.Id, Guid.Empty);
            async Task<string?> FeltAsync(LagreIndividuellPlanCommand c) => (await service.LagreIndividuellPlanAsync(c, Ct)).Error?.Felt;
            Assert.Equal("Koordinator", await FeltAsync(gyldig with { Koordinator = " " }));
            Assert.Equal("Maal", await FeltAsync(gyldig with { Maal = null }));
            Assert.Equal("PeriodeFra", await FeltAsync(gyldig with { PeriodeFra = null }));
            Assert.Equal("Samtykkeform", await FeltAsync(gyldig with { Samtykkeform = Samtykkeform.MineSaker }));
            Assert.Equal("Samtykkeform", await FeltAsync(gyldig with { Samtykkeform = (Samtykkeform)42 }));
            Assert.Equal("Deltakere", await FeltAsync(gyldig with { Deltakere = [] }));
            Assert.Equal("Tiltak", await FeltAsync(gyldig with { Tiltak = [new PlantiltakInput("Budsjett", null, null)] }));
            Assert.Equal("Revisjonsdato", await FeltAsync(gyldig with { Revisjonsdato = Idag.AddYears(2) }));
            Assert.Equal("Maal", await FeltAsync(gyldig with { Maal = new string('x', IndividuellPlan.MaksTekst + 1) }));

            Assert.Equal("Kontakter", (await service.LagreKriseplanAsync(new(sak.Id, Guid.Empty, "Svarer ikke.", "Ring.", [new("Søster", "ring meg", null)], null), Ct)).Error?.Felt);
            Assert.Equal("AvtaltDato", (await service.LagreSamarbeidsavtaleAsync(new(sak.Id, Guid.Empty, null, [], null, null, null), Ct)).Error?.Felt);
            Assert.Equal("Plikter", (await service.LagreSamarbeidsavtaleAsync(new(sak.Id, Guid.Empty, Idag, [(Samarbeidsplikt)42], null, null, null), Ct)).Error?.Felt);
        }

        await using var les = database.Scope();
        Assert.False(await les.Db().Set<IndividuellPlan>().AnyAsync(p => p.SakId == sak.Id, Ct));
        Assert.False(await les.Db().Set<Saksvarsler>().AnyAsync(p => p.SakId == sak.Id, Ct));
        Assert.False(await les.Db().Set<Kriseplan>().AnyAsync(p => p.SakId == sak.Id, Ct));
        Assert.False(await les.Db().Set<Samarbeidsavtale>().AnyAsync(p => p.SakId == sak.Id, Ct));
    }

    [Fact]
    public async Task Varslene_kan_ikke_si_at_saken_ikke_har_plan_naar_den_har_en()
    {
        var (sak, oppfolger, _, _) = await SakIOppfolgingAsync(s => s.SkrivIndividuellPlan(koordinator: "Kari Koordinator"));
        await using var scope = database.Scope(oppfolger);
        var service = scope.Get<SaksvarselService>();
        var v = (await service.HentAsync(sak.Id, Ct)).Value;
        LagreSaksvarslerCommand Varsler(IndividuellPlanStatus plan, string? koordinator) => new(sak.Id, v.Versjon, null, null, [], null, null, "polsk", plan, koordinator);
        Assert.Equal(PlanFeil.PlanFinnes, (await service.LagreAsync(Varsler(IndividuellPlanStatus.Nei, null), Ct)).Error);
        Assert.Equal(PlanFeil.PlanFinnes, (await service.LagreAsync(Varsler(IndividuellPlanStatus.Onsker, "Kari Koordinator"), Ct)).Error);
        Assert.Equal(PlanFeil.PlanFinnes, (await service.LagreAsync(Varsler(IndividuellPlanStatus.Har, " "), Ct)).Error);
        Assert.True((await service.LagreAsync(Varsler(IndividuellPlanStatus.Har, "Per Koordinator"), Ct)).IsSuccess);
        var plan = (await scope.Get<PlanService>().HentIndividuellPlanAsync(sak.Id, Ct)).Value;
        Assert.Equal("Per Koordinator", plan.Koordinator);
    }
}
