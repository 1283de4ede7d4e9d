namespace BoOppfolging.Domain;

/// <summary>What kind of visit or contact (the list; "følge" is going with the citizen somewhere).</summary>
public enum Besokstype
{
    Hjemmebesok,
    Telefon,
    Digitalt,
    FolgeNav,
    FolgeLege,
    FolgeBank,
    FolgeAnnet,
    Mote,
}

/// <summary>How it went. Only <see cref="Gjennomfort"/> counts as delivered hours and as contact.</summary>
public enum Besoksutfall
{
    Gjennomfort,
    IkkeTruffet,
    AvlystAvBruker,
    AvlystAvTjenesten,
}

/// <summary>Planned (not yet happened or not yet documented), or registered with its outcome.</summary>
public enum Besoksstatus
{
    Planlagt,
    Registrert,
}

/// <summary>A goal from the mapping or the vedtak touched on a visit, with a note on the progress.</summary>
public sealed record Maalnotat(Guid MaalId, string Tekst);

/// <summary>
/// What is registered about a visit: when (start and end, or only a duration), the type, the outcome (with a reason when
/// it did not take place), the help areas worked on, the goals touched and a short note.
/// </summary>
public sealed record Besoksinnhold(
    DateOnly Dato,
    TimeOnly? Start,
    TimeOnly? Slutt,
    int Minutter,
    Besokstype Type,
    Besoksutfall Utfall,
    string? Arsak,
    IReadOnlyList<Hjelpeomrade> Omrader,
    IReadOnlyList<Maalnotat> Maal,
    string? Notat)
{
    /// <summary>Equal when every part is, the lists by their items (a record compares lists by reference).</summary>
    public bool Equals(Besoksinnhold? other) =>
        other is not null && Dato == other.Dato && Start == other.Start && Slutt == other.Slutt && Minutter == other.Minutter
        && Type == other.Type && Utfall == other.Utfall && Arsak == other.Arsak && Notat == other.Notat
        && Omrader.SequenceEqual(other.Omrader) && Maal.SequenceEqual(other.Maal);

    public override int GetHashCode() => HashCode.Combine(Dato, Start, Minutter, Type, Utfall, Notat);
}

/// <summary>
/// A dated addition to a registered visit: who corrected it, when and why, and what it said before. The visit's own
/// columns hold the corrected content; every earlier version is kept here, the first registration included.
/// </summary>
public sealed record Besokskorreksjon(DateTimeOffset Tidspunkt, Guid Av, string Arsak, Besoksinnhold Forrige);

/// <summary>
/// One visit or contact with the citizen: its own aggregate, many per case. Planned first (or logged straight away),
/// then registered with its outcome; a registered visit is never deleted or overwritten, only corrected by a dated
/// addition that keeps the original and says who and why (<see cref="Korriger"/>; helsepersonelloven § 42, applied to
/// all notes). Both when it happened (<see cref="Dato"/>) and when it was logged (<see cref="Registrert"/>) are kept.
/// </summary>
public sealed class Besok : IHarVersjon, ISaksdata
{
    public const int MaksNotat = 4000;
    public const int MaksArsak = 1000;
    public const int MaksMinutter = 24 * 60;

    private Besok() { } // for EF Core

    private Besok(Guid? id, Guid sakId, Guid utfortAv)
    {
        Id = id ?? Guid.CreateVersion7();
        SakId = sakId;
        UtfortAv = utfortAv;
    }

    /// <summary>Given by the form that made it when there was one, so a double submit makes one visit.</summary>
    public Guid Id { get; private set; }
    public Guid SakId { get; private set; }
    public Guid Versjon { get; private set; } = Guid.NewGuid();
    public Besoksstatus Status { get; private set; }

    /// <summary>The bo-oppfølger who visits (or visited).</summary>
    public Guid UtfortAv { get; private set; }

    // The content, as columns the hours, lists and flags ask for. For a planned visit the outcome is null.
    public DateOnly Dato { get; private set; }
    public TimeOnly? Start { get; private set; }
    public TimeOnly? Slutt { get; private set; }
    public int Minutter { get; private set; }
    public Besokstype Type { get; private set; }
    public Besoksutfall? Utfall { get; private set; }
    public string? Arsak { get; private set; }
    public IReadOnlyList<Hjelpeomrade> Omrader { get; private set; } = [];
    public IReadOnlyList<Maalnotat> Maal { get; private set; } = [];
    public string? Notat { get; private set; }

