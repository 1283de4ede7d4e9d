using System.Linq.Expressions;
using BoOppfolging.Domain;

namespace BoOppfolging.Application.Oppfolging;

/// <summary>
/// A bo-oppfølger's hold on cases, defined once: the open cases where they are primær- or sekundærkontakt. What a handover
/// lists and moves, and what stops their account from being deactivated (<c>KontoService</c>) until the cases are handed over.
/// </summary>
public static class Kontaktansvar
{
    public static Expression<Func<Sak, bool>> ApneSakerFor(Guid brukerId) =>
        s => (s.PrimaerkontaktId == brukerId || s.SekundaerkontaktId == brukerId) && SaksstatusRegler.Apne.Contains(s.Status);
}

/// <summary>
/// The handover page: the bo-oppfølger whose cases are moved, their open cases, and the bo-oppfølgere who may take them, each
/// with their load against their capacity.
/// </summary>
public sealed record Overleveringsskjema(
    Guid BrukerId, string Navn, IReadOnlyList<Overleveringssak> Saker, IReadOnlyList<Oppfolgervalg> Mottakere, DateOnly Idag);

/// <summary>
/// One of the leaver's cases: the citizen, the leaver's role on it, the other contact (who cannot also take this role), when the
/// current contacts began (a handover cannot be dated before), the weekly hours granted, and the version read.
/// </summary>
public sealed record Overleveringssak(
    Guid SakId, string Referanse, string Navn, Kontaktrolle Rolle, Guid? AnnenKontaktId, string? AnnenKontakt, DateOnly? KontaktFra,
    decimal? InnvilgetMinutterPerUke, Guid Versjon);

/// <summary>What was handed over, for the receipt: the case's reference, the role and who took it.</summary>
public sealed record Overfort(string Referanse, Kontaktrolle Rolle, string Til);
