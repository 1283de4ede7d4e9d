using BoOppfolging.Application.Kontoer;
using BoOppfolging.Application.Oppfolging;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Saksbygging;
using BoOppfolging.Tests.Felles;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Tests;

/// <summary>
/// Handover on a real SQLite file: the team leader moves a leaver's cases to two receivers at once (the leaver's periods ended,
/// the history kept, the timeline and the audit log written); one case refused refuses them all, with the message by that case;
/// nobody else finds the page; and an account that still holds open cases cannot be deactivated until they are handed over.
/// </summary>
public sealed class OverleveringServiceTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Idag => Norsktid.Dato(database.Tid.GetUtcNow());

    private Task<TestBruker> OppfolgerAsync(string fornavn, string etternavn) => Oppfolgingshjelp.OppfolgerAsync(database, fornavn, etternavn);

    /// <summary>Three bo-oppfølgere (Lise leaves; Aisha and Jonas take over) and a team leader.</summary>
    private async Task<(TestBruker Lise, TestBruker Aisha, TestBruker Jonas, TestBruker Leder)> FolkAsync() => (
        await OppfolgerAsync("Lise", "Lund"), await OppfolgerAsync("Aisha", "Rahman"), await OppfolgerAsync("Jonas", "Moe"),
        await Vedtakshjelp.AnsattAsync(database, Roller.Teamleder, "Tone", "Haugen"));

    /// <summary>A case in follow-up (4 hours a week granted, contacts assigned 40 days ago), then any further steps.</summary>
    private async Task<Sak> IOppfolgingAsync(TestBruker leder, Guid primaer, Guid? sekundaer, Action<Saksbygger>? steg = null)
    {
        var saksbehandler = await Vedtakshjelp.AnsattAsync(database, Roller.Saksbehandler, "Ingrid", "Berg");
        var team = new Team("Vurderingsteam " + Guid.NewGuid().ToString("N")[..6], Teamtype.Vurderingsteam);
        await using var scope = database.Scope();
        var db = scope.Db();
        db.Team.Add(team);
        var person = Testdata.NyPerson("Nora", "Olsen");
        db.Personer.Add(person);
        var bygger = Testdata.NySoknad(person, database.Tid.GetUtcNow().AddDays(-54))
            .TildelSaksbehandler(saksbehandler.Id!.Value).TilStatus(Saksstatus.Vedtatt, team.Id, godkjenner: leder.Id!.Value)
            .TildelKontakter(primaer, sekundaer, utfortAv: leder.Id);
        steg?.Invoke(bygger);
        bygger.LeggTil(db);
        await db.SaveChangesAsync(Ct);
        return bygger.Sak;
    }

    private static OverforSakerCommand Overfor(Guid fra, DateOnly dato, params (Sak Sak, Guid Til)[] saker) =>
        new(fra, [.. saker.Select(s => new Overforing(s.Sak.Id, s.Sak.Versjon, s.Til))], dato, Overleveringsarsak.Permisjon, "Tilbake i mars.");

    [Fact]
    public async Task Timene_per_uke_leses_for_en_fylkes_mengde_saker_i_en_spørring()
    {
        // "Bo-oppfølgere" asks for the granted hours of every case in follow-up (~40 000 at a county's volume): each id as its own
        // SQL parameter (EF 10's default) is over SQLite's 32 766 and SQL Server's 2 100, and the page gave a 500 in the bench.
        var (lise, _, jonas, leder) = await FolkAsync();
        var sak = await IOppfolgingAsync(leder, lise.Id!.Value, jonas.Id);
        List<Guid> ider = [.. Enumerable.Range(0, 40_000).Select(_ => Guid.NewGuid()), sak.Id];

        await using var scope = database.Scope(leder);
        var timer = await scope.Get<KapasitetService>().InnvilgetPerUkeAsync(ider, Idag, Ct);

        Assert.Equal(240m, Assert.Single(timer, t => t.Key == sak.Id).Value);
        Assert.Single(timer);
    }

    [Fact]
    public async Task Teamlederen_overforer_to_saker_til_hver_sin_mottaker_og_historikken_beholdes()
    {
        var (lise, aisha, jonas, leder) = await FolkAsync();
        var a = await IOppfolgingAsync(leder, lise.Id!.Value, jonas.Id);
        var b = await IOppfolgingAsync(leder, aisha.Id!.Value, lise.Id);

        await using (var scope = database.Scope(leder))
        {
            var service = scope.Get<OverleveringService>();
            var skjema = (await service.HentAsync(lise.Id.Value, Ct)).Value;
            Assert.Equal("Lise Lund", skjema.Navn);
            Assert.Equal(
                [(a.Id, Kontaktrolle.Primaerkontakt, "Jonas Moe", (decimal?)240m), (b.Id, Kontaktrolle.Sekundaerkontakt, "Aisha Rahman", 240m)],
                skjema.Saker.OrderBy(s => s.Rolle).Select(s => (s.SakId, s.Rolle, s.AnnenKontakt, s.InnvilgetMinutterPerUke)));
            Assert.Equal(["Aisha Rahman", "Jonas Moe"], skjema.Mottakere.Where(m => m.Id == aisha.Id || m.Id == jonas.Id).Select(m => m.Navn));
            Assert.DoesNotContain(skjema.Mottakere, m => m.Id == lise.Id);

            var kvittering = await service.OverforAsync(Overfor(lise.Id.Value, Idag, (a, aisha.Id!.Value), (b, jonas.Id!.Value)), Ct);
            Assert.True(kvittering.IsSuccess, string.Join("; ", kvittering.Errors.Select(e => e.Melding)));
            Assert.Equal(
                [(a.Referanse, Kontaktrolle.Primaerkontakt, "Aisha Rahman"), (b.Referanse, Kontaktrolle.Sekundaerkontakt, "Jonas Moe")],
                kvittering.Value.Select(o => (o.Referanse, o.Rolle, o.Til)).Order());
        }

        // The same form sent again (a double click): the same receipt, and nothing more changes.
        var etterForste = await PerioderAsync(a, b);
        await using (var scope = database.Scope(leder))
        {
            var igjen = await scope.Get<OverleveringService>().OverforAsync(Overfor(lise.Id.Value, Idag, (a, aisha.Id!.Value), (b, jonas.Id!.Value)), Ct);
            Assert.True(igjen.IsSuccess, string.Join("; ", igjen.Errors.Select(e => e.Melding)));
            Assert.Equal(
                [(a.Referanse, Kontaktrolle.Primaerkontakt, "Aisha Rahman"), (b.Referanse, Kontaktrolle.Sekundaerkontakt, "Jonas Moe")],
                igjen.Value.Select(o => (o.Referanse, o.Rolle, o.Til)).Order());
        }

        Assert.Equal(etterForste, await PerioderAsync(a, b));

        await using (var scope = database.Scope(leder))
        {
            Assert.Empty((await scope.Get<OverleveringService>().HentAsync(lise.Id.Value, Ct)).Value.Saker);
        }

        await using var les = database.Scope();
        var db = les.Db();
        var saker = await db.Saker.AsNoTracking().Where(s => s.Id == a.Id || s.Id == b.Id).Include(s => s.Hendelser).ToDictionaryAsync(s => s.Id, Ct);
        Assert.Equal((aisha.Id, jonas.Id), (saker[a.Id].PrimaerkontaktId, saker[a.Id].SekundaerkontaktId));
        Assert.Equal((aisha.Id, jonas.Id), (saker[b.Id].PrimaerkontaktId, saker[b.Id].SekundaerkontaktId));
        foreach (var sak in saker.Values)
        {
            Assert.Contains(sak.Hendelser, h => h.Type == HendelseType.BoOppfolgerTildelt && h.Tekst == $"Nye kontakter fra {Idag:dd.MM.yyyy}");
        }

        // Lise's periods ended the day before; the receivers' begun with the reason; the contacts who stay keep theirs.
        var perioder = await db.Set<Kontaktperiode>().AsNoTracking().Where(k => k.SakId == a.Id || k.SakId == b.Id).ToListAsync(Ct);
        var lises = perioder.Where(p => p.BrukerId == lise.Id).ToList();
        Assert.Equal(2, lises.Count);
        Assert.All(lises, p => Assert.Equal(Idag.AddDays(-1), p.Til));
        var nye = perioder.Where(p => p.Fra == Idag).OrderBy(p => p.Rolle).ToList();
        Assert.Equal(
            [(a.Id, aisha.Id!.Value, Kontaktrolle.Primaerkontakt), (b.Id, jonas.Id!.Value, Kontaktrolle.Sekundaerkontakt)],
            nye.Select(p => (p.SakId, p.BrukerId, p.Rolle)));
        Assert.All(nye, p => Assert.Equal("Overført: Permisjon. Tilbake i mars.", p.Begrunnelse));
        Assert.Equal(4, perioder.Count(p => p.ErApen));

        foreach (var sak in new[] { a.Id, b.Id })
        {
            Assert.True(await db.AuditLogg.AnyAsync(e => e.SakId == sak && e.Beskrivelse == "Kontaktansvar" && e.Handling == AuditHandling.Opprett && e.BrukerId == leder.Id, Ct));
            Assert.True(await db.AuditLogg.AnyAsync(e => e.SakId == sak && e.Beskrivelse == "Kontaktansvar" && e.Handling == AuditHandling.Endre && e.BrukerId == leder.Id, Ct));
        }

        Assert.True(await db.AuditLogg.AnyAsync(e => e.Beskrivelse == "Overlevering" && e.Handling == AuditHandling.Les && e.BrukerId == leder.Id, Ct));
    }

    [Fact]
    public async Task En_sak_som_ikke_kan_overfores_stopper_hele_overleveringen_med_feilen_ved_saken()
    {
        var (lise, aisha, jonas, leder) = await FolkAsync();
        var a = await IOppfolgingAsync(leder, lise.Id!.Value, null);
        // B's contacts changed yesterday, so a handover cannot be dated three days back on B; on A it could.
        var b = await IOppfolgingAsync(leder, jonas.Id!.Value, null, s => s.TildelKontakter(aisha.Id!.Value, lise.Id, utfortAv: leder.Id, tidspunkt: database.Tid.GetUtcNow().AddDays(-1)));
        var forLagret = await PerioderAsync(a, b);

        await using (var scope = database.Scope(leder))
        {
            var service = scope.Get<OverleveringService>();

            var fraFor = await service.OverforAsync(Overfor(lise.Id.Value, Idag.AddDays(-3), (a, jonas.Id.Value), (b, jonas.Id.Value)), Ct);
            var feil = Assert.Single(fraFor.Errors);
            Assert.Equal(OverforSakerCommand.Felt(b.Id), feil.Felt);
            Assert.StartsWith($"Sak {b.Referanse}: Tildelingen kan ikke gjelde fra før", feil.Melding, StringComparison.Ordinal);

            // The receiver is already the case's other contact: refused before anything is tried, named by the case.
            var begge = await service.OverforAsync(Overfor(lise.Id.Value, Idag, (a, jonas.Id.Value), (b, aisha.Id!.Value)), Ct);
            Assert.Equal(
                (OverforSakerCommand.Felt(b.Id), $"Sak {b.Referanse}: Aisha Rahman er allerede primærkontakt på saken, og kan ikke ha begge rollene. Velg en annen."),
                (begge.Error?.Felt, begge.Error?.Melding));

            // A version read before someone else changed the case: a conflict, and nothing moves.
            var gammel = await service.OverforAsync(new(lise.Id.Value, [new(a.Id, a.Versjon, jonas.Id.Value), new(b.Id, Guid.NewGuid(), jonas.Id.Value)], Idag, Overleveringsarsak.Slutter, null), Ct);
            Assert.True(gammel.IsConflict);
            Assert.Equal(OverforSakerCommand.Felt(b.Id), gammel.Error?.Felt);

            // Everything wrong at once: each message by its field.
            var saksbehandler = await Vedtakshjelp.AnsattAsync(database, Roller.Saksbehandler, "Siv", "Saksbehandler");
            var alt = await service.OverforAsync(
                new(lise.Id.Value, [new(a.Id, a.Versjon, saksbehandler.Id!.Value), new(Guid.NewGuid(), Guid.Empty, jonas.Id.Value)], Idag.AddDays(1), Overleveringsarsak.Annet, " "),
                Ct);
            Assert.Equal(
                ["Begrunnelse", "Fra", "TilBrukerId[", OverforSakerCommand.Felt(a.Id)],
                alt.Errors.Select(e => e.Felt!.StartsWith("TilBrukerId[", StringComparison.Ordinal) && e.Felt != OverforSakerCommand.Felt(a.Id) ? "TilBrukerId[" : e.Felt).Order(StringComparer.Ordinal));
            Assert.Contains(alt.Errors, e => e.Melding == "Saken er ikke lenger hos Lise Lund. Last siden på nytt.");
            Assert.Equal(OverleveringFeil.IngenValgt.Felt, (await service.OverforAsync(new(lise.Id.Value, [], Idag, Overleveringsarsak.Ferie, null), Ct)).Error?.Felt);
        }

        Assert.Equal(forLagret, await PerioderAsync(a, b));
        await using var les = database.Scope();
        Assert.Equal(lise.Id, await les.Db().Saker.Where(s => s.Id == a.Id).Select(s => s.PrimaerkontaktId).SingleAsync(Ct));
    }

    [Fact]
    public async Task Bare_teamlederen_finner_overleveringen()
    {
        var (lise, aisha, jonas, leder) = await FolkAsync();
        var a = await IOppfolgingAsync(leder, lise.Id!.Value, aisha.Id);

        foreach (var bruker in new[] { aisha, TestBruker.Med(Roller.Saksbehandler), TestBruker.Med(Roller.Administrator), TestBruker.Anonym })
        {
            await using var scope = database.Scope(bruker);
            var service = scope.Get<OverleveringService>();
            Assert.True((await service.HentAsync(lise.Id.Value, Ct)).IsNotFound);
            Assert.True((await service.OverforAsync(Overfor(lise.Id.Value, Idag, (a, jonas.Id!.Value)), Ct)).IsNotFound);
        }

        // Someone who is neither a bo-oppfølger nor holds cases has nothing to hand over.
        await using (var scope = database.Scope(leder))
        {
            Assert.True((await scope.Get<OverleveringService>().HentAsync(leder.Id!.Value, Ct)).IsNotFound);
            Assert.True((await scope.Get<OverleveringService>().HentAsync(Guid.NewGuid(), Ct)).IsNotFound);
        }

        await using var les = database.Scope();
        Assert.Equal(lise.Id, await les.Db().Saker.Where(s => s.Id == a.Id).Select(s => s.PrimaerkontaktId).SingleAsync(Ct));
    }

    [Fact]
    public async Task Saker_hos_en_konto_som_ble_deaktivert_for_regelen_kan_fortsatt_overfores()
    {
        var (lise, aisha, _, leder) = await FolkAsync();
        var a = await IOppfolgingAsync(leder, lise.Id!.Value, null);
        await using (var scope = database.Scope())
        {
            var konto = await scope.Db().Users.SingleAsync(u => u.Id == lise.Id, Ct);
            konto.Deaktivert = true;
            await scope.Db().SaveChangesAsync(Ct);
        }

        await using var tl = database.Scope(leder);
        var service = tl.Get<OverleveringService>();
        Assert.Equal([a.Id], (await service.HentAsync(lise.Id.Value, Ct)).Value.Saker.Select(s => s.SakId));
        Assert.True((await service.OverforAsync(Overfor(lise.Id.Value, Idag, (a, aisha.Id!.Value)), Ct)).IsSuccess);
    }

    [Fact]
    public async Task En_konto_med_apne_saker_deaktiveres_forst_etter_overleveringen()
    {
        var (lise, aisha, jonas, leder) = await FolkAsync();
        var a = await IOppfolgingAsync(leder, lise.Id!.Value, null);
        var b = await IOppfolgingAsync(leder, jonas.Id!.Value, lise.Id);
        var admin = await Vedtakshjelp.AnsattAsync(database, Roller.Administrator, "Adam", "Admin");

        await using (var scope = database.Scope(admin))
        {
            var nei = await scope.Get<IKontoService>().SettDeaktivertAsync(lise.Id.Value, true, Ct);
            Assert.Equal(KontoFeil.HarApneSakerKode, nei.Error?.Kode);
            Assert.Contains("på 2 åpne saker", nei.Error!.Melding, StringComparison.Ordinal);
            // Nor may the role be taken from her: she could no longer open the cases.
            var rolle = await scope.Get<IKontoService>().EndreRollerAsync(new(lise.Id.Value, [Roller.Saksbehandler]), Ct);
            Assert.Equal(("Roller", KontoFeil.HarApneSakerKode), (rolle.Error?.Felt, rolle.Error?.Kode));
        }

        await using (var scope = database.Scope(leder))
        {
            Assert.True((await scope.Get<OverleveringService>().OverforAsync(Overfor(lise.Id.Value, Idag, (a, aisha.Id!.Value), (b, aisha.Id!.Value)), Ct)).IsSuccess);
        }

        await using (var scope = database.Scope(admin))
        {
            Assert.True((await scope.Get<IKontoService>().SettDeaktivertAsync(lise.Id.Value, true, Ct)).IsSuccess);
        }

        await using var les = database.Scope();
        Assert.True(await les.Db().Users.Where(u => u.Id == lise.Id).Select(u => u.Deaktivert).SingleAsync(Ct));
    }

    private async Task<List<(Guid, Guid, Kontaktrolle, DateOnly, DateOnly?)>> PerioderAsync(params Sak[] saker)
    {
        var ider = saker.Select(s => s.Id).ToList();
        await using var scope = database.Scope();
        return [.. (await scope.Db().Set<Kontaktperiode>().AsNoTracking().Where(k => ider.Contains(k.SakId)).ToListAsync(Ct))
            .Select(k => (k.SakId, k.BrukerId, k.Rolle, k.Fra, k.Til)).Order()];
    }
}
