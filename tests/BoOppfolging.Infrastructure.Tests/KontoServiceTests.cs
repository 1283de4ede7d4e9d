using BoOppfolging.Application.Kontoer;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Persistence;
using BoOppfolging.Tests.Felles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoOppfolging.Infrastructure.Tests;

/// <summary>Who an account belongs to: a typed fødselsnummer proves nothing, ID-porten's does.</summary>
public sealed class KontoServiceTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        // Outside Production the app accepts synthetic test numbers (WebSetup); so do these tests.
        database.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<IdentitetOptions>>().Value.TillatTestnummer = true;
        await using var scope = database.Scope();
        await scope.Get<DatabaseInitializer>().InitialiserAsync(Ct); // the roles
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Id_porten_knytter_kontoen_til_personen_kommunen_kjenner_og_gir_samme_konto_neste_gang()
    {
        var kjent = Testdata.NyPerson("Kjent", "Person");
        await LagreAsync(kjent);

        var forste = await IdPortenAsync(kjent.Fodselsnummer!);
        var andre = await IdPortenAsync(kjent.Fodselsnummer!);

        Assert.True(forste.IsSuccess);
        Assert.Equal(forste.Value, andre.Value);
        await using var scope = database.Scope();
        var konto = await scope.Db().Users.SingleAsync(u => u.Id == forste.Value, Ct);
        Assert.Equal(kjent.Id, konto.PersonId);
    }

    [Fact]
    public async Task Id_porten_tar_ikke_over_en_selvregistrert_person_med_samme_nummer()
    {
        var fnr = Testdata.NyPerson().Fodselsnummer!;
        var lokal = await RegistrerAsync(fnr, $"lokal-{Guid.NewGuid():N}@test.no");
        Assert.True(lokal.IsSuccess);

        var idporten = await IdPortenAsync(fnr);

        await using var scope = database.Scope();
        var db = scope.Db();
        var lokalKonto = await db.Users.SingleAsync(u => u.Id == lokal.Value, Ct);
        var idportenKonto = await db.Users.SingleAsync(u => u.Id == idporten.Value, Ct);
        Assert.NotEqual(lokalKonto.Id, idportenKonto.Id);
        Assert.NotEqual(lokalKonto.PersonId, idportenKonto.PersonId);
        var personer = await db.Personer.Where(p => p.Fodselsnummer == fnr).ToListAsync(Ct);
        Assert.Equal(2, personer.Count);
        Assert.True(personer.Single(p => p.Id == lokalKonto.PersonId).Selvregistrert);
        Assert.False(personer.Single(p => p.Id == idportenKonto.PersonId).Selvregistrert);
    }

    [Fact]
    public async Task Lokal_registrering_med_et_kjent_nummer_faar_en_egen_person()
    {
        var kjent = Testdata.NyPerson("Kjent", "Person");
        await LagreAsync(kjent);

        var forsok1 = await RegistrerAsync(kjent.Fodselsnummer!, $"a-{Guid.NewGuid():N}@test.no");
        var forsok2 = await RegistrerAsync(kjent.Fodselsnummer!, $"b-{Guid.NewGuid():N}@test.no");

        Assert.True(forsok1.IsSuccess);
        Assert.True(forsok2.IsSuccess);
        await using var scope = database.Scope();
        var personIder = await scope.Db().Users.Where(u => u.Id == forsok1.Value || u.Id == forsok2.Value)
            .Select(u => u.PersonId).ToListAsync(Ct);
        Assert.DoesNotContain(kjent.Id, personIder.Cast<Guid>());
        Assert.Equal(2, personIder.Distinct().Count());
    }

    [Fact]
    public async Task Id_porten_med_ugyldig_nummer_gir_feil_og_ingen_konto()
    {
        var antallFor = await AntallKontoerAsync();

        var resultat = await IdPortenAsync("12345678901");

        Assert.False(resultat.IsSuccess);
        Assert.Equal(antallFor, await AntallKontoerAsync());
    }

    private async Task LagreAsync(Person person)
    {
        await using var scope = database.Scope();
        scope.Db().Personer.Add(person);
        await scope.Db().SaveChangesAsync(Ct);
    }

    private async Task<int> AntallKontoerAsync()
    {
        await using var scope = database.Scope();
        return await scope.Db().Users.CountAsync(Ct);
    }

    private async Task<Result<Guid>> IdPortenAsync(string pid)
    {
        await using var scope = database.Scope();
        return await scope.Get<IKontoService>().FinnEllerOpprettIdPortenInnbyggerAsync(pid, Ct);
    }

    private async Task<Result<Guid>> RegistrerAsync(string fnr, string epost)
    {
        await using var scope = database.Scope();
        return await scope.Get<IKontoService>().RegistrerInnbyggerAsync(new RegistrerInnbyggerCommand(
            "Lokal", "Konto", fnr, epost, "Hemmelig-passord-1", "Hemmelig-passord-1"), Ct);
    }
}
