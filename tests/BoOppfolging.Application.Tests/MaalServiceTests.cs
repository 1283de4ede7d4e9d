using BoOppfolging.Application.Oppfolging;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Saksbygging;
using BoOppfolging.Tests.Felles;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Tests;

/// <summary>
/// The goals' status through the service, on a real SQLite file: a change kept with the one before, a stopped goal needs a
/// reason, the timeline joined with the visits' progress notes, not found for a bo-oppfølger not on the case, the citizen's
/// view without staff internals, and the audit.
/// </summary>
public sealed class MaalServiceTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Idag => Norsktid.Dato(database.Tid.GetUtcNow());

    /// <summary>A case in follow-up with the mapping's two goals and a new bo-oppfølger as primærkontakt, then <paramref name="steg"/> (given the goals).</summary>
    private async Task<(Sak Sak, TestBruker Kontakt, Maal Forste, Maal Andre)> SakAsync(Action<Saksbygger, Maal, Maal>? steg = null)
    {
        var kontakt = TestBruker.Med(Roller.BoOppfolger);
        var team = new Team("Vurderingsteam " + Guid.NewGuid().ToString("N")[..6], Teamtype.Vurderingsteam);
        await using (var scope = database.Scope())
        {
            scope.Db().Team.Add(team);
            await scope.Db().SaveChangesAsync(Ct);
        }

        Maal[] maal = [];
        var sak = await database.LagreSakAsync(s =>
        {
            s.TildelSaksbehandler(Guid.CreateVersion7())
                .TilStatus(Saksstatus.IOppfolging, team.Id, godkjenner: Guid.CreateVersion7(), primaerkontakt: kontakt.Id!.Value);
            maal = [.. s.Kartlegging!.Maal];
            steg?.Invoke(s, maal[0], maal[1]);
        });
        return (sak, kontakt, maal[0], maal[1]);
    }

    private Besoksinnhold Besok(int dagerSiden, params Maalnotat[] maal) =>
        new(Idag.AddDays(-dagerSiden), null, null, 60, Besokstype.Hjemmebesok, Besoksutfall.Gjennomfort, null, [], maal, "Internt notat om besøket.");

    [Fact]
    public async Task Statusen_endres_med_historikk_avbrutt_krever_begrunnelse_og_tidslinjen_har_notatene_fra_besok()
    {
        var (sak, kontakt, forste, andre) = await SakAsync((s, f, a) => s
            .RegistrerBesok(Besok(3, new Maalnotat(f.Id, "Laget middag to ganger."), new Maalnotat(a.Id, "Betalte husleien.")))
            .PlanleggBesok(Norsktid.Dato(database.Tid.GetUtcNow()).AddDays(2)));

        await using (var scope = database.Scope(kontakt))
        {
            var service = scope.Get<MaalService>();
            var v = (await service.HentAsync(sak.Id, Ct)).Value;
            Assert.True(v.KanEndre);
            Assert.Equal(2, v.Maal.Count);
            var m = v.Maal.Single(x => x.Id == forste.Id);
            Assert.Equal((Maalstatusverdi.IkkeStartet, Guid.Empty), (m.Status, m.Versjon));
            var notat = Assert.Single(m.Tidslinje);
            Assert.Equal((Maalhendelsestype.Fremdrift, "Laget middag to ganger.", Idag.AddDays(-3)), (notat.Type, notat.Tekst, notat.Dato));

            Assert.True((await service.SettStatusAsync(new(sak.Id, forste.Id, Guid.Empty, Maalstatusverdi.Pagar, null), Ct)).IsSuccess);
            // A second first change (the form read before the row was made) is a conflict, never a second row.
            Assert.True((await service.SettStatusAsync(new(sak.Id, forste.Id, Guid.Empty, Maalstatusverdi.Nadd, null), Ct)).IsConflict);
        }

        await using (var scope = database.Scope(kontakt))
        {
            var service = scope.Get<MaalService>();
            var m = (await service.HentAsync(sak.Id, Ct)).Value.Maal.Single(x => x.Id == forste.Id);
            var utenArsak = await service.SettStatusAsync(new(sak.Id, forste.Id, m.Versjon, Maalstatusverdi.Avbrutt, " "), Ct);
            Assert.Equal("Arsak", utenArsak.Error?.Felt);
            Assert.Equal("Status", (await service.SettStatusAsync(new(sak.Id, forste.Id, m.Versjon, null, null), Ct)).Error?.Felt);
            Assert.True((await service.SettStatusAsync(new(sak.Id, forste.Id, m.Versjon, Maalstatusverdi.Avbrutt, "Ønsker å vente."), Ct)).IsSuccess);
            // A goal that is not the case's is refused.
            Assert.False((await service.SettStatusAsync(new(sak.Id, Guid.CreateVersion7(), Guid.Empty, Maalstatusverdi.Pagar, null), Ct)).IsSuccess);
        }

        await using (var scope = database.Scope(kontakt))
        {
            var m = (await scope.Get<MaalService>().HentAsync(sak.Id, Ct)).Value.Maal.Single(x => x.Id == forste.Id);
            Assert.Equal(Maalstatusverdi.Avbrutt, m.Status);
            Assert.Equal(
                [(Maalhendelsestype.Status, (Maalstatusverdi?)Maalstatusverdi.Avbrutt, "Ønsker å vente."), (Maalhendelsestype.Status, Maalstatusverdi.Pagar, null),
                 (Maalhendelsestype.Fremdrift, null, "Laget middag to ganger.")],
                m.Tidslinje.Select(h => (h.Type, h.Status, h.Tekst)));
        }

        await using var les = database.Scope();
        Assert.Equal(1, await les.Db().Set<Maalstatus>().CountAsync(x => x.SakId == sak.Id, Ct));
        Assert.False(await les.Db().Set<Maalstatus>().AnyAsync(x => x.MaalId == andre.Id, Ct));
        var audit = await les.Db().AuditLogg.AsNoTracking().Where(a => a.SakId == sak.Id && (a.Beskrivelse == "Målstatus" || a.Beskrivelse == "Mål")).ToListAsync(Ct);
        Assert.Contains(audit, a => a.Handling == AuditHandling.Opprett && a.Beskrivelse == "Målstatus" && a.BrukerId == kontakt.Id);
        Assert.Contains(audit, a => a.Handling == AuditHandling.Endre && a.Beskrivelse == "Målstatus" && a.BrukerId == kontakt.Id);
        Assert.Contains(audit, a => a.Handling == AuditHandling.Les && a.Beskrivelse == "Mål" && a.BrukerId == kontakt.Id);
    }

    [Fact]
    public async Task En_rettet_registrering_viser_det_gjeldende_notatet()
    {
        var (sak, kontakt, forste, _) = await SakAsync((s, f, _) => s.RegistrerBesok(Besok(2, new Maalnotat(f.Id, "Feil notat."))));
        Guid besokId;
        await using (var scope = database.Scope())
        {
            var besok = await scope.Db().Set<Besok>().SingleAsync(b => b.SakId == sak.Id, Ct);
            besokId = besok.Id;
            Assert.True(besok.Korriger(Besok(2, new Maalnotat(forste.Id, "Riktig notat.")), "Skrev feil.", Idag, kontakt.Id!.Value, database.Tid.GetUtcNow()).IsSuccess);
            await scope.Db().SaveChangesAsync(Ct);
        }

        await using var les = database.Scope(kontakt);
        var notat = Assert.Single((await les.Get<MaalService>().HentAsync(sak.Id, Ct)).Value.Maal.Single(m => m.Id == forste.Id).Tidslinje);
        Assert.Equal(("Riktig notat.", (Guid?)besokId), (notat.Tekst, notat.BesokId));
    }

    [Fact]
    public async Task En_bo_oppfolger_som_ikke_er_kontakt_faar_ikke_funnet_og_innbyggeren_ser_maal_og_fremdrift_uten_interne_notater()
    {
        var (sak, _, forste, _) = await SakAsync((s, f, _) => s
            .RegistrerBesok(Besok(5, new Maalnotat(f.Id, "Laget middag selv.")))
            .SettMaalstatus(f.Id, Maalstatusverdi.Pagar)
            .SettMaalstatus(f.Id, Maalstatusverdi.Avbrutt, "Intern vurdering."));

        await using (var scope = database.Scope(TestBruker.Med(Roller.BoOppfolger)))
        {
            var service = scope.Get<MaalService>();
            Assert.True((await service.HentAsync(sak.Id, Ct)).IsNotFound);
            Assert.Null(await service.MineAsync(sak.Id, Ct));
            Assert.True((await service.SettStatusAsync(new(sak.Id, forste.Id, Guid.Empty, Maalstatusverdi.Nadd, null), Ct)).IsNotFound);
        }

        await using (var scope = database.Scope(TestBruker.Med(Roller.Innbygger, sak.PersonId)))
        {
            var service = scope.Get<MaalService>();
            Assert.True((await service.HentAsync(sak.Id, Ct)).IsNotFound);
            var mine = await service.MineAsync(sak.Id, Ct);
            Assert.Equal(2, mine!.Count);
            var m = mine.Single(x => x.Tekst == forste.Tekst);
            Assert.Equal((Maalstatusverdi.Avbrutt, (DateOnly?)Idag), (m.Status, m.StatusFra));
            Assert.Equal([new MittFremdriftsnotat(Idag.AddDays(-5), "Laget middag selv.")], m.Fremdrift);
        }

        // The team leader sets a status too.
        await using (var scope = database.Scope(TestBruker.Med(Roller.Teamleder)))
        {
            var service = scope.Get<MaalService>();
            var m = (await service.HentAsync(sak.Id, Ct)).Value.Maal.Single(x => x.Id == forste.Id);
            Assert.True((await service.SettStatusAsync(new(sak.Id, forste.Id, m.Versjon, Maalstatusverdi.Pagar, null), Ct)).IsSuccess);
        }
    }
}
