using BoOppfolging.Domain;

namespace BoOppfolging.Application.Tilgang;

/// <summary>
/// The permission table: for each <see cref="Handling"/>, which (role, relation to the case) may do it,
/// and in which case states. The one place that decides what a user may do; services ask through
/// <see cref="TilgangService.EvnerAsync(Guid, CancellationToken)"/> before every change, read models carry
/// the answers as flags, and views never decide from status or role themselves. A rule on a phase
/// aggregate's own state (a vedtak awaiting approval, say) is checked by that aggregate's method; this
/// table says who, in which case states.
/// </summary>
public static class Tillatelser
{
    private static readonly (string Rolle, Relasjon Relasjon)[] Forvaltning =
    [
        (Roller.Saksbehandler, Relasjon.TildeltSaksbehandler),
        (Roller.Saksbehandler, Relasjon.Innboks),
        (Roller.Teamleder, Relasjon.Enhet),
    ];

    private static readonly (string Rolle, Relasjon Relasjon)[] Innbyggeren =
        [(Roller.Innbygger, Relasjon.Part), (Roller.Innbygger, Relasjon.Fullmektig)];

    /// <summary>
    /// The case's bo-oppfølgere: its primary or secondary contact, and a colleague covering for them today with stand-in
    /// access (<see cref="Relasjon.Vikar"/>), who may do what the contact may.
    /// </summary>
    private static readonly (string Rolle, Relasjon Relasjon)[] Kontakten =
        [(Roller.BoOppfolger, Relasjon.Kontakt), (Roller.BoOppfolger, Relasjon.Vikar)];

    private static readonly (string Rolle, Relasjon Relasjon)[] Ansatte =
        [.. Forvaltning, (Roller.Vurderingsteam, Relasjon.Teammedlem), .. Kontakten];

    private static readonly (string Rolle, Relasjon Relasjon)[] Alle = [.. Innbyggeren, .. Ansatte];

    /// <summary>The vurderingsteam's members on their team's cases, and the team leader.</summary>
    private static readonly (string Rolle, Relasjon Relasjon)[] Vurdering =
        [(Roller.Vurderingsteam, Relasjon.Teammedlem), (Roller.Teamleder, Relasjon.Enhet)];

    /// <summary>Phase 3: the case's bo-oppfølgere (primary or secondary contact) and the team leader.</summary>
    private static readonly (string Rolle, Relasjon Relasjon)[] Oppfolgere =
        [.. Kontakten, (Roller.Teamleder, Relasjon.Enhet)];

    /// <summary>A vedtak has been made and the service is (about to be) followed up.</summary>
    private static bool IOppfolging(Saksstatus s) => Er(s, Saksstatus.Vedtatt, Saksstatus.IOppfolging);

    private static bool Alltid(Saksstatus _) => true;

    /// <summary>A vedtak has been made on the case (granted, refused, or the service since ended): it can be complained about.</summary>
    private static bool HarVedtak(Saksstatus s) => Er(s, Saksstatus.Vedtatt, Saksstatus.IOppfolging, Saksstatus.Avsluttet, Saksstatus.Avslag);

    private static bool Apen(Saksstatus s) => !s.ErAvsluttet();

    private static bool Er(Saksstatus s, params Saksstatus[] statuser) => statuser.Contains(s);

    /// <summary>Who may, in which states. An action has one rule, or one per group when the groups differ in states.</summary>
    private sealed record Regel((string Rolle, Relasjon Relasjon)[] Hvem, Func<Saksstatus, bool> NaarSaken);

