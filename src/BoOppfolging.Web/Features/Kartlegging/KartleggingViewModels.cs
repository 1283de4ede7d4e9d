using BoOppfolging.Application.Kartlegging;
using BoOppfolging.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace BoOppfolging.Web.Features.Kartlegging;

/// <summary>
/// Every vurderingsteam form on a case: the case it is about (shown, not posted) and the version of the case's
/// Kartlegging the user saw (<see cref="Guid.Empty"/> when the case had none yet).
/// </summary>
public abstract class VurderingSkjemaViewModel
{
    public Guid Versjon { get; set; }

    [BindNever, ValidateNever] public VurderingVisning Sak { get; set; } = null!;
}

public sealed class VurderingsmoteViewModel : VurderingSkjemaViewModel
{
    public DateOnly? Dato { get; set; }

    /// <summary>One name a line, as typed: kept as it was on a rejected post.</summary>
    public string? TilStede { get; set; }

    public Vurderingskonklusjon? Konklusjon { get; set; }
    public string? Begrunnelse { get; set; }

    public static IEnumerable<SelectListItem> Konklusjoner =>
        Enum.GetValues<Vurderingskonklusjon>().Select(k => new SelectListItem(k.Visningsnavn(), k.ToString()));

    public RegistrerVurderingsmoteCommand ToCommand(Guid sakId) => new(
        sakId, Versjon, Dato,
        [.. (TilStede ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        Konklusjon, Begrunnelse);
}

public sealed class TildelVurdererViewModel : VurderingSkjemaViewModel
{
    public Guid? VurdererId { get; set; }

    public IEnumerable<SelectListItem> Medlemmer() =>
        [new("Velg et teammedlem", ""), .. Sak.Teammedlemmer.Select(m => new SelectListItem(m.Navn, m.Id.ToString()))];

    public TildelVurdererCommand ToCommand(Guid sakId) => new(sakId, Versjon, VurdererId);
}

/// <summary>The queue's filter, in the address (it holds no personal data): status, whose cases, and the page.</summary>
public sealed class VurderingskoViewModel
{
    public string? Status { get; set; }
    public string? Hvem { get; set; }
    public int Side { get; set; } = 1;

    [BindNever, ValidateNever] public Vurderingsko? Ko { get; set; }

    /// <summary>Only a team member takes cases; the filter "mine" is theirs.</summary>
    [BindNever, ValidateNever] public bool ErTeammedlem { get; set; }

    public Vurderingsfilter TilFilter() => new()
    {
        Status = KartleggingService.KoStatuser.Any(s => s.ToString() == Status) ? Status : null,
        Hvem = Hvem is "mine" or "ikke-tatt" ? Hvem : null,
        Side = Side,
    };

    public static IEnumerable<SelectListItem> Statusvalg =>
        [new("Alle i køen", ""), .. KartleggingService.KoStatuser.Select(s => new SelectListItem(s.Visningsnavn(), s.ToString()))];

    public IEnumerable<SelectListItem> Hvemvalg() =>
        [new("Alle", ""), .. ErTeammedlem ? [new SelectListItem("Mine", "mine")] : Array.Empty<SelectListItem>(), new("Ikke tatt", "ikke-tatt")];

    /// <summary>The address of another page of the same filter.</summary>
    public string SideUrl(int side) =>
        "/vurdering?" + string.Join("&", new[]
        {
            string.IsNullOrEmpty(Ko!.Filter.Status) ? null : $"Status={Uri.EscapeDataString(Ko.Filter.Status)}",
            Ko.Filter.Hvem is null ? null : $"Hvem={Ko.Filter.Hvem}",
            $"Side={side}",
        }.Where(d => d is not null));
}
