namespace BoOppfolging.Application.Common;

/// <summary>
/// The signed-in user of this request, and where the request came from. ASP.NET Core Identity stays
/// behind this interface (Infrastructure/Identity and Web).
/// </summary>
public interface ICurrentUser
{
    Guid? Id { get; }
    bool ErInnlogget { get; }
    IReadOnlyCollection<string> Roller { get; }

    /// <summary>For a citizen: the person record their account belongs to.</summary>
    Guid? PersonId { get; }

    string? IpAdresse { get; }
    string? KorrelasjonsId { get; }

    bool HarRolle(string rolle);
}
