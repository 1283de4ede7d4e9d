namespace BoOppfolging.Domain;

/// <summary>
/// One version of the IPLOS variable list: the functional variables with their groups, the participation
/// items, and the official wording of each score. Data, not code (seeded from <c>Iplos/iplos-v*.json</c>
/// in Infrastructure): KPR may add variables, and each saved assessment keeps the version it was made with.
/// </summary>
public sealed record Iplosliste(
    int Versjon, string Kilde, IReadOnlyList<Iplosvariabel> Variabler, IReadOnlyList<Iplosskaar> Skaarer, IReadOnlyList<Deltakelsesomrade> Deltakelse)
{
    public Iplosvariabel? Variabel(string kode) => Variabler.FirstOrDefault(v => v.Kode == kode);

    public Iplosskaar? Skaar(int verdi) => Skaarer.FirstOrDefault(s => s.Verdi == verdi);

    /// <summary>The groups in the order of the list, each with its variables in order.</summary>
    public IEnumerable<IGrouping<string, Iplosvariabel>> Grupper() => Variabler.OrderBy(v => v.Rekkefolge).GroupBy(v => v.Gruppe);
}

/// <summary>A functional variable ("Alminnelig husarbeid") in its group ("Husholdning").</summary>
public sealed record Iplosvariabel(string Kode, string Navn, string Gruppe, int Rekkefolge);

/// <summary>A score (1–5, 9) with Helsedirektoratet's wording, shown beside each choice.</summary>
public sealed record Iplosskaar(int Verdi, string Tekst, bool BehovForPersonbistand);

/// <summary>A participation item (samfunnsdeltakelse): work or education, organisations, culture and leisure, transport.</summary>
public sealed record Deltakelsesomrade(string Kode, string Navn, int Rekkefolge);

/// <summary>Whether help to take part is received: ja / ja, men udekket behov / nei.</summary>
public enum MottarBistand
{
    Ja,
    JaMenUdekketBehov,
    Nei,
}

/// <summary>One variable's score in an assessment.</summary>
public sealed record IplosSkaarsetting(string Kode, int Verdi);

/// <summary>One participation item in an assessment: need for help, and whether it is received.</summary>
public sealed record Deltakelsesvurdering(string Kode, bool BehovForBistand, MottarBistand MottarBistand);

/// <summary>The change of one variable since the assessment before.</summary>
public sealed record Skaarendring(Iplosvariabel Variabel, int? Forrige, int? Naa)
{
    /// <summary>Up is more need (9, "not relevant", is no change in need either way).</summary>
    public int? Endring => Forrige is { } f and not 9 && Naa is { } n and not 9 ? n - f : null;
}

/// <summary>
/// An IPLOS functional assessment of the citizen: the date, the assessor, the variable-list version, a
/// score per variable, the participation items, and the date of the next assessment. An assessment is
/// made whenever a new vedtak is made; it is a draft until finished, and it can be finished only with
/// every variable of its version scored and a next date. A finished one never changes: a reassessment is
/// a new one, compared variable by variable with the one before (<see cref="Sammenlign"/>).
/// </summary>
public sealed class IplosVurdering : IHarVersjon, ISaksdata
{
    private readonly List<IplosSkaarsetting> _skaarer = [];
    private readonly List<Deltakelsesvurdering> _deltakelse = [];

    private IplosVurdering() { } // for EF Core

