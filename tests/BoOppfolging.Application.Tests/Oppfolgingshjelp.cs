using BoOppfolging.Domain;
using BoOppfolging.Tests.Felles;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Tests;

/// <summary>What the follow-up's tests need over and over.</summary>
internal static class Oppfolgingshjelp
{
    /// <summary>A bo-oppfølger's account with the role in the identity store (the assignment and handover list them from there).</summary>
    public static async Task<TestBruker> OppfolgerAsync(TestDatabase database, string fornavn, string etternavn)
    {
        var ct = TestContext.Current.CancellationToken;
        var bruker = await Vedtakshjelp.AnsattAsync(database, Roller.BoOppfolger, fornavn, etternavn);
        await using var scope = database.Scope();
        var db = scope.Db();
        var rolle = await db.Roles.SingleOrDefaultAsync(r => r.NormalizedName == "BOOPPFOLGER", ct);
        if (rolle is null)
        {
            rolle = new IdentityRole<Guid> { Id = Guid.CreateVersion7(), Name = Roller.BoOppfolger, NormalizedName = "BOOPPFOLGER" };
            db.Roles.Add(rolle);
        }

        db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = bruker.Id!.Value, RoleId = rolle.Id });
        await db.SaveChangesAsync(ct);
        return bruker;
    }
}
