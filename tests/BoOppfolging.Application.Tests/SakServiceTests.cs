using BoOppfolging.Application.Saker;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Identity;
using BoOppfolging.Tests.Felles;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Tests;

public sealed class SakServiceTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task En_sak_brukeren_ikke_kan_se_finnes_ikke_og_gir_ingen_lesing_i_auditloggen()
    {
        var ct = TestContext.Current.CancellationToken;
        var annenSaksbehandler = Guid.CreateVersion7();
        var sak = await database.LagreSakAsync(s => s.TildelSaksbehandler(annenSaksbehandler, null, database.Tid.GetUtcNow()));
        var saksbehandler = TestBruker.Med(Roller.Saksbehandler);

        await using var scope = database.Scope(saksbehandler);
        var result = await scope.Get<SakService>().HentAsync(sak.Id, ct);

        Assert.True(result.IsNotFound);
        Assert.Empty(await LesingerAsync(a => a.SakId == sak.Id || a.BrukerId == saksbehandler.Id));
    }

    [Fact]
    public async Task En_sak_som_ikke_finnes_gir_ikke_funnet()
    {
        await using var scope = database.Scope(TestBruker.Med(Roller.Teamleder));

        var result = await scope.Get<SakService>().HentAsync(Guid.CreateVersion7(), TestContext.Current.CancellationToken);

        Assert.True(result.IsNotFound);
    }

    [Fact]
    public async Task En_sak_brukeren_kan_se_vises_og_lesingen_logges_en_gang()
    {
        var ct = TestContext.Current.CancellationToken;
        var saksbehandler = TestBruker.Med(Roller.Saksbehandler);
        var person = Testdata.NyPerson("Kari", "Nordmann");
        await using (var scope = database.Scope())
        {
            scope.Db().Personer.Add(person);
            await scope.Db().SaveChangesAsync(ct);
        }

        var sak = await database.LagreSakAsync(
            s => s.TildelSaksbehandler(saksbehandler.Id!.Value, saksbehandler.Id, database.Tid.GetUtcNow()), person);

        Result<SakDetaljer> result;
        await using (var scope = database.Scope(saksbehandler))
        {
            result = await scope.Get<SakService>().HentAsync(sak.Id, ct);
        }

        Assert.True(result.IsSuccess);
        var detaljer = result.Value;
        Assert.Equal((sak.Id, sak.Referanse, person.Id, "Kari Nordmann"), (detaljer.Id, detaljer.Referanse, detaljer.PersonId, detaljer.Navn));
        Assert.Equal(person.Fodselsnummer![..6] + "*****", detaljer.FodselsnummerMaskert);
        Assert.Equal(Saksstatus.Mottatt, detaljer.Status);
        var lesing = Assert.Single(await LesingerAsync(a => a.SakId == sak.Id));
        Assert.Equal(("Sak", person.Id, saksbehandler.Id), (lesing.Beskrivelse, lesing.PersonId, lesing.BrukerId));
    }

    [Fact]
    public async Task Interne_hendelser_vises_ikke_for_innbyggeren()
    {
        var ct = TestContext.Current.CancellationToken;
        var sak = await LagreSakMedInternHendelseAsync();
        var innbygger = TestBruker.Med(Roller.Innbygger, sak.PersonId);

        await using var scope = database.Scope(innbygger);
        var result = await scope.Get<SakService>().HentAsync(sak.Id, ct);

        Assert.True(result.IsSuccess);
        Assert.Equal([HendelseType.SakOpprettet, HendelseType.StatusEndret], result.Value.Hendelser.Select(h => h.Type));
        Assert.DoesNotContain(result.Value.Hendelser, h => h.Intern);
    }

    [Fact]
    public async Task Interne_hendelser_vises_for_ansatte_med_navnet_paa_den_som_utforte_dem()
    {
        var ct = TestContext.Current.CancellationToken;
        var sak = await LagreSakMedInternHendelseAsync();

        await using var scope = database.Scope(TestBruker.Med(Roller.Teamleder));
        var result = await scope.Get<SakService>().HentAsync(sak.Id, ct);

        Assert.True(result.IsSuccess);
        Assert.Equal(
            [HendelseType.SakOpprettet, HendelseType.SaksbehandlerTildelt, HendelseType.StatusEndret],
            result.Value.Hendelser.Select(h => h.Type));
        var tildelt = Assert.Single(result.Value.Hendelser, h => h.Intern);
        Assert.Equal(("Saksbehandler tildelt", "Ingrid Berg"), (tildelt.Tekst, tildelt.UtfortAv));
    }

    /// <summary>Received, then assigned (internal), then closed (not internal), an hour apart, by a named saksbehandler.</summary>
    private async Task<Sak> LagreSakMedInternHendelseAsync()
    {
        var saksbehandler = new ApplicationUser { UserName = $"{Guid.NewGuid():N}@test.no", Fornavn = "Ingrid", Etternavn = "Berg" };
        await using (var scope = database.Scope())
        {
            scope.Db().Users.Add(saksbehandler);
            await scope.Db().SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var start = database.Tid.GetUtcNow();
        return await database.LagreSakAsync(s => s
            .TildelSaksbehandler(saksbehandler.Id, saksbehandler.Id, start.AddHours(1))
            .Henlegg(Henleggelsesgrunn.FlyttetFraKommunen, tidspunkt: start.AddHours(2)));
    }

    private async Task<List<AuditEntry>> LesingerAsync(System.Linq.Expressions.Expression<Func<AuditEntry, bool>> hvilke)
    {
        await using var scope = database.Scope();
        return await scope.Db().AuditLogg.AsNoTracking()
            .Where(a => a.Handling == AuditHandling.Les)
            .Where(hvilke)
            .ToListAsync(TestContext.Current.CancellationToken);
    }
}