    public IplosVurdering(Guid sakId, int variabelversjon, DateOnly dato, Guid vurdertAv)
    {
        SakId = sakId;
        Variabelversjon = variabelversjon;
        Dato = dato;
        VurdertAv = vurdertAv;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid SakId { get; private set; }
    public Guid Versjon { get; private set; } = Guid.NewGuid();
    public int Variabelversjon { get; private set; }
    public DateOnly Dato { get; private set; }
    public Guid VurdertAv { get; private set; }
    public DateOnly? NesteVurdering { get; private set; }
    public DateTimeOffset? Ferdig { get; private set; }

    /// <summary>
    /// When a newer finished assessment on the case took this one's place (set by <see cref="Ferdigstill"/>); null for a
    /// draft and for the case's current assessment. The list of due assessments reads only the current ones.
    /// </summary>
    public DateTimeOffset? Erstattet { get; private set; }
    public IReadOnlyList<IplosSkaarsetting> Skaarer => _skaarer.AsReadOnly();
    public IReadOnlyList<Deltakelsesvurdering> Deltakelse => _deltakelse.AsReadOnly();

    string? ISaksdata.Auditnavn => "IPLOS-vurdering";

    public void NyVersjon() => Versjon = Guid.NewGuid();

    public int? SkaarFor(string kode) => _skaarer.FirstOrDefault(s => s.Kode == kode)?.Verdi;

    /// <summary>
    /// Saves what the assessor has so far (a draft may leave variables out). Every score given must be one
    /// of the list's, for one of its variables.
    /// </summary>
    public Result Lagre(
        Iplosliste liste, DateOnly dato, IReadOnlyDictionary<string, int> skaarer, IReadOnlyList<Deltakelsesvurdering> deltakelse,
        DateOnly? nesteVurdering, DateOnly idag)
    {
        if (Ferdig is not null) return Result.Fail(IplosFeil.AlleredeFerdig);
        if (liste.Versjon != Variabelversjon) return Result.Fail(IplosFeil.FeilVersjon);
        if (dato > idag) return Result.Fail(IplosFeil.DatoIFremtiden);
        foreach (var (kode, verdi) in skaarer)
        {
            if (liste.Variabel(kode) is null) return Result.Fail(IplosFeil.UkjentVariabel(kode));
            if (liste.Skaar(verdi) is null) return Result.Fail(IplosFeil.UgyldigSkaar(liste.Variabel(kode)!));
        }

        if (deltakelse.Any(d => liste.Deltakelse.All(o => o.Kode != d.Kode)) || deltakelse.GroupBy(d => d.Kode).Any(g => g.Count() > 1))
        {
            return Result.Fail(IplosFeil.UgyldigDeltakelse);
        }

        if (nesteVurdering is { } neste && neste <= dato) return Result.Fail(IplosFeil.NesteForTidlig);
        Dato = dato;
        NesteVurdering = nesteVurdering;
        _skaarer.Clear();
        _skaarer.AddRange(liste.Variabler.OrderBy(v => v.Rekkefolge)
            .Where(v => skaarer.ContainsKey(v.Kode))
            .Select(v => new IplosSkaarsetting(v.Kode, skaarer[v.Kode])));
        _deltakelse.Clear();
        _deltakelse.AddRange(liste.Deltakelse.OrderBy(o => o.Rekkefolge)
            .SelectMany(o => deltakelse.Where(d => d.Kode == o.Kode)));
        return Result.Ok();
    }

    /// <summary>The variables of the list not yet scored, in the list's order.</summary>
    public IReadOnlyList<Iplosvariabel> Mangler(Iplosliste liste) =>
        [.. liste.Variabler.OrderBy(v => v.Rekkefolge).Where(v => SkaarFor(v.Kode) is null)];

    /// <summary>
    /// Finishes the assessment: every variable scored, every participation item answered, and a next date.
    /// <paramref name="gjeldende"/> is the case's current finished assessment (none before this one: null); the older
    /// of the two by date (this one if dated before it) is marked <see cref="Erstattet"/>, so one stays current.
    /// </summary>
    /// <summary>Does any score show a need for personal assistance (3 or more, by the list's own wording)?</summary>
    public bool ViserBehovForPersonbistand(Iplosliste liste) => _skaarer.Any(s => liste.Skaar(s.Verdi)?.BehovForPersonbistand == true);

    public Result Ferdigstill(Iplosliste liste, IplosVurdering? gjeldende, DateTimeOffset tidspunkt)
    {
        if (Ferdig is not null) return Result.Fail(IplosFeil.AlleredeFerdig);
        if (gjeldende is not null && (gjeldende.SakId != SakId || gjeldende.Id == Id || gjeldende.Ferdig is null || gjeldende.Erstattet is not null))
        {
            return Result.Fail(IplosFeil.IkkeGjeldende);
        }

        if (liste.Versjon != Variabelversjon) return Result.Fail(IplosFeil.FeilVersjon);
        var mangler = Mangler(liste);
        if (mangler.Count > 0) return Result.Fail(IplosFeil.Mangler(mangler));
        var uten = liste.Deltakelse.Where(o => _deltakelse.All(d => d.Kode != o.Kode)).ToList();
        if (uten.Count > 0) return Result.Fail(IplosFeil.DeltakelseMangler(uten));
        if (NesteVurdering is null) return Result.Fail(IplosFeil.NesteMangler);
        Ferdig = tidspunkt;
        if (gjeldende is not null)
        {
            // Finished now, so on the same date this one is the newer.
            if (Dato < gjeldende.Dato) Erstattet = tidspunkt;
            else gjeldende.Erstattet = tidspunkt;
        }

        return Result.Ok();
    }

    /// <summary>
    /// The change per variable from <paramref name="forrige"/> to this one, in the list's order: every
    /// variable of this assessment's list, with the earlier score where the earlier one had the variable.
    /// </summary>
    public IReadOnlyList<Skaarendring> Sammenlign(IplosVurdering? forrige, Iplosliste liste) =>
        [.. liste.Variabler.OrderBy(v => v.Rekkefolge).Select(v => new Skaarendring(v, forrige?.SkaarFor(v.Kode), SkaarFor(v.Kode)))];
}

public static class IplosFeil
{
    public static readonly Feil AlleredeFerdig = new("iplos_ferdig", "Vurderingen er ferdigstilt og kan ikke endres. Lag en ny vurdering.");
    public static readonly Feil FeilVersjon = new("iplos_versjon", "Vurderingen er laget med en annen versjon av variabellisten.");
    public static readonly Feil DatoIFremtiden = new("iplos_dato", "Vurderingsdatoen kan ikke være fram i tid.", "Dato");
    public static readonly Feil NesteMangler = new("iplos_neste_mangler", "Skriv datoen for neste vurdering.", "NesteVurdering");
    public static readonly Feil NesteForTidlig = new("iplos_neste_for_tidlig", "Neste vurdering må være etter denne vurderingens dato.", "NesteVurdering");
    public static readonly Feil UgyldigDeltakelse = new("iplos_deltakelse", "Velg svar blant alternativene for samfunnsdeltakelse.", "Deltakelse");
    public static readonly Feil IkkeGjeldende = new("iplos_ikke_gjeldende", "Vurderingen er ikke sakens gjeldende IPLOS-vurdering. Last siden på nytt.");
    public static readonly Feil EnUferdigFinnes = new("iplos_uferdig_finnes", "Saken har allerede en IPLOS-vurdering som ikke er ferdigstilt. Fullfør den.");

