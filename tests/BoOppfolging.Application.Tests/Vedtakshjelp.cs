using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using BoOppfolging.Application.Vedtak;
using BoOppfolging.Infrastructure.Identity;
using BoOppfolging.Infrastructure.Vedtak;
using BoOppfolging.Tests.Felles;

namespace BoOppfolging.Application.Tests;

/// <summary>What the vedtak's tests do over and over: a named staff account, and the draft form filled in as a saksbehandler would.</summary>
internal static class Vedtakshjelp
{
    /// <summary>A staff account with a name (the letter signs with it), signed in with <paramref name="rolle"/>.</summary>
    public static async Task<TestBruker> AnsattAsync(TestDatabase db, string rolle, string fornavn, string etternavn)
    {
        var bruker = new ApplicationUser { UserName = $"{Guid.NewGuid():N}@test.no", Fornavn = fornavn, Etternavn = etternavn };
        await using var scope = db.Scope();
        scope.Db().Users.Add(bruker);
        await scope.Db().SaveChangesAsync(TestContext.Current.CancellationToken);
        return new TestBruker { Id = bruker.Id, Roller = [rolle] };
    }

    /// <summary>A bo-oppfølger's account with the role in the identity store too (the follow-up's forms list them from there).</summary>
    public static async Task<TestBruker> OppfolgerAsync(TestDatabase database, string fornavn, string etternavn)
    {
        var ct = TestContext.Current.CancellationToken;
        var bruker = await AnsattAsync(database, Domain.Roller.BoOppfolger, fornavn, etternavn);
        await using var scope = database.Scope();
        var db = scope.Db();
        var rolle = await db.Roles.SingleOrDefaultAsync(r => r.NormalizedName == "BOOPPFOLGER", ct);
        if (rolle is null)
        {
            rolle = new IdentityRole<Guid> { Id = Guid.CreateVersion7(), Name = Domain.Roller.BoOppfolger, NormalizedName = "BOOPPFOLGER" };
            db.Roles.Add(rolle);
        }

        db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = bruker.Id!.Value, RoleId = rolle.Id });
        await db.SaveChangesAsync(ct);
        return bruker;
    }

    /// <summary>
    /// The draft form as it stands, with the legal basis (helse- og omsorgstjenesteloven unless <paramref name="hjemmel"/>) and
    /// the reasons written: complete, so <paramref name="send"/> sends it for approval.
    /// </summary>
    public static LagreVedtakCommand Skjema(Domain.Vedtak v, bool send, Guid? hjemmel = null, string? iplos = "Kartleggingen viser at opplæring trengs.") => new(
        v.SakId, v.Id, v.Versjon, v.Innhold.Utfall, hjemmel ?? Hjemmelkatalog.HelseOgOmsorgId, v.Innhold.Omrader,
        v.Innhold.Kvarter is { } k ? Kartlegging.Timeinput.Tekst(k) : null, v.Innhold.Enhet, v.Innhold.Fra, v.Innhold.Til,
        v.Innhold.Evalueringsdato, string.Join("\n", v.Innhold.Mal), "Helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav b.",
        "Du har ubetalte regninger og husleie.", "Behovet for opplæring er stort.", null, null, iplos, string.Join("\n", v.Innhold.Vilkar), v.Endringsgrunn, send);
}
