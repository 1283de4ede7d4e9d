using BoOppfolging.Application.Oppfolging;
using BoOppfolging.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace BoOppfolging.Web.Features.Oppfolging;

/// <summary>One goal on the evaluation form, as posted.</summary>
public sealed class MaalvurderingSkjema
{
    public Guid MaalId { get; set; }
    public Maalstatusverdi? Status { get; set; }
    public string? Kommentar { get; set; }
}

/// <summary>
/// The evaluation page: the vedtak evaluated and when it is due, the form (with a new id made when it is opened, so a double
/// submit records one), and the evaluations so far. Everything typed is kept on a rejected post.
/// </summary>
public sealed class EvalueringViewModel
{
    public Guid Id { get; set; }
    public DateOnly? Dato { get; set; }
    public bool? BrukerDeltok { get; set; }
    public string? Vurdering { get; set; }
    public List<MaalvurderingSkjema> Maal { get; set; } = [];
    public Evalueringskonklusjon? Konklusjon { get; set; }
    public DateOnly? NesteEvaluering { get; set; }

    [BindNever, ValidateNever] public Evalueringsside Side { get; set; } = null!;
    [BindNever, ValidateNever] public DateOnly Idag { get; set; }

    public static IEnumerable<SelectListItem> JaNei => [new("Ja", "true"), new("Nei", "false")];

    public static IEnumerable<SelectListItem> Konklusjonsvalg =>
        Enum.GetValues<Evalueringskonklusjon>().Select(k => new SelectListItem(k.Visningsnavn(), k.ToString()));

    public static IEnumerable<SelectListItem> Statusvalg =>
        Enum.GetValues<Maalstatusverdi>().Select(s => new SelectListItem(s.Visningsnavn(), s.ToString()));

    public static EvalueringViewModel Fra(Evalueringsside side, DateOnly idag)
    {
        ArgumentNullException.ThrowIfNull(side);
        return new()
        {
            Side = side,
            Idag = idag,
            Id = Guid.CreateVersion7(),
            Dato = idag,
            Maal = [.. side.Maal.Select(m => new MaalvurderingSkjema { MaalId = m.Id, Status = m.Status })],
        };
    }

    public RegistrerEvalueringCommand ToCommand(Guid sakId) => new(
        sakId, Id, Dato, BrukerDeltok, Vurdering, [.. Maal.Select(m => new MaalvurderingInput(m.MaalId, m.Status, m.Kommentar))], Konklusjon,
        NesteEvaluering);
}
