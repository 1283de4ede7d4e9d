using BoOppfolging.Application.Brev;
using BoOppfolging.Application.Brevtekster;
using BoOppfolging.Domain;

namespace BoOppfolging.Infrastructure.Saksbygging;

/// <summary>
/// Phase 3, oppfølging: contacts with their history, visits planned, registered and corrected, samarbeidsmøter with their
/// actions, the plans, and the transition checklist from an institution or prison.
/// </summary>
public sealed partial class Saksbygger
{
    /// <summary>The contact periods the steps made (history included), in order.</summary>
    public IReadOnlyList<Kontaktperiode> Kontaktperioder => [.. _rader.OfType<Kontaktperiode>()];

    /// <summary>The visits the steps made, in order.</summary>
    public IReadOnlyList<Besok> Besok => [.. _rader.OfType<Besok>()];

    /// <summary>
    /// Primær- and sekundærkontakt from <paramref name="fra"/> (the step's own day unless given), as <c>OppfolgingService</c>
    /// assigns them: earlier periods ended, new ones begun, and a case with a vedtak moved into follow-up.
    /// </summary>
    public Saksbygger TildelKontakter(
        Guid primaerkontaktId, Guid? sekundaerkontaktId = null, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null, DateOnly? fra = null,
        string? begrunnelse = null)
    {
        var tid = NesteTid(tidspunkt);
        var dag = Norsktid.Dato(tid);
        var result = Sak.TildelKontakter(
            primaerkontaktId, sekundaerkontaktId, fra ?? dag, begrunnelse, Kontaktperioder, dag, Hvem(utfortAv ?? Aktor ?? primaerkontaktId), tid);
        Sjekk(result, nameof(TildelKontakter));
        _rader.AddRange(result.Value);
        return this;
    }

    /// <summary>A visit planned for <paramref name="utfortAv"/> (the primærkontakt unless given), planned at the step's time.</summary>
    public Saksbygger PlanleggBesok(
        DateOnly dato, TimeOnly? start = null, int minutter = 60, Besokstype type = Besokstype.Hjemmebesok, Guid? utfortAv = null,
        DateTimeOffset? tidspunkt = null)
    {
        var tid = NesteTid(tidspunkt);
        var hvem = Oppfolger(utfortAv);
        var besok = Sjekk(Domain.Besok.Planlegg(Sak.Id, hvem, dato, start, minutter, type, Norsktid.Dato(tid), hvem, tid), nameof(PlanleggBesok));
        _rader.Add(besok);
        return this;
    }

    /// <summary>A visit registered at the step's time, with the content given (planned or not, as <paramref name="planlagt"/> says).</summary>
    public Saksbygger RegistrerBesok(Besoksinnhold innhold, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null, Besok? planlagt = null)
    {
        var tid = NesteTid(tidspunkt);
        var hvem = Oppfolger(utfortAv);
        if (planlagt is not null)
        {
            Sjekk(planlagt.Dokumenter(innhold, Norsktid.Dato(tid), hvem, tid), nameof(RegistrerBesok));
            return this;
        }

        _rader.Add(Sjekk(Domain.Besok.Registrer(Sak.Id, hvem, innhold, Norsktid.Dato(tid), hvem, tid), nameof(RegistrerBesok)));
        return this;
    }

    /// <summary>A correction of a registered visit at the step's time, by <paramref name="av"/> (the primærkontakt unless given).</summary>
    public Saksbygger KorrigerBesok(Besok besok, Besoksinnhold innhold, string arsak, Guid? av = null, DateTimeOffset? tidspunkt = null)
    {
        ArgumentNullException.ThrowIfNull(besok);
        var tid = NesteTid(tidspunkt);
        return Sjekk(besok.Korriger(innhold, arsak, Norsktid.Dato(tid), Oppfolger(av), tid), nameof(KorrigerBesok));
    }

