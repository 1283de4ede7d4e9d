using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Identity;
using BoOppfolging.Infrastructure.Saksbygging;
using BoOppfolging.Tests.Felles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoOppfolging.Infrastructure.Tests;

/// <summary>
/// The one case builder: every phase-1 state is reached by the domain's own steps, the timeline is
/// the one the domain writes, the rows beside the case are saved with it, and a step the domain
/// refuses stops the builder with the domain's reason.
/// </summary>
public sealed class SaksbyggerTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static readonly DateTimeOffset Mottatt = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Saksbehandler = Guid.CreateVersion7();
    private static readonly Guid Konto = Guid.CreateVersion7();
    private static readonly Guid Team = Guid.CreateVersion7();

    private static Saksbygger NySoknad(Person? person = null) =>
        Saksbygger.Soknad(Testdata.NyReferanse(), person ?? Testdata.NyPerson(), Mottatt, Konto);

    private static Saksbygger NyHenvendelse(Person? person = null) =>
        Saksbygger.Henvendelse(Testdata.NyReferanse(), person ?? Testdata.NyPerson(), Mottatt, Saksbehandler);

    public static TheoryData<Saksstatus, Kanal> Fase1 => new()
    {
        { Saksstatus.Mottatt, Kanal.Soknad }, { Saksstatus.Mottatt, Kanal.Fastlege },
        { Saksstatus.Mottakskontroll, Kanal.Soknad }, { Saksstatus.Mottakskontroll, Kanal.Fastlege },
        { Saksstatus.TilVurdering, Kanal.Soknad }, { Saksstatus.TilVurdering, Kanal.Fastlege },
        { Saksstatus.Henvist, Kanal.Soknad }, { Saksstatus.Henvist, Kanal.Fastlege },
        { Saksstatus.Henlagt, Kanal.Soknad }, { Saksstatus.Henlagt, Kanal.Fastlege },
        { Saksstatus.Trukket, Kanal.Soknad },
    };

    [Theory]
    [MemberData(nameof(Fase1))]
    public void Standardveien_naar_hver_status_i_fase_1_med_domenets_egne_steg(Saksstatus status, Kanal kanal)
    {
        var bygger = (kanal == Kanal.Soknad ? NySoknad() : NyHenvendelse()).TildelSaksbehandler(Saksbehandler);

        bygger.TilStatus(status, Team);

        var sak = bygger.Sak;
        Assert.Equal(status, sak.Status);
        Assert.Equal(Saksbehandler, sak.SaksbehandlerId);
        // One event per step at least, each after the one before: a timeline that reads in order.
        Assert.Equal(sak.Hendelser.Select(h => h.Tidspunkt).Order(), sak.Hendelser.Select(h => h.Tidspunkt));
        Assert.Equal(
            [HendelseType.SakOpprettet, HendelseType.SaksbehandlerTildelt],
            sak.Hendelser.Take(2).Select(h => h.Type));
        if (status == Saksstatus.TilVurdering) Assert.Equal(Team, sak.TeamId);
        if (status == Saksstatus.Henvist)
        {
            var henvisning = Assert.Single(bygger.Rader.OfType<Henvisning>());
            Assert.Equal(Saksbygger.StandardHenvisning.Tjeneste, henvisning.Tjeneste);
            Assert.False(sak.Mottakskontroll!.IMaalgruppen);
        }

        Assert.Equal(kanal == Kanal.Soknad ? 1 : 0, bygger.Rader.OfType<Soknad>().Count());
        Assert.Equal(kanal == Kanal.Soknad ? 0 : 1, bygger.Rader.OfType<Henvendelse>().Count());
        Assert.Equal(kanal != Kanal.Soknad && status == Saksstatus.TilVurdering ? 1 : 0, bygger.Rader.OfType<Kontaktforsok>().Count());
    }

    [Theory]
    [InlineData(Saksstatus.Innstilling, null)]
    [InlineData(Saksstatus.VedtakUnderArbeid, Vedtaksstatus.Utkast)]
    [InlineData(Saksstatus.TilGodkjenning, Vedtaksstatus.TilGodkjenning)]
    [InlineData(Saksstatus.Vedtatt, Vedtaksstatus.Vedtatt)]
    public async Task Standardveien_til_vedtak_lagres_og_leses_tilbake(Saksstatus status, Vedtaksstatus? vedtaksstatus)
    {
        var ct = TestContext.Current.CancellationToken;
        var teamleder = Guid.CreateVersion7();
        var person = Testdata.NyPerson();
        var team = new Team("Vurderingsteam " + status, Teamtype.Vurderingsteam);
        var bygger = NySoknad(person).TildelSaksbehandler(Saksbehandler).TilStatus(status, team.Id, godkjenner: teamleder);

        Assert.Equal(status, bygger.Sak.Status);
        Assert.Equal(vedtaksstatus, bygger.Vedtak.SingleOrDefault()?.Status);
        await using (var scope = database.Scope())
        {
            scope.Db().Team.Add(team);
            scope.Db().Personer.Add(person);
            bygger.LeggTil(scope.Db());
            await scope.Db().SaveChangesAsync(ct);
        }

        await using (var scope = database.Scope())
        {
            var lagret = await scope.Db().Set<Domain.Vedtak>().SingleOrDefaultAsync(v => v.SakId == bygger.Sak.Id, ct);
            Assert.Equal(vedtaksstatus, lagret?.Status);
            if (lagret is not null)
            {
                Assert.Equal(bygger.Vedtak[0].Innhold.Mal, lagret.Innhold.Mal);
                Assert.Equal(240m, lagret.MinutterPerUke); // the innstilling's 4 hours a week
                Assert.Equal(status == Saksstatus.Vedtatt ? teamleder : (Guid?)null, lagret.GodkjentAv);
                Assert.Equal(status is Saksstatus.TilGodkjenning or Saksstatus.Vedtatt ? 1 : 0, lagret.Beslutninger.Count);
            }
        }
    }

    [Fact]
    public async Task Oppfolgingen_med_kontakter_besok_og_en_rettelse_lagres_og_leses_tilbake()
    {
        var ct = TestContext.Current.CancellationToken;
        var (teamleder, primaer, sekundaer) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        var person = Testdata.NyPerson();
        var team = new Team("Vurderingsteam oppfølging", Teamtype.Vurderingsteam);
        var bygger = NySoknad(person).TildelSaksbehandler(Saksbehandler)
            .TilStatus(Saksstatus.IOppfolging, team.Id, godkjenner: teamleder, primaerkontakt: primaer)
            .Som(teamleder).TildelKontakter(primaer, sekundaer, begrunnelse: "Sekundærkontakt fra i dag");
        var dag = Norsktid.Dato(bygger.Tid);
        bygger.RegistrerBesok(Saksbygger.Gjennomfort(dag, 90, notat: "Gikk gjennom husordensreglene."))
            .PlanleggBesok(dag.AddDays(7), new TimeOnly(9, 0));
        bygger.KorrigerBesok(bygger.Besok[0], Saksbygger.Gjennomfort(dag, 60, notat: "Gikk gjennom husordensreglene."), "Feil varighet");

        Assert.Equal(Saksstatus.IOppfolging, bygger.Sak.Status);
        Assert.Equal((primaer, sekundaer), (bygger.Sak.PrimaerkontaktId!.Value, bygger.Sak.SekundaerkontaktId!.Value));
        await using (var scope = database.Scope())
        {
            scope.Db().Team.Add(team);
            scope.Db().Personer.Add(person);
            bygger.LeggTil(scope.Db());
            await scope.Db().SaveChangesAsync(ct);
        }

        await using (var scope = database.Scope())
        {
            // The primærkontakt's period stays open (the same person); the sekundærkontakt's is new.
            var perioder = await scope.Db().Set<Kontaktperiode>().Where(k => k.SakId == bygger.Sak.Id).OrderBy(k => k.Rolle).ToListAsync(ct);
            Assert.Equal([(primaer, Kontaktrolle.Primaerkontakt, (DateOnly?)null), (sekundaer, Kontaktrolle.Sekundaerkontakt, null)],
                perioder.Select(p => (p.BrukerId, p.Rolle, p.Til)));
            var besok = await scope.Db().Set<Besok>().Where(b => b.SakId == bygger.Sak.Id).OrderBy(b => b.Dato).ToListAsync(ct);
            Assert.Equal([Besoksstatus.Registrert, Besoksstatus.Planlagt], besok.Select(b => b.Status));
            Assert.Equal(60, besok[0].Minutter);
            Assert.Equal(90, besok[0].Opprinnelig!.Minutter);
            Assert.Equal("Feil varighet", besok[0].Korreksjoner.Single().Arsak);
            Assert.Equal([Hjelpeomrade.PraktiskBotrening], besok[0].Omrader);
        }
    }

    [Fact]
    public async Task Planene_med_en_revisjon_lagres_og_leses_tilbake_og_varslene_har_koordinatoren()
    {
        var ct = TestContext.Current.CancellationToken;
        var (teamleder, primaer) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var person = Testdata.NyPerson();
        var team = new Team("Vurderingsteam planer", Teamtype.Vurderingsteam);
        var bygger = NySoknad(person).TildelSaksbehandler(Saksbehandler)
            .TilStatus(Saksstatus.IOppfolging, team.Id, godkjenner: teamleder, primaerkontakt: primaer)
            .SkrivKriseplan(kontakter: [new Krisekontakt("Søster", "+47 900 00 000", "søster")])
            .InngaSamarbeidsavtale(andrePlikter: "Holde hunden i bånd.")
            .SkrivIndividuellPlan(koordinator: "Kari Koordinator");
        var dag = Norsktid.Dato(bygger.Tid);
        bygger.SkrivIndividuellPlan(Saksbygger.StandardPlan(dag) with { Maal = "Komme i arbeid." }, koordinator: "Per Koordinator");
        await using (var scope = database.Scope())
        {
            scope.Db().Team.Add(team);
            scope.Db().Personer.Add(person);
            bygger.LeggTil(scope.Db());
            await scope.Db().SaveChangesAsync(ct);
        }

        await using (var scope = database.Scope())
        {
            var plan = await scope.Db().Set<IndividuellPlan>().SingleAsync(p => p.SakId == bygger.Sak.Id, ct);
            Assert.Equal("Komme i arbeid.", plan.Maal);
            var forrige = Assert.Single(plan.Revisjoner);
            Assert.Equal(("Kari Koordinator", primaer), (forrige.Koordinator, forrige.Av));
            Assert.Equal(Saksbygger.StandardPlan(dag).Deltakere, forrige.Innhold.Deltakere);
            Assert.Equal(Samtykkeform.Muntlig, plan.Samtykkeform);
            var varsler = await scope.Db().Set<Saksvarsler>().SingleAsync(v => v.SakId == bygger.Sak.Id, ct);
            Assert.Equal((IndividuellPlanStatus.Har, "Per Koordinator"), (varsler.IndividuellPlan, varsler.Koordinator));
            var krise = await scope.Db().Set<Kriseplan>().SingleAsync(k => k.SakId == bygger.Sak.Id, ct);
            Assert.Equal([new Krisekontakt("Søster", "+47 900 00 000", "søster")], krise.Kontakter);
            var avtale = await scope.Db().Set<Samarbeidsavtale>().SingleAsync(a => a.SakId == bygger.Sak.Id, ct);
            Assert.Equal(Enum.GetValues<Samarbeidsplikt>(), avtale.Plikter);
            Assert.Equal(("Holde hunden i bånd.", (DateOnly?)dag), (avtale.AndrePlikter, avtale.SignertDato));
        }
    }

    [Fact]
    public async Task Overgangsplanen_med_et_punkt_gjort_og_et_endret_lagres_og_leses_tilbake()
    {
        var ct = TestContext.Current.CancellationToken;
        var primaer = Guid.CreateVersion7();
        var person = Testdata.NyPerson();
        var team = new Team("Vurderingsteam overgang", Teamtype.Vurderingsteam);
        var bygger = NySoknad(person).TildelSaksbehandler(Saksbehandler)
            .TilStatus(Saksstatus.IOppfolging, team.Id, godkjenner: Guid.CreateVersion7(), primaerkontakt: primaer);
        var dag = Norsktid.Dato(bygger.Tid);
        Assert.Contains(
            "overgang",
            Assert.Throws<InvalidOperationException>(() => bygger.FullforOvergangspunkt(Overgangspunkt.Visning)).Message, StringComparison.Ordinal);
        bygger.OpprettOvergang(dag.AddDays(20), dag.AddDays(30))
            .FullforOvergangspunkt(Overgangspunkt.BoligTilbudt)
            .EndreOvergangspunkt(Overgangspunkt.Moblering, dag.AddDays(18), "NAV", "Søkt om grunnstønad.");
        // A step the domain refuses (done ahead of the step's day) throws with the domain's code.
        Assert.Contains(
            "overgang_gjort_fram",
            Assert.Throws<InvalidOperationException>(() => bygger.FullforOvergangspunkt(Overgangspunkt.Visning, dag.AddDays(5))).Message, StringComparison.Ordinal);
        await using (var scope = database.Scope())
        {
            scope.Db().Team.Add(team);
            scope.Db().Personer.Add(person);
            bygger.LeggTil(scope.Db());
            await scope.Db().SaveChangesAsync(ct);
        }

        await using (var scope = database.Scope())
        {
            var plan = await scope.Db().Set<Overgangsplan>().SingleAsync(p => p.SakId == bygger.Sak.Id, ct);
            Assert.Equal((dag.AddDays(20), (DateOnly?)dag.AddDays(30), 10, 1), (plan.Innflytting, plan.InstitusjonSlutt, plan.OverlappDager, plan.AntallGjort));
            Assert.Equal(((DateOnly?)dag, (Guid?)primaer), (plan.Punkter[0].GjortDato, plan.Punkter[0].GjortAv));
            var moblering = plan.Punkter.Single(p => p.Punkt == Overgangspunkt.Moblering);
            Assert.Equal((dag.AddDays(18), "NAV", "Søkt om grunnstønad."), (moblering.Frist, moblering.Ansvarlig, moblering.Merknad));
            Assert.Equal(Enum.GetValues<Overgangspunkt>(), plan.Punkter.Select(p => p.Punkt));
        }
    }

    [Fact]
    public async Task Maalstatusen_med_historikk_lagres_og_leses_tilbake_og_et_ukjent_maal_kaster()
    {
        var ct = TestContext.Current.CancellationToken;
        var primaer = Guid.CreateVersion7();
        var person = Testdata.NyPerson();
        var team = new Team("Vurderingsteam mål", Teamtype.Vurderingsteam);
        var bygger = NySoknad(person).TildelSaksbehandler(Saksbehandler)
            .TilStatus(Saksstatus.IOppfolging, team.Id, godkjenner: Guid.CreateVersion7(), primaerkontakt: primaer);
        var maalId = bygger.Kartlegging!.Maal[0].Id;
        Assert.Contains(
            "finnes ikke i kartleggingen",
            Assert.Throws<InvalidOperationException>(() => bygger.SettMaalstatus(Guid.CreateVersion7(), Maalstatusverdi.Pagar)).Message, StringComparison.Ordinal);
        bygger.SettMaalstatus(maalId, Maalstatusverdi.Pagar).SettMaalstatus(maalId, Maalstatusverdi.Avbrutt, "Ønsker å vente.");
        // A step the domain refuses (the status it has already) throws with the domain's code, and adds no row.
        Assert.Contains(
            "maalstatus_ingen_endring",
            Assert.Throws<InvalidOperationException>(() => bygger.SettMaalstatus(maalId, Maalstatusverdi.Avbrutt, "Igjen.")).Message, StringComparison.Ordinal);
        Assert.Single(bygger.Maalstatuser);
        await using (var scope = database.Scope())
        {
            scope.Db().Team.Add(team);
            scope.Db().Personer.Add(person);
            bygger.LeggTil(scope.Db());
            await scope.Db().SaveChangesAsync(ct);
        }

        await using (var scope = database.Scope())
        {
            var status = await scope.Db().Set<Maalstatus>().SingleAsync(m => m.SakId == bygger.Sak.Id, ct);
            Assert.Equal((maalId, Maalstatusverdi.Avbrutt, (Guid?)primaer), (status.MaalId, status.Status, status.SistEndretAv));
            Assert.Equal(
                [(Maalstatusverdi.Pagar, (string?)null), (Maalstatusverdi.Avbrutt, "Ønsker å vente.")],
                status.Historikk.Select(h => (h.Status, h.Arsak)));
        }
    }

    [Fact]
    public async Task Varselet_om_manglende_medvirkning_med_brev_sending_og_oppfolging_lagres_og_leses_tilbake()
    {
        var ct = TestContext.Current.CancellationToken;
        var person = Testdata.NyPerson();
        var team = new Team("Vurderingsteam medvirkning", Teamtype.Vurderingsteam);
        var bygger = NySoknad(person).TildelSaksbehandler(Saksbehandler)
            .TilStatus(Saksstatus.IOppfolging, team.Id, godkjenner: Guid.CreateVersion7(), primaerkontakt: Guid.CreateVersion7());
        var dag = Norsktid.Dato(bygger.Tid);
        var hode = new Application.Brev.Brevhode(
            new("Testkommune", "Bo-oppfølging", "Rådhuset", "22 00 00 00", "post@test.no"), new("Test", []), dag, bygger.Sak.Referanse, "Saksbehandler", "Saksbehandler");
        bygger.RegistrerBesok(Saksbygger.IkkeGjennomfort(dag.AddDays(-5), Besoksutfall.IkkeTruffet))
            .RegistrerBesok(Saksbygger.IkkeGjennomfort(dag.AddDays(-2), Besoksutfall.AvlystAvBruker, "Syk."))
            .Som(Saksbehandler)
            .VarsleManglendeMedvirkning(hode)
            .RegistrerMedvirkningsbrevSendt("nokkel", new string('a', 64), 1234);
        // A second warning while the first is sent and not followed up is the domain's refusal.
        Assert.Contains(
            "apent_varsel", Assert.Throws<InvalidOperationException>(() => bygger.VarsleManglendeMedvirkning()).Message, StringComparison.Ordinal);
        bygger.FolgOppMedvirkning(Medvirkningsutfall.IkkeBedret, "Har ikke svart.");
        await using (var scope = database.Scope())
        {
            scope.Db().Team.Add(team);
            scope.Db().Personer.Add(person);
            bygger.LeggTil(scope.Db());
            await scope.Db().SaveChangesAsync(ct);
        }

        await using (var scope = database.Scope())
        {
            var varsel = await scope.Db().Set<Medvirkningsvarsel>().SingleAsync(v => v.SakId == bygger.Sak.Id, ct);
            Assert.Contains($"{dag.AddDays(-5):dd.MM.yyyy}: Vi traff deg ikke på avtalt tid (hjemmebesøk).", varsel.HvaSkjedde, StringComparison.Ordinal);
            Assert.Contains($"{dag.AddDays(-2):dd.MM.yyyy}: Du avlyste avtalen (hjemmebesøk).", varsel.HvaSkjedde, StringComparison.Ordinal);
            Assert.Equal(
                (dag.AddDays(14), (Guid?)Saksbehandler, Medvirkningsutfall.IkkeBedret, "Har ikke svart."),
                (varsel.Frist, (Guid?)varsel.OpprettetAv, varsel.Utfall!.Value, varsel.Oppfolgingsnotat));
            var brev = await scope.Db().Brev.SingleAsync(b => b.Id == varsel.BrevId, ct);
            Assert.Equal((Brevtype.VarselManglendeMedvirkning, Brevstatus.Sendt, brev.SendtDato), (brev.Type, brev.Status, varsel.Sendt));
            Assert.True(await scope.Db().Hendelser.AnyAsync(h => h.SakId == bygger.Sak.Id && h.Type == HendelseType.BrevSendt, ct));
        }
    }

    [Fact]
    public void En_soknad_til_vurdering_har_tidslinjen_domenet_skriver()
    {
        var bygger = NySoknad().TildelSaksbehandler(Saksbehandler).TilStatus(Saksstatus.TilVurdering, Team);

        Assert.Equal(
            [
                (HendelseType.SakOpprettet, "Søknad mottatt", Konto, false, Mottatt),
                (HendelseType.SaksbehandlerTildelt, "Saksbehandler tildelt", Saksbehandler, true, Mottatt.AddMinutes(1)),
                (HendelseType.StatusEndret, "Status endret til «Mottakskontroll»", Saksbehandler, false, Mottatt.AddMinutes(2)),
                (HendelseType.Mottakskontroll, "Mottakskontroll: 18 år eller eldre: ja; i målgruppen: ja; sjekket for annen åpen sak: ja",
                    Saksbehandler, true, Mottatt.AddMinutes(2)),
                (HendelseType.TeamTildelt, "Team tildelt", Saksbehandler, true, Mottatt.AddMinutes(3)),
                (HendelseType.StatusEndret, "Status endret til «Til vurdering»: sendt til vurderingsteamet", Saksbehandler, false, Mottatt.AddMinutes(3)),
            ],
            bygger.Sak.Hendelser.Select(h => (h.Type, h.Tekst, h.UtfortAv!.Value, h.Intern, h.Tidspunkt)));
        // The application as sent, and a consent per source it names, given when it was sent.
        var soknad = Assert.Single(bygger.Rader.OfType<Soknad>());
        Assert.Equal((bygger.Sak.Id, Konto, Mottatt), (soknad.SakId, soknad.InnsendtAv, soknad.Sendt));
        Assert.Equal(["fastlegen (Dr. Kari Bakke)", "NAV (NAV Sentrum)"], bygger.Samtykkene.Select(s => s.Kilde));
        Assert.All(bygger.Samtykkene, s => Assert.Equal((bygger.Sak.Id, Mottatt, Samtykke.OrdlydFor(s.Kilde)), (s.SakId, s.Gitt, s.Ordlyd)));
    }

    [Fact]
    public void En_henvendelse_gaar_til_vurdering_forst_etter_kontakt_der_personen_onsker_hjelp()
    {
        var bygger = NyHenvendelse().MedStegavstand(TimeSpan.FromDays(1)).TilStatus(Saksstatus.TilVurdering, Team);

        Assert.Equal(
            [
                (HendelseType.SakOpprettet, "Henvendelse registrert (Fastlege)", Mottatt),
                (HendelseType.StatusEndret, "Status endret til «Mottakskontroll»", Mottatt.AddDays(1)),
                (HendelseType.Mottakskontroll, "Mottakskontroll: 18 år eller eldre: ja; i målgruppen: ja; sjekket for annen åpen sak: ja", Mottatt.AddDays(1)),
                (HendelseType.KontaktRegistrert, "Kontakt med personen (telefon): ønsker hjelp, samtykke gitt", Mottatt.AddDays(2)),
                (HendelseType.TeamTildelt, "Team tildelt", Mottatt.AddDays(3)),
                (HendelseType.StatusEndret, "Status endret til «Til vurdering»: sendt til vurderingsteamet", Mottatt.AddDays(3)),
            ],
            bygger.Sak.Hendelser.Select(h => (h.Type, h.Tekst, h.Tidspunkt)));
        // Done by whoever registered the referral, as nobody else was named.
        Assert.All(bygger.Sak.Hendelser, h => Assert.Equal(Saksbehandler, h.UtfortAv));
        var kontakt = Assert.Single(bygger.Rader.OfType<Kontaktforsok>());
        Assert.Equal((Kontaktresultat.OnskerHjelp, true, new DateOnly(2026, 11, 4)), (kontakt.Resultat, kontakt.SamtykkeGitt, kontakt.Dato));
    }

    [Fact]
    public void En_ny_sak_for_samme_person_kobles_til_den_aapne_og_henlegges()
    {
        var person = Testdata.NyPerson();
        var aapen = NySoknad(person).TildelSaksbehandler(Saksbehandler);
        var ny = NyHenvendelse(person);

        ny.KobleTil(aapen);

        Assert.Equal((Saksstatus.Henlagt, Henleggelsesgrunn.Duplikat, aapen.Sak.Id), (ny.Sak.Status, ny.Sak.Henleggelsesgrunn, ny.Sak.KobletTilSakId));
        Assert.Equal(Saksstatus.Mottatt, aapen.Sak.Status);
        Assert.Equal($"Sak {ny.Sak.Referanse} er koblet til denne saken", aapen.Sak.Hendelser.Single(h => h.Type == HendelseType.SakKoblet).Tekst);
    }

    [Fact]
    public void Et_steg_domenet_avviser_stopper_byggingen_med_domenets_grunn()
    {
        var henvendelse = NyHenvendelse().RegistrerMottakskontroll();
        var hendelser = henvendelse.Sak.Hendelser.Count;

        // A referral goes on only when the person wants help: the domain says no, and so does the builder.
        var avvist = Assert.Throws<InvalidOperationException>(() => henvendelse.SendTilVurdering(Team));
        Assert.Contains($"Sak {henvendelse.Sak.Referanse}: SendTilVurdering ble avvist: mangler_samtykke", avvist.Message, StringComparison.Ordinal);
        Assert.Equal((Saksstatus.Mottakskontroll, hendelser), (henvendelse.Sak.Status, henvendelse.Sak.Hendelser.Count));

        var lukket = NySoknad().TildelSaksbehandler(Saksbehandler).TilStatus(Saksstatus.Henlagt);
        Assert.Contains("kan_ikke_trekkes", Assert.Throws<InvalidOperationException>(() => lukket.Trekk()).Message, StringComparison.Ordinal);
        Assert.Contains("ikke_i_mottak", Assert.Throws<InvalidOperationException>(() => lukket.RegistrerKontakt()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Et_samtykke_etter_soknaden_er_blant_radene_med_hvem_og_staar_paa_tidslinjen()
    {
        var soknad = NySoknad()
            .RegistrerSamtykke(Samtykkeformaal.Parorende, "Eva Vik", "datter", Samtykkeform.MineSaker)
            .RegistrerSamtykke(Samtykkeformaal.Fastlege, "Dr. Nina Holm", form: Samtykkeform.Skriftlig, gitt: Mottatt, utfortAv: Saksbehandler);

        var registrert = soknad.Samtykkene.Where(s => s.Form != null).ToList();
        Assert.Equal(
            [("pårørende Eva Vik (datter)", (Guid?)Konto), ("fastlegen (Dr. Nina Holm)", Saksbehandler)],
            registrert.Select(s => (s.Kilde, s.RegistrertAv)));
        Assert.All(registrert, s => Assert.Contains(s, soknad.Rader));
        Assert.Equal(2, soknad.Sak.Hendelser.Count(h => h.Type == HendelseType.SamtykkeGitt));
        Assert.Contains("samtykke_navn", Assert.Throws<InvalidOperationException>(
            () => soknad.RegistrerSamtykke(Samtykkeformaal.AnnenTjeneste, null, utfortAv: Saksbehandler)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Det_byggeren_ikke_kan_gjore_sier_den_fra_om_i_stedet_for_aa_gjette()
    {
        // No standard path ends a case yet. The follow-up starts with a primærkontakt; a vedtak needs a second person to approve it.
        Assert.Throws<NotSupportedException>(() => NySoknad().TilStatus(Saksstatus.Avsluttet, Team));
        Assert.Throws<ArgumentException>(() => NySoknad().TildelSaksbehandler(Saksbehandler).TilStatus(Saksstatus.IOppfolging, Team, godkjenner: Konto));
        Assert.Throws<ArgumentException>(() => NySoknad().TildelSaksbehandler(Saksbehandler).TilStatus(Saksstatus.Vedtatt, Team));
        Assert.Contains("vedtak_eget", Assert.Throws<InvalidOperationException>(
            () => NySoknad().TildelSaksbehandler(Saksbehandler).TilStatus(Saksstatus.Vedtatt, Team, godkjenner: Saksbehandler)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => NySoknad().TilStatus(Saksstatus.Kartlegging));
        Assert.Throws<ArgumentException>(() => NySoknad().TilStatus(Saksstatus.TilVurdering));
        // A timeline never runs backwards, and a staff step needs someone to take it.
        Assert.Throws<ArgumentOutOfRangeException>(() => NySoknad().TildelSaksbehandler(Saksbehandler, tidspunkt: Mottatt.AddMinutes(-1)));
        Assert.Throws<InvalidOperationException>(() => NySoknad().RegistrerMottakskontroll());
        // Only a finished application can be sent.
        Assert.Throws<ArgumentException>(() => Saksbygger.Soknad(
            Testdata.NyReferanse(), Testdata.NyPerson(), Mottatt, Konto, Saksbygger.StandardSoknad() with { Samtykker = null }));
    }

    [Fact]
    public async Task Et_teammedlem_tar_saken_og_vurderingsmotet_sender_den_til_kartlegging_med_kartleggingen_blant_radene()
    {
        var ct = TestContext.Current.CancellationToken;
        var medlem = Guid.CreateVersion7();
        var person = Testdata.NyPerson();
        var bygger = NySoknad(person).TildelSaksbehandler(Saksbehandler).TilStatus(Saksstatus.TilVurdering, Team)
            .Som(medlem).TaTilVurdering()
            .Vurderingsmote(Vurderingskonklusjon.FyllerKriteriene, tilStede: ["Kari Nordmann", "Per Hansen"]);

        Assert.Equal(Saksstatus.Kartlegging, bygger.Sak.Status);
        var kartlegging = Assert.Single(bygger.Rader.OfType<Kartlegging>());
        Assert.Same(kartlegging, bygger.Kartlegging);
        Assert.Equal(
            [HendelseType.SakTatt, HendelseType.Vurderingsmote, HendelseType.StatusEndret],
            bygger.Sak.Hendelser.TakeLast(3).Select(h => h.Type));
        await using (var scope = database.Scope())
        {
            scope.Db().Personer.Add(person);
            bygger.LeggTil(scope.Db());
            await scope.Db().SaveChangesAsync(ct);
        }

        await using var les = database.Scope();
        var lagret = await les.Db().Set<Kartlegging>().AsNoTracking().SingleAsync(k => k.SakId == bygger.Sak.Id, ct);
        Assert.Equal(medlem, lagret.AnsvarligId);
        var mote = Assert.Single(lagret.Vurderingsmoter);
        Assert.Equal((Vurderingskonklusjon.FyllerKriteriene, medlem, Saksbygger.StandardBegrunnelse(Vurderingskonklusjon.FyllerKriteriene)),
            (mote.Konklusjon, mote.RegistrertAv, mote.Begrunnelse));
        Assert.Equal(["Kari Nordmann", "Per Hansen"], mote.TilStede);

        // The standard path to Kartlegging is the same meeting, by whoever takes the steps; "fyller ikke" keeps the case with the team.
        var rett = NyHenvendelse().TilStatus(Saksstatus.Kartlegging, Team);
        Assert.Equal((Saksstatus.Kartlegging, Vurderingskonklusjon.FyllerKriteriene, (Guid?)null),
            (rett.Sak.Status, rett.Kartlegging!.SisteVurdering!.Konklusjon, rett.Kartlegging.AnsvarligId));
        var ikke = NySoknad().TildelSaksbehandler(Saksbehandler).TilStatus(Saksstatus.TilVurdering, Team)
            .Vurderingsmote(Vurderingskonklusjon.FyllerIkkeKriteriene);
        Assert.Equal(Saksstatus.TilVurdering, ikke.Sak.Status);
        Assert.Contains("ikke_til_vurdering", Assert.Throws<InvalidOperationException>(
            () => rett.Vurderingsmote(Vurderingskonklusjon.FyllerKriteriene)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task En_bygget_sak_lagres_med_radene_ved_siden_av()
    {
        var ct = TestContext.Current.CancellationToken;
        var person = Testdata.NyPerson();
        var bygger = NyHenvendelse(person)
            .RegistrerMottakskontroll(iMaalgruppen: false)
            .BeOmOpplysninger("Legeerklæring.")
            .RegistrerOpplysningerMottatt()
            .TilStatus(Saksstatus.Henvist);

        await using (var scope = database.Scope())
        {
            scope.Db().Personer.Add(person);
            bygger.LeggTil(scope.Db());
            await scope.Db().SaveChangesAsync(ct);
        }

        await using var les = database.Scope();
        var db = les.Db();
        var sak = await db.Saker.AsNoTracking().Include(s => s.Hendelser).SingleAsync(s => s.Id == bygger.Sak.Id, ct);
        Assert.Equal((Saksstatus.Henvist, 6), (sak.Status, sak.Hendelser.Count));
        Assert.True(await db.Henvendelser.AnyAsync(h => h.SakId == sak.Id, ct));
        Assert.NotNull((await db.Opplysningsbehov.SingleAsync(o => o.SakId == sak.Id, ct)).Mottatt);
        Assert.Equal(Saksbygger.StandardHenvisning.Tjeneste, (await db.Henvisninger.SingleAsync(h => h.SakId == sak.Id, ct)).Tjeneste);
    }

    [Fact]
    public async Task I_en_kjorende_app_bygges_en_soknad_fra_en_innbyggers_konto_til_vurdering()
    {
        var ct = TestContext.Current.CancellationToken;
        var person = Testdata.NyPerson("Sigrid", "Søknadsen");
        var innbygger = new ApplicationUser { UserName = "sigrid@test.no", Email = "sigrid@test.no", Fornavn = "Sigrid", Etternavn = "Søknadsen", PersonId = person.Id };
        var saksbehandler = new ApplicationUser { UserName = "sb@test.no", Email = "sb@test.no", Fornavn = "Ingrid", Etternavn = "Berg" };
        await using (var scope = database.Scope())
        {
            scope.Db().Personer.Add(person);
            scope.Db().Users.AddRange(innbygger, saksbehandler);
            scope.Db().Team.Add(new Team("Vurderingsteamet", Teamtype.Vurderingsteam));
            await scope.Db().SaveChangesAsync(ct);
        }

        ByggetSak bygget;
        await using (var scope = database.Scope())
        {
            bygget = await ActivatorUtilities.CreateInstance<Saksoppretter>(scope.ServiceProvider).OpprettAsync(
                new Saksbestilling { Status = Saksstatus.TilVurdering, Innbygger = "sigrid@test.no", Aktor = "sb@test.no", Saksbehandler = "sb@test.no" }, ct);
        }

        Assert.Equal((person.Id, "Sigrid Søknadsen", person.Fodselsnummer, Saksstatus.TilVurdering), (bygget.PersonId, bygget.Navn, bygget.Fodselsnummer, bygget.Status));
        Assert.Matches("^BO-2026-[0-9]{6}$", bygget.Referanse);
        await using var les = database.Scope();
        var sak = await les.Db().Saker.AsNoTracking().SingleAsync(s => s.Id == bygget.Id, ct);
        Assert.Equal((saksbehandler.Id, database.Tid.GetUtcNow().AddHours(-1)), (sak.SaksbehandlerId, sak.Mottatt));
        Assert.Equal(innbygger.Id, (await les.Db().Soknader.SingleAsync(s => s.SakId == sak.Id, ct)).InnsendtAv);
    }
}
