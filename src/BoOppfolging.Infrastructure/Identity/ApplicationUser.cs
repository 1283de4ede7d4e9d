using Microsoft.AspNetCore.Identity;

namespace BoOppfolging.Infrastructure.Identity;

/// <summary>
/// A user account. Staff accounts have a name and roles; a citizen's account points to the person
/// record (<see cref="PersonId"/>) that holds the fødselsnummer. Accounts are deactivated, never deleted.
/// </summary>
public sealed class ApplicationUser : IdentityUser<Guid>
{
    public ApplicationUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    public string Fornavn { get; set; } = "";
    public string Etternavn { get; set; } = "";
    public Guid? PersonId { get; set; }
    public bool Deaktivert { get; set; }
    public DateTimeOffset Opprettet { get; set; }

    public string FulltNavn => $"{Fornavn} {Etternavn}";
}