    /// <summary>A visit that took place: an hour's home visit on <paramref name="dato"/> at 10:00 unless told otherwise.</summary>
    public static Besoksinnhold Gjennomfort(
        DateOnly dato, int minutter = 60, Besokstype type = Besokstype.Hjemmebesok, IReadOnlyList<Hjelpeomrade>? omrader = null, string? notat = null) =>
        new(dato, new TimeOnly(10, 0), new TimeOnly(10, 0).AddMinutes(minutter), minutter, type, Besoksutfall.Gjennomfort, null,
            omrader ?? [Hjelpeomrade.PraktiskBotrening], [], notat);

    /// <summary>A visit that did not take place, with its reason.</summary>
    public static Besoksinnhold IkkeGjennomfort(DateOnly dato, Besoksutfall utfall, string arsak = "Ingen åpnet døren.") =>
        new(dato, null, null, 0, Besokstype.Hjemmebesok, utfall, arsak, [], [], null);

    /// <summary>The samarbeidsmøter the steps recorded, in order.</summary>
    public IReadOnlyList<Samarbeidsmote> Moter => [.. _rader.OfType<Samarbeidsmote>()];

    /// <summary>
    /// A samarbeidsmøte held on <paramref name="dato"/> (the step's own day unless given), recorded at the step's time by
    /// <paramref name="av"/> (the primærkontakt unless given), as <c>MoteService.RegistrerAsync</c> records it.
    /// </summary>
    public Saksbygger RegistrerMote(
        Motetype type = Motetype.Samarbeidsmote, DateOnly? dato = null, IReadOnlyList<Samarbeidsdeltaker>? deltakere = null, bool innbyggerDeltok = true,
        string referat = "Gikk gjennom hvordan det går, og ble enige om neste steg.", IReadOnlyList<NyttTiltak>? tiltak = null, Guid? av = null,
        DateTimeOffset? tidspunkt = null)
    {
        var tid = NesteTid(tidspunkt);
        var dag = Norsktid.Dato(tid);
        var mote = Samarbeidsmote.Ny(Guid.CreateVersion7(), Sak.Id);
        Sjekk(mote.Registrer(dato ?? dag, type, deltakere ?? [new("Nina NAV", "NAV-veileder")], innbyggerDeltok, referat, tiltak ?? [], dag, Oppfolger(av), tid), nameof(RegistrerMote));
        _rader.Add(mote);
        return this;
    }

    /// <summary>An agreed action of <paramref name="mote"/> marked done at the step's time, by <paramref name="av"/> (the primærkontakt unless given).</summary>
    public Saksbygger FullforTiltak(Samarbeidsmote mote, Guid tiltakId, string? merknad = null, Guid? av = null, DateTimeOffset? tidspunkt = null)
    {
        ArgumentNullException.ThrowIfNull(mote);
        var tid = NesteTid(tidspunkt);
        return Sjekk(mote.FullforTiltak(tiltakId, merknad, Oppfolger(av), tid), nameof(FullforTiltak));
    }

    /// <summary>The individuell plan, if a step wrote one.</summary>
    public IndividuellPlan? IndividuellPlan => _rader.OfType<IndividuellPlan>().SingleOrDefault();

    /// <summary>
    /// Writes (or revises) the individuell plan at the step's time, by <paramref name="utfortAv"/> (the primærkontakt unless
    /// given), as <c>PlanService</c> does: the case's flags say it has a plan, with <paramref name="koordinator"/>, in the same step.
    /// </summary>
    public Saksbygger SkrivIndividuellPlan(
        IndividuellPlanInnhold? innhold = null, string koordinator = "Kari Koordinator", Guid? utfortAv = null, DateTimeOffset? tidspunkt = null)
    {
        var tid = NesteTid(tidspunkt);
        var hvem = Oppfolger(utfortAv);
        var varsler = _rader.OfType<Saksvarsler>().SingleOrDefault();
        if (varsler is null)
        {
            varsler = new Saksvarsler(Sak.Id);
            _rader.Add(varsler);
        }

        var plan = IndividuellPlan;
        if (plan is null)
        {
            plan = new IndividuellPlan(Sak.Id);
            _rader.Add(plan);
        }

        Sjekk(plan.Lagre(innhold ?? StandardPlan(Norsktid.Dato(tid)), varsler.Koordinator, Norsktid.Dato(tid), hvem, tid), nameof(SkrivIndividuellPlan));
        return Sjekk(varsler.SettIndividuellPlan(koordinator, hvem, tid), nameof(SkrivIndividuellPlan));
    }

