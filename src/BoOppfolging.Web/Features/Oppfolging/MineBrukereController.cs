using BoOppfolging.Application.Oppfolging;
using BoOppfolging.Web.Infrastruktur;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BoOppfolging.Web.Features.Oppfolging;

/// <summary>The bo-oppfølger's own pages: "Mine brukere" with the hours and flags, and the week's visits per day.</summary>
[Authorize(Policy = Policies.Oppfolger)]
[Route("mine-brukere")]
public sealed class MineBrukereController(MineBrukereService mine) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View("/Features/Oppfolging/MineBrukere.cshtml", await mine.HentAsync(ct));

    /// <summary>The week that holds <paramref name="dato"/> (yyyy-MM-dd; this week when missing or not a date).</summary>
    [HttpGet("uke")]
    public async Task<IActionResult> Uke(string? dato, CancellationToken ct)
    {
        DateOnly? dag = DateOnly.TryParseExact(dato, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d)
            && d.Year is > 2000 and < 2100 ? d : null;
        return View("/Features/Oppfolging/Uke.cshtml", await mine.UkeAsync(dag, ct));
    }
}
