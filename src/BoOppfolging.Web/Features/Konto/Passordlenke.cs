using System.Text;
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
}
