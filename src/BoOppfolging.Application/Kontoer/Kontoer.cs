using BoOppfolging.Domain;

namespace BoOppfolging.Application.Kontoer;

/// <summary>Settings for citizen identity. Synthetic test numbers are accepted everywhere but Production.</summary>
public sealed class IdentitetOptions
{
    public bool TillatTestnummer { get; set; }
}

public sealed record RegistrerInnbyggerCommand(
    string? Fornavn,
    string? Etternavn,
    string? Fodselsnummer,
    string? Epost,
    string? Passord,
    string? BekreftPassord);

public sealed record OpprettAnsattCommand(string? Fornavn, string? Etternavn, string? Epost, IReadOnlyList<string> Roller);

public sealed record EndreRollerCommand(Guid BrukerId, IReadOnlyList<string> Roller);

/// <summary>The teams an account is a member of, chosen by the administrator (all of them at once, as the roles).</summary>
public sealed record EndreTeamCommand(Guid BrukerId, IReadOnlyList<Guid> Team);

/// <summary>A staff account; <paramref name="Team"/> the ids of the teams it is a member of.</summary>
public sealed record AnsattVisning(
    Guid Id, string Navn, string Epost, IReadOnlyList<string> Roller, bool Deaktivert, bool TofaktorPaa, IReadOnlyList<Guid>? Team = null);

/// <summary>A team an administrator can put an account in: a vurderingsteam or a follow-up team.</summary>
public sealed record Teamalternativ(Guid Id, string Navn, Teamtype Type);

/// <summary>Accounts: citizen registration and the administrator's staff accounts. Implemented over ASP.NET Core Identity.</summary>
public interface IKontoService
{
    Task<Result<Guid>> RegistrerInnbyggerAsync(RegistrerInnbyggerCommand command, CancellationToken ct);
    Task<Result<Guid>> OpprettAnsattAsync(OpprettAnsattCommand command, CancellationToken ct);
    Task<Result> EndreRollerAsync(EndreRollerCommand command, CancellationToken ct);
    Task<Result> SettDeaktivertAsync(Guid brukerId, bool deaktivert, CancellationToken ct);

    /// <summary>
    /// Sets the teams the account is a member of: the vurderingsteam a member takes cases from, the follow-up team whose cases a
    /// team leader sees and whose bo-oppfølgere they lead. Written to the audit log with the account.
    /// </summary>
    Task<Result> EndreTeamAsync(EndreTeamCommand command, CancellationToken ct);

    /// <summary>The unit's teams, sorted by name.</summary>
    Task<IReadOnlyList<Teamalternativ>> TeamAsync(CancellationToken ct);
    Task<IReadOnlyList<AnsattVisning>> ListBrukereAsync(CancellationToken ct);
    Task<Result<AnsattVisning>> HentBrukerAsync(Guid brukerId, CancellationToken ct);

    /// <summary>The citizen's account for a fødselsnummer from ID-porten (the pid claim), made on first log-in.</summary>
    Task<Result<Guid>> FinnEllerOpprettIdPortenInnbyggerAsync(string? pid, CancellationToken ct);
}

public static class KontoFeil
{
    public static readonly Feil EpostErIBruk = new(
        "epost_i_bruk", "E-postadressen er allerede i bruk.", nameof(RegistrerInnbyggerCommand.Epost));

    public static readonly Feil UkjentTeam = new("ukjent_team", "Velg blant teamene i listen.", nameof(EndreTeamCommand.Team));

    public static readonly Feil KanIkkeDeaktivereSegSelv = new(
        "deaktiver_selv", "Du kan ikke deaktivere din egen konto.");

    public const string HarApneSakerKode = "deaktiver_apne_saker";

    /// <summary>
    /// The account is still primær- or sekundærkontakt on open cases (<see cref="Oppfolging.Kontaktansvar"/>): the citizens would
    /// be left with a contact who cannot log in, so the team leader hands the cases over first.
    /// </summary>
    public static Feil HarApneSaker(int antall) => new(
        HarApneSakerKode,
        $"Kontoen kan ikke deaktiveres ennå: personen er primær- eller sekundærkontakt på {antall} {(antall == 1 ? "åpen sak" : "åpne saker")}. " +
        "Teamlederen må først overføre sakene til andre bo-oppfølgere.");

    /// <summary>The bo-oppfølger role taken from someone who still holds open cases: they could no longer open them.</summary>
    public static Feil OppfolgerrolleMedApneSaker(int antall) => new(
        HarApneSakerKode,
        $"Rollen bo-oppfølger kan ikke fjernes ennå: personen er primær- eller sekundærkontakt på {antall} {(antall == 1 ? "åpen sak" : "åpne saker")}. " +
        "Teamlederen må først overføre sakene til andre bo-oppfølgere.",
        "Roller");

    public static readonly Feil KanIkkeFjerneEgenAdminrolle = new(
        "fjerne_egen_admin", "Du kan ikke ta fra deg selv administratorrollen.", "Roller");
}
