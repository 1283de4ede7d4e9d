using BoOppfolging.Application.Oppfolging;
using BoOppfolging.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace BoOppfolging.Web.Features.Oppfolging;

/// <summary>One goal's page: the goal, its history, and the form for a new status (radio) with a reason. Everything typed is kept on a rejected post.</summary>
public sealed class MaalstatusViewModel
{
    public Guid Versjon { get; set; }
    public Maalstatusverdi? Status { get; set; }
    public string? Arsak { get; set; }

    [BindNever, ValidateNever] public MaalsideVisning Visning { get; set; } = null!;
    [BindNever, ValidateNever] public Maalvisning Maal { get; set; } = null!;

    public static IEnumerable<SelectListItem> Statusvalg =>
        Enum.GetValues<Maalstatusverdi>().Select(s => new SelectListItem(s.Visningsnavn(), s.ToString()));

    public static MaalstatusViewModel Fra(MaalsideVisning v, Maalvisning m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new() { Visning = v, Maal = m, Versjon = m.Versjon, Status = m.Status };
    }
}
