using BoOppfolging.Domain;

namespace BoOppfolging.Application.Oppfolging;

/// <summary>A goal on the evaluation form: the citizen's words, its area and its status now.</summary>
public sealed record Evalueringsmaal(Guid Id, string Tekst, Hjelpeomrade Omrade, string HvordanVite, Maalstatusverdi Status);

/// <summary>A recorded evaluation as staff read it, with the goals' text as assessed and a name for who recorded it.</summary>
public sealed record Evalueringsvisning(
    Guid Id, DateOnly Dato, bool BrukerDeltok, string Vurdering, Evalueringskonklusjon Konklusjon, DateOnly? NesteEvaluering,
    IReadOnlyList<(string Maal, Maalstatusverdi Status, string? Kommentar)> Maal, string? RegistrertAv, DateTimeOffset Registrert, int VedtakNummer);

/// <summary>
/// The evaluation page of a case: the vedtak in force (number, hours, period), when it is due (<see cref="Evaluering.Forfall"/>),
/// the goals, the evaluations so far (newest first), and what this user may do: evaluate, and make the endringsvedtak or
/// opphørsvedtak an evaluation concluded with.
/// </summary>
public sealed record Evalueringsside(
    Guid SakId, string Referanse, string Navn, int? VedtakNummer, string? Timer, DateOnly? Fra, DateOnly? Til, DateOnly? Forfall,
    IReadOnlyList<Evalueringsmaal> Maal, IReadOnlyList<Evalueringsvisning> Evalueringer, bool KanEvaluere, bool KanLageVedtak,
    bool VedtakUnderArbeid);
