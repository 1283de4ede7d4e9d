using BoOppfolging.Application.Oppfolging;
using BoOppfolging.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace BoOppfolging.Web.Features.Oppfolging;

/// <summary>A participant row; a row left empty is not saved.</summary>
public sealed class PlandeltakerRad
{
    public string? Navn { get; set; }
    public string? Rolle { get; set; }
    public string? Bidrag { get; set; }

    public bool ErTom => string.IsNullOrWhiteSpace(Navn) && string.IsNullOrWhiteSpace(Rolle) && string.IsNullOrWhiteSpace(Bidrag);
}

/// <summary>An action row; a row left empty is not saved.</summary>
public sealed class PlantiltakRad
{
    public string? Beskrivelse { get; set; }
    public string? Omfang { get; set; }
    public string? Ansvarlig { get; set; }

    public bool ErTom => string.IsNullOrWhiteSpace(Beskrivelse) && string.IsNullOrWhiteSpace(Omfang) && string.IsNullOrWhiteSpace(Ansvarlig);
}

/// <summary>A crisis contact row; a row left empty is not saved.</summary>
public sealed class KontaktRad
{
    public string? Navn { get; set; }
    public string? Telefon { get; set; }
    public string? Rolle { get; set; }

    public bool ErTom => string.IsNullOrWhiteSpace(Navn) && string.IsNullOrWhiteSpace(Telefon) && string.IsNullOrWhiteSpace(Rolle);
}

internal static class Rader
{
    /// <summary>Two empty rows after those filled in (three at least), so a row can be added without script.</summary>
    public static List<T> MedTomme<T>(IEnumerable<T> rader, Func<T, bool> erTom, int maks) where T : new()
    {
        var fylte = rader.Where(r => !erTom(r)).ToList();
        var antall = Math.Min(maks, Math.Max(3, fylte.Count + 2));
        while (fylte.Count < antall) fylte.Add(new T());
        return fylte;
    }
}

/// <summary>The individuell plan form; everything typed is kept on a rejected post.</summary>
public sealed class IndividuellPlanViewModel
{
    public Guid Versjon { get; set; }
    public string? Koordinator { get; set; }
    public string? Maal { get; set; }
    public string? Ressurser { get; set; }
    public string? Behov { get; set; }
    public List<PlandeltakerRad> Deltakere { get; set; } = [];
    public List<PlantiltakRad> Tiltak { get; set; } = [];
    public string? Gjennomforing { get; set; }
    public string? Samarbeid { get; set; }
    public DateOnly? PeriodeFra { get; set; }
    public DateOnly? PeriodeTil { get; set; }
    public DateOnly? Revisjonsdato { get; set; }
    public DateOnly? SamtykkeDato { get; set; }
    public Samtykkeform? Samtykkeform { get; set; }
    public bool SamtykkerTilDeling { get; set; }

    [BindNever, ValidateNever] public IndividuellPlanVisning Visning { get; set; } = null!;

    public static IEnumerable<SelectListItem> Samtykkeformer =>
        [new("Muntlig", nameof(Domain.Samtykkeform.Muntlig)), new("Skriftlig", nameof(Domain.Samtykkeform.Skriftlig))];

    public static IndividuellPlanViewModel Fra(IndividuellPlanVisning v)
    {
        var i = v.Innhold;
        return new IndividuellPlanViewModel
        {
            Visning = v,
            Versjon = v.Versjon,
            Koordinator = v.Koordinator,
            Maal = i?.Maal,
            Ressurser = i?.Ressurser,
            Behov = i?.Behov,
            Deltakere = [.. (i?.Deltakere ?? []).Select(d => new PlandeltakerRad { Navn = d.Navn, Rolle = d.Rolle, Bidrag = d.Bidrag })],
            Tiltak = [.. (i?.Tiltak ?? []).Select(t => new PlantiltakRad { Beskrivelse = t.Beskrivelse, Omfang = t.Omfang, Ansvarlig = t.Ansvarlig })],
            Gjennomforing = i?.Gjennomforing,
            Samarbeid = i?.Samarbeid,
            PeriodeFra = i?.PeriodeFra,
            PeriodeTil = i?.PeriodeTil,
            Revisjonsdato = i?.Revisjonsdato,
            SamtykkeDato = i?.SamtykkeDato,
            Samtykkeform = i?.Samtykkeform,
            SamtykkerTilDeling = i?.SamtykkerTilDeling ?? false,
        }.MedTommeRader();
    }

