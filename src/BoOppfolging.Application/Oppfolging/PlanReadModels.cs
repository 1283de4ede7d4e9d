using BoOppfolging.Domain;

namespace BoOppfolging.Application.Oppfolging;

/// <summary>The case a plan page is about: for the heading and the way back.</summary>
public sealed record PlanSak(Guid SakId, string Referanse, string Navn);

/// <summary>The individuell plan in short, for the case page.</summary>
public sealed record PlanKort(DateOnly PeriodeFra, DateOnly PeriodeTil, DateOnly Revisjonsdato, bool RevisjonForfalt);

/// <summary>The samarbeidsavtale in short, for the case page.</summary>
public sealed record AvtaleKort(DateOnly AvtaltDato, DateOnly? SignertDato);

/// <summary>The kriseplan in full, with who last changed it.</summary>
public sealed record KriseplanInnhold(
    string Varselsignaler, string Tiltak, IReadOnlyList<Krisekontakt> Kontakter, DateOnly? AvtaltMedInnbygger, DateTimeOffset? SistEndret, string? SistEndretAv);

/// <summary>The samarbeidsavtale's content.</summary>
public sealed record AvtaleInnhold(
    DateOnly AvtaltDato, IReadOnlyList<Samarbeidsplikt> Plikter, string? AndrePlikter, string? TjenestensPlikter, DateOnly? SignertDato);

/// <summary>The "Planer og avtaler" panel on the staff case page: what exists, the kriseplan in full.</summary>
public sealed record PlanOversikt(
    Guid SakId, IndividuellPlanStatus PlanStatus, string? Koordinator, PlanKort? IndividuellPlan, KriseplanInnhold? Kriseplan,
    AvtaleKort? Samarbeidsavtale, bool KanEndre)
{
    public bool HarNoe => IndividuellPlan is not null || Kriseplan is not null || Samarbeidsavtale is not null;
}

/// <summary>An earlier version of the plan, newest first on the page.</summary>
public sealed record PlanrevisjonVisning(DateTimeOffset Tidspunkt, string? Av, string? Koordinator, IndividuellPlanInnhold Innhold);

/// <summary>The individuell plan for staff: the content (null when none is written), the koordinator from the flags, and the history.</summary>
public sealed record IndividuellPlanVisning(
    PlanSak Sak, Guid Versjon, IndividuellPlanInnhold? Innhold, IndividuellPlanStatus Status, string? Koordinator,
    DateTimeOffset? Opprettet, string? OpprettetAv, DateTimeOffset? SistEndret, string? SistEndretAv,
    IReadOnlyList<PlanrevisjonVisning> Revisjoner, bool RevisjonForfalt, bool KanEndre);

/// <summary>The kriseplan for staff.</summary>
public sealed record KriseplanVisning(PlanSak Sak, Guid Versjon, KriseplanInnhold? Innhold, bool KanEndre);

/// <summary>The samarbeidsavtale for staff.</summary>
public sealed record SamarbeidsavtaleVisning(
    PlanSak Sak, Guid Versjon, AvtaleInnhold? Innhold, DateTimeOffset? SistEndret, string? SistEndretAv, bool KanEndre);

/// <summary>What the citizen sees in "Mine saker": their plan as it stands (with its koordinator) and their agreement.</summary>
public sealed record MinePlaner(IndividuellPlanInnhold? Plan, string? Koordinator, DateOnly? PlanSistEndret, AvtaleInnhold? Samarbeidsavtale);