    private static readonly Dictionary<Handling, Regel[]> Regler = new()
    {
        [Handling.SeSak] = [new(Alle, Alltid)],
        [Handling.SeSaksopplysninger] = [new(Ansatte, Alltid)],

        // Phase 1, mottak: the forvaltningsenhet.
        [Handling.RegistrerMottakskontroll] = [new(Forvaltning, s => s.ErIMottak())],
        [Handling.RegistrerKontakt] = [new(Forvaltning, s => s.ErIMottak())],
        [Handling.KobleTilAnnenSak] = [new(Forvaltning, s => s.ErIMottak())],
        [Handling.SendTilVurdering] = [new(Forvaltning, s => s.KanGaaTil(Saksstatus.TilVurdering))],
        // Referred on from the screening, or by the vurderingsteam when the criteria are not met.
        [Handling.Henvis] = [new(Forvaltning, s => s == Saksstatus.Mottakskontroll), new(Vurdering, s => s == Saksstatus.TilVurdering)],
        [Handling.Henlegg] = [new(Forvaltning, s => s.KanGaaTil(Saksstatus.Henlagt))],

        // Information the case lacks: asked for by intake, or by the vurderingsteam ("trenger mer informasjon").
        [Handling.BeOmOpplysninger] = [new(Forvaltning, s => s.ErUnderBehandling()), new(Vurdering, s => s == Saksstatus.TilVurdering)],
        [Handling.LagForelopigSvar] = [new(Forvaltning, s => s.ErUnderBehandling())],
        [Handling.RegistrerOpplysningerMottatt] = [new(Forvaltning, Apen), new(Vurdering, s => Er(s, Saksstatus.TilVurdering, Saksstatus.Kartlegging))],
        [Handling.TildelSaksbehandler] = [new(Forvaltning, Apen)],

        // Phase 1, second half: the vurderingsteam. Corrections to a mapping go on while the innstilling awaits the vedtak.
        [Handling.TaSak] = [new([(Roller.Vurderingsteam, Relasjon.Teammedlem)], s => Er(s, Saksstatus.TilVurdering, Saksstatus.Kartlegging, Saksstatus.Innstilling))],
        [Handling.TildelVurderer] = [new([(Roller.Teamleder, Relasjon.Enhet)], s => Er(s, Saksstatus.TilVurdering, Saksstatus.Kartlegging, Saksstatus.Innstilling))],
        [Handling.RegistrerVurderingsmote] = [new(Vurdering, s => s == Saksstatus.TilVurdering)],
        [Handling.Kartlegg] = [new(Vurdering, s => Er(s, Saksstatus.Kartlegging, Saksstatus.Innstilling))],
        [Handling.VurderIplos] = [new(Vurdering, s => Er(s, Saksstatus.Kartlegging, Saksstatus.Innstilling))],
        [Handling.SkrivInnstilling] = [new(Vurdering, s => Er(s, Saksstatus.TilVurdering, Saksstatus.Kartlegging, Saksstatus.Innstilling))],
        [Handling.InnhentOpplysninger] = [new(Vurdering, s => Er(s, Saksstatus.TilVurdering, Saksstatus.Kartlegging))],
        [Handling.RegistrerInnhentingSvar] = [new(Vurdering, Apen), new(Forvaltning, Apen)],

        // What everyone who visits must know: kept up to date by every staff user on the case while it is open.
        [Handling.RegistrerSaksvarsler] = [new(Ansatte, Apen)],

        // The citizen prepares for the mapping in "Mine saker" until it is done (the aggregate says when it is finished).
        [Handling.ForberedKartlegging] = [new(Innbyggeren, s => Er(s, Saksstatus.Mottatt, Saksstatus.Mottakskontroll, Saksstatus.TilVurdering, Saksstatus.Kartlegging))],

        // Letters go out after a case closes too (the referral letter), and need the address. The vurderingsteam
        // registers as sent the letters it makes while the case is with it (a request for information, to the GP,
        // a referral that ends the case in Henvist), so they do not wait on someone who is not looking.
        [Handling.EndreAdresse] = [new(Forvaltning, Alltid)],
        [Handling.SendBrev] = [new(Forvaltning, Alltid), new(Vurdering, s => Er(s, Saksstatus.TilVurdering, Saksstatus.Kartlegging, Saksstatus.Innstilling, Saksstatus.Henvist))],

        // The citizen's own application and consents; staff record a consent withdrawn by phone or letter.
        [Handling.TrekkSoknad] = [new(Innbyggeren, s => s.KanTrekkes())],
        [Handling.TrekkSamtykke] = [new(Alle, Alltid)],

        // A consent given after the application: registered by whoever has the case (intake, then the vurderingsteam),
        // or given by the citizen in "Mine saker" while the mapping may still be ahead or going on.
        [Handling.RegistrerSamtykke] =
        [
            new(Forvaltning, s => s.ErIMottak()),
            new(Vurdering, s => Er(s, Saksstatus.TilVurdering, Saksstatus.Kartlegging, Saksstatus.Innstilling)),
        ],
        [Handling.GiSamtykke] =
            [new(Innbyggeren, s => Er(s, Saksstatus.Mottatt, Saksstatus.Mottakskontroll, Saksstatus.TilVurdering, Saksstatus.Kartlegging, Saksstatus.Innstilling))],

        // Phase 2, vedtak: the saksbehandler drafts from the innstilling, and an endrings- or opphørsvedtak while a vedtak
        // is in force; a team leader approves or returns. Whether this vedtak is a draft or waits for approval, and that
        // the approver is not its drafter, is the Vedtak aggregate's rule.
        // An ended case (Avsluttet) takes one only to restore the service after a complaint on its opphørsvedtak (Sak checks it).
        [Handling.UtarbeidVedtak] =
            [new(Forvaltning, s => Er(s, Saksstatus.Innstilling, Saksstatus.VedtakUnderArbeid, Saksstatus.Vedtatt, Saksstatus.IOppfolging, Saksstatus.Avsluttet))],
        [Handling.TaVedtakTilbake] = [new(Forvaltning, s => Er(s, Saksstatus.TilGodkjenning, Saksstatus.Vedtatt, Saksstatus.IOppfolging, Saksstatus.Avsluttet))],
        [Handling.GodkjennVedtak] =
            [new([(Roller.Teamleder, Relasjon.Enhet)], s => Er(s, Saksstatus.TilGodkjenning, Saksstatus.Vedtatt, Saksstatus.IOppfolging, Saksstatus.Avsluttet))],

        // Phase 3, oppfølging: the team leader gives a case with a vedtak its bo-oppfølgere (which starts the follow-up);
        // they and the team leader plan and log the visits while it lasts, and correct an entry later, also after the end
        // (a correction is an addition, never a deletion: helsepersonelloven § 42).
        [Handling.TildelKontakter] = [new([(Roller.Teamleder, Relasjon.Enhet)], IOppfolging)],
        [Handling.PlanleggBesok] = [new(Oppfolgere, s => s == Saksstatus.IOppfolging)],
        [Handling.LoggBesok] = [new(Oppfolgere, s => s == Saksstatus.IOppfolging)],
        [Handling.KorrigerBesok] = [new(Oppfolgere, s => Er(s, Saksstatus.IOppfolging, Saksstatus.Avsluttet))],
        // Samarbeidsmøter while the follow-up lasts; their agreed actions are marked done then too, and the minutes
        // corrected later, also after the end, as visits are.
        [Handling.RegistrerMote] = [new(Oppfolgere, s => s == Saksstatus.IOppfolging)],
        [Handling.FullforTiltak] = [new(Oppfolgere, s => s == Saksstatus.IOppfolging)],
        [Handling.KorrigerMotereferat] = [new(Oppfolgere, s => Er(s, Saksstatus.IOppfolging, Saksstatus.Avsluttet))],

        // The plans of the follow-up (individuell plan, kriseplan, samarbeidsavtale): written with the citizen by the case's
        // bo-oppfølgere and the team leader while it lasts. The saksbehandler and the vurderingsteam read them on the case page.
        [Handling.RedigerPlaner] = [new(Oppfolgere, s => s == Saksstatus.IOppfolging)],

        // The move from an institution or prison to the home starts as soon as a home is offered, which may be before the
        // follow-up has its contacts: the team leader (and a contact already given) keeps the checklist from the vedtak on.
        [Handling.RedigerOvergang] = [new(Oppfolgere, IOppfolging)],

        // The goals are worked on in the follow-up: the case's bo-oppfølgere and the team leader keep their status while it lasts.
        [Handling.SettMaalstatus] = [new(Oppfolgere, s => s == Saksstatus.IOppfolging)],
        [Handling.EvaluerTjenesten] = [new([.. Forvaltning, .. Kontakten], s => s == Saksstatus.IOppfolging)],

        // Lack of participation (seed 000): the warning to the citizen and its follow-up are made by those who would make the
        // endrings- or opphørsvedtak that may follow (the saksbehandler and the team leader), while the follow-up lasts. They also
        // register the letter as sent (SendBrev).
        [Handling.VarsleManglendeMedvirkning] = [new(Forvaltning, s => s == Saksstatus.IOppfolging)],
        [Handling.FolgOppMedvirkning] = [new(Forvaltning, s => s == Saksstatus.IOppfolging)],

        // Phase 4, klage: a complaint goes to the unit that made the vedtak (its saksbehandler and team leader), who check and
        // reconsider it; the citizen complains on their own case, follows it and may withdraw it. Which step a complaint is at is
        // the Klage aggregate's rule; this table says who, once the case has a vedtak. The bo-oppfølgere and the vurderingsteam
        // see only the timeline's line.
        [Handling.SeKlage] = [new([.. Forvaltning, .. Innbyggeren], HarVedtak)],
        [Handling.Klag] = [new(Innbyggeren, HarVedtak)],
        [Handling.TrekkKlage] = [new([.. Innbyggeren, .. Forvaltning], HarVedtak)],
        [Handling.RegistrerKlage] = [new(Forvaltning, HarVedtak)],
        [Handling.BehandleKlage] = [new(Forvaltning, HarVedtak)],
    };