    public IndividuellPlanViewModel MedTommeRader()
    {
        Deltakere = Rader.MedTomme(Deltakere, d => d.ErTom, IndividuellPlan.MaksRader);
        Tiltak = Rader.MedTomme(Tiltak, t => t.ErTom, IndividuellPlan.MaksRader);
        return this;
    }

    public LagreIndividuellPlanCommand ToCommand(Guid sakId) => new(
        sakId, Versjon, Koordinator, Maal, Ressurser, Behov,
        [.. Deltakere.Where(d => !d.ErTom).Select(d => new PlandeltakerInput(d.Navn, d.Rolle, d.Bidrag))],
        [.. Tiltak.Where(t => !t.ErTom).Select(t => new PlantiltakInput(t.Beskrivelse, t.Omfang, t.Ansvarlig))],
        Gjennomforing, Samarbeid, PeriodeFra, PeriodeTil, Revisjonsdato, SamtykkeDato, Samtykkeform, SamtykkerTilDeling);
}

/// <summary>The kriseplan form; everything typed is kept on a rejected post.</summary>
public sealed class KriseplanViewModel
{
    public Guid Versjon { get; set; }
    public string? Varselsignaler { get; set; }
    public string? Tiltak { get; set; }
    public List<KontaktRad> Kontakter { get; set; } = [];
    public DateOnly? AvtaltMedInnbygger { get; set; }

    [BindNever, ValidateNever] public KriseplanVisning Visning { get; set; } = null!;

    public static KriseplanViewModel Fra(KriseplanVisning v) => new KriseplanViewModel
    {
        Visning = v,
        Versjon = v.Versjon,
        Varselsignaler = v.Innhold?.Varselsignaler,
        Tiltak = v.Innhold?.Tiltak,
        Kontakter = [.. (v.Innhold?.Kontakter ?? []).Select(k => new KontaktRad { Navn = k.Navn, Telefon = k.Telefon, Rolle = k.Rolle })],
        AvtaltMedInnbygger = v.Innhold?.AvtaltMedInnbygger,
    }.MedTommeRader();

    public KriseplanViewModel MedTommeRader()
    {
        Kontakter = Rader.MedTomme(Kontakter, k => k.ErTom, Kriseplan.MaksKontakter);
        return this;
    }

    public LagreKriseplanCommand ToCommand(Guid sakId) => new(
        sakId, Versjon, Varselsignaler, Tiltak, [.. Kontakter.Where(k => !k.ErTom).Select(k => new KrisekontaktInput(k.Navn, k.Telefon, k.Rolle))],
        AvtaltMedInnbygger);
}

/// <summary>The samarbeidsavtale form; a new agreement starts with every standard duty ticked.</summary>
public sealed class SamarbeidsavtaleViewModel
{
    public Guid Versjon { get; set; }
    public DateOnly? AvtaltDato { get; set; }
    public List<Samarbeidsplikt> Plikter { get; set; } = [];
    public string? AndrePlikter { get; set; }
    public string? TjenestensPlikter { get; set; }
    public DateOnly? SignertDato { get; set; }

    [BindNever, ValidateNever] public SamarbeidsavtaleVisning Visning { get; set; } = null!;

    public static IEnumerable<SelectListItem> Standardplikter =>
        Enum.GetValues<Samarbeidsplikt>().Select(p => new SelectListItem(p.Visningsnavn(), p.ToString()));

    public static SamarbeidsavtaleViewModel Fra(SamarbeidsavtaleVisning v) => new()
    {
        Visning = v,
        Versjon = v.Versjon,
        AvtaltDato = v.Innhold?.AvtaltDato,
        Plikter = [.. v.Innhold?.Plikter ?? Enum.GetValues<Samarbeidsplikt>()],
        AndrePlikter = v.Innhold?.AndrePlikter,
        TjenestensPlikter = v.Innhold?.TjenestensPlikter,
        SignertDato = v.Innhold?.SignertDato,
    };

    public LagreSamarbeidsavtaleCommand ToCommand(Guid sakId) => new(sakId, Versjon, AvtaltDato, Plikter, AndrePlikter, TjenestensPlikter, SignertDato);
}
