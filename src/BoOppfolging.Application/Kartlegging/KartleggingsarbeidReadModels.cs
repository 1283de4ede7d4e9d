using BoOppfolging.Domain;

namespace BoOppfolging.Application.Kartlegging;

/// <summary>
/// The mapping with the citizen as staff see it (the case page's panel and the mapping's forms): its state,
/// meetings, needs, goals, the innstilling, what is missing before it can be finished, the corrections, and
/// beside it what the citizen wrote (the application's help areas and the preparation in Mine saker).
/// Names, not ids. <see cref="Handlinger"/> says what this user may do now.
/// </summary>
public sealed record KartleggingsarbeidVisning(
    Guid SakId,
    string Referanse,
    string Navn,
    Saksstatus Status,
    Guid Versjon,
    DateTimeOffset? Ferdigstilt,
    string? FerdigstiltAv,
    IReadOnlyList<KartleggingsmoteVisning> Moter,
    IReadOnlyList<Omradebehov> Behov,
    IReadOnlyList<Maal> Maal,
    InnstillingVisning? Innstilling,
    IReadOnlyList<string> Mangler,
    IReadOnlyList<KartleggingsendringVisning> Endringer,
    Hjelpebehov? Soknadsbehov,
    InnbyggerensForberedelse? Forberedelse,
    bool HarSamtykkeForParorende,
    bool BareAvslag,
    KartleggingsarbeidHandlinger Handlinger)
{
    public bool ErFerdigstilt => Ferdigstilt is not null;
}

/// <summary>What the user may do on the mapping now, from the permission table and the mapping's own state.</summary>
public sealed record KartleggingsarbeidHandlinger(bool KanKartlegge, bool KanFerdigstille, bool KanSkriveInnstilling)
{
    public bool Noen => KanKartlegge || KanFerdigstille || KanSkriveInnstilling;
}

public sealed record KartleggingsmoteVisning(
    DateOnly Dato, Motested Sted, bool BrukerenDeltok, IReadOnlyList<Motedeltaker> Andre, string BrukerensSyn, string? RegistrertAv, DateTimeOffset Registrert);

public sealed record InnstillingVisning(Innstilling Innstilling, string? SkrevetAv);

/// <summary>A correction of the finished mapping: part, who (by name), when, why, and the part before and after.</summary>
public sealed record KartleggingsendringVisning(string Del, string? EndretAv, DateTimeOffset Tidspunkt, string Begrunnelse, string Tidligere, string Ny);

public sealed record InnbyggerensForberedelse(string? HvaJegKlarer, IReadOnlyList<Onske> Onsker, IReadOnlyList<string> Maal, DateTimeOffset? SistEndret);
