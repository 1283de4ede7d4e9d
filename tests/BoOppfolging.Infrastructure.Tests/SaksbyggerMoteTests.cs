using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Saksbygging;
using BoOppfolging.Tests.Felles;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Infrastructure.Tests;

/// <summary>The builder's samarbeidsmøte steps: a meeting with a participant, actions (one done) saved and read back whole.</summary>
public sealed class SaksbyggerMoteTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Et_boligmote_med_et_utfort_tiltak_lagres_og_leses_tilbake()
    {
        var ct = TestContext.Current.CancellationToken;
        var (teamleder, primaer) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var person = Testdata.NyPerson();
        var team = new Team("Vurderingsteam møter", Teamtype.Vurderingsteam);
        var bygger = Testdata.NySoknad(person, database.Tid.GetUtcNow()).TildelSaksbehandler(Guid.CreateVersion7())
            .TilStatus(Saksstatus.IOppfolging, team.Id, godkjenner: teamleder, primaerkontakt: primaer);
        var dag = Norsktid.Dato(bygger.Tid);
        bygger.RegistrerMote(
            Motetype.Boligmote, deltakere: [new("Nina Nav", "NAV-veileder"), new("Berit Bo", "Primærkontakt", primaer)],
            tiltak: [new("Søke om depositum", "NAV", dag.AddDays(14)), new("Bestille strøm", "Bo-oppfølger", dag.AddDays(3))]);
        bygger.FullforTiltak(bygger.Moter[0], bygger.Moter[0].Tiltak[1].Id, "Gjort");

        await using (var scope = database.Scope())
        {
            scope.Db().Team.Add(team);
            scope.Db().Personer.Add(person);
            bygger.LeggTil(scope.Db());
            await scope.Db().SaveChangesAsync(ct);
        }

        await using (var scope = database.Scope())
        {
            var mote = await scope.Db().Set<Samarbeidsmote>().AsNoTracking().SingleAsync(m => m.SakId == bygger.Sak.Id, ct);
            Assert.Equal((Motetype.Boligmote, dag, primaer), (mote.Type, mote.Dato, mote.RegistrertAv!.Value));
            Assert.Equal([new("Nina Nav", "NAV-veileder"), new Samarbeidsdeltaker("Berit Bo", "Primærkontakt", primaer)], mote.Deltakere);
            Assert.Equal([true, false], mote.Tiltak.Select(t => t.ErApent));
            Assert.Equal(("Gjort", (Guid?)primaer), (mote.Tiltak[1].Merknad, mote.Tiltak[1].FullfortAv));
        }
    }
}