    public Guid? PlanlagtAv { get; private set; }
    public DateTimeOffset? Planlagt { get; private set; }

    /// <summary>Who logged it and when: the first registration, never moved by a correction.</summary>
    public Guid? RegistrertAv { get; private set; }
    public DateTimeOffset? Registrert { get; private set; }

    public IReadOnlyList<Besokskorreksjon> Korreksjoner { get; private set; } = [];

    string? ISaksdata.Auditnavn => "Besøk";

    public void NyVersjon() => Versjon = Guid.NewGuid();

    public Besoksinnhold? Innhold => Utfall is { } utfall
        ? new Besoksinnhold(Dato, Start, Slutt, Minutter, Type, utfall, Arsak, Omrader, Maal, Notat)
        : null;

    /// <summary>A visit planned for <paramref name="utfortAv"/>: date, start, duration and type; it is documented or cancelled later.</summary>
    public static Result<Besok> Planlegg(
        Guid sakId, Guid utfortAv, DateOnly dato, TimeOnly? start, int minutter, Besokstype type, DateOnly idag, Guid av, DateTimeOffset tidspunkt,
        Guid? id = null)
    {
        if (dato < idag) return Result<Besok>.Fail(BesokFeil.PlanlagtTilbakeITid);
        if (minutter is <= 0 or > MaksMinutter) return Result<Besok>.Fail(BesokFeil.Varighet);
        return new Besok(id, sakId, utfortAv)
        {
            Status = Besoksstatus.Planlagt, Dato = dato, Start = start, Minutter = minutter, Type = type,
            Slutt = start?.AddMinutes(minutter), PlanlagtAv = av, Planlagt = tidspunkt,
        };
    }

    /// <summary>A visit or contact logged after it happened (or did not), without being planned first.</summary>
    public static Result<Besok> Registrer(
        Guid sakId, Guid utfortAv, Besoksinnhold innhold, DateOnly idag, Guid av, DateTimeOffset tidspunkt, Guid? id = null)
    {
        var besok = new Besok(id, sakId, utfortAv);
        var result = besok.Dokumenter(innhold, idag, av, tidspunkt);
        return result.IsSuccess ? besok : Result<Besok>.Invalid(result.Errors);
    }

    /// <summary>
    /// Documents a planned visit: how it went. A visit cancelled by the citizen or the service is documented with that
    /// outcome and its reason, so it counts where it should (non-participation) and is never simply removed.
    /// </summary>
    public Result Dokumenter(Besoksinnhold innhold, DateOnly idag, Guid av, DateTimeOffset tidspunkt)
    {
        if (Registrert is not null) return Result.Fail(BesokFeil.AlleredeRegistrert);
        if (Sjekk(innhold, idag) is { } feil) return Result.Fail(feil);
        Sett(innhold);
        Status = Besoksstatus.Registrert;
        (RegistrertAv, Registrert) = (av, tidspunkt);
        return Result.Ok();
    }

    /// <summary>
    /// A correction of a registered visit: a dated addition with who and why; what it said before is kept in
    /// <see cref="Korreksjoner"/>, the first registration included.
    /// </summary>
    public Result Korriger(Besoksinnhold innhold, string arsak, DateOnly idag, Guid av, DateTimeOffset tidspunkt)
    {
        if (Innhold is not { } forrige || Registrert is null) return Result.Fail(BesokFeil.IkkeRegistrert);
        if (string.IsNullOrWhiteSpace(arsak)) return Result.Fail(BesokFeil.KorreksjonUtenArsak);
        if (Sjekk(innhold, idag) is { } feil) return Result.Fail(feil);
        if (innhold == forrige) return Result.Fail(BesokFeil.IngenEndring);
        Korreksjoner = [.. Korreksjoner, new Besokskorreksjon(tidspunkt, av, arsak.Trim(), forrige)];
        Sett(innhold);
        return Result.Ok();
    }

    /// <summary>The content as first registered: the oldest kept version, or the current one when never corrected.</summary>
    public Besoksinnhold? Opprinnelig => Korreksjoner.Count > 0 ? Korreksjoner[0].Forrige : Innhold;

