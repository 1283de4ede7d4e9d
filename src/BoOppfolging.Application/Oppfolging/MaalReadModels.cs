using BoOppfolging.Domain;

namespace BoOppfolging.Application.Oppfolging;

/// <summary>One entry of a goal's timeline for staff: a status change (with its reason) or a visit's progress note, with a name for who.</summary>
public sealed record Maalhendelsevisning(
    Maalhendelsestype Type, DateOnly Dato, DateTimeOffset Registrert, Maalstatusverdi? Status, string? Tekst, string? Av, Guid? BesokId);

/// <summary>A goal of the mapping with its current status, the version of its status row (<see cref="Guid.Empty"/>: none yet) and its timeline, newest first.</summary>
public sealed record Maalvisning(
    Guid Id, string Tekst, Hjelpeomrade Omrade, string HvordanVite, DateOnly Maldato, Maalstatusverdi Status, Guid Versjon,
    IReadOnlyList<Maalhendelsevisning> Tidslinje);

/// <summary>The goals page of a case for staff, with whether this user may change a status.</summary>
public sealed record MaalsideVisning(Guid SakId, string Referanse, string Navn, IReadOnlyList<Maalvisning> Maal, bool KanEndre);

/// <summary>A progress note as the citizen reads it: the visit's day and the note written with them.</summary>
public sealed record MittFremdriftsnotat(DateOnly Dato, string Tekst);

/// <summary>One of the citizen's goals in "Mine saker": their own words, the status and since when, and the progress notes, newest first.</summary>
public sealed record MittMaal(
    string Tekst, Hjelpeomrade Omrade, string HvordanVite, DateOnly Maldato, Maalstatusverdi Status, DateOnly? StatusFra,
    IReadOnlyList<MittFremdriftsnotat> Fremdrift);
