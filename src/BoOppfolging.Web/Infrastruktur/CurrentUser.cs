using System.Security.Claims;
using BoOppfolging.Application.Common;
using BoOppfolging.Infrastructure.Identity;

namespace BoOppfolging.Web.Infrastruktur;

public sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public Guid? Id => Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public bool ErInnlogget => Principal?.Identity?.IsAuthenticated == true;

    public IReadOnlyCollection<string> Roller =>
        Principal?.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList() ?? [];

    public Guid? PersonId =>
        Guid.TryParse(Principal?.FindFirstValue(AppClaimsPrincipalFactory.PersonIdClaim), out var id) ? id : null;

    public string? IpAdresse => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public string? KorrelasjonsId => accessor.HttpContext?.TraceIdentifier;

    public bool HarRolle(string rolle) => Principal?.IsInRole(rolle) == true;
}
