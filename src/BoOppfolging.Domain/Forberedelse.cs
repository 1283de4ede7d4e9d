namespace BoOppfolging.Domain;

/// <summary>What the citizen wants help with in one help area, in their own words.</summary>
public sealed record Onske(Hjelpeomrade Omrade, string Tekst);

/// <summary>
/// The citizen's own preparation for the kartleggingsmøte, written in "Mine saker": what they manage,
/// what they want help with per help area, and their own goals in their own words (seeds 001, 002:
/// the user defines needs and goals). Staff see it in the mapping and start from it. Its own aggregate,
/// so the citizen writing it never conflicts with the team's work; it can be changed until the mapping
/// is finished, when it becomes part of the record as it was.
/// </summary>
public sealed class Forberedelse : IHarVersjon, ISaksdata
{
    public const int MaksTekst = 4000;
    public const int MaksMaal = 10;

    private readonly List<Onske> _onsker = [];
    private readonly List<string> _maal = [];

    private Forberedelse() { } // for EF Core

    public Forberedelse(Guid sakId) => SakId = sakId;

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid SakId { get; private set; }
    public Guid Versjon { get; private set; } = Guid.NewGuid();

    /// <summary>What the citizen manages on their own today.</summary>
    public string? HvaJegKlarer { get; private set; }

    public IReadOnlyList<Onske> Onsker => _onsker.AsReadOnly();
    public IReadOnlyList<string> Maal => _maal.AsReadOnly();
    public DateTimeOffset? SistEndret { get; private set; }

    string? ISaksdata.Auditnavn => "Forberedelse";

    public bool ErTom => string.IsNullOrWhiteSpace(HvaJegKlarer) && _onsker.Count == 0 && _maal.Count == 0;

    public void NyVersjon() => Versjon = Guid.NewGuid();

    public Result Lagre(string? hvaJegKlarer, IReadOnlyList<Onske> onsker, IReadOnlyList<string> maal, DateTimeOffset tidspunkt)
    {
        if (onsker.GroupBy(o => o.Omrade).Any(g => g.Count() > 1)) return Result.Fail(KartleggingFeil.OmradeToGanger);
        var egneMaal = maal.Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m.Trim()).ToList();
        if (egneMaal.Count > MaksMaal) return Result.Fail(new Feil("for_mange_maal", $"Du kan skrive opptil {MaksMaal} mål.", "Maal"));
        HvaJegKlarer = string.IsNullOrWhiteSpace(hvaJegKlarer) ? null : hvaJegKlarer.Trim();
        _onsker.Clear();
        _onsker.AddRange(onsker.Where(o => !string.IsNullOrWhiteSpace(o.Tekst)).Select(o => o with { Tekst = o.Tekst.Trim() }).OrderBy(o => o.Omrade));
        _maal.Clear();
        _maal.AddRange(egneMaal);
        SistEndret = tidspunkt;
        return Result.Ok();
    }
}