    /// <summary>Actions that start a case, by role alone.</summary>
    private static readonly Dictionary<Handling, string[]> UtenSak = new()
    {
        [Handling.RegistrerHenvendelse] = [Roller.Saksbehandler, Roller.Teamleder],

        // The team leader sets each bo-oppfølger's hours a week, and sees them against the hours granted on their cases.
        [Handling.SettKapasitet] = [Roller.Teamleder],

        // Stand-in access ("break the glass"): a bo-oppfølger opens a case that is not theirs, with a reason, to the end of
        // the day; the team leader reviews the list of such access.
        [Handling.GiVikartilgang] = [Roller.BoOppfolger],
        [Handling.GjennomgaVikartilgang] = [Roller.Teamleder],

        // The overview across cases: the team leader's over the unit, the saksbehandler's evaluations due on their own cases.
        [Handling.SeOppfolgingsoversikt] = [Roller.Teamleder, Roller.Saksbehandler],

        // The team leader hands a leaver's (or an absent bo-oppfølger's) cases over to others; each case as TildelKontakter allows it.
        [Handling.OverforSaker] = [Roller.Teamleder],

        // The unit's complaints across cases: the saksbehandler's (own and unassigned cases) and the team leader's (the unit).
        [Handling.SeKlager] = [Roller.Saksbehandler, Roller.Teamleder],
    };

