namespace BoOppfolging.Domain;

/// <summary>
/// Phase 2, utmåling og tildeling: the transitions of a <see cref="Vedtak"/> that touch the case. The first
/// vedtak moves the case (Innstilling → VedtakUnderArbeid → TilGodkjenning → Vedtatt or Avslag, and back to
/// VedtakUnderArbeid when returned or taken back); an endringsvedtak leaves it where it is, and an
/// opphørsvedtak ends it. The vedtak's own rules (content, totrinnskontroll) are the aggregate's.
/// </summary>
public sealed partial class Sak
{
    /// <summary>A saksbehandler starts the first vedtak from the innstilling.</summary>
    public Result UtarbeidVedtak(Vedtak vedtak, Kartlegging? kartlegging, Guid utfortAv, DateTimeOffset tidspunkt)
    {
        if (vedtak.SakId != Id || (kartlegging is not null && kartlegging.SakId != Id)) return Result.NotFound();
        if (vedtak.Type != Vedtakstype.Vedtak) throw new ArgumentException("Et endrings- eller opphørsvedtak startes med EndreVedtak.", nameof(vedtak));
        if (Status != Saksstatus.Innstilling || kartlegging?.Innstilling is null) return Result.Fail(VedtakFeil.IkkeInnstilling);
        LeggTilHendelse(HendelseType.VedtakUtarbeidet, "Vedtak under arbeid", utfortAv, tidspunkt, intern: true);
        return EndreStatus(Saksstatus.VedtakUnderArbeid, utfortAv, tidspunkt);
    }

    /// <summary>
    /// A refusal is to be reversed after a complaint (the unit's reconsideration, or Statsforvalteren's medhold or opphevelse): a new
    /// vedtak is drafted, and the case leaves <see cref="Saksstatus.Avslag"/> for <see cref="Saksstatus.VedtakUnderArbeid"/>. Approving it
    /// answers the complaint.
    /// </summary>
    public Result UtarbeidVedtakEtterKlage(Vedtak nytt, Klage klage, Guid utfortAv, DateTimeOffset tidspunkt)
    {
        ArgumentNullException.ThrowIfNull(nytt);
        ArgumentNullException.ThrowIfNull(klage);
        if (nytt.SakId != Id || klage.SakId != Id || nytt.KlageId != klage.Id) return Result.NotFound();
        if (nytt.Type != Vedtakstype.Vedtak) throw new ArgumentException("Et endringsvedtak startes med EndreVedtak.", nameof(nytt));
        if (Status != Saksstatus.Avslag) return Result.Fail(UlovligStatusendring(Saksstatus.VedtakUnderArbeid));
        if (!klage.VenterPaaNyttVedtak) return Result.Fail(KlageFeil.IkkeOmgjoring);
        LeggTilHendelse(HendelseType.VedtakUtarbeidet, $"Nytt vedtak under arbeid etter klage {klage.Referanse}", utfortAv, tidspunkt, intern: true);
        var endret = EndreStatus(Saksstatus.VedtakUnderArbeid, utfortAv, tidspunkt, $"avslaget behandles på nytt etter klage {klage.Referanse}");
        // The new vedtak answers the complaint: the case is due when the complaint is (its answer date, moved by each foreløpig svar),
        // not on the application's old date, which would show the reopened case as overdue in every list.
        if (endret.IsSuccess) Frist = klage.SvarFrist;
        return endret;
    }

