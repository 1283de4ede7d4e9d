namespace BoOppfolging.Domain;

/// <summary>How the citizen lives now (step 2 of the application).</summary>
public enum Boform
{
    Eier,
    LeierPrivat,
    KommunalBolig,
    MidlertidigBotilbud,
    Institusjon,
    Fengsel,
    UtenFastBolig,
    Annet,
}

/// <summary>How the citizen wants to be contacted.</summary>
public enum Kontaktmaate
{
    Telefon,
    Sms,
    Epost,
    Brev,
}

public static class SoknadTekster
{
    public static string Visningsnavn(this Boform boform) => boform switch
    {
        Boform.Eier => "Eier boligen selv",
        Boform.LeierPrivat => "Leier privat",
        Boform.KommunalBolig => "Kommunal bolig",
        Boform.MidlertidigBotilbud => "Midlertidig botilbud",
        Boform.Institusjon => "Institusjon",
        Boform.Fengsel => "Fengsel",
        Boform.UtenFastBolig => "Uten fast bolig",
        Boform.Annet => "Annet",
        _ => boform.ToString(),
    };

    /// <summary>Living forms the citizen moves out of on a known date.</summary>
    public static bool HarUtflyttingsdato(this Boform boform) => boform is Boform.Institusjon or Boform.Fengsel;

    public static string Visningsnavn(this Kontaktmaate maate) => maate switch
    {
        Kontaktmaate.Telefon => "Telefon",
        Kontaktmaate.Sms => "SMS",
        Kontaktmaate.Epost => "E-post",
        Kontaktmaate.Brev => "Brev",
        _ => maate.ToString(),
    };
}

/// <summary>
/// What the citizen wrote in the application, step by step. A draft holds the steps done so far;
/// the sent application keeps a copy exactly as it was sent. Plain data: the rules for each step
/// are in the application layer's validators, the rules for sending in <see cref="Soknadsutkast"/>.
/// </summary>
public sealed record Soknadsinnhold
{
    public const int AntallSteg = 5;

    public OmDeg? OmDeg { get; init; }
    public Bosituasjon? Bosituasjon { get; init; }
    public Hjelpebehov? Hjelpebehov { get; init; }
    public Kontakter? Kontakter { get; init; }
    public Samtykker? Samtykker { get; init; }

    /// <summary>The first step not yet filled in, or null when all are.</summary>
    public int? ForsteManglendeSteg() =>
        OmDeg is null ? 1 : Bosituasjon is null ? 2 : Hjelpebehov is null ? 3 : Kontakter is null ? 4 : Samtykker is null ? 5 : null;
}

/// <summary>Step 1. Name and fødselsnummer come from the account and are not part of it.</summary>
public sealed record OmDeg(
    string Adresse, string Postnummer, string Poststed, string Telefon, string? Epost,
    Kontaktmaate Kontaktmaate, bool TrengerTolk, string? Tolkespraak);

/// <summary>Step 2.</summary>
public sealed record Bosituasjon(
    Boform Boform, string? BoformAnnet, DateOnly? Utflyttingsdato,
    bool HarBegjaeringOmUtkastelse, DateOnly? UtkastelseDato,
    bool HarHusleierestanse, string? Husleierestanse);

/// <summary>Step 3: the help areas chosen (each with the citizen's own words), what they manage, their goals.</summary>
public sealed record Hjelpebehov(IReadOnlyList<ValgtHjelpeomrade> Omrader, string? KlarerSelv, string MineMaal);

public sealed record ValgtHjelpeomrade(Hjelpeomrade Omrade, string? Beskrivelse);

/// <summary>Step 4. <see cref="PaaVegneAv"/> is set when a fullmektig applies for someone else.</summary>
public sealed record Kontakter(
    string? NavKontakt, string? Fastlege, IReadOnlyList<string> AndreTjenester,
    IReadOnlyList<Parorende> Parorende, SoknadPaaVegneAv? PaaVegneAv);

public sealed record Parorende(string Navn, string Relasjon, string Telefon, bool KanKontaktes);

/// <summary>The person the application is for, when it is sent by a fullmektig.</summary>
public sealed record SoknadPaaVegneAv(string Fornavn, string Etternavn, string Fodselsnummer);

/// <summary>Step 5: the consents given, item by item (the sources named in step 4).</summary>
public sealed record Samtykker(IReadOnlyList<string> Kilder);
