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

    /// <summary>Staff register a consent the citizen gave after the application (orally or in writing): for a pårørende, the GP, NAV or another service.</summary>
    RegistrerSamtykke,

    /// <summary>The citizen (or their fullmektig) gives a consent in "Mine saker" for a pårørende to take part in the mapping.</summary>
    GiSamtykke,

    /// <summary>A vurderingsteam member takes a case of their team.</summary>
    TaSak,

    /// <summary>The team leader gives a case to a member of the vurderingsteam.</summary>
    TildelVurderer,

    /// <summary>The vurderingsmøte and its conclusion (fyller kriteriene, fyller ikke, trenger mer informasjon).</summary>
    RegistrerVurderingsmote,

    /// <summary>The mapping with the citizen: kartleggingsmøter, needs per help area, goals, finishing it, correcting it.</summary>
    Kartlegg,

    /// <summary>An IPLOS functional assessment (a new one, or a draft's scores).</summary>
    VurderIplos,

    /// <summary>The team's innstilling to the decision maker (or its correction).</summary>
    SkrivInnstilling,

    /// <summary>Ask the GP or another service for information, on the citizen's consent for that source.</summary>
    InnhentOpplysninger,

    /// <summary>Register the answer to a request for information from another service.</summary>
    RegistrerInnhentingSvar,

    /// <summary>What everyone who visits must know: eviction notice, safety at home visits, interpreter, individuell plan.</summary>
    RegistrerSaksvarsler,

    /// <summary>The citizen prepares for the mapping in "Mine saker": what they manage, what they want help with, their goals.</summary>
    ForberedKartlegging,

    /// <summary>A saksbehandler drafts a vedtak (from the innstilling, or an endrings- or opphørsvedtak on the one in force), changes the draft and sends it for approval.</summary>
    UtarbeidVedtak,

    /// <summary>The one who sent a vedtak for approval takes it back before a decision (the aggregate checks it is them).</summary>
    TaVedtakTilbake,

    /// <summary>A team leader approves a vedtak or returns it (totrinnskontroll: never their own, the aggregate checks).</summary>
    GodkjennVedtak,

    /// <summary>The team leader gives a case with a vedtak its primær- and sekundærkontakt, from a date (kept as history).</summary>
    TildelKontakter,

    /// <summary>A bo-oppfølger plans a visit (date, time, duration, type), or cancels one planned.</summary>
    PlanleggBesok,

    /// <summary>A bo-oppfølger logs a visit or contact that happened (or did not), or documents one planned.</summary>
    LoggBesok,

    /// <summary>A dated correction of a logged visit: the original is kept (helsepersonelloven § 42).</summary>
    KorrigerBesok,

    /// <summary>A bo-oppfølger or team leader records a samarbeidsmøte held on the case, with participants, minutes and agreed actions.</summary>
    RegistrerMote,

    /// <summary>An action agreed at a samarbeidsmøte is marked done (who and when kept; never removed).</summary>
    FullforTiltak,

    /// <summary>A dated correction of a meeting's minutes: the original is kept (helsepersonelloven § 42).</summary>
    KorrigerMotereferat,

    /// <summary>
    /// A bo-oppfølger writes or revises the case's individuell plan (the earlier version kept), kriseplan and samarbeidsavtale.
    /// </summary>
    RedigerPlaner,

    /// <summary>
    /// A bo-oppfølger makes the transition checklist from an institution or prison to the home (seed 004), changes its dates
    /// and items, and ticks items done or reopens them (the earlier mark kept).
    /// </summary>
    RedigerOvergang,

    /// <summary>
    /// A bo-oppfølger sets the status of one of the citizen's goals (ikke startet, pågår, nådd, avbrutt with a reason);
    /// every change is kept.
    /// </summary>
    SettMaalstatus,

    /// <summary>
    /// Records an evaluation of the service held with the citizen: the goals' status, and whether it goes on (to a next date),
    /// must change or end. The case's saksbehandler, its bo-oppfølgere and the team leader.
    /// </summary>
    EvaluerTjenesten,

    /// <summary>
    /// Lack of participation: a warning letter to the citizen (what happened, the duty to take part, what happens next, a date to
    /// answer by), drafted for sending through the letter flow. The vedtak's people: they would make the endrings- or opphørsvedtak.
    /// </summary>
    VarsleManglendeMedvirkning,

    /// <summary>The follow-up of a warning sent about lack of participation: how it went (bedret, ikke bedret, annet) and a note.</summary>
    FolgOppMedvirkning,

    /// <summary>The team leader sets a bo-oppfølger's capacity (hours a week for follow-up); no case.</summary>
    SettKapasitet,

    /// <summary>A bo-oppfølger opens a case they are not contact on, covering for a colleague, with a reason, to the end of the day.</summary>
    GiVikartilgang,

    /// <summary>The team leader reviews the stand-in access given, and marks each as reviewed.</summary>
    GjennomgaVikartilgang,

    /// <summary>
    /// The follow-up overview across cases: the team leader's lists (evaluations due, no contact, non-participation, no meeting,
    /// undocumented visits) over the unit, and a saksbehandler's evaluations due on their own cases.
    /// </summary>
    SeOppfolgingsoversikt,

    /// <summary>
    /// The team leader hands several of a bo-oppfølger's open cases over to others at once (one leaving or away), with a reason;
    /// no case of its own: each case is then changed as <see cref="TildelKontakter"/> allows it.
    /// </summary>
    OverforSaker,

    /// <summary>See the case's complaints and what they say: the unit that made the vedtak, and the citizen (their own case's only).</summary>
    SeKlage,

    /// <summary>The citizen (or their fullmektig) complains on a vedtak from "Mine saker": the draft, its files, and sending it.</summary>
    Klag,

    /// <summary>A complaint is withdrawn: by the citizen, or recorded by staff who were told (the aggregate says until when).</summary>
    TrekkKlage,

    /// <summary>Staff register a complaint that came by post, e-mail or in person, with the scanned pages.</summary>
    RegistrerKlage,

    /// <summary>
    /// The unit handles a complaint: the formal check, asking for a defect to be put right, avvisning, reconsideration (upheld and
    /// sent to Statsforvalteren, or reversed by a new vedtak), a foreløpig svar, and Statsforvalteren's result when it comes.
    /// </summary>
    BehandleKlage,

    /// <summary>The unit's work list of complaints across cases (no case): age, deadline status and state.</summary>
    SeKlager,
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

    /// <summary>BoOppfolger: not a contact, but holds stand-in access to the case today (<see cref="Domain.Vikartilgang"/>).</summary>
    Vikar,

    /// <summary>Teamleder: every case in the unit.</summary>
    Enhet,
}