    public static Feil UkjentVariabel(string kode) => new("iplos_ukjent_variabel", $"Ukjent IPLOS-variabel «{kode}».");

    public static Feil UgyldigSkaar(Iplosvariabel variabel) =>
        new("iplos_ugyldig_skaar", $"Velg en skår for «{variabel.Navn}» blant alternativene.", $"Skaar_{variabel.Kode}");

    public static Feil Mangler(IReadOnlyList<Iplosvariabel> mangler) =>
        new("iplos_mangler", $"Alle variablene må ha en skår før vurderingen kan ferdigstilles. Mangler: {string.Join(", ", mangler.Select(v => v.Navn))}.", "Skaarer");

    public static Feil DeltakelseMangler(IReadOnlyList<Deltakelsesomrade> mangler) =>
        new("iplos_deltakelse_mangler", $"Svar for samfunnsdeltakelse mangler: {string.Join(", ", mangler.Select(d => d.Navn))}.", "Deltakelse");
}

public static class IplosTekster
{
    public static string Visningsnavn(this MottarBistand m) => m switch
    {
        MottarBistand.Ja => "Ja",
        MottarBistand.JaMenUdekketBehov => "Ja, men udekket behov",
        MottarBistand.Nei => "Nei",
        _ => m.ToString(),
    };
}
