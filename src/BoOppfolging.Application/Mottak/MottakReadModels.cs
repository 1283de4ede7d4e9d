using BoOppfolging.Application.Brev;
using BoOppfolging.Domain;

namespace BoOppfolging.Application.Mottak;

/// <summary>What the forvaltningsenhet needs on the case page to screen and route a case.</summary>
public sealed record MottakVisning(
    Guid SakId,
    string Referanse,
    string Navn,
    Guid Versjon,
    Saksstatus Status,
    Kanal Kanal,
    bool ErIMottak,
    bool PersonHarFodselsnummer,
    int? Alder,
    bool OnskerHjelpOgSamtykker,
    DateOnly Frist,
    bool Forsinket,
    DateOnly? ForelopigSvarSendt,
    bool TrengerForelopigSvar,
    MottakskontrollVisning? Kontroll,
    HenvendelseVisning? Henvendelse,
    IReadOnlyList<KontaktVisning> Kontakter,
    IReadOnlyList<OpplysningsbehovVisning> Opplysningsbehov,
    IReadOnlyList<AnnenSak> AndreAapneSaker,
    string? Saksbehandler,
    Guid? SaksbehandlerId,
    IReadOnlyList<Valg> Saksbehandlere,
    IReadOnlyList<Valg> Team,
    HenvisningVisning? Henvisning,
    Postadresse? Adresse,
    MottakHandlinger Handlinger);

/// <summary>
/// What the current user may do on the case's intake now, from the permission table (<c>Tillatelser</c>)
/// and the case's facts. The views show an action only when its flag is set; they never decide from
/// status or role.
/// </summary>
public sealed record MottakHandlinger(
    bool KanKontrollere,
    bool KanRegistrereKontakt,
    bool KanEndreAdresse,
    bool KanBeOmOpplysninger,
    bool KanRegistrereOpplysningerMottatt,
    bool KanTildele,
    bool KanSendeTilVurdering,
    bool KanHenvise,
    bool KanHenlegge,
    bool KanKoble,
    bool KanLageForelopigSvar)
{
    /// <summary>At least one action is open: the panel shows its list of actions.</summary>
    public bool Noen => KanKontrollere || KanRegistrereKontakt || KanBeOmOpplysninger || KanTildele || KanSendeTilVurdering
        || KanHenvise || KanHenlegge || KanLageForelopigSvar;
}

public sealed record MottakskontrollVisning(bool Over18, bool IMaalgruppen, bool DuplikatSjekket, string? Notat, DateTimeOffset Tidspunkt, string? UtfortAv);

public sealed record HenvendelseVisning(
    Mottaksform Mottaksform, string MelderNavn, string? MelderRolle, string? MelderTelefon, string? MelderEpost, string Beskrivelse, Hastegrad Hastegrad);

public sealed record KontaktVisning(DateOnly Dato, Kontaktform Form, Kontaktresultat Resultat, bool Samtykke, string? Notat, string? UtfortAv);

public sealed record OpplysningsbehovVisning(Guid Id, string Beskrivelse, DateOnly Frist, DateTimeOffset Bedt, DateTimeOffset? Mottatt);

public sealed record AnnenSak(Guid Id, string Referanse, Saksstatus Status, DateTimeOffset Mottatt);

public sealed record HenvisningVisning(string Tjeneste, string Begrunnelse, DateTimeOffset Tidspunkt);

/// <summary>An option in a select list: a user or a team.</summary>
public sealed record Valg(Guid Id, string Navn);
