using BoOppfolging.Application.Brev;
using BoOppfolging.Application.Common;
using BoOppfolging.Application.Kontoer;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Identity;
using BoOppfolging.Web.Features.Konto;
using BoOppfolging.Web.Infrastruktur;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace BoOppfolging.Web.Features.Admin;

/// <summary>The administrator's staff accounts: create, roles, teams, deactivate. Nothing is deleted.</summary>
[Authorize(Policy = Policies.Administrator)]
[Route("admin/brukere")]
public sealed class AdminController(
    IKontoService kontoService,
    UserManager<ApplicationUser> userManager,
    IEpostSender epost,
    ICurrentUser currentUser,
    IOptions<KommuneOptions> kommune,
    ILogger<AdminController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await kontoService.ListBrukereAsync(ct));

    [HttpGet("ny")]
    public IActionResult Ny() => View(new NyBrukerViewModel());

    [HttpPost("ny")]
    public async Task<IActionResult> Ny(NyBrukerViewModel model, CancellationToken ct)
    {
        var result = await kontoService.OpprettAnsattAsync(model.ToCommand(), ct);
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result);
            return View(model);
        }

        var bruker = await userManager.FindByIdAsync(result.Value.ToString());
        var lenke = await Passordlenke.LagAsync(userManager, Url, Request.Scheme, bruker!);
        // The account is complete without the e-mail: if it cannot be sent, the administrator is told,
        // and the employee gets a new link from "Glemt passord".
        if (await Passordlenke.SendAsync(epost, logger, bruker!, Epostmaler.NyAnsattkonto(kommune.Value.Navn, lenke), ct))
        {
            this.SettStatus("Kontoen er opprettet. Den ansatte har fått en e-post med lenke for å velge passord.");
        }
        else
        {
            this.SettAdvarsel(
                "Kontoen er opprettet, men e-posten med lenke for å velge passord kunne ikke sendes. " +
                "Be den ansatte bruke «Glemt passord» på innloggingssiden for å få en ny lenke.");
        }

        return RedirectToAction(nameof(Bruker), new { id = result.Value });
    }

    [HttpGet("{id:guid}")]
    public Task<IActionResult> Bruker(Guid id, CancellationToken ct) => VisBrukerAsync(id, null, null, ct);

    /// <summary>The teams the account is a member of: a team leader's follow-up team, a vurderingsteam member's team.</summary>
    [HttpPost("{id:guid}/team")]
    public async Task<IActionResult> Team(Guid id, List<Guid>? team, CancellationToken ct)
    {
        // A value that is not a team's id is refused, not dropped: dropped, it would take the account out of its teams.
        if (!ModelState.IsValid)
        {
            ModelState.Clear();
            return await VisBrukerAsync(id, Result.Fail(KontoFeil.UkjentTeam), null, ct);
        }

        var result = await kontoService.EndreTeamAsync(new EndreTeamCommand(id, team ?? []), ct);
        if (result.IsNotFound) return NotFound();
        if (!result.IsSuccess) return await VisBrukerAsync(id, result, m => m.Team = team ?? [], ct);
        this.SettStatus("Teamene er lagret.");
        return RedirectToAction(nameof(Bruker), new { id });
    }

    /// <summary>
    /// The account's page: as stored, or after a refused change with its errors by the fields and what was posted kept
    /// (<paramref name="behold"/>).
    /// </summary>
    private async Task<IActionResult> VisBrukerAsync(Guid id, Result? feil, Action<BrukerViewModel>? behold, CancellationToken ct)
    {
        var bruker = await kontoService.HentBrukerAsync(id, ct);
        if (!bruker.IsSuccess) return NotFound();
        if (feil is not null) ModelState.AddErrors(feil);
        var model = new BrukerViewModel
        {
            Bruker = bruker.Value, Roller = [.. bruker.Value.Roller], ErMeg = id == currentUser.Id,
            Teamvalg = await kontoService.TeamAsync(ct), Team = [.. bruker.Value.Team ?? []],
        };
        behold?.Invoke(model);
        return View(nameof(Bruker), model);
    }

    [HttpPost("{id:guid}/roller")]
    public async Task<IActionResult> Roller(Guid id, List<string>? roller, CancellationToken ct)
    {
        var result = await kontoService.EndreRollerAsync(new EndreRollerCommand(id, roller ?? []), ct);
        if (result.IsNotFound) return NotFound();
        if (!result.IsSuccess) return await VisBrukerAsync(id, result, m => m.Roller = roller ?? [], ct);

        this.SettStatus("Rollene er lagret.");
        return RedirectToAction(nameof(Bruker), new { id });
    }

    [HttpPost("{id:guid}/deaktiver")]
    public Task<IActionResult> Deaktiver(Guid id, CancellationToken ct) => SettDeaktivert(id, true, ct);

    [HttpPost("{id:guid}/aktiver")]
    public Task<IActionResult> Aktiver(Guid id, CancellationToken ct) => SettDeaktivert(id, false, ct);

    private async Task<IActionResult> SettDeaktivert(Guid id, bool deaktivert, CancellationToken ct)
    {
        var result = await kontoService.SettDeaktivertAsync(id, deaktivert, ct);
        if (result.IsNotFound) return NotFound();
        if (result.Error?.Kode == KontoFeil.HarApneSakerKode)
        {
            // Shown on the account's page, with the way on: the team leader hands the cases over first.
            return await VisBrukerAsync(id, result, m => m.MaOverforeSaker = true, ct);
        }

        this.SettStatus(!result.IsSuccess ? result.Error!.Melding
            : deaktivert ? "Kontoen er deaktivert. Brukeren kan ikke lenger logge inn." : "Kontoen er aktivert igjen.");
        return RedirectToAction(nameof(Bruker), new { id });
    }
}
