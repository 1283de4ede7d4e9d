using BoOppfolging.Application.Oppfolging;
using BoOppfolging.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace BoOppfolging.Web.Features.Oppfolging;

/// <summary>The participation page and its form for a new warning; what was typed is kept on a rejected post.</summary>
public sealed class MedvirkningViewModel
{
    public Guid Versjon { get; set; }
    public string? HvaSkjedde { get; set; }
    public DateOnly? Frist { get; set; }

    [BindNever, ValidateNever] public Medvirkningsside Side { get; set; } = null!;

    public static MedvirkningViewModel Fra(Medvirkningsside side)
    {
        ArgumentNullException.ThrowIfNull(side);
        return new() { Side = side, Versjon = side.SakVersjon, HvaSkjedde = side.ForslagHvaSkjedde, Frist = side.ForslagFrist };
    }
}

/// <summary>The follow-up of one sent warning: the date, how it went (radio) and a note; kept on a rejected post.</summary>
public sealed class MedvirkningOppfolgingViewModel
{
    public Guid Versjon { get; set; }
    public DateOnly? Dato { get; set; }
    public Medvirkningsutfall? Utfall { get; set; }
    public string? Notat { get; set; }

    [BindNever, ValidateNever] public Medvirkningsside Side { get; set; } = null!;
    [BindNever, ValidateNever] public Medvirkningsvarselvisning Varsel { get; set; } = null!;

    public static IEnumerable<SelectListItem> Utfallsvalg =>
        Enum.GetValues<Medvirkningsutfall>().Select(u => new SelectListItem(u.Visningsnavn(), u.ToString()));
}