    /// <summary>
    /// Statsforvalteren has set a refusal aside and sent it back (opphevet): the case goes back to the innstilling for a new
    /// assessment by the vurderingsteam, with Statsforvalteren's instructions, and then a new vedtak (<see cref="UtarbeidVedtak"/>),
    /// whose approval answers the complaint.
    /// </summary>
    public Result VurderPaaNyttEtterOpphevelse(Klage klage, Guid utfortAv, DateTimeOffset tidspunkt)
    {
        ArgumentNullException.ThrowIfNull(klage);
        if (klage.SakId != Id) return Result.NotFound();
        if (klage.Status != Klagestatus.OpphevetOgSendtTilbake || !klage.VenterPaaNyttVedtak) return Result.Fail(KlageFeil.TrengerIkkeNyttVedtak);
        if (Status != Saksstatus.Avslag) return Result.Fail(UlovligStatusendring(Saksstatus.Innstilling));
        var endret = EndreStatus(Saksstatus.Innstilling, utfortAv, tidspunkt, $"avslaget er opphevet av Statsforvalteren etter klage {klage.Referanse}, og saken vurderes på nytt");
        if (!endret.IsSuccess) return endret;
        // The application is processed anew from the day the decision came back: a new month for a vedtak or a foreløpig svar
        // (forvaltningsloven § 11 a), as for an application received that day; the old foreløpig svar promised a date long past.
        Frist = Frister.ForelopigSvar(Norsktid.Dato(tidspunkt));
        ForelopigSvarSendt = null;
        return endret;
    }

    /// <summary>
    /// The service an opphørsvedtak ended is to be restored after a complaint on it (reversed by the unit, or Statsforvalteren's
    /// medhold): an endringsvedtak that replaces the opphørsvedtak (<see cref="Vedtak.Gjenoppta"/>) is drafted. An ended case stays
    /// ended until that vedtak is approved, which reopens it (<see cref="GodkjennVedtak"/>).
    /// </summary>
    public Result GjenopptaTjenestenEtterKlage(Vedtak nytt, Vedtak opphor, Klage klage, Guid utfortAv, DateTimeOffset tidspunkt)
    {
        ArgumentNullException.ThrowIfNull(nytt);
        ArgumentNullException.ThrowIfNull(opphor);
        ArgumentNullException.ThrowIfNull(klage);
        if (nytt.SakId != Id || opphor.SakId != Id || klage.SakId != Id || nytt.ErstatterId != opphor.Id || nytt.KlageId != klage.Id) return Result.NotFound();
        if (opphor.Type != Vedtakstype.Opphorsvedtak || klage.VedtakId != opphor.Id) return Result.Fail(VedtakFeil.IngenGjeldende);
        if (!klage.VenterPaaNyttVedtak) return Result.Fail(KlageFeil.IkkeOmgjoring);
        if (Status is not (Saksstatus.Vedtatt or Saksstatus.IOppfolging or Saksstatus.Avsluttet)) return Result.Fail(VedtakFeil.IngenGjeldende);
        LeggTilHendelse(HendelseType.VedtakUtarbeidet, $"Endringsvedtak under arbeid: tjenesten gjenopptas etter klage {klage.Referanse}", utfortAv, tidspunkt, intern: true);
        return Result.Ok();
    }

    /// <summary>A saksbehandler starts an endringsvedtak or opphørsvedtak on the vedtak in force.</summary>
    public Result EndreVedtak(Vedtak nytt, Vedtak gjeldende, Guid utfortAv, DateTimeOffset tidspunkt)
    {
        if (nytt.SakId != Id || gjeldende.SakId != Id || nytt.ErstatterId != gjeldende.Id) return Result.NotFound();
        if (Status is not (Saksstatus.Vedtatt or Saksstatus.IOppfolging)) return Result.Fail(VedtakFeil.IngenGjeldende);
        LeggTilHendelse(HendelseType.VedtakUtarbeidet, $"{nytt.Type.Visningsnavn()} under arbeid", utfortAv, tidspunkt, intern: true);
        return Result.Ok();
    }

