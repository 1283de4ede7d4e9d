using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Saksbygging;
using BoOppfolging.Tests.Felles;

namespace BoOppfolging.Application.Tests;

/// <summary>A case with a vurderingsteam of its own, and a member of that team: the phase's tests start here.</summary>
internal static class Kartleggingshjelp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// The standard application (consents for the GP "fastlegen (Dr. Kari Bakke)" and "NAV (NAV Sentrum)") sent to a
    /// new vurderingsteam with one member, then <paramref name="steg"/>. Returns the case, the member and the builder.
    /// </summary>
    public static async Task<(Sak Sak, TestBruker Medlem, Saksbygger Bygger)> SakHosTeametAsync(
        this TestDatabase database, Action<Saksbygger>? steg = null)
    {
        var medlem = TestBruker.Med(Roller.Vurderingsteam);
        var team = new Team("Vurderingsteam " + Guid.NewGuid().ToString("N")[..6], Teamtype.Vurderingsteam);
        team.LeggTilMedlem(medlem.Id!.Value);
        await using (var scope = database.Scope())
        {
            scope.Db().Team.Add(team);
            await scope.Db().SaveChangesAsync(Ct);
        }

        Saksbygger bygger = null!;
        var sak = await database.LagreSakAsync(s =>
        {
            bygger = s;
            s.Som(Guid.CreateVersion7()).TilStatus(Saksstatus.TilVurdering, team.Id).Som(medlem.Id.Value);
            steg?.Invoke(s);
        });
        return (sak, medlem, bygger);
    }
}
