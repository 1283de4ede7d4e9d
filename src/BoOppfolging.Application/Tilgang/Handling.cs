namespace BoOppfolging.Application.Tilgang;

/// <summary>
/// Everything a user can do to a case (or, for <see cref="RegistrerHenvendelse"/>, to start one). Whether
/// the current user may do it now is decided only by <see cref="Tillatelser"/> through
/// <see cref="TilgangService"/>. A later phase adds its actions here and its rows in <see cref="Tillatelser"/>;
/// <c>TillatelserTests</c> pins the whole table.
/// </summary>
public enum Handling
{
    /// <summary>See the case: its status, timeline (without internal events) and sent letters.</summary>
    SeSak,

    /// <summary>Staff: internal events, the application as sent, the referral and the screening, draft letters.</summary>
    SeSaksopplysninger,

    /// <summary>Register a referral as a new case (no case yet).</summary>
    RegistrerHenvendelse,
    RegistrerMottakskontroll,
    RegistrerKontakt,
    EndreAdresse,
    BeOmOpplysninger,
    RegistrerOpplysningerMottatt,
    TildelSaksbehandler,
    SendTilVurdering,
    Henvis,
    Henlegg,
    KobleTilAnnenSak,
    LagForelopigSvar,

    /// <summary>Register a draft letter as sent (date and channel): the stored PDF becomes the letter.</summary>
    SendBrev,

    /// <summary>The citizen (or their fullmektig) withdraws the application.</summary>
    TrekkSoknad,

    /// <summary>A consent is withdrawn: by the citizen, or recorded by staff who heard it from the citizen.</summary>
    TrekkSamtykke,
}

/// <summary>How a user is related to a case, through one of their roles (<see cref="TilgangService.Relasjoner"/>).</summary>
public enum Relasjon
{
    /// <summary>Innbygger: the case is about them.</summary>
    Part,

    /// <summary>Innbygger: they applied for the person as fullmektig.</summary>
    Fullmektig,

    /// <summary>Saksbehandler: the case is assigned to them.</summary>
    TildeltSaksbehandler,

    /// <summary>Saksbehandler: the case is assigned to nobody (the unit's shared inbox).</summary>
    Innboks,

    /// <summary>Vurderingsteam: the case is with a team they are a member of.</summary>
    Teammedlem,

    /// <summary>BoOppfolger: they are the case's primary or secondary contact.</summary>
    Kontakt,

    /// <summary>Teamleder: every case in the unit.</summary>
    Enhet,
}