    /// <summary>
    /// The drafter sends it for approval. <paramref name="erstattes"/> is the vedtak an endringsvedtak or
    /// opphørsvedtak replaces (it must not start before it); <paramref name="iplosViserBehov"/> whether the
    /// latest IPLOS assessment has a score of 3 or more.
    /// </summary>
    public Result SendVedtakTilGodkjenning(
        Vedtak vedtak, Vedtak? erstattes, bool iplosViserBehov, Guid utfortAv, DateTimeOffset tidspunkt, bool medvirkningVarslet = false)
    {
        if (vedtak.SakId != Id || (erstattes is not null && (erstattes.SakId != Id || erstattes.Id != vedtak.ErstatterId))) return Result.NotFound();
        if (vedtak.Type == Vedtakstype.Vedtak && !Status.KanGaaTil(Saksstatus.TilGodkjenning)) return Result.Fail(UlovligStatusendring(Saksstatus.TilGodkjenning));
        if (vedtak.Type != Vedtakstype.Vedtak)
        {
            if (erstattes is null || !(Status is Saksstatus.Vedtatt or Saksstatus.IOppfolging || GjenopptarAvsluttet(vedtak, erstattes)))
                return Result.Fail(VedtakFeil.IngenGjeldende);
            if (vedtak.Innhold.Fra is { } fra && erstattes.Fra is { } gammelFra && fra < gammelFra) return Result.Fail(VedtakFeil.FraForGjeldende);
        }

        var sendt = vedtak.SendTilGodkjenning(iplosViserBehov, utfortAv, tidspunkt, medvirkningVarslet);
        if (!sendt.IsSuccess) return sendt;
        LeggTilHendelse(HendelseType.VedtakSendtTilGodkjenning, $"{vedtak.Type.Visningsnavn()} sendt til godkjenning", utfortAv, tidspunkt, intern: true);
        return vedtak.Type == Vedtakstype.Vedtak ? EndreStatus(Saksstatus.TilGodkjenning, utfortAv, tidspunkt) : Result.Ok();
    }

    /// <summary>The one who sent it takes it back before a decision.</summary>
    public Result TaVedtakTilbake(Vedtak vedtak, Guid utfortAv, DateTimeOffset tidspunkt)
    {
        if (vedtak.SakId != Id) return Result.NotFound();
        if (vedtak.Type == Vedtakstype.Vedtak && Status != Saksstatus.TilGodkjenning) return Result.Fail(UlovligStatusendring(Saksstatus.VedtakUnderArbeid));
        var tatt = vedtak.TaTilbake(utfortAv, tidspunkt);
        if (!tatt.IsSuccess) return tatt;
        LeggTilHendelse(HendelseType.VedtakTattTilbake, $"{vedtak.Type.Visningsnavn()} tatt tilbake fra godkjenning", utfortAv, tidspunkt, intern: true);
        return vedtak.Type == Vedtakstype.Vedtak ? EndreStatus(Saksstatus.VedtakUnderArbeid, utfortAv, tidspunkt) : Result.Ok();
    }

    /// <summary>The second person returns it to the drafter with reasons.</summary>
    public Result UnderkjennVedtak(Vedtak vedtak, IReadOnlyList<Underkjenningsarsak> arsaker, string begrunnelse, Guid utfortAv, DateTimeOffset tidspunkt)
    {
        if (vedtak.SakId != Id) return Result.NotFound();
        if (vedtak.Type == Vedtakstype.Vedtak && Status != Saksstatus.TilGodkjenning) return Result.Fail(UlovligStatusendring(Saksstatus.VedtakUnderArbeid));
        var underkjent = vedtak.Underkjenn(arsaker, begrunnelse, utfortAv, tidspunkt);
        if (!underkjent.IsSuccess) return underkjent;
        LeggTilHendelse(HendelseType.VedtakUnderkjent, $"{vedtak.Type.Visningsnavn()} underkjent og sendt tilbake til saksbehandler", utfortAv, tidspunkt, intern: true);
        return vedtak.Type == Vedtakstype.Vedtak ? EndreStatus(Saksstatus.VedtakUnderArbeid, utfortAv, tidspunkt, "vedtaket er sendt tilbake for retting") : Result.Ok();
    }