    /// <summary>May a user with <paramref name="rolle"/>, related to the case by <paramref name="relasjon"/>, do it while the case is in <paramref name="status"/>?</summary>
    public static bool ErTillatt(Handling handling, string rolle, Relasjon relasjon, Saksstatus status) =>
        Regler.TryGetValue(handling, out var regler) && regler.Any(r => r.Hvem.Contains((rolle, relasjon)) && r.NaarSaken(status));

    /// <summary>Is the action ever open to this role and relation, in some state of the case?</summary>
    public static bool GjelderFor(Handling handling, string rolle, Relasjon relasjon) =>
        Regler.TryGetValue(handling, out var regler) && regler.Any(r => r.Hvem.Contains((rolle, relasjon)));

    /// <summary>May a user with <paramref name="rolle"/> do an action that needs no case (start one)?</summary>
    public static bool ErTillattUtenSak(Handling handling, string rolle) =>
        UtenSak.TryGetValue(handling, out var roller) && roller.Contains(rolle);

    /// <summary>Is the action one that needs no case?</summary>
    public static bool ErUtenSak(Handling handling) => UtenSak.ContainsKey(handling);

    /// <summary>The roles that may ever do the action, for the coarse role policies on controllers.</summary>
    public static IReadOnlyList<string> RollerSomKan(Handling handling) =>
        UtenSak.TryGetValue(handling, out var roller) ? roller : [.. Regler[handling].SelectMany(r => r.Hvem).Select(h => h.Rolle).Distinct()];
}
