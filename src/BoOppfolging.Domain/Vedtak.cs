namespace BoOppfolging.Domain;

public enum Vedtaksutfall
{
    Innvilget,
    DelvisInnvilget,
    Avslag,
}

/// <summary>The first vedtak on a case, one that replaces the one in force from a date, or one that ends the service.</summary>
public enum Vedtakstype
{
    Vedtak,
    Endringsvedtak,
    Opphorsvedtak,
}

/// <summary>
/// Why the service ends (an opphørsvedtak). <see cref="ManglendeMedvirkning"/> needs a warning letter sent first
/// (seed 000: the service may end when the citizen does not take part, after they have been told).
/// </summary>
public enum Opphorsgrunn
{
    MaalNadd,
    Flyttet,
    OnskerIkke,
    ManglendeMedvirkning,
    Overfort,
    Dod,
    Annet,
}

/// <summary>A vedtak's own state: drafted, waiting for the second person, or made (locked for ever).</summary>
public enum Vedtaksstatus
{
    Utkast,
    TilGodkjenning,
    Vedtatt,
}

/// <summary>What became of one sending for approval.</summary>
public enum Beslutningsutfall
{
    Venter,
    Godkjent,
    Underkjent,

    /// <summary>The drafter took it back before a decision.</summary>
    TattTilbake,
}

/// <summary>Why a vedtak was returned (underkjent); at least one, with a text.</summary>
public enum Underkjenningsarsak
{
    MangelfullBegrunnelse,
    FeilHjemmel,
    FeilOmfang,
    FeilPeriode,
    MangelfulltOpplyst,
    SprakOgForm,
    Annet,
}

/// <summary>
/// What the drafter writes. Saved as it is while a draft (parts may be empty); <see cref="Vedtak.Mangler"/>
/// says what must be there before it can be sent for approval.
/// </summary>
/// <param name="Kvarter">The amount in quarter hours of <see cref="Enhet"/> (18 = 4,5 hours).</param>
/// <param name="Mal">The goals from the mapping the service is to work towards, in the citizen's words.</param>
/// <param name="Vilkar">The conditions of the grant (<see cref="Vedtak.Standardvilkar"/> to start with).</param>
/// <param name="IplosBegrunnelse">Why hours are granted when no IPLOS score shows a need for personal assistance.</param>
public sealed record Vedtaksinnhold(
    Vedtaksutfall? Utfall,
    Guid? HjemmelId,
    IReadOnlyList<Hjelpeomrade> Omrader,
    int? Kvarter,
    Timeenhet? Enhet,
    DateOnly? Fra,
    DateOnly? Til,
    DateOnly? Evalueringsdato,
    IReadOnlyList<string> Mal,
    string? BegrunnelseRegler,
    string? BegrunnelseFakta,
    string? BegrunnelseVurdering,
    string? IkkeInnvilget,
    string? AnnenHjelp,
    string? IplosBegrunnelse,
    IReadOnlyList<string> Vilkar)
{
    public static readonly Vedtaksinnhold Tomt = new(null, null, [], null, null, null, null, null, [], null, null, null, null, null, null, []);

    /// <summary>An opphørsvedtak's reason (none on other types).</summary>
    public Opphorsgrunn? Opphorsgrunn { get; init; }

    /// <summary>An opphørsvedtak's closing summary of the follow-up: what was worked on and reached, what the citizen goes on with.</summary>
    public string? Oppsummering { get; init; }

    /// <summary>
    /// A draft's start from the innstilling (none: empty): its outcome, areas, hours, period and reasons, the mapping's
    /// goals, and the standard conditions for a grant. The legal basis is left for the saksbehandler to choose.
    /// </summary>
    public static Vedtaksinnhold FraInnstilling(Innstilling? i, IEnumerable<Maal> maal)
    {
        var utfall = i?.Utfall switch
        {
            Innstillingsutfall.Innvilge => Vedtaksutfall.Innvilget,
            Innstillingsutfall.DelvisInnvilge => Vedtaksutfall.DelvisInnvilget,
            Innstillingsutfall.Avslaa => Vedtaksutfall.Avslag,
            _ => (Vedtaksutfall?)null,
        };
        var gir = utfall is Vedtaksutfall.Innvilget or Vedtaksutfall.DelvisInnvilget;
        return Tomt with
        {
            Utfall = utfall,
            Omrader = gir ? i!.Omrader : [],
            Kvarter = gir ? i!.Kvarter : null,
            Enhet = gir ? i!.Enhet : null,
            Fra = gir ? i!.Fra : null,
            Til = gir ? i!.Til : null,
            Evalueringsdato = gir ? i!.Evalueringsdato : null,
            Mal = gir ? [.. maal.Select(m => m.Tekst)] : [],
            BegrunnelseVurdering = i?.Begrunnelse,
            Vilkar = gir ? Vedtak.Standardvilkar : [],
        };
    }

    /// <summary>The most hours a week has (7 × 24): the bound for a week, and, by KPR's rule, for a month ÷ 4.</summary>
    public const int MaksTimerPerUke = 168;

    public bool GirTimer => Utfall is Vedtaksutfall.Innvilget or Vedtaksutfall.DelvisInnvilget;

    public decimal? Timer => Kvarter / 4m;

    /// <summary>Minutes per week by KPR's rule (a month is four weeks): exact, since a quarter hour a month is 3,75 minutes a week.</summary>
    public decimal? MinutterPerUke => Timeberegning.MinutterPerUke(Kvarter, Enhet);
}

