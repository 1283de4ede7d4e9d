using System.Text;
using BoOppfolging.Application.Common;
using BoOppfolging.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace BoOppfolging.Web.Features.Konto;

/// <summary>A one-time link to choose a password: for "Glemt passord" and for new staff accounts.</summary>
public static class Passordlenke
{
    public static async Task<string> LagAsync(UserManager<ApplicationUser> userManager, IUrlHelper url, string scheme, ApplicationUser bruker)
    {
        var token = await userManager.GeneratePasswordResetTokenAsync(bruker);
        var kode = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        return url.Action("NyttPassord", "Konto", new { bruker = bruker.Id, kode }, scheme)!;
    }

    /// <summary>
    /// Sends the e-mail with the link. A sender that fails is logged with the account id and the
    /// exception's type only (its message can name the address) and answered with false, so the
    /// caller decides what the user is told: never a 500.
    /// </summary>
    public static async Task<bool> SendAsync(
        IEpostSender epost, ILogger logger, ApplicationUser bruker, (string Emne, string Tekst) epostinnhold, CancellationToken ct)
    {
        try
        {
            await epost.SendAsync(bruker.Email!, epostinnhold.Emne, epostinnhold.Tekst, ct);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError("E-post med passordlenke til konto {BrukerId} kunne ikke sendes ({Feiltype})", bruker.Id, e.GetType().Name);
            return false;
        }
    }
}