    /// <summary>The kriseplan at the step's time, by the primærkontakt unless given; a standard one unless told otherwise.</summary>
    public Saksbygger SkrivKriseplan(
        string varselsignaler = "Slutter å svare på telefon, trekker seg fra avtaler.", string tiltak = "Ring innbyggeren, og deretter kontaktpersonen. Ved fare: ring 113.",
        IReadOnlyList<Krisekontakt>? kontakter = null, DateOnly? avtalt = null, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null)
    {
        var tid = NesteTid(tidspunkt);
        var krise = _rader.OfType<Kriseplan>().SingleOrDefault();
        if (krise is null)
        {
            krise = new Kriseplan(Sak.Id);
            _rader.Add(krise);
        }

        return Sjekk(krise.Lagre(
            varselsignaler, tiltak, kontakter ?? [new Krisekontakt("Legevakt", "116 117", null)], avtalt ?? Norsktid.Dato(tid), Norsktid.Dato(tid),
            Oppfolger(utfortAv), tid), nameof(SkrivKriseplan));
    }

    /// <summary>The samarbeidsavtale at the step's time, agreed and signed that day with the standard duties unless told otherwise.</summary>
    public Saksbygger InngaSamarbeidsavtale(
        IReadOnlyList<Samarbeidsplikt>? plikter = null, string? andrePlikter = null, string? tjenestensPlikter = "Komme til avtalt tid, og si fra i god tid ved endringer.",
        DateOnly? avtalt = null, DateOnly? signert = null, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null)
    {
        var tid = NesteTid(tidspunkt);
        var dag = Norsktid.Dato(tid);
        var avtale = _rader.OfType<Samarbeidsavtale>().SingleOrDefault();
        if (avtale is null)
        {
            avtale = new Samarbeidsavtale(Sak.Id);
            _rader.Add(avtale);
        }

        return Sjekk(avtale.Lagre(
            avtalt ?? dag, plikter ?? Enum.GetValues<Samarbeidsplikt>(), andrePlikter, tjenestensPlikter, signert ?? avtalt ?? dag, dag, Oppfolger(utfortAv), tid),
            nameof(InngaSamarbeidsavtale));
    }

    /// <summary>The transition checklist, if a step made one.</summary>
    public Overgangsplan? Overgangsplan => _rader.OfType<Overgangsplan>().SingleOrDefault();

    /// <summary>
    /// The transition checklist from an institution or prison at the step's time, by <paramref name="utfortAv"/> (the primærkontakt
    /// unless given), as <c>OvergangService.OpprettAsync</c> makes it: the standard items with dates suggested from <paramref name="innflytting"/>.
    /// </summary>
    public Saksbygger OpprettOvergang(DateOnly innflytting, DateOnly? institusjonSlutt = null, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null)
    {
        var tid = NesteTid(tidspunkt);
        var plan = new Overgangsplan(Sak.Id);
        Sjekk(plan.Opprett(innflytting, institusjonSlutt, Norsktid.Dato(tid), Oppfolger(utfortAv), tid), nameof(OpprettOvergang));
        _rader.Add(plan);
        return this;
    }