/// <summary>KPR's hour rule: direct hours per week as granted; a monthly amount divided by 4 (not 4,33).</summary>
public static class Timeberegning
{
    public static decimal? MinutterPerUke(int? kvarter, Timeenhet? enhet) => (kvarter, enhet) switch
    {
        ({ } k, Timeenhet.Uke) => k * 15m,
        ({ } k, Timeenhet.Maaned) => k * 15m / 4m,
        _ => null,
    };

    /// <summary>The amount as a caseworker writes it: "4,5 timer per uke", "1 time per måned".</summary>
    public static string Tekst(int kvarter, Timeenhet enhet)
    {
        var timer = kvarter / 4m;
        var tall = timer.ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("nb-NO"));
        return $"{tall} {(timer == 1 ? "time" : "timer")} per {(enhet == Timeenhet.Uke ? "uke" : "måned")}";
    }
}

/// <summary>One sending for approval and what became of it. Never overwritten: a new sending is a new row.</summary>
public sealed class Vedtaksbeslutning
{
    private Vedtaksbeslutning() { } // for EF Core

    internal Vedtaksbeslutning(Guid vedtakId, Guid sendtAv, DateTimeOffset sendt)
    {
        VedtakId = vedtakId;
        SendtAv = sendtAv;
        Sendt = sendt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid VedtakId { get; private set; }
    public Guid SendtAv { get; private set; }
    public DateTimeOffset Sendt { get; private set; }
    public Beslutningsutfall Utfall { get; private set; } = Beslutningsutfall.Venter;

    /// <summary>Who decided: the team leader who approved or returned it, or the drafter who took it back.</summary>
    public Guid? BesluttetAv { get; private set; }
    public DateTimeOffset? Besluttet { get; private set; }
    public IReadOnlyList<Underkjenningsarsak> Arsaker { get; private set; } = [];
    public string? Begrunnelse { get; private set; }

    internal void Avgjor(Beslutningsutfall utfall, Guid av, DateTimeOffset tidspunkt, IReadOnlyList<Underkjenningsarsak> arsaker, string? begrunnelse)
    {
        (Utfall, BesluttetAv, Besluttet, Arsaker, Begrunnelse) = (utfall, av, tidspunkt, arsaker, begrunnelse);
    }
}

/// <summary>
/// A vedtak on a case: its own aggregate, several per case (the first, endringsvedtak, opphørsvedtak),
/// with its own version. Drafted from the innstilling, sent for approval, approved or returned by a second
/// person (totrinnskontroll: the approver is never the one who drafted or sent it, checked here, in the
/// service, and by a check in the database), and once approved never changed again. Every sending for
/// approval is kept as a <see cref="Vedtaksbeslutning"/>. Transitions that move the case go through
/// <see cref="Sak"/> (<c>Sak.Vedtak.cs</c>).
/// </summary>
public sealed class Vedtak : IHarVersjon, ISaksdata, IVedtaksledd
{
    /// <summary>The conditions written into every grant (seed 000).</summary>
    public static readonly IReadOnlyList<string> Standardvilkar =
    [
        "Tjenesten er frivillig.",
        "Tjenesteenheten skal levere tjenesten med det omfanget og den kvaliteten som står i vedtaket.",
        "Du må selv medvirke når tjenesten utformes og gjennomføres.",
        "Hvis du ikke medvirker, kan tjenesten avsluttes og vedtaket endres.",
    ];

    private readonly List<Vedtaksbeslutning> _beslutninger = [];

    private Vedtak() { } // for EF Core

