using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BoOppfolging.Infrastructure.Identity;

/// <summary>Adds the display name and, for a citizen, the person id to the cookie's claims. No fødselsnummer.</summary>
public sealed class AppClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole<Guid>> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole<Guid>>(userManager, roleManager, options)
{
    public const string NavnClaim = "bo:navn";
    public const string PersonIdClaim = "bo:person";
    public const string TofaktorClaim = "bo:2fa";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(NavnClaim, user.FulltNavn));
        identity.AddClaim(new Claim(TofaktorClaim, user.TwoFactorEnabled ? "true" : "false"));
        if (user.PersonId is { } personId)
        {
            identity.AddClaim(new Claim(PersonIdClaim, personId.ToString()));
        }

        return identity;
    }
}
