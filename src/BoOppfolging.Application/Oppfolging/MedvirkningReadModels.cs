using BoOppfolging.Domain;

namespace BoOppfolging.Application.Oppfolging;

/// <summary>A visit that counts against the duty to take part: ikke truffet or avlyst av bruker.</summary>
public sealed record Uteblittbesok(DateOnly Dato, Besokstype Type, Besoksutfall Utfall);

/// <summary>
/// The case's participation page: the rule's flag and its numbers, the visits that count in its window, the warnings (newest
/// first), the form's suggestions, and whether this user may warn now (<see cref="KanVarsle"/>) or may, once the open warning is
/// followed up (<see cref="VarsleApentVarsel"/>).
/// </summary>
public sealed record Medvirkningsside(
    Guid SakId, string Referanse, string Navn, Guid SakVersjon,
    bool ManglendeMedvirkning, int Antall, int Dager, IReadOnlyList<Uteblittbesok> Uteblitte,
    IReadOnlyList<Medvirkningsvarselvisning> Varsler, string ForslagHvaSkjedde, DateOnly ForslagFrist, bool KanVarsle, bool VarsleApentVarsel);

/// <summary>One warning: what it said, its deadline, its letter (sent or a draft), and its follow-up once recorded.</summary>
public sealed record Medvirkningsvarselvisning(
    Guid Id, Guid Versjon, string HvaSkjedde, DateOnly Frist, DateOnly Opprettet, string OpprettetAv, Guid? BrevId,
    DateOnly? Sendt, bool BrevSendt, bool SkalFolgesOpp,
    DateOnly? OppfolgingDato, Medvirkningsutfall? Utfall, string? Oppfolgingsnotat, string? OppfolgetAv, bool KanFolgeOpp);

/// <summary>The newest warning on the follow-up page: sent when, by what date, whether it is due a follow-up, and how it went.</summary>
public sealed record Medvirkningsstatus(DateOnly? Sendt, DateOnly Frist, bool SkalFolgesOpp, Medvirkningsutfall? Utfall);