    /// <summary>An item of the transition checklist ticked done on <paramref name="dato"/> (the step's own day unless given).</summary>
    public Saksbygger FullforOvergangspunkt(Overgangspunkt punkt, DateOnly? dato = null, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null)
    {
        var plan = Overgangsplan ?? throw new InvalidOperationException($"Sak {Sak.Referanse}: opprett overgangsplanen først.");
        var tid = NesteTid(tidspunkt);
        var dag = Norsktid.Dato(tid);
        return Sjekk(plan.MarkerGjort(punkt, dato ?? dag, dag, Oppfolger(utfortAv), tid), nameof(FullforOvergangspunkt));
    }

    /// <summary>An item's date, who is responsible and the note, changed at the step's time.</summary>
    public Saksbygger EndreOvergangspunkt(
        Overgangspunkt punkt, DateOnly frist, string ansvarlig = "Bo-oppfølger", string? merknad = null, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null)
    {
        var plan = Overgangsplan ?? throw new InvalidOperationException($"Sak {Sak.Referanse}: opprett overgangsplanen først.");
        var tid = NesteTid(tidspunkt);
        return Sjekk(plan.EndrePunkt(punkt, frist, ansvarlig, merknad, Oppfolger(utfortAv), tid), nameof(EndreOvergangspunkt));
    }

    /// <summary>
    /// Stand-in access for <paramref name="vikar"/> at the step's time (for that Norwegian day), as <c>VikarService.GiAsync</c> gives
    /// it, covering for the primærkontakt unless <paramref name="dekkerFor"/> says otherwise.
    /// </summary>
    public Saksbygger GiVikartilgang(Guid vikar, Vikargrunn grunn, string begrunnelse, Guid? dekkerFor = null, DateTimeOffset? tidspunkt = null)
    {
        var tid = NesteTid(tidspunkt);
        _rader.Add(Sjekk(Vikartilgang.Gi(Sak.Id, vikar, grunn, begrunnelse, dekkerFor ?? Sak.PrimaerkontaktId, tid), nameof(GiVikartilgang)));
        return this;
    }

    /// <summary>The goals' status rows the steps made, in order.</summary>
    public IReadOnlyList<Maalstatus> Maalstatuser => [.. _rader.OfType<Maalstatus>()];

    /// <summary>
    /// A goal of the case's mapping set to <paramref name="status"/> at the step's time, by <paramref name="utfortAv"/> (the
    /// primærkontakt unless given), as <c>MaalService.SettStatusAsync</c> does: its status row made by the first change.
    /// </summary>
    public Saksbygger SettMaalstatus(Guid maalId, Maalstatusverdi status, string? arsak = null, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null)
    {
        if (Kartlegging?.Maal.Any(m => m.Id == maalId) != true)
        {
            throw new InvalidOperationException($"Sak {Sak.Referanse}: målet {maalId} finnes ikke i kartleggingen.");
        }

        var tid = NesteTid(tidspunkt);
        var finnes = Maalstatuser.SingleOrDefault(m => m.MaalId == maalId);
        var rad = finnes ?? new Maalstatus(Sak.Id, maalId);
        Sjekk(rad.Sett(status, arsak, Oppfolger(utfortAv), tid), nameof(SettMaalstatus));
        if (finnes is null) _rader.Add(rad);
        return this;
    }

    /// <summary>The evaluations the steps made, in order.</summary>
    public IReadOnlyList<Evaluering> Evalueringer => [.. _rader.OfType<Evaluering>()];

