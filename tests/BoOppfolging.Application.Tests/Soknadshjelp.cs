using BoOppfolging.Application.Soknad;
using BoOppfolging.Domain;
using BoOppfolging.Tests.Felles;

namespace BoOppfolging.Application.Tests;

/// <summary>A citizen and their application, made through <see cref="SoknadService"/> step by step as the pages do.</summary>
internal static class Soknadshjelp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A person with a citizen account (a <see cref="TestBruker"/> with the person's id).</summary>
    public static async Task<TestBruker> NyInnbyggerAsync(this TestDatabase database, string fornavn, string etternavn)
    {
        var person = Testdata.NyPerson(fornavn, etternavn);
        await using var scope = database.Scope();
        scope.Db().Personer.Add(person);
        await scope.Db().SaveChangesAsync(Ct);
        return TestBruker.Med(Roller.Innbygger, person.Id);
    }

    /// <summary>Fills in every step of the citizen's draft, with <paramref name="adresse"/> as their address.</summary>
    public static async Task FyllUtAsync(this TestDatabase database, TestBruker innbygger, (string Adresse, string Postnummer, string Poststed) adresse)
    {
        await using var scope = database.Scope(innbygger);
        var soknad = scope.Get<SoknadService>();
        Sjekk(await soknad.LagreOmDegAsync(new OmDegInput(adresse.Adresse, adresse.Postnummer, adresse.Poststed, "912 34 567", null, Kontaktmaate.Telefon, false, null), Ct));
        Sjekk(await soknad.LagreBosituasjonAsync(new BosituasjonInput(Boform.LeierPrivat, null, null, false, null, false, null), Ct));
        Sjekk(await soknad.LagreHjelpebehovAsync(
            new HjelpebehovInput([Hjelpeomrade.OkonomiOgNav], new Dictionary<Hjelpeomrade, string?>(), null, "Beholde leiligheten."), Ct));
        Sjekk(await soknad.LagreKontakterAsync(new KontakterInput(null, "Dr. Lie", [], [], false, null, null, null), Ct));
        Sjekk(await soknad.LagreSamtykkerAsync(new SamtykkerInput(["fastlegen (Dr. Lie)"], true), Ct));
    }

    /// <summary>Sends the citizen's draft; returns the case.</summary>
    public static async Task<Guid> SendAsync(this TestDatabase database, TestBruker innbygger)
    {
        await using var scope = database.Scope(innbygger);
        var soknad = scope.Get<SoknadService>();
        var utkast = await soknad.HentUtkastAsync(Ct);
        Assert.NotNull(utkast);
        var sendt = await soknad.SendAsync(utkast.Id, Ct);
        Assert.True(sendt.IsSuccess, string.Join("; ", sendt.Errors.Select(e => e.Melding)));
        return sendt.Value;
    }

    private static void Sjekk(Result result) => Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Melding)));
}
