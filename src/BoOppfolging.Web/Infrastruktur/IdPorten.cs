using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace BoOppfolging.Web.Infrastruktur;

/// <summary>Configuration section "IdPorten". Off by default: the embedded default uses local citizen accounts.</summary>
public sealed class IdPortenOptions
{
    public const string Skjema = "idporten";

    public bool Aktivert { get; set; }
    public string Authority { get; set; } = "https://idporten.no";
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    public string CallbackPath { get; set; } = "/signin-idporten";
    public string SignedOutCallbackPath { get; set; } = "/signout-callback-idporten";
    public string AcrValues { get; set; } = "idporten-loa-high";

    /// <summary>ID-porten's claim that carries the person's fødselsnummer or D-number.</summary>
    public const string PidClaim = "pid";
}

public static class IdPortenExtensions
{
    /// <summary>
    /// Citizens' production log-in: ID-porten over OpenID Connect (authorization code flow with PKCE).
    /// The result lands in Identity's external cookie; KontoController.IdPortenRetur maps the
    /// <c>pid</c> claim to the citizen's fødselsnummer and signs in the local account.
    /// </summary>
    public static IServiceCollection AddIdPorten(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("IdPorten").Get<IdPortenOptions>() ?? new IdPortenOptions();
        services.AddSingleton(options);
        if (!options.Aktivert) return services;

        services.AddAuthentication().AddOpenIdConnect(IdPortenOptions.Skjema, "ID-porten", oidc =>
        {
            oidc.SignInScheme = IdentityConstants.ExternalScheme;
            oidc.Authority = options.Authority;
            oidc.ClientId = options.ClientId;
            oidc.ClientSecret = options.ClientSecret;
            oidc.CallbackPath = options.CallbackPath;
            oidc.SignedOutCallbackPath = options.SignedOutCallbackPath;
            oidc.ResponseType = OpenIdConnectResponseType.Code;
            oidc.UsePkce = true;
            oidc.MapInboundClaims = false;
            oidc.SaveTokens = false;
            oidc.GetClaimsFromUserInfoEndpoint = false;
            oidc.Scope.Clear();
            oidc.Scope.Add("openid");
            oidc.Scope.Add("profile");
            oidc.Events.OnRedirectToIdentityProvider = context =>
            {
                context.ProtocolMessage.AcrValues = options.AcrValues;
                context.ProtocolMessage.UiLocales = "nb";
                return Task.CompletedTask;
            };
        });
        return services;
    }
}
