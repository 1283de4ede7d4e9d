using BoOppfolging.Application.Oppfolging;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Saksbygging;
using BoOppfolging.Tests.Felles;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Tests;

/// <summary>
/// The follow-up overview's lists as database queries on a real SQLite file, against the one definition of each rule
/// (<see cref="Oppfolgingsregler"/>): a case long in follow-up with no visits is on "evaluation due", "no contact" and "no
/// meeting"; a new one with three missed visits and a planned visit not documented is on "non-participation" and
/// "undocumented" and on none of the others. The saksbehandler sees only the evaluations on their own cases; a bo-oppfølger
/// gets "not found". A team leader sees their follow-up team's cases, or another team's, or the whole unit.
/// </summary>
public sealed class OppfolgingsoversiktServiceTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Idag => Norsktid.Dato(database.Tid.GetUtcNow());

    private async Task<Saksbygger> IOppfolgingAsync(int dagerSiden, TestBruker saksbehandler, TestBruker leder, TestBruker oppfolger, Action<Saksbygger>? steg = null)
    {
        var team = new Team("Vurderingsteam " + Guid.NewGuid().ToString("N")[..6], Teamtype.Vurderingsteam);
        await using var scope = database.Scope();
        var db = scope.Db();
        db.Team.Add(team);
        var person = Testdata.NyPerson("Nora", "Olsen");
        db.Personer.Add(person);
        var bygger = Testdata.NySoknad(person, database.Tid.GetUtcNow().AddDays(-dagerSiden))
            .TildelSaksbehandler(saksbehandler.Id!.Value)
            .TilStatus(Saksstatus.IOppfolging, team.Id, godkjenner: leder.Id!.Value, primaerkontakt: oppfolger.Id!.Value);
        steg?.Invoke(bygger);
        bygger.LeggTil(db);
        await db.SaveChangesAsync(Ct);
        return bygger;
    }

    [Fact]
    public async Task Listene_finner_sakene_regelen_sier_og_saksbehandleren_ser_bare_evalueringene_paa_sine()
    {
        var leder = await Vedtakshjelp.AnsattAsync(database, Roller.Teamleder, "Tone", "Haugen");
        var ingrid = await Vedtakshjelp.AnsattAsync(database, Roller.Saksbehandler, "Ingrid", "Berg");
        var annen = await Vedtakshjelp.AnsattAsync(database, Roller.Saksbehandler, "Per", "Annen");
        var aisha = await Oppfolgingshjelp.OppfolgerAsync(database, "Aisha", "Rahman");

        // Long in follow-up, never visited: its six-month evaluation has come.
        var gammel = await IOppfolgingAsync(200, ingrid, leder, aisha);
        var evaluering = gammel.Sak.Id;
        var evalueringsdato = await HentEvalueringsdatoAsync(evaluering);
        Assert.True(evalueringsdato <= Idag.AddDays(OppfolgingsoversiktService.EvalueringVarselDager), $"Evalueringsdato {evalueringsdato}");

        // New: met yesterday, but three missed visits in the window and one planned two days ago not documented.
        var ny = await IOppfolgingAsync(40, annen, leder, aisha, b => b
            .RegistrerBesok(Saksbygger.IkkeGjennomfort(Idag.AddDays(-9), Besoksutfall.IkkeTruffet), tidspunkt: database.Tid.GetUtcNow().AddDays(-9))
            .RegistrerBesok(Saksbygger.IkkeGjennomfort(Idag.AddDays(-6), Besoksutfall.AvlystAvBruker, "Avlyste på SMS."), tidspunkt: database.Tid.GetUtcNow().AddDays(-6))
            .RegistrerBesok(Saksbygger.IkkeGjennomfort(Idag.AddDays(-4), Besoksutfall.IkkeTruffet), tidspunkt: database.Tid.GetUtcNow().AddDays(-4))
            .PlanleggBesok(Idag.AddDays(-2), tidspunkt: database.Tid.GetUtcNow().AddDays(-3))
            .RegistrerBesok(Saksbygger.Gjennomfort(Idag.AddDays(-1)), tidspunkt: database.Tid.GetUtcNow().AddDays(-1)));

        // Long in follow-up too, and last month 1 400 minutes delivered: more than the 5 hours a week granted.
        var forrigeMaaned = Timeregnskap.MaanedStart(Idag).AddMonths(-1);
        var over = await IOppfolgingAsync(200, annen, leder, aisha, b => b
            .RegistrerBesok(Saksbygger.Gjennomfort(forrigeMaaned.AddDays(9), 700), tidspunkt: Norsktid.Tidspunkt(forrigeMaaned.AddDays(9), new TimeOnly(18, 0)))
            .RegistrerBesok(Saksbygger.Gjennomfort(forrigeMaaned.AddDays(10), 700), tidspunkt: Norsktid.Tidspunkt(forrigeMaaned.AddDays(10), new TimeOnly(18, 0))));
        var innvilgetForrige = Timeregnskap.Innvilget(over.Vedtak, forrigeMaaned, forrigeMaaned.AddMonths(1).AddDays(-1));
        Assert.True(innvilgetForrige is > 0 and < 1400, $"Innvilget {innvilgetForrige}");

        await using (var scope = database.Scope(leder))
        {
            var oversikt = (await scope.Get<OppfolgingsoversiktService>().HentAsync(null, null, Ct)).Value;
            Assert.True(oversikt.HeleEnheten);

            // The hours across cases, from the vedtak columns, give what the domain gives from the vedtak themselves.
            var timer = oversikt.Del(Oversiktsliste.Timer)!.Rader;
            var overRad = Assert.Single(timer, r => r.SakId == over.Sak.Id);
            Assert.Equal((Timevarseltype.Over, forrigeMaaned, 1400 - innvilgetForrige), (overRad.Timevarsel!.Type, overRad.Timevarsel.Periode.Fra, overRad.Timevarsel.Minutter));
            var underRad = Assert.Single(timer, r => r.SakId == evaluering);
            Assert.Equal((Timevarseltype.Under, 0, innvilgetForrige), (underRad.Timevarsel!.Type, underRad.Timevarsel.Periode.Levert, underRad.Timevarsel.Periode.Innvilget));
            Assert.Equal(Enum.GetValues<Oversiktsliste>(), oversikt.Deler.Select(d => d.Liste));
            IReadOnlyList<Guid> Paa(Oversiktsliste liste) => [.. oversikt.Del(liste)!.Rader.Select(r => r.SakId)];

            var rad = Assert.Single(oversikt.Del(Oversiktsliste.Evaluering)!.Rader, r => r.SakId == evaluering);
            Assert.Equal((evalueringsdato, evalueringsdato < Idag, "Aisha Rahman"), (rad.Dato, rad.Forfalt, rad.Primaerkontakt));
            Assert.Contains(evaluering, Paa(Oversiktsliste.UtenKontakt));
            Assert.Contains(evaluering, Paa(Oversiktsliste.UtenMote));
            Assert.DoesNotContain(evaluering, Paa(Oversiktsliste.ManglendeMedvirkning));
            Assert.DoesNotContain(evaluering, Paa(Oversiktsliste.Udokumenterte));

            var medvirkning = Assert.Single(oversikt.Del(Oversiktsliste.ManglendeMedvirkning)!.Rader, r => r.SakId == ny.Sak.Id);
            Assert.Equal((3, Idag.AddDays(-4)), (medvirkning.Antall, medvirkning.Dato));
            var udokumentert = Assert.Single(oversikt.Del(Oversiktsliste.Udokumenterte)!.Rader, r => r.SakId == ny.Sak.Id);
            Assert.Equal((1, Idag.AddDays(-2)), (udokumentert.Antall, udokumentert.Dato));
            Assert.DoesNotContain(ny.Sak.Id, Paa(Oversiktsliste.UtenKontakt));
            Assert.DoesNotContain(ny.Sak.Id, Paa(Oversiktsliste.UtenMote));
            Assert.DoesNotContain(ny.Sak.Id, Paa(Oversiktsliste.Evaluering));

            // One list in full.
            var bare = (await scope.Get<OppfolgingsoversiktService>().HentAsync(Oversiktsliste.UtenKontakt, null, Ct)).Value;
            Assert.Equal(Oversiktsliste.UtenKontakt, Assert.Single(bare.Deler).Liste);
        }

        await using (var scope = database.Scope(ingrid))
        {
            var oversikt = (await scope.Get<OppfolgingsoversiktService>().HentAsync(null, null, Ct)).Value;
            Assert.False(oversikt.HeleEnheten);
            Assert.Contains(evaluering, Assert.Single(oversikt.Deler).Rader.Select(r => r.SakId));
        }

        await using (var scope = database.Scope(annen))
        {
            var oversikt = (await scope.Get<OppfolgingsoversiktService>().HentAsync(null, null, Ct)).Value;
            Assert.DoesNotContain(evaluering, Assert.Single(oversikt.Deler).Rader.Select(r => r.SakId));
        }

        await using (var scope = database.Scope(aisha))
        {
            Assert.True((await scope.Get<OppfolgingsoversiktService>().HentAsync(null, null, Ct)).IsNotFound);
        }

        await using (var les = database.Scope())
        {
            Assert.True(await les.Db().AuditLogg.AnyAsync(a => a.BrukerId == leder.Id && a.Beskrivelse == "Oppfølgingsoversikt" && a.Handling == AuditHandling.Les, Ct));
        }
    }

    /// <summary>
    /// A team leader sees their follow-up team's cases (primærkontakt a member) by default, and chooses another team or the whole
    /// unit; "Bo-oppfølgere" follows the same choice, and the assignment form offers the own team. A team leader in no team sees
    /// the whole unit (the test above).
    /// </summary>
    [Fact]
    public async Task Teamlederen_ser_sitt_teams_saker_og_kan_velge_et_annet_team_eller_hele_enheten()
    {
        var leder = await Vedtakshjelp.AnsattAsync(database, Roller.Teamleder, "Kari", "Teamleder");
        var ingrid = await Vedtakshjelp.AnsattAsync(database, Roller.Saksbehandler, "Ingrid", "Berg");
        var vaarOppfolger = await Oppfolgingshjelp.OppfolgerAsync(database, "Aisha", "Iteamet");
        var deresOppfolger = await Oppfolgingshjelp.OppfolgerAsync(database, "Jonas", "Iandre");
        var navn = Guid.NewGuid().ToString("N")[..6];
        var mitt = new Team($"Bo-oppfølging {navn} 2", Teamtype.BoOppfolging);
        mitt.LeggTilMedlem(leder.Id!.Value);
        mitt.LeggTilMedlem(vaarOppfolger.Id!.Value);
        var andre = new Team($"Bo-oppfølging {navn} 10", Teamtype.BoOppfolging);
        andre.LeggTilMedlem(deresOppfolger.Id!.Value);
        await using (var scope = database.Scope())
        {
            scope.Db().Team.AddRange(andre, mitt);
            await scope.Db().SaveChangesAsync(Ct);
        }

        // Both long in follow-up with no visits: on the evaluation, no-contact and no-meeting lists of their own team.
        var vaar = (await IOppfolgingAsync(200, ingrid, leder, vaarOppfolger)).Sak.Id;
        var deres = (await IOppfolgingAsync(200, ingrid, leder, deresOppfolger)).Sak.Id;

        await using var les = database.Scope(leder);
        var service = les.Get<OppfolgingsoversiktService>();
        async Task<(Teamutvalg Team, IReadOnlyList<Guid> Saker)> Vis(string? team)
        {
            var oversikt = (await service.HentAsync(null, team, Ct)).Value;
            Assert.True(oversikt.HeleEnheten);
            var saker = Enum.GetValues<Oversiktsliste>().SelectMany(l => oversikt.Del(l)!.Rader).Select(r => r.SakId).Distinct().ToList();
            return (oversikt.Team!, saker);
        }

        var (utvalg, saker) = await Vis(null);
        Assert.Equal(mitt.Id, utvalg.Valgt?.Id);
        Assert.True(utvalg.Valgt!.Mitt);
        Assert.Equal(mitt.Id, utvalg.Team[0].Id);
        Assert.True(utvalg.Team.ToList().FindIndex(t => t.Id == andre.Id) > 0);
        Assert.Contains(vaar, saker);
        Assert.DoesNotContain(deres, saker);

        (utvalg, saker) = await Vis(andre.Id.ToString());
        Assert.Equal(andre.Id, utvalg.Valgt?.Id);
        Assert.Contains(deres, saker);
        Assert.DoesNotContain(vaar, saker);

        (utvalg, saker) = await Vis(Teamutvalg.HeleEnheten);
        Assert.Null(utvalg.Valgt);
        Assert.Contains(vaar, saker);
        Assert.Contains(deres, saker);

        // Something that is not a follow-up team is the leader's own team, not an error.
        Assert.Equal(mitt.Id, (await Vis("ikke-et-team")).Team.Valgt?.Id);
        Assert.Equal(mitt.Id, (await Vis(Guid.NewGuid().ToString())).Team.Valgt?.Id);

        var kapasitet = les.Get<KapasitetService>();
        var egne = (await kapasitet.ListAsync(null, Ct)).Value;
        Assert.Equal(mitt.Id, egne.Team.Valgt?.Id);
        Assert.Equal([vaarOppfolger.Id!.Value], egne.Oppfolgere.Select(o => o.Id));
        var alle = (await kapasitet.ListAsync(Teamutvalg.HeleEnheten, Ct)).Value.Oppfolgere.Select(o => o.Id).ToList();
        Assert.Contains(vaarOppfolger.Id!.Value, alle);
        Assert.Contains(deresOppfolger.Id!.Value, alle);

        // The assignment form offers the team leader's own team, and a case's contacts now whatever their team.
        var tildeling = les.Get<OppfolgingService>();
        var vaarSkjema = (await tildeling.HentTildelingAsync(vaar, Ct)).Value.Oppfolgere.Select(o => o.Id).ToList();
        Assert.Contains(vaarOppfolger.Id!.Value, vaarSkjema);
        Assert.DoesNotContain(deresOppfolger.Id!.Value, vaarSkjema);
        Assert.Contains(deresOppfolger.Id!.Value, (await tildeling.HentTildelingAsync(deres, Ct)).Value.Oppfolgere.Select(o => o.Id));
    }

    /// <summary>Team names sort with their numbers as numbers, the user's own team first.</summary>
    [Fact]
    public async Task Teamene_sorteres_med_tall_som_tall_og_eget_team_forst()
    {
        var leder = await Vedtakshjelp.AnsattAsync(database, Roller.Teamleder, "Lars", "Leder");
        var navn = Guid.NewGuid().ToString("N")[..6];
        Team[] team = [new($"Ø {navn} 10", Teamtype.BoOppfolging), new($"Ø {navn} 9", Teamtype.BoOppfolging), new($"Æ {navn} 2", Teamtype.BoOppfolging)];
        team[0].LeggTilMedlem(leder.Id!.Value);
        await using (var scope = database.Scope())
        {
            scope.Db().Team.AddRange(team);
            await scope.Db().SaveChangesAsync(Ct);
        }

        await using var les = database.Scope(leder);
        var utvalg = await les.Get<OppfolgingsteamService>().VelgAsync(null, Ct);
        var rekkefolge = utvalg.Team.Select(t => t.Navn).Where(n => n.Contains(navn, StringComparison.Ordinal)).ToList();
        Assert.Equal([$"Ø {navn} 10", $"Æ {navn} 2", $"Ø {navn} 9"], rekkefolge);
    }

    private async Task<DateOnly> HentEvalueringsdatoAsync(Guid sakId)
    {
        await using var scope = database.Scope();
        return await scope.Db().Set<Domain.Vedtak>().Where(v => v.SakId == sakId && v.Status == Vedtaksstatus.Vedtatt)
            .Select(v => v.Evalueringsdato!.Value).SingleAsync(Ct);
    }
}
