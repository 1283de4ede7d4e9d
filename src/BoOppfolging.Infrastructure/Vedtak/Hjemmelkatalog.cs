using BoOppfolging.Domain;

namespace BoOppfolging.Infrastructure.Vedtak;

/// <summary>
/// The legal bases bo-oppfølging is granted under (domain.md, phase 2), put in the database by the migration
/// that made the table (<c>HasData</c> in <c>HjemmelConfiguration</c>), with fixed ids so the case builder and
/// tests can name them. They are data from then on: an entry is closed with a to-date and a new one added (the
/// new forvaltningslov's numbering, say), never rewritten under vedtak that rest on it.
/// </summary>
public static class Hjemmelkatalog
{
    public static readonly Guid HelseOgOmsorgId = new("0193a1c0-0000-7000-8000-000000000001");
    public static readonly Guid BoligsosialId = new("0193a1c0-0000-7000-8000-000000000002");

    public const string HelseOgOmsorg = "hol-3-2-6b";
    public const string Boligsosial = "boligsosial-6";

    public static IReadOnlyList<Hjemmel> Standard() =>
    [
        new(
            HelseOgOmsorg,
            "Helse- og omsorgstjenesteloven: personlig assistanse (praktisk bistand og opplæring)",
            "helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav b, jf. pasient- og brukerrettighetsloven § 2-1 andre ledd",
            "Statsforvalteren",
            4,
            "pasient- og brukerrettighetsloven kapittel 7",
            "2",
            new DateOnly(2024, 1, 1),
            id: HelseOgOmsorgId),
        new(
            Boligsosial,
            "Boligsosial lov: individuell bistand for å skaffe eller beholde bolig",
            "lov om kommunenes ansvar på det boligsosiale feltet (boligsosial lov) § 6",
            "Statsforvalteren",
            3,
            "forvaltningsloven kapittel VI",
            null,
            new DateOnly(2023, 7, 1),
            id: BoligsosialId),
    ];
}