    private static Feil? Sjekk(Besoksinnhold i, DateOnly idag)
    {
        if (i.Dato > idag) return BesokFeil.FramITid;
        if (i.Start is { } start && i.Slutt is { } slutt)
        {
            if (slutt <= start) return BesokFeil.SluttForStart;
            if ((int)(slutt - start).TotalMinutes != i.Minutter) return BesokFeil.VarighetStemmerIkke;
        }

        if (i.Utfall == Besoksutfall.Gjennomfort && i.Minutter <= 0) return BesokFeil.Varighet;
        if (i.Minutter is < 0 or > MaksMinutter) return BesokFeil.Varighet;
        if (i.Utfall != Besoksutfall.Gjennomfort && string.IsNullOrWhiteSpace(i.Arsak)) return BesokFeil.ArsakMangler;
        return null;
    }

    private void Sett(Besoksinnhold i)
    {
        (Dato, Start, Slutt, Minutter, Type, Utfall) = (i.Dato, i.Start, i.Slutt, i.Minutter, i.Type, i.Utfall);
        Arsak = i.Utfall == Besoksutfall.Gjennomfort ? null : i.Arsak?.Trim();
        Omrader = [.. i.Omrader.Distinct()];
        Maal = [.. i.Maal];
        Notat = string.IsNullOrWhiteSpace(i.Notat) ? null : i.Notat.Trim();
    }
}

public static class BesokFeil
{
    public static readonly Feil PlanlagtTilbakeITid = new("besok_planlagt_tilbake", "Et besøk kan ikke planlegges på en dag som har vært. Registrer det i stedet.", "Dato");
    public static readonly Feil FramITid = new("besok_fram_i_tid", "Et besøk kan ikke registreres før det har skjedd. Planlegg det i stedet.", "Dato");
    public static readonly Feil Varighet = new("besok_varighet", $"Skriv hvor lenge besøket varte, i minutter (1 til {Besok.MaksMinutter}).", "Minutter");
    public static readonly Feil SluttForStart = new("besok_slutt_for_start", "Sluttidspunktet må være etter starttidspunktet.", "Slutt");
    public static readonly Feil VarighetStemmerIkke = new("besok_varighet_tider", "Varigheten stemmer ikke med start og slutt. Skriv enten start og slutt, eller bare varigheten.", "Minutter");
    public static readonly Feil ArsakMangler = new("besok_arsak", "Skriv hvorfor besøket ikke ble gjennomført.", "Arsak");
    public static readonly Feil AlleredeRegistrert = new("besok_registrert", "Besøket er allerede registrert. En endring gjøres som en rettelse.");
    public static readonly Feil IkkeRegistrert = new("besok_ikke_registrert", "Bare et registrert besøk kan rettes. Et planlagt besøk registreres først.");
    public static readonly Feil KorreksjonUtenArsak = new("besok_rettelse_arsak", "Skriv hvorfor registreringen rettes.", "Korreksjonsarsak");
    public static readonly Feil IngenEndring = new("besok_ingen_endring", "Rettelsen endrer ingenting. Endre det som var feil, eller avbryt.");
}

public static class BesokTekster
{
    public static string Visningsnavn(this Besokstype t) => t switch
    {
        Besokstype.Hjemmebesok => "Hjemmebesøk",
        Besokstype.Telefon => "Telefon",
        Besokstype.Digitalt => "Digitalt",
        Besokstype.FolgeNav => "Følge til NAV",
        Besokstype.FolgeLege => "Følge til lege",
        Besokstype.FolgeBank => "Følge til bank",
        Besokstype.FolgeAnnet => "Følge, annet",
        Besokstype.Mote => "Møte",
        _ => t.ToString(),
    };

    public static string Visningsnavn(this Besoksutfall u) => u switch
    {
        Besoksutfall.Gjennomfort => "Gjennomført",
        Besoksutfall.IkkeTruffet => "Ikke truffet",
        Besoksutfall.AvlystAvBruker => "Avlyst av bruker",
        Besoksutfall.AvlystAvTjenesten => "Avlyst av tjenesten",
        _ => u.ToString(),
    };
}