    private Vedtak(Guid sakId, int nummer, Vedtakstype type, Guid? erstatterId, string? endringsgrunn, Vedtaksinnhold innhold, Guid opprettetAv, DateTimeOffset opprettet)
    {
        SakId = sakId;
        Nummer = nummer;
        Type = type;
        ErstatterId = erstatterId;
        Endringsgrunn = endringsgrunn;
        OpprettetAv = opprettetAv;
        Opprettet = opprettet;
        SettInnhold(innhold);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid SakId { get; private set; }

    /// <summary>1 for the case's first vedtak, then 2, 3 … in the order they were drafted.</summary>
    public int Nummer { get; private set; }
    public Vedtakstype Type { get; private set; }
    public Vedtaksstatus Status { get; private set; } = Vedtaksstatus.Utkast;

    /// <summary>For an endringsvedtak or opphørsvedtak: the vedtak in force that it replaces or ends, from <see cref="Vedtaksinnhold.Fra"/>.</summary>
    public Guid? ErstatterId { get; private set; }
    public string? Endringsgrunn { get; private set; }
    public Vedtaksinnhold Innhold { get; private set; } = Vedtaksinnhold.Tomt;

    // Kept beside the content so lists and "in force on a date" can ask the database.
    public Vedtaksutfall? Utfall { get; private set; }
    public Guid? HjemmelId { get; private set; }
    public DateOnly? Fra { get; private set; }
    public DateOnly? Til { get; private set; }
    public decimal? MinutterPerUke { get; private set; }

    /// <summary>The hours granted, in quarter hours per <see cref="Enhet"/> (from the content, columns so the hours across cases read no JSON).</summary>
    public int? Kvarter { get; private set; }

    public Timeenhet? Enhet { get; private set; }

    /// <summary>When the service is to be evaluated (from the content, a column so the lists of evaluations due can ask for it).</summary>
    public DateOnly? Evalueringsdato { get; private set; }

    public Guid OpprettetAv { get; private set; }
    public DateTimeOffset Opprettet { get; private set; }

    /// <summary>Who last sent it for approval: the caseworker the letter names.</summary>
    public Guid? SaksbehandlerId { get; private set; }
    public DateTimeOffset? SendtTilGodkjenning { get; private set; }
    public Guid? GodkjentAv { get; private set; }
    public DateTimeOffset? Vedtatt { get; private set; }

    /// <summary>The vedtak letter, made when the vedtak is approved.</summary>
    public Guid? BrevId { get; private set; }

    /// <summary>The complaint this vedtak answers (a reversal on reconsideration, or after Statsforvalteren's decision), or null.</summary>
    public Guid? KlageId { get; private set; }

    /// <summary>The last day to complain, set when the letter is registered as sent.</summary>
    public DateOnly? Klagefrist { get; private set; }

    public IReadOnlyList<Vedtaksbeslutning> Beslutninger => _beslutninger;
    public Guid Versjon { get; private set; } = Guid.NewGuid();

    public void NyVersjon() => Versjon = Guid.NewGuid();

    public bool ErLast => Status == Vedtaksstatus.Vedtatt;

    /// <summary>The last sending's outcome when it was returned: who, when, why (shown to the drafter).</summary>
    public Vedtaksbeslutning? SisteUnderkjenning =>
        _beslutninger.OrderBy(b => b.Sendt).LastOrDefault() is { Utfall: Beslutningsutfall.Underkjent } siste ? siste : null;

    /// <summary>The first vedtak on a case, drafted from the innstilling (nummer 1); or, after a reversed refusal, the next number.</summary>
    public static Vedtak Nytt(Guid sakId, Vedtaksinnhold innhold, Guid av, DateTimeOffset tidspunkt, int nummer = 1) =>
        new(sakId, nummer, Vedtakstype.Vedtak, null, null, innhold, av, tidspunkt);

    /// <summary>An endringsvedtak or opphørsvedtak on <paramref name="gjeldende"/>, the vedtak in force.</summary>
    public static Result<Vedtak> Endre(Vedtak gjeldende, int nummer, Vedtakstype type, string endringsgrunn, Vedtaksinnhold innhold, Guid av, DateTimeOffset tidspunkt)
    {
        if (type == Vedtakstype.Vedtak) throw new ArgumentOutOfRangeException(nameof(type));
        if (gjeldende.Status != Vedtaksstatus.Vedtatt || !gjeldende.Innhold.GirTimer || gjeldende.Type == Vedtakstype.Opphorsvedtak)
            return Result<Vedtak>.Fail(VedtakFeil.IngenGjeldende);
        if (string.IsNullOrWhiteSpace(endringsgrunn)) return Result<Vedtak>.Fail(VedtakFeil.EndringsgrunnMangler);
        return new Vedtak(gjeldende.SakId, nummer, type, gjeldende.Id, endringsgrunn.Trim(), innhold, av, tidspunkt);
    }

    /// <summary>
    /// The endringsvedtak that restores the service an approved <paramref name="opphor"/> ended, after a complaint on it is reversed or
    /// Statsforvalteren gave medhold: it replaces the opphørsvedtak from its date, starting from the grant before it
    /// (<paramref name="grunnlag"/>), for the saksbehandler to adjust.
    /// </summary>
    public static Result<Vedtak> Gjenoppta(Vedtak opphor, Vedtak grunnlag, int nummer, string grunn, Guid av, DateTimeOffset tidspunkt)
    {
        ArgumentNullException.ThrowIfNull(opphor);
        ArgumentNullException.ThrowIfNull(grunnlag);
        if (opphor.Type != Vedtakstype.Opphorsvedtak || opphor.Status != Vedtaksstatus.Vedtatt || grunnlag.Status != Vedtaksstatus.Vedtatt
            || !grunnlag.Innhold.GirTimer || grunnlag.SakId != opphor.SakId)
            return Result<Vedtak>.Fail(VedtakFeil.IngenGjeldende);
        if (string.IsNullOrWhiteSpace(grunn)) return Result<Vedtak>.Fail(VedtakFeil.EndringsgrunnMangler);
        var innhold = grunnlag.Innhold with { Fra = opphor.Innhold.Fra, Opphorsgrunn = null, Oppsummering = null };
        return new Vedtak(opphor.SakId, nummer, Vedtakstype.Endringsvedtak, opphor.Id, grunn.Trim(), innhold, av, tidspunkt);
    }

    /// <summary>An opphørsvedtak because the person died: its letter goes to the estate, by post.</summary>
    public bool TilDodsbo => Type == Vedtakstype.Opphorsvedtak && Innhold.Opphorsgrunn == Opphorsgrunn.Dod;

    /// <summary>Changes the draft. An approved vedtak, or one waiting for approval, is never changed.</summary>
    public Result EndreUtkast(Vedtaksinnhold innhold, string? endringsgrunn)
    {
        if (Status == Vedtaksstatus.Vedtatt) return Result.Fail(VedtakFeil.Last);
        if (Status == Vedtaksstatus.TilGodkjenning) return Result.Fail(VedtakFeil.VenterPaGodkjenning);
        if (Type != Vedtakstype.Vedtak)
        {
            if (string.IsNullOrWhiteSpace(endringsgrunn)) return Result.Fail(VedtakFeil.EndringsgrunnMangler);
            Endringsgrunn = endringsgrunn.Trim();
        }

        var feil = Sjekk(innhold);
        if (feil is not null) return Result.Fail(feil);
        SettInnhold(innhold);
        return Result.Ok();
    }

    /// <summary>
    /// The rules every saved draft keeps (a draft may be incomplete, never wrong): hours in whole quarters, more
    /// than 0 and at most 168 a week (a month ÷ 4); the period the right way round; the evaluation within it.
    /// </summary>
    public static Feil? Sjekk(Vedtaksinnhold i)
    {
        if (i.Kvarter is { } k)
        {
            if (k <= 0) return VedtakFeil.TimerMaaVaerePositive;
            if (i.Enhet is null) return VedtakFeil.EnhetMangler;
            if (i.MinutterPerUke > Vedtaksinnhold.MaksTimerPerUke * 60)
                return i.Enhet == Timeenhet.Uke ? VedtakFeil.ForMangeTimerPerUke : VedtakFeil.ForMangeTimerPerMaaned;
        }

        if (i.Fra is { } fra && i.Til is { } til && til < fra) return VedtakFeil.PeriodeBaklengs;
        if (i.Evalueringsdato is { } ev && ((i.Fra is { } f && ev < f) || (i.Til is { } t && ev > t))) return VedtakFeil.EvalueringUtenforPerioden;
        return null;
    }

    /// <summary>
    /// What is missing before the draft can be sent for approval, as the page lists it, each with its field.
    /// <paramref name="iplosViserBehov"/>: whether the latest IPLOS assessment has a score of 3 or more; when
    /// it has not and hours are granted, the reasons must say why (<see cref="Vedtaksinnhold.IplosBegrunnelse"/>).
    /// </summary>
    /// <param name="medvirkningVarslet">Whether a warning of non-participation has been sent on the case: an end for that reason needs one.</param>
    public IReadOnlyList<Feil> Mangler(bool iplosViserBehov, bool medvirkningVarslet = false)
    {
        var i = Innhold;
        var mangler = new List<Feil>();
        void Mangel(string felt, string tekst) => mangler.Add(new Feil("vedtak_mangler", tekst, felt));

        if (Type == Vedtakstype.Opphorsvedtak)
        {
            if (i.Opphorsgrunn is null) Mangel("Opphorsgrunn", "Velg hvorfor tjenesten avsluttes.");
            if (i.Opphorsgrunn == Domain.Opphorsgrunn.ManglendeMedvirkning && !medvirkningVarslet)
                Mangel("Opphorsgrunn", "Tjenesten kan ikke avsluttes for manglende medvirkning før innbyggeren har fått et varsel om det som ikke er fulgt opp som bedret. Send varselet fra oppfølgingen først.");
            if (i.Fra is null) Mangel("Fra", "Skriv datoen tjenesten opphører fra.");
            if (string.IsNullOrWhiteSpace(i.Oppsummering)) Mangel("Oppsummering", "Skriv en oppsummering av oppfølgingen.");
            if (string.IsNullOrWhiteSpace(i.BegrunnelseFakta)) Mangel("BegrunnelseFakta", "Skriv hvilke faktiske forhold vedtaket bygger på.");
            if (string.IsNullOrWhiteSpace(i.BegrunnelseVurdering)) Mangel("BegrunnelseVurdering", "Skriv de hensynene som har vært avgjørende.");
            if (i.HjemmelId is null) Mangel("HjemmelId", "Velg hjemmel.");
            return mangler;
        }

        if (i.Utfall is null) Mangel("Utfall", "Velg utfall.");
        if (i.HjemmelId is null) Mangel("HjemmelId", "Velg hjemmel.");
        if (string.IsNullOrWhiteSpace(i.BegrunnelseRegler)) Mangel("BegrunnelseRegler", "Skriv hvilke regler vedtaket bygger på.");
        if (string.IsNullOrWhiteSpace(i.BegrunnelseFakta)) Mangel("BegrunnelseFakta", "Skriv hvilke faktiske forhold vedtaket bygger på.");
        if (string.IsNullOrWhiteSpace(i.BegrunnelseVurdering)) Mangel("BegrunnelseVurdering", "Skriv de hensynene som har vært avgjørende.");
        if (i.Utfall == Vedtaksutfall.Avslag)
        {
            if (string.IsNullOrWhiteSpace(i.AnnenHjelp)) Mangel("AnnenHjelp", "Skriv hvilken annen hjelp innbyggeren kan søke om.");
            return mangler;
        }

        if (i.Utfall is null) return mangler;
        if (i.Omrader.Count == 0) Mangel("Omrader", "Velg minst ett hjelpeområde.");
        if (i.Kvarter is null) Mangel("Timer", "Skriv hvor mange timer som innvilges.");
        if (i.Enhet is null) Mangel("Enhet", "Velg om timene gjelder per uke eller per måned.");
        if (i.Fra is null) Mangel("Fra", "Skriv fra hvilken dato tjenesten gis.");
        if (i.Evalueringsdato is null) Mangel("Evalueringsdato", "Skriv når tjenesten skal evalueres.");
        if (i.Mal.Count == 0) Mangel("Mal", "Ta med minst ett mål fra kartleggingen.");
        if (i.Vilkar.Count == 0) Mangel("Vilkar", "Ta med vilkårene for tjenesten.");
        if (i.Utfall == Vedtaksutfall.DelvisInnvilget && string.IsNullOrWhiteSpace(i.IkkeInnvilget))
            Mangel("IkkeInnvilget", "Skriv hva som ikke innvilges, og hvorfor.");
        if (!iplosViserBehov && string.IsNullOrWhiteSpace(i.IplosBegrunnelse))
            Mangel("IplosBegrunnelse", "IPLOS-vurderingen viser ikke behov for personlig assistanse (ingen skår på 3 eller mer). Begrunn hvorfor det likevel innvilges timer.");
        return mangler;
    }

    /// <summary>The drafter sends it for approval: a new <see cref="Vedtaksbeslutning"/> waits for the second person.</summary>
    public Result SendTilGodkjenning(bool iplosViserBehov, Guid av, DateTimeOffset tidspunkt, bool medvirkningVarslet = false)
    {
        if (Status == Vedtaksstatus.Vedtatt) return Result.Fail(VedtakFeil.Last);
        if (Status == Vedtaksstatus.TilGodkjenning) return Result.Fail(VedtakFeil.VenterPaGodkjenning);
        var mangler = Mangler(iplosViserBehov, medvirkningVarslet);
        if (mangler.Count > 0) return Result.Invalid(mangler);
        _beslutninger.Add(new Vedtaksbeslutning(Id, av, tidspunkt));
        (Status, SaksbehandlerId, SendtTilGodkjenning) = (Vedtaksstatus.TilGodkjenning, av, tidspunkt);
        return Result.Ok();
    }

    /// <summary>The one who sent it takes it back before a decision; it is a draft again.</summary>
    public Result TaTilbake(Guid av, DateTimeOffset tidspunkt)
    {
        if (Status != Vedtaksstatus.TilGodkjenning) return Result.Fail(VedtakFeil.IkkeTilGodkjenning);
        if (av != SaksbehandlerId) return Result.Fail(VedtakFeil.BareAvsenderKanTaTilbake);
        Venter().Avgjor(Beslutningsutfall.TattTilbake, av, tidspunkt, [], null);
        Status = Vedtaksstatus.Utkast;
        return Result.Ok();
    }

    /// <summary>May <paramref name="brukerId"/> decide on it? Never the one who drafted or sent it.</summary>
    public bool KanBesluttesAv(Guid brukerId) =>
        Status == Vedtaksstatus.TilGodkjenning && brukerId != OpprettetAv && brukerId != SaksbehandlerId;

    /// <summary>The second person returns it with at least one reason and a text; it goes back to the drafter.</summary>
    public Result Underkjenn(IReadOnlyList<Underkjenningsarsak> arsaker, string begrunnelse, Guid av, DateTimeOffset tidspunkt)
    {
        if (Status != Vedtaksstatus.TilGodkjenning) return Result.Fail(VedtakFeil.IkkeTilGodkjenning);
        if (!KanBesluttesAv(av)) return Result.Fail(VedtakFeil.EgetVedtak);
        if (arsaker.Count == 0) return Result.Fail(VedtakFeil.ArsakMangler);
        if (string.IsNullOrWhiteSpace(begrunnelse)) return Result.Fail(VedtakFeil.UnderkjenningBegrunnelseMangler);
        Venter().Avgjor(Beslutningsutfall.Underkjent, av, tidspunkt, [.. arsaker.Distinct()], begrunnelse.Trim());
        Status = Vedtaksstatus.Utkast;
        return Result.Ok();
    }

    /// <summary>The second person approves it: made, and locked for ever.</summary>
    public Result Godkjenn(Guid av, DateTimeOffset tidspunkt)
    {
        if (Status != Vedtaksstatus.TilGodkjenning) return Result.Fail(VedtakFeil.IkkeTilGodkjenning);
        if (!KanBesluttesAv(av)) return Result.Fail(VedtakFeil.EgetVedtak);
        Venter().Avgjor(Beslutningsutfall.Godkjent, av, tidspunkt, [], null);
        (Status, GodkjentAv, Vedtatt) = (Vedtaksstatus.Vedtatt, av, tidspunkt);
        return Result.Ok();
    }

    /// <summary>The draft answers a complaint: approving it completes the complaint's reversal or Statsforvalteren's medhold.</summary>
    public void KnyttTilKlage(Guid klageId) => KlageId ??= klageId;

    /// <summary>The vedtak's letter, made with the draft and made again with it until the letter is sent.</summary>
    public void KnyttBrev(Guid brevId) => BrevId ??= brevId;

    /// <summary>The complaint deadline, once the letter is registered as sent (the only change an approved vedtak takes: it is not the decision).</summary>
    public void SettKlagefrist(DateOnly frist) => Klagefrist = frist;

    private Vedtaksbeslutning Venter() => _beslutninger.Single(b => b.Utfall == Beslutningsutfall.Venter);

    private void SettInnhold(Vedtaksinnhold innhold)
    {
        Innhold = innhold;
        (Utfall, HjemmelId, Fra, Til, MinutterPerUke, Evalueringsdato) =
            (innhold.Utfall, innhold.HjemmelId, innhold.Fra, innhold.Til, innhold.MinutterPerUke, innhold.Evalueringsdato);
        (Kvarter, Enhet) = innhold.GirTimer ? (innhold.Kvarter, innhold.Enhet) : (null, null);
    }
}

/// <summary>
/// The chain of approved vedtak on a case: for any date, which one is in force and with how many hours. The
/// latest approved vedtak whose from date is on or before the date wins (an endringsvedtak replaces the
/// one before it from its own date); an opphørsvedtak, a refusal, or a date past the vedtak's end date
/// means none.
/// </summary>
/// <summary>
/// What "in force on a date" needs of a vedtak: the columns kept beside its content. <see cref="Vedtak"/> is one; a list that
/// reads many cases' vedtak projects these columns alone (not the content) and asks <see cref="Vedtakskjede"/> the same question.
/// </summary>
public interface IVedtaksledd
{
    Vedtaksstatus Status { get; }
    Vedtakstype Type { get; }
    Vedtaksutfall? Utfall { get; }
    DateOnly? Fra { get; }
    DateOnly? Til { get; }
    DateTimeOffset? Vedtatt { get; }

