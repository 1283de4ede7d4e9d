using BoOppfolging.Application.Saker;
using BoOppfolging.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace BoOppfolging.Web.Features.Saker;

/// <summary>
/// The work list's filter form. It is posted, never put in the address: a search by name or
/// fødselsnummer must not end up in URLs, browser history or access logs.
/// </summary>
public sealed class SakslisteViewModel
{
    public string? Sok { get; set; }
    public string? Status { get; set; }
    public string? Saksbehandler { get; set; }
    public DateOnly? MottattFra { get; set; }
    public DateOnly? MottattTil { get; set; }
    public bool BareForsinket { get; set; }
    public Sakssortering Sortering { get; set; } = Sakssortering.Frist;
    public bool Synkende { get; set; }
    public int Side { get; set; } = 1;

    [BindNever, ValidateNever] public SakListe? Liste { get; set; }
    [BindNever, ValidateNever] public IReadOnlyList<SelectListItem> Saksbehandlervalg { get; set; } = [];

    /// <summary>From the permission table (<c>Handling.RegistrerHenvendelse</c>), never from the role in the view.</summary>
    [BindNever, ValidateNever] public bool KanRegistrereHenvendelse { get; set; }

    public Saksfilter TilFilter() => new()
    {
        Sok = Sok?.Trim() is { Length: > 0 and <= 100 } s ? s : null,
        Status = Status,
        Saksbehandler = Saksbehandler,
        MottattFra = MottattFra,
        MottattTil = MottattTil,
        BareForsinket = BareForsinket,
        Sortering = Enum.IsDefined(Sortering) ? Sortering : Sakssortering.Frist,
        Synkende = Synkende,
        Side = Side,
    };

    public static IEnumerable<SelectListItem> Statusvalg =>
        [new("Åpne saker", ""), new("Alle saker", "alle"),
         .. Enum.GetValues<Saksstatus>().Select(s => new SelectListItem(s.Visningsnavn(), s.ToString()))];

    public static IEnumerable<SelectListItem> Sorteringsvalg =>
    [
        new("Frist", nameof(Sakssortering.Frist)),
        new("Mottatt", nameof(Sakssortering.Mottatt)),
        new("Referanse", nameof(Sakssortering.Referanse)),
        new("Status", nameof(Sakssortering.Status)),
    ];

    public static IEnumerable<SelectListItem> Retningsvalg => [new("Stigende (eldste først)", "false"), new("Synkende (nyeste først)", "true")];
}
