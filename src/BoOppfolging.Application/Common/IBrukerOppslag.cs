namespace BoOppfolging.Application.Common;

/// <summary>Looks up staff users' display names and ids, without exposing the identity store.</summary>
public interface IBrukerOppslag
{
    Task<IReadOnlyDictionary<Guid, string>> NavnAsync(IEnumerable<Guid> brukerIder, CancellationToken ct);

    /// <summary>Active (not deactivated) users with the role, sorted by name.</summary>
    Task<IReadOnlyList<(Guid Id, string Navn)>> MedRolleAsync(string rolle, CancellationToken ct);

    /// <summary>The e-mail of the active account that belongs to the person (a citizen who has logged in), if any.</summary>
    Task<string?> EpostForPersonAsync(Guid personId, CancellationToken ct);
}