    /// <summary>
    /// An evaluation of the vedtak at the end of the chain, held on <paramref name="dato"/> with the citizen: the goals listed get
    /// their status (as on the evaluation form), and the case its timeline event.
    /// </summary>
    public Saksbygger Evaluer(
        DateOnly dato, Evalueringskonklusjon konklusjon, DateOnly? neste = null, string vurdering = "Vi gikk gjennom målene sammen.",
        IReadOnlyList<Maalvurdering>? maal = null, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null)
    {
        var tid = NesteTid(tidspunkt);
        var vedtak = Vedtakskjede.Siste(Vedtak) ?? throw new InvalidOperationException($"Sak {Sak.Referanse}: ingen vedtak å evaluere.");
        var hvem = Oppfolger(utfortAv);
        var evaluering = Sjekk(
            Evaluering.Registrer(Guid.CreateVersion7(), Sak.Id, vedtak, dato, true, vurdering, maal ?? [], konklusjon, neste, Norsktid.Dato(tid), hvem, tid),
            nameof(Evaluer));
        foreach (var m in evaluering.Maal)
        {
            var rad = Maalstatuser.SingleOrDefault(r => r.MaalId == m.MaalId);
            if ((rad?.Status ?? Maalstatusverdi.IkkeStartet) == m.Status) continue;
            SettMaalstatus(m.MaalId, m.Status, m.Kommentar, hvem, tid);
        }

        Sjekk(Sak.RegistrerEvaluering(evaluering, hvem, tid), nameof(Evaluer));
        _rader.Add(evaluering);
        return this;
    }

    /// <summary>The warnings about lack of participation the steps made, in order.</summary>
    public IReadOnlyList<Medvirkningsvarsel> Medvirkningsvarsler => [.. _rader.OfType<Medvirkningsvarsel>()];

    /// <summary>
    /// A warning about lack of participation at the step's time, by <paramref name="utfortAv"/> (the actor, else the primærkontakt),
    /// as <c>MedvirkningService.VarsleAsync</c> makes it: what happened (unless given, the form's suggestion from the visits of the
    /// last <paramref name="dager"/> days that count against the duty to take part), a deadline (two weeks from the step's day unless
    /// given), and, with <paramref name="hode"/> (what <c>BrevService.LagHodeAsync</c> would give), its letter draft from version 1
    /// of the text. Sent letters need their stored PDF: <see cref="RegistrerMedvirkningsbrevSendt"/>.
    /// </summary>
    public Saksbygger VarsleManglendeMedvirkning(
        Brevhode? hode = null, string? hvaSkjedde = null, DateOnly? frist = null, int dager = 30, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null)
    {
        var tid = NesteTid(tidspunkt);
        var dag = Norsktid.Dato(tid);
        var tekst = hvaSkjedde ?? Application.Oppfolging.MedvirkningService.HvaSkjeddeForslag([.. Besok
            .Where(b => b.Status == Besoksstatus.Registrert && b.Dato > dag.AddDays(-dager) && b.Dato <= dag && Oppfolgingsregler.TellerSomIkkeMedvirkning(b.Utfall))
            .OrderBy(b => b.Dato).Select(b => new Application.Oppfolging.Uteblittbesok(b.Dato, b.Type, b.Utfall!.Value))]);
        // No visit in the period to suggest from: what a caseworker writes when the missed contact was by phone or message.
        if (tekst.Length == 0) tekst = "Du har ikke vært til stede ved flere avtaler med bo-oppfølgeren den siste tiden.";
        var varsel = Sjekk(
            Medvirkningsvarsel.Opprett(Sak.Id, tekst, frist ?? dag.AddDays(Medvirkningsvarsel.StandardFristDager), Medvirkningsvarsler, dag, Hvem(utfortAv ?? Aktor ?? Sak.PrimaerkontaktId), tid),
            nameof(VarsleManglendeMedvirkning));
        _rader.Add(varsel);
        if (hode is null) return this;
        var bestilling = Brevmaler.VarselManglendeMedvirkning(hode, varsel.HvaSkjedde, varsel.Frist);
        var laget = Standardtekster.Lag(bestilling);
        var json = Brevlagring.TilJson(laget.Innhold);
        var brev = new Domain.Brev(Sak.Id, bestilling.Type, laget.Innhold.Tittel, json, Aktor, tid, brevtekstversjonId: laget.BrevtekstversjonId);
        Sjekk(brev.Flett(laget.Innhold.Tittel, json, Flettelagring.TilJson(bestilling.Data)), nameof(VarsleManglendeMedvirkning));
        _rader.Add(brev);
        varsel.KnyttBrev(brev.Id);
        return this;
    }