    /// <summary>The hours granted, in quarter hours, per <see cref="Enhet"/> (null when none are granted).</summary>
    int? Kvarter { get; }

    Timeenhet? Enhet { get; }
}

public static class Vedtakskjede
{
    /// <summary>
    /// The end of the chain: the newest approved vedtak that grants hours, unless an opphørsvedtak or a refusal came
    /// after it. An endringsvedtak or opphørsvedtak replaces this one, also before its from date has come.
    /// </summary>
    public static T? Siste<T>(IEnumerable<T> vedtak)
        where T : class, IVedtaksledd
    {
        var siste = vedtak.Where(v => v.Status == Vedtaksstatus.Vedtatt).OrderBy(v => v.Vedtatt).LastOrDefault();
        return siste is null || siste.Type == Vedtakstype.Opphorsvedtak || !GirTimer(siste) ? null : siste;
    }

    /// <summary>The vedtak in force on <paramref name="dato"/>: the newest approved from that date or before, unless it ends or refuses the service.</summary>
    public static T? IKraft<T>(IEnumerable<T> vedtak, DateOnly dato)
        where T : class, IVedtaksledd
    {
        var siste = vedtak
            .Where(v => v.Status == Vedtaksstatus.Vedtatt && v.Fra is { } fra && fra <= dato)
            .OrderBy(v => v.Fra)
            .ThenBy(v => v.Vedtatt)
            .LastOrDefault();
        if (siste is null || siste.Type == Vedtakstype.Opphorsvedtak || !GirTimer(siste)) return null;
        return siste.Til is { } til && dato > til ? null : siste;
    }

