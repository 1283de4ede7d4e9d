using BoOppfolging.Application.Kartlegging;
using BoOppfolging.Domain;
using BoOppfolging.Web.Infrastruktur;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace BoOppfolging.Web.Features.MineSaker;

/// <summary>
/// The citizen prepares for the kartleggingsmøte in Mine saker: what they manage, what they want help with in
/// each help area, and their own goals. Once the mapping is finished the page shows what they wrote, closed.
/// Another person's case gives 404.
/// </summary>
[Authorize(Policy = Policies.Innbygger)]
[Route("mine-saker/{sakId:guid}/forberedelse")]
public sealed class ForberedelseController(ForberedelseService forberedelser) : Controller
{
    private const string Skjema = "/Features/MineSaker/Forberedelse.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Forberedelse(Guid sakId, CancellationToken ct)
    {
        var visning = await forberedelser.HentAsync(sakId, ct);
        if (!visning.IsSuccess) return NotFound();
        return View(Skjema, ForberedelseViewModel.Fra(visning.Value));
    }

    [HttpPost("")]
    public async Task<IActionResult> Forberedelse(Guid sakId, ForberedelseViewModel model, CancellationToken ct)
    {
        var result = await forberedelser.LagreAsync(model.ToCommand(sakId), ct);
        if (result.IsNotFound) return NotFound();
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result);
            var visning = await forberedelser.HentAsync(sakId, ct);
            if (!visning.IsSuccess) return NotFound();
            model.Visning = visning.Value;
            if (result.IsConflict) model.Versjon = visning.Value.Versjon;
            model.Fyll();
            return View(Skjema, model);
        }

        this.SettStatus("Takk! Forberedelsen din er lagret. Vurderingsteamet leser den før kartleggingsmøtet, og du kan endre den fram til kartleggingen er ferdig.");
        return Redirect($"/mine-saker/{sakId}");
    }
}

/// <summary>The preparation form: everything typed is kept on a rejected post.</summary>
public sealed class ForberedelseViewModel
{
    /// <summary>Goal fields shown at least, and one empty field more than the goals written, up to the most allowed.</summary>
    public const int MinsteAntallMaal = 3;

    public Guid Versjon { get; set; }
    public string? HvaJegKlarer { get; set; }
    public List<OnskeFelt> Onsker { get; set; } = [];
    public List<string?> Maal { get; set; } = [];

    [BindNever, ValidateNever] public ForberedelseVisning Visning { get; set; } = null!;

    public static ForberedelseViewModel Fra(ForberedelseVisning visning)
    {
        var model = new ForberedelseViewModel
        {
            Visning = visning,
            Versjon = visning.Versjon,
            HvaJegKlarer = visning.HvaJegKlarer,
            Onsker = [.. visning.Onsker.Select(o => new OnskeFelt { Omrade = o.Omrade, Tekst = o.Tekst })],
            Maal = [.. visning.Maal],
        };
        model.Fyll();
        return model;
    }

    /// <summary>One field per help area, in the areas' order, and room for another goal.</summary>
    public void Fyll()
    {
        Onsker = [.. Enum.GetValues<Hjelpeomrade>().Select(o => Onsker.FirstOrDefault(f => f.Omrade == o) ?? new OnskeFelt { Omrade = o })];
        var skrevet = Maal.Count(m => !string.IsNullOrWhiteSpace(m));
        while (Maal.Count < Math.Min(Math.Max(MinsteAntallMaal, skrevet + 1), Domain.Forberedelse.MaksMaal)) Maal.Add(null);
    }

    public LagreForberedelseCommand ToCommand(Guid sakId) =>
        new(sakId, Versjon, HvaJegKlarer, [.. Onsker.Select(o => new OnskeInput(o.Omrade, o.Tekst))], Maal);
}

public sealed class OnskeFelt
{
    public Hjelpeomrade Omrade { get; set; }
    public string? Tekst { get; set; }
}
