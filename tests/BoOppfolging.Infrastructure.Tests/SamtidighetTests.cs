using BoOppfolging.Domain;
using BoOppfolging.Tests.Felles;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Infrastructure.Tests;

public sealed class SamtidighetTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Den_som_lagrer_sist_paa_en_eldre_versjon_faar_konflikt_og_den_forste_endringen_blir_staaende()
    {
        var ct = TestContext.Current.CancellationToken;
        var sak = await database.LagreSakAsync();
        var forste = TestBruker.Med(Roller.Saksbehandler);
        var andre = TestBruker.Med(Roller.Saksbehandler);
        var tid = database.Tid.GetUtcNow();

        await using var scopeA = database.Scope(forste);
        await using var scopeB = database.Scope(andre);
        var sakA = await scopeA.Db().Saker.SingleAsync(s => s.Id == sak.Id, ct);
        var sakB = await scopeB.Db().Saker.SingleAsync(s => s.Id == sak.Id, ct);

        Assert.True(sakA.TildelSaksbehandler(forste.Id!.Value, forste.Id, tid).IsSuccess);
        await scopeA.Db().SaveChangesAsync(ct);

        Assert.True(sakB.TildelSaksbehandler(andre.Id!.Value, andre.Id, tid).IsSuccess);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => scopeB.Db().SaveChangesAsync(ct));

        await using var kontroll = database.Scope();
        var lagret = await kontroll.Db().Saker.AsNoTracking().SingleAsync(s => s.Id == sak.Id, ct);
        Assert.Equal(forste.Id, lagret.SaksbehandlerId);
        Assert.Equal(sakA.Versjon, lagret.Versjon);
        var tildelinger = await kontroll.Db().Hendelser
            .CountAsync(h => h.SakId == sak.Id && h.Type == HendelseType.SaksbehandlerTildelt, ct);
        Assert.Equal(1, tildelinger);
    }

    [Fact]
    public async Task Samtidig_endring_av_en_person_gir_konflikt_for_den_som_lagrer_sist()
    {
        var ct = TestContext.Current.CancellationToken;
        var sak = await database.LagreSakAsync();

        await using var scopeA = database.Scope(TestBruker.Med(Roller.Saksbehandler));
        await using var scopeB = database.Scope(TestBruker.Med(Roller.Saksbehandler));
        var personA = await scopeA.Db().Personer.SingleAsync(p => p.Id == sak.PersonId, ct);
        var personB = await scopeB.Db().Personer.SingleAsync(p => p.Id == sak.PersonId, ct);

        personA.EndreNavn("Ola", "Først");
        await scopeA.Db().SaveChangesAsync(ct);
        personB.EndreNavn("Ola", "Sist");
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => scopeB.Db().SaveChangesAsync(ct));

        await using var kontroll = database.Scope();
        var lagret = await kontroll.Db().Personer.AsNoTracking().SingleAsync(p => p.Id == sak.PersonId, ct);
        Assert.Equal("Først", lagret.Etternavn);
    }
}