    /// <summary>
    /// The second person approves it. The first vedtak moves the case to Vedtatt (a grant) or Avslag; an
    /// opphørsvedtak ends the case; an endringsvedtak leaves it where it is.
    /// </summary>
    public Result GodkjennVedtak(Vedtak vedtak, Guid utfortAv, DateTimeOffset tidspunkt)
    {
        if (vedtak.SakId != Id) return Result.NotFound();
        if (vedtak.Type == Vedtakstype.Vedtak && Status != Saksstatus.TilGodkjenning) return Result.Fail(UlovligStatusendring(Saksstatus.Vedtatt));
        var gjenopptar = Status == Saksstatus.Avsluttet && vedtak.Type == Vedtakstype.Endringsvedtak && vedtak.KlageId is not null;
        if (vedtak.Type != Vedtakstype.Vedtak && Status is not (Saksstatus.Vedtatt or Saksstatus.IOppfolging) && !gjenopptar) return Result.Fail(VedtakFeil.IngenGjeldende);
        var godkjent = vedtak.Godkjenn(utfortAv, tidspunkt);
        if (!godkjent.IsSuccess) return godkjent;
        var tekst = vedtak.Type switch
        {
            Vedtakstype.Vedtak => $"Vedtak fattet: {vedtak.Innhold.Utfall!.Value.Visningsnavn().ToLowerInvariant()}",
            Vedtakstype.Endringsvedtak => $"Endringsvedtak fattet, gjelder fra {vedtak.Innhold.Fra:dd.MM.yyyy}",
            _ => $"Opphørsvedtak fattet, tjenesten avsluttes fra {vedtak.Innhold.Fra:dd.MM.yyyy}"
                 + (vedtak.Innhold.Opphorsgrunn is { } g ? $" ({g.Visningsnavn().ToLowerInvariant()})" : ""),
        };
        LeggTilHendelse(HendelseType.VedtakFattet, tekst, utfortAv, tidspunkt, intern: false);
        return vedtak.Type switch
        {
            // The service an opphørsvedtak ended is restored after a complaint: the case is open again, for the follow-up to resume.
            Vedtakstype.Endringsvedtak when gjenopptar => EndreStatus(Saksstatus.Vedtatt, utfortAv, tidspunkt, "tjenesten gjenopptas etter klage på opphørsvedtaket"),
            Vedtakstype.Vedtak when vedtak.Innhold.Utfall == Vedtaksutfall.Avslag => EndreStatus(Saksstatus.Avslag, utfortAv, tidspunkt),
            Vedtakstype.Vedtak => EndreStatus(Saksstatus.Vedtatt, utfortAv, tidspunkt),
            // An end ahead keeps the follow-up going until the day (AvsluttVedOpphor, run daily); an end today or passed ends it now.
            Vedtakstype.Opphorsvedtak when vedtak.Innhold.Fra > Norsktid.Dato(tidspunkt) => Result.Ok(),
            Vedtakstype.Opphorsvedtak => EndreStatus(Saksstatus.Avsluttet, utfortAv, tidspunkt, "tjenesten er avsluttet ved opphørsvedtak"),
            _ => Result.Ok(),
        };
    }

    /// <summary>An ended case takes an endringsvedtak only to restore the service after a complaint on its opphørsvedtak.</summary>
    private bool GjenopptarAvsluttet(Vedtak vedtak, Vedtak erstattes) =>
        Status == Saksstatus.Avsluttet && vedtak.KlageId is not null && erstattes.Type == Vedtakstype.Opphorsvedtak;

    /// <summary>
    /// The day an approved opphørsvedtak's end date has come (<paramref name="opphor"/>, the end of the case's chain): the case is
    /// ended. Done by the system, daily; refused before the day, and for a case already ended.
    /// </summary>
    public Result AvsluttVedOpphor(Vedtak opphor, DateTimeOffset tidspunkt)
    {
        ArgumentNullException.ThrowIfNull(opphor);
        if (opphor.SakId != Id || opphor.Type != Vedtakstype.Opphorsvedtak || opphor.Status != Vedtaksstatus.Vedtatt) return Result.NotFound();
        if (opphor.Innhold.Fra is not { } fra || fra > Norsktid.Dato(tidspunkt)) return Result.Fail(VedtakFeil.OpphorIkkeNaadd);
        return EndreStatus(Saksstatus.Avsluttet, null, tidspunkt, $"tjenesten er avsluttet fra {fra:dd.MM.yyyy} ved opphørsvedtak");
    }
}