    private static bool GirTimer(IVedtaksledd v) => v.Utfall is Vedtaksutfall.Innvilget or Vedtaksutfall.DelvisInnvilget;
}

public static class VedtakFeil
{
    public static readonly Feil Last = new("vedtak_last", "Vedtaket er fattet og kan ikke endres. En endring gjøres med et endringsvedtak.");
    public static readonly Feil VenterPaGodkjenning = new("vedtak_til_godkjenning", "Vedtaket venter på godkjenning. Ta det tilbake først hvis du vil endre det.");
    public static readonly Feil IkkeTilGodkjenning = new("vedtak_ikke_til_godkjenning", "Vedtaket venter ikke på godkjenning.");
    public static readonly Feil EgetVedtak = new("vedtak_eget", "Du kan ikke godkjenne eller underkjenne et vedtak du selv har utarbeidet eller sendt til godkjenning.");
    public static readonly Feil BareAvsenderKanTaTilbake = new("vedtak_ikke_avsender", "Bare den som sendte vedtaket til godkjenning, kan ta det tilbake.");
    public static readonly Feil ArsakMangler = new("vedtak_arsak_mangler", "Velg minst én årsak til at vedtaket underkjennes.", "Arsaker");
    public static readonly Feil UnderkjenningBegrunnelseMangler = new("vedtak_underkjenning_begrunnelse", "Skriv hva som må rettes.", "Begrunnelse");
    public static readonly Feil TimerMaaVaerePositive = new("vedtak_timer_null", "Timene må være mer enn 0.", "Timer");
    public static readonly Feil EnhetMangler = new("vedtak_enhet", "Velg om timene gjelder per uke eller per måned.", "Enhet");
    public static readonly Feil ForMangeTimerPerUke = new("vedtak_timer_uke", $"Det kan ikke innvilges mer enn {Vedtaksinnhold.MaksTimerPerUke} timer per uke.", "Timer");
    public static readonly Feil ForMangeTimerPerMaaned = new(
        "vedtak_timer_maaned", $"Det kan ikke innvilges mer enn {Vedtaksinnhold.MaksTimerPerUke * 4} timer per måned ({Vedtaksinnhold.MaksTimerPerUke} per uke når en måned regnes som fire uker).", "Timer");
    public static readonly Feil PeriodeBaklengs = new("vedtak_periode", "Til-datoen kan ikke være før fra-datoen.", "Til");
    public static readonly Feil EvalueringUtenforPerioden = new("vedtak_evaluering", "Evalueringsdatoen må være i perioden vedtaket gjelder.", "Evalueringsdato");
    public static readonly Feil EndringsgrunnMangler = new("vedtak_endringsgrunn", "Skriv hvorfor vedtaket endres.", "Endringsgrunn");
    public static readonly Feil IngenGjeldende = new("vedtak_ingen_gjeldende", "Saken har ikke et vedtak med timer som gjelder, så det er ingenting å endre eller avslutte.");
    public static readonly Feil EtUtkastFinnes = new("vedtak_utkast_finnes", "Saken har allerede et vedtak under arbeid. Gjør det ferdig først.");
    public static readonly Feil IkkeInnstilling = new("vedtak_ikke_innstilling", "Vedtaket utarbeides fra innstillingen. Saken har ingen innstilling ennå.");
    public static readonly Feil FraForGjeldende = new("vedtak_fra_for_gjeldende", "Et endringsvedtak kan ikke gjelde fra før vedtaket det erstatter.", "Fra");
    public static readonly Feil BrevForGodkjenning = new("vedtak_brev_ikke_godkjent", "Vedtaksbrevet kan ikke sendes før vedtaket er godkjent.");
    public static readonly Feil BrevFolgerVedtaket = new(
        "vedtak_brev_last", "Brevet følger vedtaket, som er sendt til godkjenning eller godkjent. Teksten kan bare endres mens vedtaket er et utkast.");
    public static readonly Feil DodsboMedPost = new(
        "vedtak_brev_dodsbo", "Brevet går til dødsboet, som ikke har Mine saker. Send det i posten.", "Forsendelse");
    public static readonly Feil BrevUtenVedtak = new("vedtak_brev_uten_vedtak", "Brevet hører ikke til noe vedtak og kan ikke sendes som vedtaksbrev.");
    public static Feil BrevetMangler(IEnumerable<string> hva) => new(
        "vedtak_brev_mangler", "Vedtaksbrevet er ikke komplett: " + string.Join("; ", hva) + ". Fyll det ut før vedtaket sendes til godkjenning.", "Brev");
    public static readonly Feil OpphorIkkeNaadd = new("vedtak_opphor_ikke_naadd", "Tjenesten avsluttes først på datoen i opphørsvedtaket.");
    public static readonly Feil UkjentHjemmel = new("vedtak_hjemmel", "Velg en hjemmel fra listen som gjelder på vedtaksdatoen.", "HjemmelId");
}

public static class VedtakTekster
{
    public static string Visningsnavn(this Vedtaksutfall u) => u switch
    {
        Vedtaksutfall.Innvilget => "Innvilget",
        Vedtaksutfall.DelvisInnvilget => "Delvis innvilget",
        Vedtaksutfall.Avslag => "Avslag",
        _ => u.ToString(),
    };

