using System.Linq.Expressions;
using BoOppfolging.Domain;

namespace BoOppfolging.Application.Oppfolging;

/// <summary>A contact period with the bo-oppfølger's name.</summary>
public sealed record Kontaktvisning(Guid BrukerId, string Navn, Kontaktrolle Rolle, DateOnly Fra, DateOnly? Til, string? Begrunnelse);

/// <summary>A visit in a list: what, when, how it went, who, and its marks (logged late, planned and not documented, corrected).</summary>
public sealed record Besoksrad(
    Guid Id, Besoksstatus Status, DateOnly Dato, TimeOnly? Start, TimeOnly? Slutt, int Minutter, Besokstype Type, Besoksutfall? Utfall,
    string? Arsak, IReadOnlyList<Hjelpeomrade> Omrader, string? Notat, string UtfortAv, DateTimeOffset? Registrert,
    bool SenRegistrert, bool Udokumentert, int Rettelser);

/// <summary>What the user may do on the follow-up page.</summary>
/// <summary>The case page's follow-up panel: the contacts now, this week's hours, the last contact and its flag, what the user may do.</summary>
public sealed record Oppfolgingspanel(
    Guid SakId, IReadOnlyList<Kontaktvisning> Kontakter, Timeperiode DenneUka, DateOnly? SisteKontakt, int DagerSidenKontakt, bool UtenKontakt,
    Oppfolgingshandlinger Handlinger);

public sealed record Oppfolgingshandlinger(bool KanTildele, bool KanPlanlegge, bool KanRegistrere, bool KanKorrigere);

/// <summary>
/// A case's follow-up for staff: its contacts now and before, the hours (this week, this month, recent weeks and months, the
/// warnings), contact and participation flags, planned and undocumented visits, and the log; the newest warning about lack of
/// participation (<see cref="Medvirkning"/>) and whether the user may send one.
/// </summary>
public sealed record OppfolgingVisning(
    Guid SakId, string Referanse, string Navn, Saksstatus Status,
    IReadOnlyList<Kontaktvisning> Kontakter, IReadOnlyList<Kontaktvisning> TidligereKontakter,
    string? Ramme, Timeperiode DenneUka, Timeperiode DenneMaaneden, IReadOnlyList<Timeperiode> Uker, IReadOnlyList<Timeperiode> Maaneder,
    IReadOnlyList<Timevarsel> Varsler,
    DateOnly? SisteKontakt, int DagerSidenKontakt, bool UtenKontakt, int KontaktgrenseDager,
    bool ManglendeMedvirkning, int SenRegistreringDager,
    IReadOnlyList<Besoksrad> Planlagte, IReadOnlyList<Besoksrad> Udokumenterte, IReadOnlyList<Besoksrad> Logg, DateOnly LoggFra,
    Oppfolgingshandlinger Handlinger, Medvirkningsstatus? Medvirkning, bool KanVarsleManglendeMedvirkning);

/// <summary>A goal the visit form offers (from the mapping), with its area.</summary>
public sealed record Maalvalg(Guid Id, string Tekst, Hjelpeomrade Omrade);

/// <summary>What the visit forms need: the case, the bo-oppfølgere who may be chosen, the goals, the vedtak's areas.</summary>
public sealed record Besoksskjema(
    Guid SakId, string Referanse, string Navn, IReadOnlyList<(Guid Id, string Navn)> Oppfolgere, Guid? Meg,
    IReadOnlyList<Maalvalg> Maal, IReadOnlyList<Hjelpeomrade> VedtaketsOmrader, Besoksvisning? Besok);

/// <summary>One visit in full: the current content, the original and every correction with who and why.</summary>
public sealed record Besoksvisning(
    Guid Id, Guid SakId, string Referanse, string Navn, Guid Versjon, Besoksrad Rad, Besoksinnhold? Innhold, IReadOnlyList<Maalnotatvisning> Maal,
    string? PlanlagtAv, DateTimeOffset? Planlagt, string? RegistrertAv, IReadOnlyList<Korreksjonsvisning> Korreksjoner, bool KanKorrigere, bool KanRegistrere);

public sealed record Maalnotatvisning(Guid MaalId, string Maal, string Tekst);

/// <summary>A correction as the visit page shows it: when, by whom, why, and what the entry said before.</summary>
public sealed record Korreksjonsvisning(DateTimeOffset Tidspunkt, string Av, string Arsak, Besoksinnhold Forrige);

/// <summary>The assignment form: the case's contacts now, and every bo-oppfølger with how many cases they follow now.</summary>
public sealed record Tildelingsskjema(
    Guid SakId, string Referanse, string Navn, Guid Versjon, Guid? PrimaerkontaktId, Guid? SekundaerkontaktId, string? Ramme,
    IReadOnlyList<Oppfolgervalg> Oppfolgere, IReadOnlyList<Kontaktvisning> Historikk);

/// <summary>
/// A bo-oppfølger with their load: current cases as primær- and sekundærkontakt, the weekly hours granted where they are
/// primærkontakt, and their capacity (null until the team leader sets it).
/// </summary>
public sealed record Oppfolgervalg(Guid Id, string Navn, int Primaer, int Sekundaer, decimal InnvilgetMinutterPerUke, int? KapasitetMinutterPerUke)
{
    /// <summary>Room left in minutes a week (negative: over); null without a capacity.</summary>
    public decimal? Ledig => KapasitetMinutterPerUke is { } k ? Oppfolgerkapasitet.Ledig(k, InnvilgetMinutterPerUke) : null;
}

/// <summary>The database form of <see cref="Oppfolgingsregler.ErKontakt"/>, for every query that looks for contact: one definition.</summary>
public static class Kontaktuttrykk
{
    public static readonly Expression<Func<Besok, bool>> ErKontakt = b => b.Status == Besoksstatus.Registrert && b.Utfall == Besoksutfall.Gjennomfort;
}