    /// <summary>
    /// The newest warning's letter registered as sent on <paramref name="sendt"/> (the step's day unless given) with its stored
    /// PDF, as <c>BrevService.SendAsync</c> does: the letter sent, on the timeline, and the warning marked sent.
    /// </summary>
    public Saksbygger RegistrerMedvirkningsbrevSendt(
        string dokumentNokkel, string sha256, long storrelse, DateOnly? sendt = null, Forsendelse forsendelse = Forsendelse.Post, DateTimeOffset? tidspunkt = null)
    {
        var varsel = SisteMedvirkningsvarsel();
        var brev = varsel.BrevId is { } id ? _rader.OfType<Domain.Brev>().Single(b => b.Id == id)
            : throw new InvalidOperationException($"Sak {Sak.Referanse}: varselet har ikke brev (gi et brevhode).");
        var tid = NesteTid(tidspunkt);
        var dag = sendt ?? Norsktid.Dato(tid);
        Sjekk(brev.MarkerSendt(dag, forsendelse, dokumentNokkel, sha256, storrelse, Aktor, tid), nameof(RegistrerMedvirkningsbrevSendt));
        Sak.RegistrerBrevSendt(brev, Aktor, tid);
        return Sjekk(varsel.MarkerSendt(dag), nameof(RegistrerMedvirkningsbrevSendt));
    }

    /// <summary>The newest warning followed up on <paramref name="dato"/> (the step's day unless given), by the actor unless given.</summary>
    public Saksbygger FolgOppMedvirkning(
        Medvirkningsutfall utfall, string? notat = null, DateOnly? dato = null, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null)
    {
        var tid = NesteTid(tidspunkt);
        var dag = Norsktid.Dato(tid);
        return Sjekk(
            SisteMedvirkningsvarsel().FolgOpp(dato ?? dag, utfall, notat, dag, Hvem(utfortAv ?? Aktor ?? Sak.PrimaerkontaktId), tid),
            nameof(FolgOppMedvirkning));
    }

    /// <summary>The newest warning's letter (after <see cref="VarsleManglendeMedvirkning"/> with a letter head): its content is what the caller renders and stores.</summary>
    public Domain.Brev SisteMedvirkningsbrev =>
        SisteMedvirkningsvarsel().BrevId is { } id ? _rader.OfType<Domain.Brev>().Single(b => b.Id == id)
            : throw new InvalidOperationException($"Sak {Sak.Referanse}: varselet har ikke brev (gi et brevhode).");

    private Medvirkningsvarsel SisteMedvirkningsvarsel() =>
        Medvirkningsvarsler.Count > 0 ? Medvirkningsvarsler[^1] : throw new InvalidOperationException($"Sak {Sak.Referanse}: saken har ikke noe varsel om manglende medvirkning.");

    /// <summary>A plan for a year from <paramref name="fra"/>, revised after six months, consented to orally that day.</summary>
    public static IndividuellPlanInnhold StandardPlan(DateOnly fra) => new(
        "Bo trygt i egen leilighet og betale husleien selv.", "Godt nettverk i familien.", "Hjelp med økonomi og praktisk botrening.",
        [new Plandeltaker("Innbyggeren", "Innbygger", "Møter til avtalte tider."), new Plandeltaker("Bo-oppfølgingstjenesten", "Kommunen", "Ukentlige hjemmebesøk.")],
        [new Plantiltak("Budsjett og betaling av regninger", "Hver måned", "Bo-oppfølger")],
        "Hjemmebesøk hver uke.", "Samarbeid med NAV om økonomi.", fra, fra.AddYears(1), fra.AddMonths(6), fra, Samtykkeform.Muntlig, true);

    private Guid Oppfolger(Guid? hvem) =>
        hvem ?? Sak.PrimaerkontaktId ?? throw new InvalidOperationException($"Sak {Sak.Referanse}: et besøk trenger en bo-oppfølger (tildel kontakter først).");}
