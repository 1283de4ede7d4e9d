using BoOppfolging.Domain;

namespace BoOppfolging.Application.Saker;

/// <summary>How the case list is sorted.</summary>
public enum Sakssortering
{
    Frist,
    Mottatt,
    Referanse,
    Status,
}

/// <summary>
/// The work list's filter: search (name, exact fødselsnummer or reference), status, assigned
/// saksbehandler, received dates, only overdue; sorting and the page. Every field is optional.
/// </summary>
public sealed record Saksfilter
{
    /// <summary>"" or null: open cases (every case when searching); "alle": every case; otherwise a <see cref="Saksstatus"/> name.</summary>
    public string? Status { get; init; }

    /// <summary>null: anyone; "meg": assigned to me; "ingen": unassigned; otherwise a user id.</summary>
    public string? Saksbehandler { get; init; }
    public string? Sok { get; init; }
    public DateOnly? MottattFra { get; init; }
    public DateOnly? MottattTil { get; init; }
    public bool BareForsinket { get; init; }
    public Sakssortering Sortering { get; init; } = Sakssortering.Frist;
    public bool Synkende { get; init; }
    public int Side { get; init; } = 1;
}

public sealed record SakListeElement(
    Guid Id,
    string Referanse,
    string Navn,
    Saksstatus Status,
    Kanal Kanal,
    Hastegrad Hastegrad,
    DateTimeOffset Mottatt,
    DateOnly Frist,
    bool Forsinket,
    bool ForelopigSvarSendt,
    string? Saksbehandler);

public sealed record SakListe(IReadOnlyList<SakListeElement> Saker, int Totalt, int Side, int SideStorrelse, Saksfilter Filter)
{
    public int AntallSider => Math.Max(1, (int)Math.Ceiling(Totalt / (double)SideStorrelse));
}

public sealed record HendelseVisning(DateTimeOffset Tidspunkt, HendelseType Type, string Tekst, string? UtfortAv, bool Intern);

public sealed record SakDetaljer(
    Guid Id,
    string Referanse,
    Guid PersonId,
    string Navn,
    string? FodselsnummerMaskert,
    DateOnly? Fodselsdato,
    Saksstatus Status,
    Kanal Kanal,
    DateTimeOffset Mottatt,
    DateOnly Frist,
    bool Forsinket,
    Henleggelsesgrunn? Henleggelsesgrunn,
    Guid Versjon,
    IReadOnlyList<HendelseVisning> Hendelser,
    bool KanTrekkeSoknad);
