using FodselsnummerVerdi = BoOppfolging.Domain.Fodselsnummer;

namespace BoOppfolging.Domain;

/// <summary>
/// The person a case is about. The fødselsnummer may be unknown at first (a referral by phone);
/// it is set once known. Among persons whose identity the municipality can trust (registered by
/// staff or logged in through ID-porten) it is unique. A person created by a citizen's own local
/// account is <see cref="Selvregistrert"/>: the number was typed, not proven, so such a person is
/// never merged with another by number; the forvaltningsenhet links duplicates when it screens.
/// </summary>
public sealed class Person : IHarVersjon
{
    private readonly List<Navnedel> _navnedeler = [];

    private Person() { } // for EF Core

    public Person(string fornavn, string etternavn, FodselsnummerVerdi? fodselsnummer, DateOnly? fodselsdato = null, bool selvregistrert = false)
    {
        Selvregistrert = selvregistrert;
        Fornavn = fornavn;
        Etternavn = etternavn;
        Fodselsnummer = fodselsnummer?.Verdi;
        Fodselsdato = fodselsnummer?.Fodselsdato ?? fodselsdato;
        OppdaterNavnedeler();
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string Fornavn { get; private set; } = "";
    public string Etternavn { get; private set; } = "";
    public string? Fodselsnummer { get; private set; }
    public DateOnly? Fodselsdato { get; private set; }

    /// <summary>
    /// The postal address letters go to when there is no application to take it from (a referral):
    /// as the reporter or the person told it, until the population register is connected. All three or none.
    /// </summary>
    public string? Adresse { get; private set; }
    public string? Postnummer { get; private set; }
    public string? Poststed { get; private set; }

    /// <summary>Created from a self-registered local account: the fødselsnummer is the citizen's claim, not proven.</summary>
    public bool Selvregistrert { get; private set; }
    public Guid Versjon { get; private set; } = Guid.NewGuid();

    public string FulltNavn => $"{Fornavn} {Etternavn}";

    /// <summary>The parts of the name, for the search (<see cref="Navnedel"/>); always those of the current name.</summary>
    public IReadOnlyCollection<Navnedel> Navnedeler => _navnedeler.AsReadOnly();

    public void NyVersjon() => Versjon = Guid.NewGuid();

    public Result SettFodselsnummer(FodselsnummerVerdi fodselsnummer)
    {
        if (Fodselsnummer is not null && Fodselsnummer != fodselsnummer.Verdi)
        {
            return Result.Fail(new Feil("fnr_endret", "Personen har allerede et annet fødselsnummer.", nameof(Fodselsnummer)));
        }

        (Fodselsnummer, Fodselsdato) = (fodselsnummer.Verdi, fodselsnummer.Fodselsdato);
        return Result.Ok();
    }

    public void EndreNavn(string fornavn, string etternavn)
    {
        (Fornavn, Etternavn) = (fornavn, etternavn);
        OppdaterNavnedeler();
    }

    /// <summary>Parts that stay are kept as they are, so a rename deletes and adds only the parts that changed.</summary>
    private void OppdaterNavnedeler()
    {
        var deler = Navnedel.Deler(FulltNavn);
        _navnedeler.RemoveAll(n => !deler.Contains(n.Del, StringComparer.Ordinal));
        foreach (var del in deler)
        {
            if (!_navnedeler.Exists(n => n.Del == del)) _navnedeler.Add(new Navnedel(del));
        }
    }

    public void SettPostadresse(string adresse, string postnummer, string poststed) =>
        (Adresse, Postnummer, Poststed) = (adresse, postnummer, poststed);
}
