using BoOppfolging.Domain;

namespace BoOppfolging.Application.Oppfolging;

/// <summary>An earlier "done" on an item, taken back: with names for who ticked it and who reopened it.</summary>
public sealed record GjenapningVisning(DateOnly GjortDato, string? GjortAv, DateTimeOffset Tidspunkt, string? Av, string Arsak);

/// <summary>One item of the checklist for staff, with whether it is overdue today and, where the case has one, the record it points to.</summary>
public sealed record OvergangspunktVisning(
    Overgangspunkt Punkt, DateOnly Frist, string Ansvarlig, string? Merknad, DateOnly? GjortDato, string? GjortAv, DateTimeOffset? GjortRegistrert,
    bool Forfalt, IReadOnlyList<GjenapningVisning> Gjenapninger, Kobling? Kobling)
{
    public bool ErGjort => GjortDato is not null;
}

/// <summary>A record on the case an item points to, read-only: the registered boligmøte, the samarbeidsavtale with the standard duties.</summary>
public sealed record Kobling(string Tekst, DateOnly? Dato, string Lenke);

/// <summary>The period's dates and what follows from them (the four weeks' end, the overlap and its warnings).</summary>
public sealed record Overgangsperiode(DateOnly Innflytting, DateOnly? InstitusjonSlutt, DateOnly FireUkerSlutt, int? OverlappDager)
{
    public bool ForLangOverlapp => Overgangsregler.ForLangOverlapp(OverlappDager);
    public bool HarHull => Overgangsregler.HarHull(OverlappDager);
}

/// <summary>
/// The transition checklist page: the case, whether it came from an institution or prison, the move-out date the application
/// gave (to suggest the institution's end), and the plan if there is one.
/// </summary>
public sealed record OvergangVisning(
    Guid SakId, string Referanse, string Navn, bool KomFraInstitusjon, DateOnly? Utflyttingsdato, Guid Versjon, Overgangsperiode? Periode,
    IReadOnlyList<OvergangspunktVisning> Punkter, DateTimeOffset? SistEndret, string? SistEndretAv, bool KanEndre)
{
    public bool Finnes => Periode is not null;
    public int AntallGjort => Punkter.Count(p => p.ErGjort);
    public int AntallForfalt => Punkter.Count(p => p.Forfalt);
}

/// <summary>The case page's panel: progress, the next item, the overdue ones; or the offer to make the plan.</summary>
public sealed record OvergangKort(
    Guid SakId, bool Finnes, int Gjort, int Totalt, OvergangspunktVisning? Neste, IReadOnlyList<OvergangspunktVisning> Forfalte,
    Overgangsperiode? Periode, bool KanOpprette);

/// <summary>One item as the citizen sees it in "Mine saker": what, by when, who answers for it, and when it was done.</summary>
public sealed record MittOvergangspunkt(Overgangspunkt Punkt, DateOnly Frist, string Ansvarlig, DateOnly? GjortDato);

/// <summary>The citizen's read-only view of the transition checklist.</summary>
public sealed record MinOvergang(DateOnly Innflytting, DateOnly FireUkerSlutt, IReadOnlyList<MittOvergangspunkt> Punkter);
