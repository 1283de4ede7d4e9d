using BoOppfolging.Application.Kartlegging;
using BoOppfolging.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace BoOppfolging.Web.Features.Kartlegging;

/// <summary>
/// Every form of the mapping: the mapping it is about (shown, not posted), the version the user saw, and,
/// once the mapping is finished, why the user changes it (<see cref="Korrigering"/>).
/// </summary>
public abstract class KartleggingSkjemaViewModel
{
    public Guid Versjon { get; set; }

    /// <summary>"Hvorfor endrer du?": asked for once the mapping is finished; the earlier version is kept.</summary>
    public string? Korrigering { get; set; }

    [BindNever, ValidateNever] public KartleggingsarbeidVisning Kartlegging { get; set; } = null!;

    /// <summary>Whether the form asks why the user changes it.</summary>
    public virtual bool SporOmKorrigering() => Kartlegging.ErFerdigstilt;

    public static IEnumerable<SelectListItem> JaNei => [new("Ja", "true"), new("Nei", "false")];

    public static IEnumerable<SelectListItem> Omradealternativer =>
        Enum.GetValues<Hjelpeomrade>().Select(o => new SelectListItem(o.Visningsnavn(), o.ToString()));

    protected static IEnumerable<SelectListItem> Alle<T>(Func<T, string> tekst) where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => new SelectListItem(tekst(v), v.ToString()));
}

public sealed class DeltakerViewModel
{
    public string? Navn { get; set; }
    public string? Rolle { get; set; }
    public bool ErParorende { get; set; }
}

public sealed class MoteViewModel : KartleggingSkjemaViewModel
{
    /// <summary>Rows for others who took part; empty rows are left out.</summary>
    public const int Deltakerrader = 4;

    public DateOnly? Dato { get; set; }
    public Motested? Sted { get; set; }
    public bool? BrukerenDeltok { get; set; }
    public List<DeltakerViewModel> Andre { get; set; } = [];
    public string? BrukerensSyn { get; set; }

    public static IEnumerable<SelectListItem> Steder => Alle<Motested>(m => m.Visningsnavn());

    /// <summary>Always the form's rows, also after a post that sent fewer (or more: those are kept).</summary>
    public void FyllRader()
    {
        while (Andre.Count < Deltakerrader) Andre.Add(new DeltakerViewModel());
    }

    /// <summary>The meeting being corrected (1 is the first), or null for a new one. From the address, never the form.</summary>
    [BindNever, ValidateNever] public int? Nr { get; set; }

    public void FyllFra(KartleggingsmoteVisning mote)
    {
        (Dato, Sted, BrukerenDeltok, BrukerensSyn) = (mote.Dato, mote.Sted, mote.BrukerenDeltok, mote.BrukerensSyn);
        Andre = [.. mote.Andre.Select(a => new DeltakerViewModel { Navn = a.Navn, Rolle = a.Rolle, ErParorende = a.ErParorende })];
        FyllRader();
    }

    public KartleggingsmoteCommand ToCommand(Guid sakId) => new(
        sakId, Versjon, Dato, Sted, BrukerenDeltok, [.. Andre.Select(a => new MotedeltakerInput(a.Navn, a.Rolle, a.ErParorende))], BrukerensSyn, Korrigering, Nr);
}

public sealed class BehovRadViewModel
{
    public Hjelpeomrade Omrade { get; set; }
    public string? SituasjonNaa { get; set; }
    public string? HjelpSomTrengs { get; set; }
    public Prioritet? Prioritet { get; set; }
}

public sealed class BehovViewModel : KartleggingSkjemaViewModel
{
    public List<BehovRadViewModel> Behov { get; set; } = [];

    public static IEnumerable<SelectListItem> Prioriteter => Alle<Prioritet>(p => string.Concat(p.Visningsnavn()[..1].ToUpperInvariant(), p.Visningsnavn()[1..]));

