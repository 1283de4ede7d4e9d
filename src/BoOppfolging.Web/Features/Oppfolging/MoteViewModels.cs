using BoOppfolging.Application.Oppfolging;
using BoOppfolging.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace BoOppfolging.Web.Features.Oppfolging;

/// <summary>A participant row of the form.</summary>
public sealed class DeltakerRad
{
    public string? Navn { get; set; }
    public string? Rolle { get; set; }
}

/// <summary>An action row of the form.</summary>
public sealed class TiltakRad
{
    public string? Beskrivelse { get; set; }
    public string? Ansvarlig { get; set; }
    public DateOnly? Frist { get; set; }
}

/// <summary>
/// The new meeting form: a fixed number of participant and action rows (no script needed; blank rows are left out), and
/// the id the new meeting gets, so a second post of the same form is not a second meeting. Everything typed is kept on a
/// rejected post.
/// </summary>
public sealed class NyttMoteViewModel
{
    public const int Deltakerrader = 6;
    public const int Tiltaksrader = 4;

    public Guid MoteId { get; set; }
    public DateOnly? Dato { get; set; }
    public Motetype? Type { get; set; }
    public bool InnbyggerDeltok { get; set; }
    public List<DeltakerRad> Deltakere { get; set; } = [];
    public string? Referat { get; set; }
    public List<TiltakRad> Tiltak { get; set; } = [];
    public List<Guid> Ansatte { get; set; } = [];

    [BindNever, ValidateNever] public MoteOversikt Oversikt { get; set; } = null!;
    [BindNever, ValidateNever] public IReadOnlyList<Motekontakt> Kontakter { get; set; } = [];

    public IEnumerable<SelectListItem> Ansattvalg =>
        Kontakter.Select(k => new SelectListItem($"{k.Navn} ({k.Rolle.Visningsnavn().ToLowerInvariant()})", k.Id.ToString()));

    public static IEnumerable<SelectListItem> Typer =>
        Enum.GetValues<Motetype>().Select(t => new SelectListItem(t.Visningsnavn(), t.ToString()));

    public static NyttMoteViewModel Tomt(MoteOversikt oversikt, IReadOnlyList<Motekontakt> kontakter)
    {
        var model = new NyttMoteViewModel { Oversikt = oversikt, Kontakter = kontakter, MoteId = Guid.CreateVersion7() };
        model.FyllRader();
        return model;
    }

    /// <summary>Tops the rows up to the form's fixed number (more posted rows are kept as they are).</summary>
    public void FyllRader()
    {
        while (Deltakere.Count < Deltakerrader) Deltakere.Add(new DeltakerRad());
        while (Tiltak.Count < Tiltaksrader) Tiltak.Add(new TiltakRad());
    }

    public RegistrerMoteCommand ToCommand(Guid sakId) => new(
        sakId, MoteId, Dato, Type, [.. Deltakere.Select(d => new DeltakerInput(d.Navn, d.Rolle))], InnbyggerDeltok, Referat,
        [.. Tiltak.Select(t => new TiltakInput(t.Beskrivelse, t.Ansvarlig, t.Frist))], Ansatte);
}

/// <summary>One meeting's page; after a rejected "done" the note typed for that action is kept beside it.</summary>
public sealed class MoteSideViewModel
{
    public MoteVisning Mote { get; init; } = null!;
    public Guid? FeilTiltak { get; init; }
    public string? Merknad { get; init; }
}

/// <summary>Marking an action done: the meeting's version and an optional note.</summary>
public sealed class FullforTiltakViewModel
{
    public Guid Versjon { get; set; }
    public string? Merknad { get; set; }
}

/// <summary>The minutes' correction: the new text and why; what they said before is kept.</summary>
public sealed class RettReferatViewModel
{
    public Guid Versjon { get; set; }
    public string? Referat { get; set; }
    public string? Arsak { get; set; }

    [BindNever, ValidateNever] public MoteVisning Mote { get; set; } = null!;
}
