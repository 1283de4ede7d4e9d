using BoOppfolging.Domain;
using BoOppfolging.Tests.Felles;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Infrastructure.Tests;

public sealed class AuditLoggTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task En_lagret_auditlinje_kan_ikke_endres()
    {
        var ct = TestContext.Current.CancellationToken;
        var original = await LagreAuditlinjeAsync();

        await using (var scope = database.Scope())
        {
            var db = scope.Db();
            var linje = await db.AuditLogg.SingleAsync(a => a.Id == original.Id, ct);
            db.Entry(linje).Property(a => a.Beskrivelse).CurrentValue = "Forfalsket";
            db.Entry(linje).Property(a => a.BrukerId).CurrentValue = Guid.NewGuid();

            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(ct));
        }

        await AssertUendretAsync(original);
    }

    [Fact]
    public async Task En_lagret_auditlinje_kan_ikke_slettes()
    {
        var ct = TestContext.Current.CancellationToken;
        var original = await LagreAuditlinjeAsync();

        await using (var scope = database.Scope())
        {
            var db = scope.Db();
            db.AuditLogg.Remove(await db.AuditLogg.SingleAsync(a => a.Id == original.Id, ct));

            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(ct));
        }

        await AssertUendretAsync(original);
    }

    [Theory]
    [InlineData("UPDATE AuditLogg SET Beskrivelse = 'Forfalsket' WHERE Id = {0}")]
    [InlineData("DELETE FROM AuditLogg WHERE Id = {0}")]
    public async Task Databasen_selv_nekter_endring_og_sletting_av_auditlinjer(string sql)
    {
        // Past the DbContext guard: straight SQL on the connection, as a script or a DBA tool would do.
        var original = await LagreAuditlinjeAsync();

        await using (var scope = database.Scope())
        {
            var unntak = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() =>
                scope.Db().Database.ExecuteSqlRawAsync(sql, [original.Id], TestContext.Current.CancellationToken));
            Assert.Contains("AuditLogg kan ikke", unntak.Message, StringComparison.Ordinal);
        }

        await AssertUendretAsync(original);
    }

    [Fact]
    public async Task Ny_sak_og_ny_person_gir_auditlinjer_med_hvem_og_hva()
    {
        var ct = TestContext.Current.CancellationToken;
        var saksbehandler = TestBruker.Med(Roller.Saksbehandler);

        var sak = await database.LagreSakAsync(som: saksbehandler);

        await using var scope = database.Scope();
        var linjer = await scope.Db().AuditLogg.AsNoTracking()
            .Where(a => a.PersonId == sak.PersonId)
            .ToListAsync(ct);
        Assert.Equal(2, linjer.Count);
        var person = Assert.Single(linjer, a => a.Beskrivelse == "Person");
        Assert.Equal((AuditHandling.Opprett, null, sak.PersonId, saksbehandler.Id), (person.Handling, person.SakId, person.PersonId, person.BrukerId));
        var opprettet = Assert.Single(linjer, a => a.Beskrivelse == "Sak");
        Assert.Equal((AuditHandling.Opprett, sak.Id, sak.PersonId, saksbehandler.Id), (opprettet.Handling, opprettet.SakId, opprettet.PersonId, opprettet.BrukerId));
        Assert.Equal(TestDatabase.Start, opprettet.Tidspunkt);
        Assert.Equal("127.0.0.1", opprettet.IpAdresse);
    }

    [Fact]
    public async Task Endring_av_en_sak_gir_en_auditlinje_om_endring()
    {
        var ct = TestContext.Current.CancellationToken;
        var sak = await database.LagreSakAsync();
        var teamleder = TestBruker.Med(Roller.Teamleder);

        await using (var scope = database.Scope(teamleder))
        {
            var db = scope.Db();
            var lastet = await db.Saker.SingleAsync(s => s.Id == sak.Id, ct);
            Assert.True(lastet.TildelSaksbehandler(Guid.NewGuid(), teamleder.Id, database.Tid.GetUtcNow()).IsSuccess);
            await db.SaveChangesAsync(ct);
        }

        await using var kontroll = database.Scope();
        var endret = await kontroll.Db().AuditLogg.AsNoTracking()
            .SingleAsync(a => a.SakId == sak.Id && a.Handling == AuditHandling.Endre, ct);
        Assert.Equal(("Sak", sak.PersonId, teamleder.Id), (endret.Beskrivelse, endret.PersonId, endret.BrukerId));
    }

    [Fact]
    public async Task Endring_av_en_person_gir_en_auditlinje_om_endring()
    {
        var ct = TestContext.Current.CancellationToken;
        var saksbehandler = TestBruker.Med(Roller.Saksbehandler);
        var sak = await database.LagreSakAsync();

        await using (var scope = database.Scope(saksbehandler))
        {
            var db = scope.Db();
            var person = await db.Personer.SingleAsync(p => p.Id == sak.PersonId, ct);
            person.EndreNavn("Ola", "Nordmann-Hansen");
            await db.SaveChangesAsync(ct);
        }

        await using var kontroll = database.Scope();
        var endret = await kontroll.Db().AuditLogg.AsNoTracking()
            .SingleAsync(a => a.PersonId == sak.PersonId && a.Handling == AuditHandling.Endre, ct);
        Assert.Equal(("Person", null, saksbehandler.Id), (endret.Beskrivelse, endret.SakId, endret.BrukerId));
    }

    private async Task<AuditEntry> LagreAuditlinjeAsync()
    {
        await using var scope = database.Scope();
        var db = scope.Db();
        var linje = new AuditEntry(
            TestDatabase.Start, Guid.NewGuid(), AuditHandling.Les, "Sak", Guid.NewGuid(), Guid.NewGuid(), "10.0.0.1", "k1");
        db.AuditLogg.Add(linje);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return linje;
    }

    private async Task AssertUendretAsync(AuditEntry original)
    {
        await using var scope = database.Scope();
        var lagret = await scope.Db().AuditLogg.AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == original.Id, TestContext.Current.CancellationToken);
        Assert.NotNull(lagret);
        Assert.Equal(
            (original.Handling, original.Beskrivelse, original.BrukerId, original.SakId, original.PersonId),
            (lagret.Handling, lagret.Beskrivelse, lagret.BrukerId, lagret.SakId, lagret.PersonId));
    }
}