    public static string Visningsnavn(this Vedtakstype t) => t switch
    {
        Vedtakstype.Vedtak => "Vedtak",
        Vedtakstype.Endringsvedtak => "Endringsvedtak",
        Vedtakstype.Opphorsvedtak => "Opphørsvedtak",
        _ => t.ToString(),
    };

    public static string Visningsnavn(this Opphorsgrunn g) => g switch
    {
        Opphorsgrunn.MaalNadd => "Målene er nådd",
        Opphorsgrunn.Flyttet => "Innbyggeren har flyttet",
        Opphorsgrunn.OnskerIkke => "Innbyggeren ønsker ikke lenger tjenesten",
        Opphorsgrunn.ManglendeMedvirkning => "Manglende medvirkning",
        Opphorsgrunn.Overfort => "Overført til en annen tjeneste",
        Opphorsgrunn.Dod => "Dødsfall",
        Opphorsgrunn.Annet => "Annet",
        _ => g.ToString(),
    };

    /// <summary>The reason as the letter says it to the citizen; none for <see cref="Opphorsgrunn.Annet"/> (the text says it).</summary>
    public static string? TilInnbygger(this Opphorsgrunn g) => g switch
    {
        Opphorsgrunn.MaalNadd => "Du har nådd målene vi har jobbet mot sammen.",
        Opphorsgrunn.Flyttet => "Du har flyttet.",
        Opphorsgrunn.OnskerIkke => "Du har sagt at du ikke lenger ønsker tjenesten.",
        Opphorsgrunn.ManglendeMedvirkning => "Du har ikke tatt del i tjenesten slik det er en forutsetning for den. Vi har varslet deg om dette tidligere.",
        Opphorsgrunn.Overfort => "Du får nå hjelpen din fra en annen tjeneste.",
        Opphorsgrunn.Dod => "Tjenesten avsluttes etter dødsfall.",
        _ => null,
    };

