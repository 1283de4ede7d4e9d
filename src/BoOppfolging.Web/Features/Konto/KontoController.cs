using System.Globalization;
using System.Text;
using BoOppfolging.Application.Audit;
using BoOppfolging.Application.Brev;
using BoOppfolging.Application.Common;
using BoOppfolging.Application.Kontoer;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Identity;
using BoOppfolging.Web.Features.Hjem;
using BoOppfolging.Web.Infrastruktur;
using FluentValidation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using QRCoder;

namespace BoOppfolging.Web.Features.Konto;

/// <summary>Log in and out, citizen registration, passwords and two-factor set-up.</summary>
[Route("konto")]
public sealed class KontoController(
    SignInManager<ApplicationUser> signInManager,
    UserManager<ApplicationUser> userManager,
    IKontoService kontoService,
    IAuditLogg audit,
    IEpostSender epost,
    IOptions<KommuneOptions> kommune,
    IdPortenOptions idPorten,
    IConfiguration configuration,
    ILogger<KontoController> logger) : Controller
{
    [AllowAnonymous]
    [HttpGet("logg-inn")]
    public IActionResult LoggInn(string? returnUrl = null) =>
        View(new LoggInnViewModel { ReturnUrl = returnUrl, IdPortenAktivert = idPorten.Aktivert });

    [AllowAnonymous]
    [HttpPost("logg-inn")]
    public async Task<IActionResult> LoggInn(LoggInnViewModel model, [FromServices] IValidator<LoggInnViewModel> validator, CancellationToken ct)
    {
        model.IdPortenAktivert = idPorten.Aktivert;
        if (!await ModelState.ValiderAsync(validator, model, ct))
        {
            model.Passord = null;
            return View(model);
        }

        var bruker = await userManager.FindByNameAsync(model.Epost!.Trim());
        var result = bruker is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signInManager.PasswordSignInAsync(bruker, model.Passord!, isPersistent: false, lockoutOnFailure: true);

        if (result.Succeeded)
        {
            await audit.SkrivForBrukerAsync(AuditHandling.Innlogging, bruker!.Id, ct);
            return TilRetur(model.ReturnUrl);
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToAction(nameof(TofaktorInnlogging), new { returnUrl = model.ReturnUrl });
        }

        await audit.SkrivForBrukerAsync(AuditHandling.FeiletInnlogging, bruker?.Id, ct);
        ModelState.AddModelError("", result.IsLockedOut ? KontoTekster.Sperret
            : result.IsNotAllowed ? KontoTekster.IkkeTillatt : KontoTekster.FeilInnlogging);
        model.Passord = null;
        return View(model);
    }

    [AllowAnonymous]
    [HttpGet("tofaktor-innlogging")]
    public async Task<IActionResult> TofaktorInnlogging(string? returnUrl = null)
    {
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is null) return RedirectToAction(nameof(LoggInn));
        return View(new TofaktorInnloggingViewModel { ReturnUrl = returnUrl });
    }

    [AllowAnonymous]
    [HttpPost("tofaktor-innlogging")]
    public async Task<IActionResult> TofaktorInnlogging(
        TofaktorInnloggingViewModel model, [FromServices] IValidator<TofaktorInnloggingViewModel> validator, CancellationToken ct)
    {
        var bruker = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (bruker is null) return RedirectToAction(nameof(LoggInn));
        if (!await ModelState.ValiderAsync(validator, model, ct)) return View(model);

        var kode = model.Kode!.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = kode.Length == 6
            ? await signInManager.TwoFactorAuthenticatorSignInAsync(kode, isPersistent: false, rememberClient: false)
            : await signInManager.TwoFactorRecoveryCodeSignInAsync(model.Kode!.Trim());
        if (result.Succeeded)
        {
            await audit.SkrivForBrukerAsync(AuditHandling.Innlogging, bruker.Id, ct);
            return TilRetur(model.ReturnUrl);
        }

        await audit.SkrivForBrukerAsync(AuditHandling.FeiletInnlogging, bruker.Id, ct);
        ModelState.AddModelError(nameof(model.Kode), result.IsLockedOut ? KontoTekster.Sperret : KontoTekster.FeilKode);
        model.Kode = null;
        return View(model);
    }

    [Authorize(Policy = Policies.Innlogget)]
    [UtenTofaktorKrav]
    [HttpPost("logg-ut")]
    public async Task<IActionResult> LoggUt(CancellationToken ct)
    {
        await audit.SkrivForBrukerAsync(AuditHandling.Utlogging, null, ct);
        await signInManager.SignOutAsync();
        return RedirectToAction(nameof(LoggetUt));
    }

    [AllowAnonymous]
    [HttpGet("logget-ut")]
    public IActionResult LoggetUt() => View();

    [AllowAnonymous]
    [HttpGet("registrer")]
    public IActionResult Registrer() => View(new RegistrerViewModel());

    [AllowAnonymous]
    [HttpPost("registrer")]
    public async Task<IActionResult> Registrer(RegistrerViewModel model, CancellationToken ct)
    {
        var result = await kontoService.RegistrerInnbyggerAsync(model.ToCommand(), ct);
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result);
            (model.Passord, model.BekreftPassord) = (null, null);
            return View(model);
        }

        var bruker = await userManager.FindByIdAsync(result.Value.ToString());
        await signInManager.SignInAsync(bruker!, isPersistent: false);
        await audit.SkrivForBrukerAsync(AuditHandling.Innlogging, bruker!.Id, ct);
        this.SettStatus("Kontoen din er opprettet, og du er logget inn.");
        return Redirect("/mine-saker");
    }

    [AllowAnonymous]
    [HttpGet("glemt-passord")]
    public IActionResult GlemtPassord() => View(new GlemtPassordViewModel());

    [AllowAnonymous]
    [HttpPost("glemt-passord")]
    public async Task<IActionResult> GlemtPassord(
        GlemtPassordViewModel model, [FromServices] IValidator<GlemtPassordViewModel> validator, CancellationToken ct)
    {
        if (!await ModelState.ValiderAsync(validator, model, ct)) return View(model);

        var bruker = await userManager.FindByNameAsync(model.Epost!.Trim());
        if (bruker is { Deaktivert: false, Email: not null })
        {
            var lenke = await Passordlenke.LagAsync(userManager, Url, Request.Scheme, bruker);
            // A failed send is logged and answered like the rest: a different answer would tell who has an account.
            await Passordlenke.SendAsync(epost, logger, bruker, Epostmaler.NyttPassord(kommune.Value.Navn, lenke), ct);
        }

        // The same answer whether or not the account exists (or the e-mail went): the page does not reveal who has an account.
        return RedirectToAction(nameof(GlemtPassordSendt));
    }

    [AllowAnonymous]
    [HttpGet("glemt-passord/sendt")]
    public IActionResult GlemtPassordSendt() => View();

    [AllowAnonymous]
    [HttpGet("nytt-passord")]
    public IActionResult NyttPassord(Guid bruker, string? kode) =>
        bruker == Guid.Empty || string.IsNullOrEmpty(kode)
            ? View("UgyldigLenke")
            : View(new NyttPassordViewModel { Bruker = bruker, Kode = kode });

    [AllowAnonymous]
    [HttpPost("nytt-passord")]
    public async Task<IActionResult> NyttPassord(
        NyttPassordViewModel model, [FromServices] IValidator<NyttPassordViewModel> validator, CancellationToken ct)
    {
        if (!await ModelState.ValiderAsync(validator, model, ct))
        {
            (model.Passord, model.BekreftPassord) = (null, null);
            return View(model);
        }

        var bruker = await userManager.FindByIdAsync(model.Bruker.ToString());
        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(model.Kode ?? ""));
        }
        catch (FormatException)
        {
            token = "";
        }

        var result = bruker is null
            ? IdentityResult.Failed(userManager.ErrorDescriber.InvalidToken())
            : await userManager.ResetPasswordAsync(bruker, token, model.Passord!);
        if (!result.Succeeded)
        {
            foreach (var feil in result.Errors)
            {
                ModelState.AddModelError(feil.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(model.Passord) : "", feil.Description);
            }

            (model.Passord, model.BekreftPassord) = (null, null);
            return View(model);
        }

        await userManager.ResetAccessFailedCountAsync(bruker!);
        await userManager.SetLockoutEndDateAsync(bruker!, null);
        this.SettStatus("Passordet er endret. Du kan nå logge inn.");
        return RedirectToAction(nameof(LoggInn));
    }

    [Authorize(Policy = Policies.Innlogget)]
    [UtenTofaktorKrav]
    [HttpGet("endre-passord")]
    public IActionResult EndrePassord() => View(new EndrePassordViewModel());

    [Authorize(Policy = Policies.Innlogget)]
    [UtenTofaktorKrav]
    [HttpPost("endre-passord")]
    public async Task<IActionResult> EndrePassord(
        EndrePassordViewModel model, [FromServices] IValidator<EndrePassordViewModel> validator, CancellationToken ct)
    {
        var bruker = await userManager.GetUserAsync(User);
        if (bruker is null) return Challenge();
        if (await ModelState.ValiderAsync(validator, model, ct))
        {
            var result = await userManager.ChangePasswordAsync(bruker, model.NavaerendePassord!, model.NyttPassord!);
            if (result.Succeeded)
            {
                await signInManager.RefreshSignInAsync(bruker);
                this.SettStatus("Passordet er endret.");
                return Redirect(HjemController.StartSide(User));
            }

            foreach (var feil in result.Errors)
            {
                var felt = feil.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(model.NavaerendePassord)
                    : feil.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(model.NyttPassord) : "";
                ModelState.AddModelError(felt, feil.Description);
            }
        }

        (model.NavaerendePassord, model.NyttPassord, model.BekreftPassord) = (null, null, null);
        return View(model);
    }

    [Authorize(Policy = Policies.Innlogget)]
    [UtenTofaktorKrav]
    [HttpGet("tofaktor")]
    public async Task<IActionResult> Tofaktor()
    {
        var bruker = await userManager.GetUserAsync(User);
        if (bruker is null) return Challenge();
        return View(await TofaktorModellAsync(bruker, new TofaktorViewModel()));
    }

    [Authorize(Policy = Policies.Innlogget)]
    [UtenTofaktorKrav]
    [HttpPost("tofaktor")]
    public async Task<IActionResult> Tofaktor(
        TofaktorViewModel model, [FromServices] IValidator<TofaktorViewModel> validator, CancellationToken ct)
    {
        var bruker = await userManager.GetUserAsync(User);
        if (bruker is null) return Challenge();
        if (await ModelState.ValiderAsync(validator, model, ct))
        {
            var kode = model.Kode!.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
            if (await userManager.VerifyTwoFactorTokenAsync(bruker, userManager.Options.Tokens.AuthenticatorTokenProvider, kode))
            {
                await userManager.SetTwoFactorEnabledAsync(bruker, true);
                var koder = await userManager.GenerateNewTwoFactorRecoveryCodesAsync(bruker, 10) ?? [];
                await signInManager.RefreshSignInAsync(bruker);
                TempData["Gjenopprettingskoder"] = string.Join(' ', koder);
                this.SettStatus("Innlogging i to trinn er slått på.");
                return RedirectToAction(nameof(Tofaktor));
            }

            ModelState.AddModelError(nameof(model.Kode), KontoTekster.FeilKode);
        }

        model.Kode = null;
        return View(await TofaktorModellAsync(bruker, model));
    }

    [Authorize(Policy = Policies.Innlogget)]
    [HttpPost("tofaktor/slaa-av")]
    public async Task<IActionResult> SlaaAvTofaktor()
    {
        var bruker = await userManager.GetUserAsync(User);
        if (bruker is null) return Challenge();
        if (ErTofaktorPaakrevd())
        {
            this.SettStatus("Innlogging i to trinn er påkrevd for ansatte og kan ikke slås av.");
            return RedirectToAction(nameof(Tofaktor));
        }

        await userManager.SetTwoFactorEnabledAsync(bruker, false);
        await userManager.ResetAuthenticatorKeyAsync(bruker);
        await signInManager.RefreshSignInAsync(bruker);
        this.SettStatus("Innlogging i to trinn er slått av.");
        return RedirectToAction(nameof(Tofaktor));
    }

    [AllowAnonymous]
    [HttpPost("idporten")]
    public IActionResult IdPorten(string? returnUrl)
    {
        if (!idPorten.Aktivert) return NotFound();
        var retur = Url.Action(nameof(IdPortenRetur), new { returnUrl });
        var properties = signInManager.ConfigureExternalAuthenticationProperties(IdPortenOptions.Skjema, retur);
        return Challenge(properties, IdPortenOptions.Skjema);
    }

    [AllowAnonymous]
    [HttpGet("idporten-retur")]
    public async Task<IActionResult> IdPortenRetur(string? returnUrl, CancellationToken ct)
    {
        if (!idPorten.Aktivert) return NotFound();
        var info = await signInManager.GetExternalLoginInfoAsync();
        var pid = info?.Principal.FindFirst(IdPortenOptions.PidClaim)?.Value;
        var result = await kontoService.FinnEllerOpprettIdPortenInnbyggerAsync(pid, ct);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        if (!result.IsSuccess)
        {
            await audit.SkrivForBrukerAsync(AuditHandling.FeiletInnlogging, null, ct);
            ModelState.AddModelError("", KontoTekster.IdPortenFeilet);
            return View(nameof(LoggInn), new LoggInnViewModel { IdPortenAktivert = true });
        }

        var bruker = await userManager.FindByIdAsync(result.Value.ToString());
        if (bruker is null || !await signInManager.CanSignInAsync(bruker))
        {
            ModelState.AddModelError("", KontoTekster.IkkeTillatt);
            return View(nameof(LoggInn), new LoggInnViewModel { IdPortenAktivert = true });
        }

        await signInManager.SignInAsync(bruker, isPersistent: false, authenticationMethod: IdPortenOptions.Skjema);
        await audit.SkrivForBrukerAsync(AuditHandling.Innlogging, bruker.Id, ct);
        return TilRetur(returnUrl);
    }

    private bool ErTofaktorPaakrevd() =>
        configuration.GetValue("Sikkerhet:KrevTofaktorForAnsatte", true) && Roller.Ansatte.Any(User.IsInRole);

    private async Task<TofaktorViewModel> TofaktorModellAsync(ApplicationUser bruker, TofaktorViewModel model)
    {
        model.Aktivert = bruker.TwoFactorEnabled;
        model.Paakrevd = ErTofaktorPaakrevd();
        if (TempData["Gjenopprettingskoder"] is string koder)
        {
            model.Gjenopprettingskoder = koder.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }

        if (model.Aktivert) return model;

        var nokkel = await userManager.GetAuthenticatorKeyAsync(bruker);
        if (string.IsNullOrEmpty(nokkel))
        {
            await userManager.ResetAuthenticatorKeyAsync(bruker);
            nokkel = await userManager.GetAuthenticatorKeyAsync(bruker) ?? "";
        }

        model.Nokkel = string.Join(' ', nokkel.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
        var utsteder = Uri.EscapeDataString($"BoOppfølging {kommune.Value.Navn}");
        var uri = string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/{utsteder}:{Uri.EscapeDataString(bruker.UserName ?? "")}?secret={nokkel}&issuer={utsteder}&digits=6");
        using var data = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4);
        model.QrKodeDataUri = "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
        return model;
    }

    /// <summary>Only local return URLs are followed (no open redirect).</summary>
    private IActionResult TilRetur(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : Redirect("/start");
}
