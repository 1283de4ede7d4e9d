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
