using BoOppfolging.Application.Oppfolging;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Identity;
using BoOppfolging.Tests.Felles;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Tests;

/// <summary>
/// The follow-up through its services on a real SQLite file: a team leader assigns the contacts of a case with a vedtak (which
/// starts the follow-up and keeps the history), the bo-oppfølger registers, plans, documents and corrects visits and sees the
/// hours against the vedtak with the warnings in "Mine brukere"; a bo-oppfølger not on the case gets "not found"; reads and
/// changes are in the audit log.
/// </summary>
public sealed class OppfolgingServiceTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Idag => Norsktid.Dato(database.Tid.GetUtcNow());

    private Task<TestBruker> OppfolgerAsync(string fornavn, string etternavn) => Oppfolgingshjelp.OppfolgerAsync(database, fornavn, etternavn);

    /// <summary>A case whose vedtak (4 hours a week) came into force <paramref name="dagerSiden"/> days ago, and the team leader who approved it.</summary>
    private async Task<(Sak Sak, TestBruker Leder)> VedtattAsync(int dagerSiden = 40, Action<Infrastructure.Saksbygging.Saksbygger>? steg = null)
    {
        var leder = await Vedtakshjelp.AnsattAsync(database, Roller.Teamleder, "Tone", "Haugen");
        var saksbehandler = await Vedtakshjelp.AnsattAsync(database, Roller.Saksbehandler, "Ingrid", "Berg");
        var team = new Team("Vurderingsteam " + Guid.NewGuid().ToString("N")[..6], Teamtype.Vurderingsteam);
        await using var scope = database.Scope();
        var db = scope.Db();
        db.Team.Add(team);
        var person = Testdata.NyPerson("Nora", "Olsen");
        db.Personer.Add(person);
        // The standard vedtak runs from 14 days after the innstilling.
        var bygger = Testdata.NySoknad(person, database.Tid.GetUtcNow().AddDays(-dagerSiden - 14))
            .TildelSaksbehandler(saksbehandler.Id!.Value).TilStatus(Saksstatus.Vedtatt, team.Id, godkjenner: leder.Id!.Value);
        steg?.Invoke(bygger);
        bygger.LeggTil(db);
        await db.SaveChangesAsync(Ct);
        return (bygger.Sak, leder);
    }

    private static RegistrerBesokCommand Besok(Guid sakId, DateOnly dato, int minutter = 60, Besoksutfall utfall = Besoksutfall.Gjennomfort, string? arsak = null) => new(
        sakId, Guid.CreateVersion7(), Guid.Empty, dato, null, null, minutter, Besokstype.Hjemmebesok, utfall, arsak, [Hjelpeomrade.OkonomiOgNav], [], "Gikk gjennom regningene.");

    [Fact]
    public async Task Teamlederen_tildeler_kontakter_oppfolgingen_starter_og_historikken_beholdes()
    {
        var (sak, leder) = await VedtattAsync();
        var aisha = await OppfolgerAsync("Aisha", "Rahman");
        var jonas = await OppfolgerAsync("Jonas", "Moe");
        var saksbehandler = TestBruker.Med(Roller.Saksbehandler);

        await using (var scope = database.Scope(leder))
        {
            var service = scope.Get<OppfolgingService>();
            var skjema = (await service.HentTildelingAsync(sak.Id, Ct)).Value;
            Assert.Contains(skjema.Oppfolgere, o => o.Id == aisha.Id && o.Navn == "Aisha Rahman");
            Assert.Equal("4 timer per uke", skjema.Ramme);
            var feil = await service.TildelKontakterAsync(new(sak.Id, skjema.Versjon, saksbehandler.Id, null, Idag, null), Ct);
            Assert.Equal(OppfolgingFeil.UkjentPrimaerkontakt, feil.Error);
            var fram = await service.TildelKontakterAsync(new(sak.Id, skjema.Versjon, aisha.Id, jonas.Id, Idag.AddDays(1), null), Ct);
            Assert.Equal(KontaktFeil.FraFramITid, fram.Error);
            var ok = await service.TildelKontakterAsync(new(sak.Id, skjema.Versjon, aisha.Id, jonas.Id, Idag.AddDays(-3), null), Ct);
            Assert.True(ok.IsSuccess, string.Join("; ", ok.Errors.Select(e => e.Melding)));
        }

        await using (var scope = database.Scope(aisha))
        {
            var mine = await scope.Get<MineBrukereService>().HentAsync(Ct);
            var bruker = Assert.Single(mine.Brukere, b => b.SakId == sak.Id);
            Assert.Equal((Kontaktrolle.Primaerkontakt, 240m), (bruker.Rolle, bruker.Uke.Innvilget));

            // The case page's panel: the contacts, this week's grant, no contact yet since the start three days ago.
            var panel = await scope.Get<OppfolgingService>().HentPanelAsync(sak.Id, Ct);
            Assert.NotNull(panel);
            Assert.Equal(["Aisha Rahman", "Jonas Moe"], panel.Kontakter.Select(k => k.Navn));
            Assert.Equal((240m, (DateOnly?)null, 3, false, true), (panel.DenneUka.Innvilget, panel.SisteKontakt, panel.DagerSidenKontakt, panel.UtenKontakt, panel.Handlinger.KanRegistrere));
        }

        await using (var scope = database.Scope(leder))
        {
            var service = scope.Get<OppfolgingService>();
            var skjema = (await service.HentTildelingAsync(sak.Id, Ct)).Value;
            Assert.Equal(1, skjema.Oppfolgere.Single(o => o.Id == aisha.Id).Primaer);
            Assert.Equal(240m, skjema.Oppfolgere.Single(o => o.Id == aisha.Id).InnvilgetMinutterPerUke);
            Assert.True((await service.TildelKontakterAsync(new(sak.Id, skjema.Versjon, jonas.Id, aisha.Id, Idag, "Aisha har permisjon"), Ct)).IsSuccess);
            // The version read before the change is now a conflict.
            Assert.True((await service.TildelKontakterAsync(new(sak.Id, skjema.Versjon, aisha.Id, null, Idag, null), Ct)).IsConflict);
        }

        await using var les = database.Scope();
        var lagret = await les.Db().Saker.AsNoTracking().SingleAsync(s => s.Id == sak.Id, Ct);
        Assert.Equal((Saksstatus.IOppfolging, jonas.Id, aisha.Id), (lagret.Status, lagret.PrimaerkontaktId, lagret.SekundaerkontaktId));
        var perioder = await les.Db().Set<Kontaktperiode>().AsNoTracking().Where(k => k.SakId == sak.Id).OrderBy(k => k.Fra).ThenBy(k => k.Rolle).ToListAsync(Ct);
        Assert.Equal(
            [(aisha.Id!.Value, Kontaktrolle.Primaerkontakt, Idag.AddDays(-3), (DateOnly?)Idag.AddDays(-1)), (jonas.Id!.Value, Kontaktrolle.Sekundaerkontakt, Idag.AddDays(-3), Idag.AddDays(-1)),
             (jonas.Id!.Value, Kontaktrolle.Primaerkontakt, Idag, null), (aisha.Id!.Value, Kontaktrolle.Sekundaerkontakt, Idag, null)],
            perioder.Select(p => (p.BrukerId, p.Rolle, p.Fra, p.Til)));
        Assert.True(await les.Db().AuditLogg.AnyAsync(a => a.SakId == sak.Id && a.Beskrivelse == "Kontaktansvar" && a.Handling == AuditHandling.Opprett, Ct));
    }

    [Fact]
    public async Task Besok_registreres_planlegges_dokumenteres_og_rettes_og_timene_varsler()
    {
        var aisha = await OppfolgerAsync("Aisha", "Rahman");
        var (sak, _) = await VedtattAsync(steg: b => b.TildelKontakter(aisha.Id!.Value, utfortAv: aisha.Id));
        var ukjent = await OppfolgerAsync("Per", "Utenfor");
        Guid forsteId;

        await using (var scope = database.Scope(aisha))
        {
            var service = scope.Get<OppfolgingService>();
            var utenGrunn = await service.RegistrerAsync(Besok(sak.Id, Idag, 0, Besoksutfall.IkkeTruffet), Ct);
            Assert.Equal("Arsak", utenGrunn.Error?.Felt);
            Assert.True((await service.RegistrerAsync(Besok(sak.Id, Idag, 0, Besoksutfall.IkkeTruffet, "Ingen åpnet døren."), Ct)).IsSuccess);

            // Five hours this week: one over the four granted. Sent twice (the same form's id): one visit.
            var fem = Besok(sak.Id, Idag, 300);
            forsteId = fem.BesokId;
            Assert.True((await service.RegistrerAsync(fem, Ct)).IsSuccess);
            Assert.True((await service.RegistrerAsync(fem, Ct)).IsSuccess);
            Assert.True((await service.PlanleggAsync(new(sak.Id, Guid.CreateVersion7(), aisha.Id, Idag.AddDays(1), new TimeOnly(10, 0), 60, Besokstype.Telefon), Ct)).IsSuccess);
            var framITid = await service.RegistrerAsync(Besok(sak.Id, Idag.AddDays(1)), Ct);
            Assert.Equal(BesokFeil.FramITid, framITid.Error);
        }

        await using (var scope = database.Scope(aisha))
        {
            var visning = (await scope.Get<OppfolgingService>().HentAsync(sak.Id, Ct)).Value;
            Assert.Equal((240m, 300, 60), (visning.DenneUka.Innvilget, visning.DenneUka.Levert, visning.DenneUka.Planlagt));
            var over = Assert.Single(visning.Varsler, v => v.Type == Timevarseltype.Over && v.Periode.Navn == visning.DenneUka.Navn);
            Assert.Equal(60m, over.Minutter);
            Assert.Equal([Besoksutfall.Gjennomfort, Besoksutfall.IkkeTruffet], visning.Logg.Select(b => b.Utfall!.Value).Order());
            Assert.Single(visning.Planlagte);
            Assert.False(visning.UtenKontakt);
            Assert.Equal(Idag, visning.SisteKontakt);
        }

        await using (var scope = database.Scope(aisha))
        {
            var service = scope.Get<OppfolgingService>();
            var besok = (await service.HentBesokAsync(sak.Id, forsteId, Ct)).Value;
            var retting = Besok(sak.Id, Idag, 240) with { BesokId = forsteId, Versjon = besok.Versjon };
            Assert.Equal("Korreksjonsarsak", (await service.KorrigerAsync(retting, Ct)).Error?.Felt);
            Assert.True((await service.KorrigerAsync(retting with { Korreksjonsarsak = "Feil varighet" }, Ct)).IsSuccess);
            Assert.True((await service.KorrigerAsync(retting with { Korreksjonsarsak = "Igjen", Minutter = 200 }, Ct)).IsConflict);
        }

        await using (var scope = database.Scope(aisha))
        {
            var service = scope.Get<OppfolgingService>();
            var besok = (await service.HentBesokAsync(sak.Id, forsteId, Ct)).Value;
            Assert.Equal(240, besok.Rad.Minutter);
            var rettelse = Assert.Single(besok.Korreksjoner);
            Assert.Equal(("Aisha Rahman", "Feil varighet", 300), (rettelse.Av, rettelse.Arsak, rettelse.Forrige.Minutter));
            Assert.DoesNotContain((await service.HentAsync(sak.Id, Ct)).Value.Varsler, v => v.Type == Timevarseltype.Over);
        }

        // Someone who is not on the case does not find it, nor its visits.
        await using (var scope = database.Scope(ukjent))
        {
            var service = scope.Get<OppfolgingService>();
            Assert.True((await service.HentAsync(sak.Id, Ct)).IsNotFound);
            Assert.True((await service.HentBesokAsync(sak.Id, forsteId, Ct)).IsNotFound);
            Assert.True((await service.RegistrerAsync(Besok(sak.Id, Idag), Ct)).IsNotFound);
            Assert.DoesNotContain((await scope.Get<MineBrukereService>().HentAsync(Ct)).Brukere, b => b.SakId == sak.Id);
        }

        await using var les = database.Scope();
        Assert.Equal(3, await les.Db().Set<Besok>().CountAsync(b => b.SakId == sak.Id, Ct));
        Assert.True(await les.Db().AuditLogg.AnyAsync(a => a.SakId == sak.Id && a.Beskrivelse == "Besøk" && a.Handling == AuditHandling.Endre, Ct));
        Assert.True(await les.Db().AuditLogg.AnyAsync(a => a.SakId == sak.Id && a.Beskrivelse == "Oppfølging" && a.Handling == AuditHandling.Les, Ct));
    }

    [Fact]
    public async Task Teamlederen_setter_kapasitet_og_ser_ledig_tid_mot_innvilgede_timer()
    {
        var aisha = await OppfolgerAsync("Aisha", "Rahman");
        var (_, leder) = await VedtattAsync(steg: b => b.TildelKontakter(aisha.Id!.Value, utfortAv: aisha.Id));

        await using (var scope = database.Scope(leder))
        {
            var service = scope.Get<KapasitetService>();
            var skjema = (await service.HentAsync(aisha.Id!.Value, Ct)).Value;
            Assert.Equal((null, 1, 240m), (skjema.MinutterPerUke, skjema.Belastning.Primaer, skjema.Belastning.InnvilgetMinutterPerUke));
            Assert.Equal("Timer", (await service.LagreAsync(new(aisha.Id.Value, Guid.Empty, "abc"), Ct)).Error?.Felt);
            Assert.Equal("Timer", (await service.LagreAsync(new(aisha.Id.Value, Guid.Empty, "22,3"), Ct)).Error?.Felt);
            Assert.Equal("Timer", (await service.LagreAsync(new(aisha.Id.Value, Guid.Empty, "169"), Ct)).Error?.Felt);
            Assert.True((await service.LagreAsync(new(aisha.Id.Value, Guid.Empty, "3,5"), Ct)).IsSuccess);
            Assert.True((await service.LagreAsync(new(aisha.Id.Value, Guid.Empty, "30"), Ct)).IsConflict);
        }

        await using (var scope = database.Scope(leder))
        {
            var rad = Assert.Single((await scope.Get<KapasitetService>().ListAsync(null, Ct)).Value.Oppfolgere, o => o.Id == aisha.Id);
            Assert.Equal((210, -30m), (rad.KapasitetMinutterPerUke!.Value, rad.Ledig!.Value)); // 3,5 hours against the 4 granted
        }

        await using (var scope = database.Scope(aisha))
        {
            var service = scope.Get<KapasitetService>();
            Assert.True((await service.ListAsync(null, Ct)).IsNotFound);
            Assert.True((await service.LagreAsync(new(aisha.Id!.Value, Guid.Empty, "40"), Ct)).IsNotFound);
        }
    }
}
