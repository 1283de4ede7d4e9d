using BoOppfolging.Domain;

namespace BoOppfolging.Tests.Felles;

/// <summary>Builds persons and cases straight through the DbContext, with the domain's own methods.</summary>
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

    /// <summary>A case received now, with a reference unique within the test run.</summary>
    public static Sak NySak(Guid personId, DateTimeOffset tidspunkt, Kanal kanal = Kanal.Soknad) =>
        Sak.Opprett(
            $"BO-T-{Interlocked.Increment(ref _lopenummer):000000}", personId, kanal, tidspunkt, opprettetAv: null);

    /// <summary>Saves a person and one case about them in a scope of their own; returns the case.</summary>
    public static async Task<Sak> LagreSakAsync(
        this TestDatabase database, Action<Sak>? endre = null, Person? person = null, TestBruker? som = null)
    {
        await using var scope = database.Scope(som);
        var db = scope.Db();
        if (person is null)
        {
            person = NyPerson();
            db.Personer.Add(person);
        }

        var sak = NySak(person.Id, database.Tid.GetUtcNow());
        endre?.Invoke(sak);
        db.Saker.Add(sak);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return sak;
    }
}
