using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Saksbygging;

namespace BoOppfolging.Tests.Felles;

/// <summary>
/// Persons, and cases built by the app's one case builder (<see cref="Saksbygger"/>, through the
/// domain's own methods), saved straight through the DbContext.
/// </summary>
public static class Testdata
{
    private static int _lopenummer;

    /// <summary>A person with a valid synthetic fødselsnummer, unique within the test run (one birth date each).</summary>
    public static Person NyPerson(string fornavn = "Ola", string etternavn = "Nordmann")
    {
        var fodselsdato = new DateOnly(1960, 1, 1).AddDays(Interlocked.Increment(ref _lopenummer));
        var fnr = Fodselsnummer.Parse(Fodselsnummer.LagSyntetisk(fodselsdato, 100), tillatSyntetisk: true).Value;
        return new Person(fornavn, etternavn, fnr);
    }

    /// <summary>A reference unique within the test run, outside the app's own series.</summary>
    public static string NyReferanse() => $"BO-T-{Interlocked.Increment(ref _lopenummer):000000}";

    /// <summary>
    /// An application about <paramref name="person"/> received at <paramref name="tidspunkt"/> (the standard
    /// application unless <paramref name="innhold"/> is given), sent by an account of its own, ready for more steps.
    /// </summary>
    public static Saksbygger NySoknad(Person person, DateTimeOffset tidspunkt, Soknadsinnhold? innhold = null) =>
        Saksbygger.Soknad(NyReferanse(), person, tidspunkt, innsendtAv: Guid.CreateVersion7(), innhold);

    /// <summary>
    /// Saves an application received now (a new person unless given) after <paramref name="steg"/>, in a
    /// scope of its own, signed in as <paramref name="som"/>; returns the case.
    /// </summary>
    public static async Task<Sak> LagreSakAsync(
        this TestDatabase database, Action<Saksbygger>? steg = null, Person? person = null, TestBruker? som = null, Soknadsinnhold? innhold = null)
    {
        await using var scope = database.Scope(som);
        var db = scope.Db();
        if (person is null)
        {
            person = NyPerson();
            db.Personer.Add(person);
        }

        var sak = NySoknad(person, database.Tid.GetUtcNow(), innhold);
        steg?.Invoke(sak);
        sak.LeggTil(db);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return sak.Sak;
    }
}