    /// <summary>One row per help area, in the enum's order: the saved needs, or what was posted.</summary>
    public void FyllRader(IReadOnlyList<Omradebehov> lagret)
    {
        var postet = Behov.Where(b => Enum.IsDefined(b.Omrade)).GroupBy(b => b.Omrade).ToDictionary(g => g.Key, g => g.First());
        Behov = [.. Enum.GetValues<Hjelpeomrade>().Select(o => postet.TryGetValue(o, out var rad) ? rad
            : lagret.FirstOrDefault(b => b.Omrade == o) is { } b
                ? new BehovRadViewModel { Omrade = o, SituasjonNaa = b.SituasjonNaa, HjelpSomTrengs = b.HjelpSomTrengs, Prioritet = b.Prioritet }
                : new BehovRadViewModel { Omrade = o })];
    }

    public BehovCommand ToCommand(Guid sakId) =>
        new(sakId, Versjon, [.. Behov.Select(b => new BehovInput(b.Omrade, b.SituasjonNaa, b.HjelpSomTrengs, b.Prioritet))], Korrigering);
}

public sealed class MaalViewModel : KartleggingSkjemaViewModel
{
    /// <summary>The goal changed, or null for a new one (from the address, never posted).</summary>
    [BindNever, ValidateNever] public Guid? MaalId { get; set; }

    public string? Tekst { get; set; }
    public Hjelpeomrade? Omrade { get; set; }
    public string? HvordanVite { get; set; }
    public DateOnly? Maldato { get; set; }

    public IEnumerable<SelectListItem> Omradevalg() => [new("Velg hjelpeområde", ""), .. Omradealternativer];

    public MaalCommand ToCommand(Guid sakId, Guid? maalId) => new(sakId, Versjon, maalId, Tekst, Omrade, HvordanVite, Maldato, Korrigering);
}

public sealed class FjernMaalViewModel : KartleggingSkjemaViewModel
{
    [BindNever, ValidateNever] public Maal Maal { get; set; } = null!;

    public FjernMaalCommand ToCommand(Guid sakId, Guid maalId) => new(sakId, Versjon, maalId, Korrigering);
}

public sealed class FerdigstillViewModel : KartleggingSkjemaViewModel
{
    public override bool SporOmKorrigering() => false;

    public FerdigstillKartleggingCommand ToCommand(Guid sakId) => new(sakId, Versjon);
}

public sealed class InnstillingViewModel : KartleggingSkjemaViewModel
{
    public Innstillingsutfall? Utfall { get; set; }
    public List<Hjelpeomrade> Omrader { get; set; } = [];

    /// <summary>Hours as typed, with a decimal comma in quarter hours ("2,5"), kept as typed after a rejection.</summary>
    public string? Timer { get; set; }

    public Timeenhet? Enhet { get; set; }
    public DateOnly? Fra { get; set; }
    public DateOnly? Til { get; set; }
    public DateOnly? Evalueringsdato { get; set; }
    public string? Begrunnelse { get; set; }

    /// <summary>A second innstilling corrects the first and needs its reason.</summary>
    public override bool SporOmKorrigering() => Kartlegging.Innstilling is not null;

    /// <summary>The outcomes the case allows now: only avslag straight after a vurderingsmøte that found the criteria not met.</summary>
    public IEnumerable<SelectListItem> Utfallvalg() =>
        Enum.GetValues<Innstillingsutfall>().Where(u => !Kartlegging.BareAvslag || u == Innstillingsutfall.Avslaa)
            .Select(u => new SelectListItem(u.Visningsnavn(), u.ToString()));

    public static IEnumerable<SelectListItem> Enheter => [new("Per uke", nameof(Timeenhet.Uke)), new("Per måned", nameof(Timeenhet.Maaned))];

    /// <summary>The form starts from the innstilling already written, for a correction.</summary>
    public void FyllFra(Innstilling i)
    {
        (Utfall, Omrader, Enhet, Fra, Til, Evalueringsdato, Begrunnelse) = (i.Utfall, [.. i.Omrader], i.Enhet, i.Fra, i.Til, i.Evalueringsdato, i.Begrunnelse);
        Timer = i.Kvarter is { } k ? Timeinput.Tekst(k) : null;
    }

    public InnstillingCommand ToCommand(Guid sakId) =>
        new(sakId, Versjon, Utfall, Omrader, Timer, Enhet, Fra, Til, Evalueringsdato, Begrunnelse, Korrigering);
}
