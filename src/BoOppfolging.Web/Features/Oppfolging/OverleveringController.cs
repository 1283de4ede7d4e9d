using BoOppfolging.Application.Oppfolging;
using BoOppfolging.Domain;
using BoOppfolging.Web.Infrastruktur;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace BoOppfolging.Web.Features.Oppfolging;

/// <summary>
/// The team leader's handover of one bo-oppfølger's open cases ("Overfør saker" on their page under "Bo-oppfølgere"): a receiver
/// per case, from a date, with a reason; all the chosen cases move, or none (<see cref="OverleveringService"/>).
/// </summary>
[Authorize(Policy = Policies.Overlevering)]
[Route("oppfolging/overlevering/{brukerId:guid}")]
public sealed class OverleveringController(OverleveringService overlevering) : Controller
{
    private const string Visning = "/Features/Oppfolging/Overlevering.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Index([FromRoute] Guid brukerId, CancellationToken ct)
    {
        var skjema = await overlevering.HentAsync(brukerId, ct);
        if (!skjema.IsSuccess) return NotFound();
        var model = new OverleveringViewModel { Fra = skjema.Value.Idag };
        model.Fyll(skjema.Value, nyeVersjoner: true);
        return View(Visning, model);
    }

    [HttpPost("")]
    public async Task<IActionResult> Index([FromRoute] Guid brukerId, OverleveringViewModel model, CancellationToken ct)
    {
        var result = ModelState.IsValid ? await overlevering.OverforAsync(model.ToCommand(brukerId), ct) : null;
        if (result is { IsNotFound: true }) return NotFound();
        if (result is { IsSuccess: true })
        {
            this.SettStatus(Kvittering(result.Value));
            return Redirect($"/oppfolging/overlevering/{brukerId}");
        }

        if (result is not null) ModelState.AddErrors(result);
        var skjema = await overlevering.HentAsync(brukerId, ct);
        if (!skjema.IsSuccess) return NotFound();
        model.Fyll(skjema.Value, nyeVersjoner: result?.IsConflict == true);
        return View(Visning, model);
    }

    private static string Kvittering(IReadOnlyList<Overfort> overfort) =>
        $"{(overfort.Count == 1 ? "Saken er overført" : $"{overfort.Count} saker er overført")}: "
        + string.Join(", ", overfort.Select(o => $"{o.Referanse} til {o.Til} ({o.Rolle.Visningsnavn().ToLowerInvariant()})"))
        + ". De nye kontaktene ser sakene i «Mine brukere».";
}

/// <summary>
/// The handover form: per case (keyed by its id) who takes it, empty for "Ikke flytt", and the version read; the date and the reason
/// for all of them.
/// </summary>
public sealed class OverleveringViewModel
{
    public Dictionary<Guid, Guid?> TilBrukerId { get; set; } = [];
    public Dictionary<Guid, Guid> Versjon { get; set; } = [];
    public DateOnly? Fra { get; set; }
    public Overleveringsarsak? Arsak { get; set; }
    public string? Begrunnelse { get; set; }

    [BindNever, ValidateNever] public Overleveringsskjema Skjema { get; set; } = null!;

    public OverforSakerCommand ToCommand(Guid brukerId) => new(
        brukerId, [.. TilBrukerId.Where(t => t.Value is not null).Select(t => new Overforing(t.Key, Versjon.GetValueOrDefault(t.Key), t.Value!.Value))],
        Fra, Arsak, Begrunnelse);

    /// <summary>
    /// The page as read now, with the user's choices kept: every case listed has its row ("Ikke flytt" unless chosen), and its version
    /// is the one read now when the form is new or after a conflict (the user has seen the message, and saves again on purpose).
    /// </summary>
    public void Fyll(Overleveringsskjema skjema, bool nyeVersjoner)
    {
        ArgumentNullException.ThrowIfNull(skjema);
        Skjema = skjema;
        foreach (var sak in skjema.Saker)
        {
            TilBrukerId.TryAdd(sak.SakId, null);
            if (nyeVersjoner || !Versjon.ContainsKey(sak.SakId)) Versjon[sak.SakId] = sak.Versjon;
        }
    }
}