    public static string Visningsnavn(this Vedtaksstatus s) => s switch
    {
        Vedtaksstatus.Utkast => "Under arbeid",
        Vedtaksstatus.TilGodkjenning => "Til godkjenning",
        Vedtaksstatus.Vedtatt => "Vedtatt",
        _ => s.ToString(),
    };

    public static string Visningsnavn(this Underkjenningsarsak a) => a switch
    {
        Underkjenningsarsak.MangelfullBegrunnelse => "Mangelfull begrunnelse",
        Underkjenningsarsak.FeilHjemmel => "Feil hjemmel",
        Underkjenningsarsak.FeilOmfang => "Feil timeomfang",
        Underkjenningsarsak.FeilPeriode => "Feil periode eller evalueringsdato",
        Underkjenningsarsak.MangelfulltOpplyst => "Saken er ikke godt nok opplyst",
        Underkjenningsarsak.SprakOgForm => "Språk og form",
        Underkjenningsarsak.Annet => "Annet",
        _ => a.ToString(),
    };

    public static string Visningsnavn(this Beslutningsutfall u) => u switch
    {
        Beslutningsutfall.Venter => "Venter",
        Beslutningsutfall.Godkjent => "Godkjent",
        Beslutningsutfall.Underkjent => "Underkjent",
        Beslutningsutfall.TattTilbake => "Tatt tilbake",
        _ => u.ToString(),
    };
}
