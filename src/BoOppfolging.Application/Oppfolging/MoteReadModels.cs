using BoOppfolging.Domain;

namespace BoOppfolging.Application.Oppfolging;

/// <summary>A case's meetings, its open actions, and whether it is flagged for no meeting in three months.</summary>
public sealed record MoteOversikt(
    Guid SakId, string Referanse, string Navn, Saksstatus Status, IReadOnlyList<MoteSammendrag> Moter, IReadOnlyList<ApentTiltak> ApneTiltak,
    DateOnly? SisteMote, bool ManglerMote, bool KanRegistrere)
{
    public MoteSammendrag? Siste => Moter.Count > 0 ? Moter[0] : null;
}

public sealed record MoteSammendrag(Guid Id, DateOnly Dato, Motetype Type, int AntallDeltakere, bool InnbyggerDeltok, int AntallTiltak, int AntallApneTiltak);

/// <summary>An agreed action not yet done, with the meeting it came from; <see cref="Forfalt"/> when past its due date.</summary>
public sealed record ApentTiltak(Guid MoteId, Guid TiltakId, string Beskrivelse, string Ansvarlig, DateOnly Frist, bool Forfalt, DateOnly MoteDato, Motetype MoteType);

/// <summary>One meeting for staff, with whether this user may mark actions done or correct the minutes.</summary>
public sealed record MoteVisning(
    Guid SakId, string Referanse, string Navn, Guid MoteId, Guid Versjon, DateOnly Dato, Motetype Type, IReadOnlyList<Samarbeidsdeltaker> Deltakere,
    bool InnbyggerDeltok, string Referat, IReadOnlyList<ReferatkorreksjonVisning> Korreksjoner, IReadOnlyList<TiltakVisning> Tiltak,
    DateTimeOffset? Registrert, string? RegistrertAv, bool KanFullfore, bool KanKorrigere);

public sealed record ReferatkorreksjonVisning(DateTimeOffset Tidspunkt, string? Av, string Arsak, string Forrige);

public sealed record TiltakVisning(
    Guid Id, string Beskrivelse, string Ansvarlig, DateOnly Frist, bool Forfalt, DateTimeOffset? Fullfort, string? FullfortAv, string? Merknad)
{
    public bool ErApent => Fullfort is null;
}

/// <summary>A contact on the case whom the meeting form offers as a participant.</summary>
public sealed record Motekontakt(Guid Id, string Navn, Kontaktrolle Rolle);
