using System.Linq.Expressions;

namespace BoOppfolging.Domain;

/// <summary>
/// Where a complaint stands (domain.md, "Complaints"). Stored as the name. The unit's own part ends in
/// <see cref="Omgjort"/>, <see cref="DelvisOmgjort"/>, <see cref="Avvist"/> or <see cref="OversendtStatsforvalteren"/>;
/// Statsforvalteren's result is one of the last five.
/// </summary>
public enum Klagestatus
{
    Mottatt,

    /// <summary>The formal requirements are being checked (or the complainant has been asked to put one right).</summary>
    Formkrav,
    UnderBehandling,
    Omgjort,
    DelvisOmgjort,
    Avvist,
    OversendtStatsforvalteren,
    Trukket,
    Medhold,
    DelvisMedhold,
    IkkeMedhold,
    OpphevetOgSendtTilbake,
    AvvistAvStatsforvalteren,
}

/// <summary>How the complaint reached the unit.</summary>
public enum Klagekanal
{
    /// <summary>Sent logged in from "Mine saker".</summary>
    Digital,
    Post,
    Epost,

    /// <summary>Handed in or told in person at the unit (written down and signed there).</summary>
    Oppmote,
}

/// <summary>Who complains, as the complaint says it: the person the vedtak is about, their representative, or someone else.</summary>
public enum Klagerrolle
{
    Part,
    Fullmektig,

    /// <summary>Someone who is neither the party nor shows a power of attorney (a relative, a neighbour): fails the formal check unless put right.</summary>
    Annen,
}

/// <summary>Whether a complaint came within the deadline (forvaltningsloven §§ 29–31), as worked out when it was received.</summary>
public enum Fristvurdering
{
    InnenFristen,

    /// <summary>After the deadline, but within a year of the vedtak: the unit may still process it (§ 31).</summary>
    EtterFristen,

    /// <summary>More than a year after the vedtak was made: never processed (§ 31 third paragraph).</summary>
    EtterEttAar,

    /// <summary>The vedtak letter is not registered as sent, so the deadline has not started: in time.</summary>
    FristIkkeStartet,
}

/// <summary>An exception that lets a late complaint be processed (forvaltningsloven § 31 first paragraph).</summary>
public enum Fristunntak
{
    /// <summary>The complainant cannot be blamed for the delay (§ 31 a).</summary>
    IkkeKlandres,

    /// <summary>There are special reasons for processing it (§ 31 b).</summary>
    SaerligeGrunner,
}

/// <summary>The unit's conclusion on reconsideration (forvaltningsloven § 33 second paragraph).</summary>
public enum Klagekonklusjon
{
    /// <summary>The vedtak is upheld: the complaint goes to Statsforvalteren.</summary>
    Opprettholdt,
    Omgjort,
    DelvisOmgjort,
}

/// <summary>Statsforvalteren's decision on the complaint (Helsetilsynet's words).</summary>
public enum Statsforvalterutfall
{
    Medhold,
    DelvisMedhold,
    IkkeMedhold,

    /// <summary>The vedtak is set aside and sent back for a new decision, with instructions.</summary>
    OpphevetOgSendtTilbake,
    Avvist,
}

/// <summary>What the complainant writes. <see cref="Uenighet"/> is required; the rest may be empty.</summary>
/// <param name="Uenighet">What they disagree with in the vedtak, and why.</param>
/// <param name="Onsket">What they want instead.</param>
/// <param name="NyeOpplysninger">New information for the case.</param>
/// <param name="ForsinkelseGrunn">Why the complaint comes after the deadline (asked only then).</param>
public sealed record Klageinnhold(string Uenighet, string? Onsket, string? NyeOpplysninger, string? ForsinkelseGrunn)
{
    public const int MaksTekst = 10_000;
}

/// <summary>
/// The formal check of a complaint (forvaltningsloven §§ 28–32, pasient- og brukerrettighetsloven § 7-3), recorded item by item as
/// navikt/familie-klage's Form does: the complainant is a party or their representative; the deadline was kept, or an
/// exception applies; the complaint says what is complained about; it is signed (or sent logged in).
/// </summary>
public sealed record Formkrav(bool ErPartEllerFullmektig, bool FristOverholdt, Fristunntak? Unntak, bool Konkret, bool Signert, string? Merknad)
{
    public bool Oppfylt => ErPartEllerFullmektig && (FristOverholdt || Unntak is not null) && Konkret && Signert;

    /// <summary>A failed item the complainant can put right: a missing signature, power of attorney or statement of what is complained about. A missed deadline cannot.</summary>
    public bool KanRettes => !Oppfylt && (FristOverholdt || Unntak is not null);

    /// <summary>The items that failed, in the words the letters use to the complainant.</summary>
    public IReadOnlyList<string> Mangler
    {
        get
        {
            var mangler = new List<string>();
            if (!ErPartEllerFullmektig) mangler.Add("Klagen er ikke fra den vedtaket gjelder, og det er ikke lagt ved en fullmakt fra vedkommende.");
            if (!FristOverholdt && Unntak is null) mangler.Add("Klagen kom etter klagefristen, og det er ikke grunnlag for å behandle den likevel.");
            if (!Konkret) mangler.Add("Klagen sier ikke hva i vedtaket du er uenig i, eller hvilken endring du ønsker.");
            if (!Signert) mangler.Add("Klagen er ikke underskrevet.");
            return mangler;
        }
    }
}

/// <summary>
/// A complaint on a vedtak: its own aggregate with its own states and version. It never changes or hides the vedtak it is about;
/// reversing that vedtak is a new vedtak through the vedtak machinery, linked here (<see cref="NyttVedtakId"/>). Transitions that
/// write the case's timeline go through <see cref="Sak"/> (<c>Sak.Klage.cs</c>); the rules of each step are here, and the
/// allowed moves are the table in <see cref="Klagestatuser"/>.
/// </summary>
public sealed class Klage : IHarVersjon, ISaksdata
{
    private Klage() { } // for EF Core

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid SakId { get; private set; }
    public Guid VedtakId { get; private set; }

    /// <summary>1 for the case's first complaint, then 2, 3 …</summary>
    public int Nummer { get; private set; }

    /// <summary>The case's reference with the complaint's number ("BO-2026-000123-K1"): what the receipt and the letters give.</summary>
    public string Referanse { get; private set; } = "";
    public Klagestatus Status { get; private set; } = Klagestatus.Mottatt;
    public Klagekanal Kanal { get; private set; }
    public Klagerrolle Klagerrolle { get; private set; }

    /// <summary>The complainant's name as the complaint gives it (the party's, the fullmektig's, or someone else's).</summary>
    public string KlagerNavn { get; private set; } = "";
    public Klageinnhold Innhold { get; private set; } = new("", null, null, null);

    /// <summary>The day the unit received it.</summary>
    public DateOnly Mottatt { get; private set; }

    /// <summary>A complaint by post is in time when posted before the deadline ends (forvaltningsloven § 30): the postmark date, when known.</summary>
    public DateOnly? Postlagt { get; private set; }
    public DateTimeOffset Registrert { get; private set; }

    /// <summary>The account that sent it from "Mine saker" (null for one registered by staff).</summary>
    public Guid? InnsendtAv { get; private set; }

    /// <summary>The staff member who registered one that came by post, e-mail or in person.</summary>
    public Guid? RegistrertAv { get; private set; }

    /// <summary>
    /// The citizen's draft it was sent from, or the id the staff's registration form carried from the moment it was opened (unique):
    /// the same draft or form never becomes two complaints.
    /// </summary>
    public Guid? UtkastId { get; private set; }

    /// <summary>Signed on paper, or sent logged in (which counts as signed).</summary>
    public bool Signert { get; private set; }

    /// <summary>The vedtak's complaint deadline as it stood when the complaint came (null: the letter was not registered as sent).</summary>
    public DateOnly? Klagefrist { get; private set; }
    public Fristvurdering Fristvurdering { get; private set; }

    /// <summary>When a foreløpig svar is due (forvaltningsloven § 11 a, as for applications), moved by each one sent.</summary>
    public DateOnly SvarFrist { get; private set; }

    /// <summary>How many foreløpige svar have been sent, that is how many times <see cref="SvarFrist"/> was moved.</summary>
    public int AntallForelopigeSvar { get; private set; }

    public Formkrav? Formkrav { get; private set; }
    public Guid? FormkravVurdertAv { get; private set; }
    public DateTimeOffset? FormkravVurdert { get; private set; }

    /// <summary>The date a failed formal requirement must be put right by (the complainant has been asked).</summary>
    public DateOnly? RettingFrist { get; private set; }

    /// <summary>Why the complaint is avvist, beyond the failed items (shown in the letter).</summary>
    public string? AvvisningBegrunnelse { get; private set; }

    public Klagekonklusjon? Konklusjon { get; private set; }

    /// <summary>The unit's assessment on reconsideration, with its reasons: the oversendelsesbrev's core when upheld.</summary>
    public string? Vurdering { get; private set; }
    public Guid? VurdertAv { get; private set; }
    public DateTimeOffset? Vurdert { get; private set; }

    /// <summary>The new vedtak that reverses the one complained about, in full or in part (after reconsideration, or after Statsforvalteren's medhold).</summary>
    public Guid? NyttVedtakId { get; private set; }

    public DateOnly? Oversendt { get; private set; }
    public Statsforvalterutfall? Resultat { get; private set; }
    public DateOnly? ResultatDato { get; private set; }

    /// <summary>Statsforvalteren's instructions (opphevet og sendt tilbake), or a note on the decision.</summary>
    public string? ResultatMerknad { get; private set; }
    public Guid? ResultatRegistrertAv { get; private set; }

    public DateTimeOffset? Trukket { get; private set; }

    /// <summary>When the unit's or Statsforvalteren's handling ended (avvist, omgjort, result registered, withdrawn).</summary>
    public DateTimeOffset? Avsluttet { get; private set; }

    public Guid Versjon { get; private set; } = Guid.NewGuid();

    public void NyVersjon() => Versjon = Guid.NewGuid();

    /// <summary>
    /// A complaint received: sent by the citizen or their fullmektig from "Mine saker" (<paramref name="innsendtAv"/>), or registered by
    /// staff from a letter, an e-mail or a visit (<paramref name="registrertAv"/>). Only an approved vedtak on the same case can be
    /// complained about, never before it was made. Whether it is in time is worked out here once, from the deadline the vedtak had
    /// then (<see cref="Klagefristregler.Vurder"/>).
    /// </summary>
    public static Result<Klage> Motta(
        Sak sak, Vedtak vedtak, int nummer, Klagekanal kanal, Klagerrolle rolle, string klagerNavn, Klageinnhold innhold,
        DateOnly mottatt, DateOnly? postlagt, bool signert, Guid? innsendtAv, Guid? registrertAv, Guid? utkastId, DateTimeOffset tidspunkt)
    {
        ArgumentNullException.ThrowIfNull(sak);
        ArgumentNullException.ThrowIfNull(vedtak);
        ArgumentNullException.ThrowIfNull(innhold);
        if (vedtak.SakId != sak.Id) return Result<Klage>.NotFound();
        if (vedtak.Status != Vedtaksstatus.Vedtatt || vedtak.Vedtatt is not { } vedtatt) return Result<Klage>.Fail(KlageFeil.VedtaketErIkkeFattet);
        if (string.IsNullOrWhiteSpace(innhold.Uenighet)) return Result<Klage>.Fail(KlageFeil.UenighetMangler);
        if (string.IsNullOrWhiteSpace(klagerNavn)) return Result<Klage>.Fail(KlageFeil.KlagerMangler);
        var idag = Norsktid.Dato(tidspunkt);
        if (mottatt > idag) return Result<Klage>.Fail(KlageFeil.MottattFramITid);
        if (mottatt < Norsktid.Dato(vedtatt)) return Result<Klage>.Fail(KlageFeil.MottattForVedtaket);
        if (postlagt is { } p && (p > mottatt || p < Norsktid.Dato(vedtatt))) return Result<Klage>.Fail(KlageFeil.PostlagtUtenforPerioden);

        var fristvurdering = Klagefristregler.Vurder(vedtak.Klagefrist, Norsktid.Dato(vedtatt), postlagt ?? mottatt);
        // Sent logged in, never more than a year after the vedtak (§ 31): one on paper is registered, and avvist by the formal check.
        if (kanal == Klagekanal.Digital && fristvurdering == Fristvurdering.EtterEttAar) return Result<Klage>.Fail(KlageFeil.FristenGikkUtForEttAar);

        // The form asks a citizen who is late why; one on paper is registered as it came, and the formal check weighs it.
        if (kanal == Klagekanal.Digital && fristvurdering is Fristvurdering.EtterFristen or Fristvurdering.EtterEttAar
            && string.IsNullOrWhiteSpace(innhold.ForsinkelseGrunn))
            return Result<Klage>.Fail(KlageFeil.ForsinkelseGrunnMangler);

        return new Klage
        {
            SakId = sak.Id,
            VedtakId = vedtak.Id,
            Nummer = nummer,
            Referanse = $"{sak.Referanse}-K{nummer}",
            Kanal = kanal,
            Klagerrolle = rolle,
            KlagerNavn = klagerNavn.Trim(),
            Innhold = Rens(innhold),
            Mottatt = mottatt,
            Postlagt = postlagt,
            Registrert = tidspunkt,
            InnsendtAv = innsendtAv,
            RegistrertAv = registrertAv,
            UtkastId = utkastId,
            Signert = kanal == Klagekanal.Digital || signert,
            Klagefrist = vedtak.Klagefrist,
            Fristvurdering = fristvurdering,
            SvarFrist = Frister.ForelopigSvar(mottatt),
        };
    }

    /// <summary>With the unit (received, being checked, being reconsidered): the work list's, and the foreløpig svar rule's.</summary>
    public bool ErHosEnheten => Status.ErHosEnheten();

    /// <summary>Has it waited past its foreløpig svar date without the unit's result?</summary>
    public bool TrengerForelopigSvar(DateOnly idag) => ErHosEnheten && idag > SvarFrist;

    /// <summary>A foreløpig svar was sent: the date a result can be expected is the new due date.</summary>
    public Result RegistrerForelopigSvar(DateOnly forventet)
    {
        if (!ErHosEnheten) return Result.Fail(KlageFeil.IkkeHosEnheten);
        if (forventet <= SvarFrist) return Result.Fail(KlageFeil.ForventetForTidlig);
        SvarFrist = forventet;
        AntallForelopigeSvar++;
        return Result.Ok();
    }

    /// <summary>
    /// Records the formal check. All met: the complaint goes on to reconsideration. Not met: it stays in the check, to be put right
    /// (<see cref="BeOmRetting"/>) or avvist (<see cref="Avvis"/>). An exception for a late complaint cannot apply more than a year
    /// after the vedtak, and an exception needs the deadline to have been missed.
    /// </summary>
    internal Result VurderFormkrav(Formkrav formkrav, Guid av, DateTimeOffset tidspunkt)
    {
        ArgumentNullException.ThrowIfNull(formkrav);
        if (Status == Klagestatus.Mottatt) Status = Klagestatus.Formkrav;
        if (Status != Klagestatus.Formkrav) return Result.Fail(Ulovlig(Klagestatus.UnderBehandling));
        if (formkrav.FristOverholdt && formkrav.Unntak is not null) return Result.Fail(KlageFeil.UnntakUtenFristbrudd);
        if (Fristvurdering == Fristvurdering.EtterEttAar && (formkrav.FristOverholdt || formkrav.Unntak is not null))
            return Result.Fail(KlageFeil.EttAarPassert);
        (Formkrav, FormkravVurdertAv, FormkravVurdert) = (formkrav with { Merknad = Tom(formkrav.Merknad) }, av, tidspunkt);
        if (!formkrav.Oppfylt) return Result.Ok();
        RettingFrist = null;
        return Til(Klagestatus.UnderBehandling);
    }

    /// <summary>A failed item that can be put right: the complainant gets a short deadline to do so (a letter), and the check waits.</summary>
    internal Result BeOmRetting(DateOnly frist, DateOnly idag)
    {
        if (Status != Klagestatus.Formkrav || Formkrav is not { Oppfylt: false } f) return Result.Fail(KlageFeil.FormkravIkkeVurdert);
        if (!f.KanRettes) return Result.Fail(KlageFeil.KanIkkeRettes);
        if (frist <= idag) return Result.Fail(KlageFeil.RettingFristPassert);
        RettingFrist = frist;
        return Result.Ok();
    }

    /// <summary>Avvist: a formal requirement failed and was not (or cannot be) put right. The letter is built from the failed items.</summary>
    internal Result Avvis(string? begrunnelse, DateTimeOffset tidspunkt)
    {
        if (Status != Klagestatus.Formkrav || Formkrav is not { Oppfylt: false }) return Result.Fail(KlageFeil.FormkravIkkeVurdert);
        AvvisningBegrunnelse = Tom(begrunnelse);
        return Avslutt(Klagestatus.Avvist, tidspunkt);
    }

    /// <summary>
    /// Reconsidered and upheld (forvaltningsloven § 33): the unit's assessment and why it upholds the vedtak, as the oversendelsesbrev
    /// gives it; also the rest of a complaint partly reversed. May be written again until the complaint is sent (<see cref="Oversend"/>).
    /// </summary>
    internal Result Oppretthold(string vurdering, Guid av, DateTimeOffset tidspunkt)
    {
        if (Status is not (Klagestatus.UnderBehandling or Klagestatus.DelvisOmgjort)) return Result.Fail(Ulovlig(Klagestatus.OversendtStatsforvalteren));
        if (string.IsNullOrWhiteSpace(vurdering)) return Result.Fail(KlageFeil.VurderingMangler);
        if (Status == Klagestatus.UnderBehandling) Konklusjon = Klagekonklusjon.Opprettholdt;
        (Vurdering, VurdertAv, Vurdert) = (vurdering.Trim(), av, tidspunkt);
        return Result.Ok();
    }

    /// <summary>The oversendelsesbrev is sent on <paramref name="dato"/>: the complaint is with Statsforvalteren.</summary>
    internal Result Oversend(DateOnly dato, DateTimeOffset tidspunkt)
    {
        if (Status is not (Klagestatus.UnderBehandling or Klagestatus.DelvisOmgjort)) return Result.Fail(Ulovlig(Klagestatus.OversendtStatsforvalteren));
        if (Konklusjon is not (Klagekonklusjon.Opprettholdt or Klagekonklusjon.DelvisOmgjort) || Vurdering is null) return Result.Fail(KlageFeil.IkkeOpprettholdt);
        if (dato > Norsktid.Dato(tidspunkt)) return Result.Fail(KlageFeil.DatoFramITid);
        Oversendt = dato;
        return Til(Klagestatus.OversendtStatsforvalteren);
    }

    /// <summary>
    /// Reconsidered and to be reversed in full or in part (forvaltningsloven § 33 second paragraph): the unit's reasons are recorded,
    /// and a new vedtak is drafted through the vedtak machinery. The complaint stays under reconsideration until that vedtak is
    /// approved by a second person (<see cref="FullforOmgjoring"/>). May be written again until then.
    /// </summary>
    internal Result StartOmgjoring(bool delvis, string begrunnelse, Guid av, DateTimeOffset tidspunkt)
    {
        if (Status != Klagestatus.UnderBehandling) return Result.Fail(Ulovlig(delvis ? Klagestatus.DelvisOmgjort : Klagestatus.Omgjort));
        if (string.IsNullOrWhiteSpace(begrunnelse)) return Result.Fail(KlageFeil.VurderingMangler);
        (Konklusjon, Vurdering, VurdertAv, Vurdert) = (delvis ? Klagekonklusjon.DelvisOmgjort : Klagekonklusjon.Omgjort, begrunnelse.Trim(), av, tidspunkt);
        return Result.Ok();
    }

    /// <summary>The new vedtak that reverses the one complained about is approved: the complaint is omgjort, or delvis omgjort (its rest may go on).</summary>
    internal Result FullforOmgjoring(Vedtak nytt, DateTimeOffset tidspunkt)
    {
        ArgumentNullException.ThrowIfNull(nytt);
        if (Status != Klagestatus.UnderBehandling || Konklusjon is not (Klagekonklusjon.Omgjort or Klagekonklusjon.DelvisOmgjort))
            return Result.Fail(KlageFeil.IkkeOmgjoring);
        if (nytt.SakId != SakId || nytt.Id == VedtakId) return Result.NotFound();
        if (nytt.Status != Vedtaksstatus.Vedtatt) return Result.Fail(KlageFeil.NyttVedtakIkkeFattet);
        NyttVedtakId = nytt.Id;
        return Konklusjon == Klagekonklusjon.DelvisOmgjort ? Til(Klagestatus.DelvisOmgjort) : Avslutt(Klagestatus.Omgjort, tidspunkt);
    }

    /// <summary>Whether a new vedtak on the case answers this complaint now: a reversal under way, or Statsforvalteren's medhold or opphevelse.</summary>
    public bool VenterPaaNyttVedtak =>
        NyttVedtakId is null
        && ((Status == Klagestatus.UnderBehandling && Konklusjon is Klagekonklusjon.Omgjort or Klagekonklusjon.DelvisOmgjort)
            || Klagestatuser.NyttVedtakEtterAvgjorelse.Contains(Status));

    /// <summary>Statsforvalteren's decision, registered when it comes, with its date (on or after the day it was sent, never ahead).</summary>
    internal Result RegistrerResultat(Statsforvalterutfall utfall, DateOnly dato, string? merknad, Guid av, DateTimeOffset tidspunkt)
    {
        var til = utfall switch
        {
            Statsforvalterutfall.Medhold => Klagestatus.Medhold,
            Statsforvalterutfall.DelvisMedhold => Klagestatus.DelvisMedhold,
            Statsforvalterutfall.IkkeMedhold => Klagestatus.IkkeMedhold,
            Statsforvalterutfall.OpphevetOgSendtTilbake => Klagestatus.OpphevetOgSendtTilbake,
            _ => Klagestatus.AvvistAvStatsforvalteren,
        };
        if (Status != Klagestatus.OversendtStatsforvalteren) return Result.Fail(Ulovlig(til));
        if (dato > Norsktid.Dato(tidspunkt)) return Result.Fail(KlageFeil.DatoFramITid);
        if (Oversendt is { } sendt && dato < sendt) return Result.Fail(KlageFeil.ResultatForOversendt);
        if (utfall == Statsforvalterutfall.OpphevetOgSendtTilbake && string.IsNullOrWhiteSpace(merknad)) return Result.Fail(KlageFeil.InstruksMangler);
        (Resultat, ResultatDato, ResultatMerknad, ResultatRegistrertAv) = (utfall, dato, Tom(merknad), av);
        return Avslutt(til, tidspunkt);
    }

    /// <summary>The new vedtak after Statsforvalteren's medhold or delvis medhold, or after an opphevet vedtak was decided again.</summary>
    internal Result KnyttNyttVedtak(Vedtak nytt)
    {
        ArgumentNullException.ThrowIfNull(nytt);
        if (Status is not (Klagestatus.Medhold or Klagestatus.DelvisMedhold or Klagestatus.OpphevetOgSendtTilbake)) return Result.Fail(KlageFeil.TrengerIkkeNyttVedtak);
        if (nytt.SakId != SakId || nytt.Id == VedtakId) return Result.NotFound();
        if (nytt.Status != Vedtaksstatus.Vedtatt) return Result.Fail(KlageFeil.NyttVedtakIkkeFattet);
        NyttVedtakId = nytt.Id;
        return Result.Ok();
    }

    /// <summary>The complainant withdraws it: any time before a result (after it was sent on, the unit tells Statsforvalteren).</summary>
    internal Result Trekk(DateTimeOffset tidspunkt)
    {
        if (!Status.KanGaaTil(Klagestatus.Trukket)) return Result.Fail(KlageFeil.KanIkkeTrekkes);
        Trukket = tidspunkt;
        return Avslutt(Klagestatus.Trukket, tidspunkt);
    }

    private Result Avslutt(Klagestatus til, DateTimeOffset tidspunkt)
    {
        var result = Til(til);
        if (result.IsSuccess) Avsluttet = tidspunkt;
        return result;
    }

    private Result Til(Klagestatus til)
    {
        if (!Status.KanGaaTil(til)) return Result.Fail(Ulovlig(til));
        Status = til;
        return Result.Ok();
    }

    private Feil Ulovlig(Klagestatus til) =>
        new("klage_ulovlig_status", $"Klagen kan ikke gå fra «{Status.Visningsnavn()}» til «{til.Visningsnavn()}».");

    private static string? Tom(string? tekst) => string.IsNullOrWhiteSpace(tekst) ? null : tekst.Trim();

    private static Klageinnhold Rens(Klageinnhold i) =>
        new(i.Uenighet.Trim(), Tom(i.Onsket), Tom(i.NyeOpplysninger), Tom(i.ForsinkelseGrunn));
}

/// <summary>The allowed moves between complaint states, and the sets the lists and rules ask about.</summary>
public static class Klagestatuser
{
    private static readonly Dictionary<Klagestatus, Klagestatus[]> Overganger = new()
    {
        [Klagestatus.Mottatt] = [Klagestatus.Formkrav, Klagestatus.Trukket],
        [Klagestatus.Formkrav] = [Klagestatus.UnderBehandling, Klagestatus.Avvist, Klagestatus.Trukket],
        [Klagestatus.UnderBehandling] = [Klagestatus.Omgjort, Klagestatus.DelvisOmgjort, Klagestatus.OversendtStatsforvalteren, Klagestatus.Trukket],
        // What a partial reversal did not give goes on to Statsforvalteren if the citizen keeps the complaint.
        [Klagestatus.DelvisOmgjort] = [Klagestatus.OversendtStatsforvalteren, Klagestatus.Trukket],
        [Klagestatus.OversendtStatsforvalteren] =
        [
            Klagestatus.Medhold, Klagestatus.DelvisMedhold, Klagestatus.IkkeMedhold, Klagestatus.OpphevetOgSendtTilbake,
            Klagestatus.AvvistAvStatsforvalteren, Klagestatus.Trukket,
        ],
        [Klagestatus.Omgjort] = [],
        [Klagestatus.Avvist] = [],
        [Klagestatus.Trukket] = [],
        [Klagestatus.Medhold] = [],
        [Klagestatus.DelvisMedhold] = [],
        [Klagestatus.IkkeMedhold] = [],
        [Klagestatus.OpphevetOgSendtTilbake] = [],
        [Klagestatus.AvvistAvStatsforvalteren] = [],
    };

    public static bool KanGaaTil(this Klagestatus fra, Klagestatus til) => Overganger[fra].Contains(til);

    /// <summary>Received, being checked or reconsidered: the unit owes a result (and a foreløpig svar after a month).</summary>
    public static readonly IReadOnlyList<Klagestatus> HosEnheten = [Klagestatus.Mottatt, Klagestatus.Formkrav, Klagestatus.UnderBehandling];

    public static bool ErHosEnheten(this Klagestatus s) => HosEnheten.Contains(s);

    /// <summary>No step is left: the complaint is decided, avvist or withdrawn.</summary>
    public static bool ErAvsluttet(this Klagestatus s) => Overganger[s].Length == 0;

    /// <summary>
    /// The states of a complaint still in progress: with the unit, partly reversed, or waiting on Statsforvalteren. The unit's work list
    /// also shows those of <see cref="NyttVedtakEtterAvgjorelse"/> until their new vedtak is approved (<see cref="TilOppfolging"/>).
    /// </summary>
    public static readonly IReadOnlyList<Klagestatus> Apne =
        [Klagestatus.Mottatt, Klagestatus.Formkrav, Klagestatus.UnderBehandling, Klagestatus.DelvisOmgjort, Klagestatus.OversendtStatsforvalteren];

    /// <summary>Statsforvalteren's results that the unit follows up with a new vedtak (medhold, delvis medhold, opphevet).</summary>
    public static readonly IReadOnlyList<Klagestatus> NyttVedtakEtterAvgjorelse =
        [Klagestatus.Medhold, Klagestatus.DelvisMedhold, Klagestatus.OpphevetOgSendtTilbake];

    /// <summary>
    /// The complaints the unit still has work on, as a query: the open ones, and a decision of Statsforvalteren waiting for its new
    /// vedtak (<see cref="Klage.VenterPaaNyttVedtak"/>), which would otherwise drop off the work list and be forgotten.
    /// </summary>
    public static readonly Expression<Func<Klage, bool>> TilOppfolging = k =>
        Apne.Contains(k.Status) || (k.NyttVedtakId == null && NyttVedtakEtterAvgjorelse.Contains(k.Status));

    public static string Visningsnavn(this Klagestatus s) => s switch
    {
        Klagestatus.Mottatt => "Mottatt",
        Klagestatus.Formkrav => "Formkrav vurderes",
        Klagestatus.UnderBehandling => "Under behandling",
        Klagestatus.Omgjort => "Omgjort",
        Klagestatus.DelvisOmgjort => "Delvis omgjort",
        Klagestatus.Avvist => "Avvist",
        Klagestatus.OversendtStatsforvalteren => "Sendt til Statsforvalteren",
        Klagestatus.Trukket => "Trukket",
        Klagestatus.Medhold => "Medhold hos Statsforvalteren",
        Klagestatus.DelvisMedhold => "Delvis medhold hos Statsforvalteren",
        Klagestatus.IkkeMedhold => "Ikke medhold hos Statsforvalteren",
        Klagestatus.OpphevetOgSendtTilbake => "Opphevet og sendt tilbake",
        Klagestatus.AvvistAvStatsforvalteren => "Avvist av Statsforvalteren",
        _ => s.ToString(),
    };

    /// <summary>Where the complaint stands, in plain words to the citizen ("Mine saker").</summary>
    public static string TilInnbygger(this Klagestatus s) => s switch
    {
        Klagestatus.Mottatt => "Vi har mottatt klagen din. Vi ser først på om den oppfyller kravene til en klage.",
        Klagestatus.Formkrav => "Vi ser på om klagen oppfyller kravene til en klage. Hvis noe mangler, får du beskjed.",
        Klagestatus.UnderBehandling => "Vi vurderer vedtaket på nytt ut fra det du har skrevet.",
        Klagestatus.Omgjort => "Du har fått medhold. Vi har endret vedtaket, og du har fått et nytt vedtak.",
        Klagestatus.DelvisOmgjort => "Du har fått medhold i en del av klagen, og du har fått et nytt vedtak. Resten av klagen kan gå videre til Statsforvalteren.",
        Klagestatus.Avvist => "Klagen er avvist fordi den ikke oppfyller kravene til en klage. Du har fått et brev om hvorfor.",
        Klagestatus.OversendtStatsforvalteren => "Vi har ikke endret vedtaket, og har sendt klagen til Statsforvalteren, som avgjør den. Du har fått en kopi av brevet vårt, og kan sende merknader til Statsforvalteren.",
        Klagestatus.Trukket => "Du har trukket klagen.",
        Klagestatus.Medhold => "Statsforvalteren har gitt deg medhold. Vi lager et nytt vedtak.",
        Klagestatus.DelvisMedhold => "Statsforvalteren har gitt deg medhold i en del av klagen. Vi lager et nytt vedtak.",
        Klagestatus.IkkeMedhold => "Statsforvalteren har ikke gitt deg medhold. Vedtaket står ved lag.",
        Klagestatus.OpphevetOgSendtTilbake => "Statsforvalteren har opphevet vedtaket og sendt saken tilbake til oss. Vi behandler saken på nytt.",
        Klagestatus.AvvistAvStatsforvalteren => "Statsforvalteren har avvist klagen.",
        _ => s.ToString(),
    };

    public static string Visningsnavn(this Klagekanal k) => k switch
    {
        Klagekanal.Digital => "Digitalt i Mine saker",
        Klagekanal.Post => "Post",
        Klagekanal.Epost => "E-post",
        Klagekanal.Oppmote => "Personlig oppmøte",
        _ => k.ToString(),
    };

    public static string Visningsnavn(this Klagerrolle r) => r switch
    {
        Klagerrolle.Part => "Den vedtaket gjelder",
        Klagerrolle.Fullmektig => "Fullmektig",
        Klagerrolle.Annen => "En annen",
        _ => r.ToString(),
    };

    public static string Visningsnavn(this Fristvurdering f) => f switch
    {
        Fristvurdering.InnenFristen => "Innen fristen",
        Fristvurdering.EtterFristen => "Etter fristen",
        Fristvurdering.EtterEttAar => "Mer enn ett år etter vedtaket",
        Fristvurdering.FristIkkeStartet => "Innen fristen (vedtaksbrevet er ikke registrert sendt)",
        _ => f.ToString(),
    };

    public static string Visningsnavn(this Fristunntak u) => u switch
    {
        Fristunntak.IkkeKlandres => "Klageren kan ikke lastes for forsinkelsen",
        Fristunntak.SaerligeGrunner => "Særlige grunner tilsier at klagen behandles",
        _ => u.ToString(),
    };

    public static string Visningsnavn(this Statsforvalterutfall u) => u switch
    {
        Statsforvalterutfall.Medhold => "Medhold",
        Statsforvalterutfall.DelvisMedhold => "Delvis medhold",
        Statsforvalterutfall.IkkeMedhold => "Ikke medhold",
        Statsforvalterutfall.OpphevetOgSendtTilbake => "Opphevet og sendt tilbake",
        Statsforvalterutfall.Avvist => "Avvist",
        _ => u.ToString(),
    };
}

/// <summary>The deadline rules a complaint is measured by when it comes (forvaltningsloven §§ 29–31).</summary>
public static class Klagefristregler
{
    /// <summary>
    /// In time when it came (was posted, for a letter) on or before the deadline's last day; after that, still within a year of the
    /// day the vedtak was made ("mer enn ett år": the same date a year on is the last day), or past it. No deadline yet (the letter is
    /// not registered as sent) counts as in time.
    /// </summary>
    public static Fristvurdering Vurder(DateOnly? frist, DateOnly vedtatt, DateOnly kom)
    {
        if (kom > SisteDagEttAar(vedtatt)) return Fristvurdering.EtterEttAar;
        if (frist is not { } f) return Fristvurdering.FristIkkeStartet;
        return kom <= f ? Fristvurdering.InnenFristen : Fristvurdering.EtterFristen;
    }

    /// <summary>The last day a late complaint can still be processed: a year after the vedtak was made (29 February: 28 February).</summary>
    public static DateOnly SisteDagEttAar(DateOnly vedtatt) => vedtatt.AddYears(1);

    public static bool ErInnenFristen(this Fristvurdering f) => f is Fristvurdering.InnenFristen or Fristvurdering.FristIkkeStartet;
}

public static class KlageFeil
{
    public static readonly Feil VedtaketErIkkeFattet = new("klage_vedtak_ikke_fattet", "Det kan bare klages på et vedtak som er fattet.");
    public static readonly Feil UenighetMangler = new("klage_uenighet", "Skriv hva du er uenig i, og hvorfor.", "Uenighet");
    public static readonly Feil KlagerMangler = new("klage_klager", "Skriv hvem klagen er fra.", "KlagerNavn");
    public static readonly Feil ForsinkelseGrunnMangler = new("klage_forsinkelse", "Klagefristen har gått ut. Skriv hvorfor klagen kommer nå.", "ForsinkelseGrunn");
    public static readonly Feil MottattFramITid = new("klage_mottatt_fram", "Mottatt dato kan ikke være fram i tid.", "Mottatt");
    public static readonly Feil MottattForVedtaket = new("klage_mottatt_for_vedtak", "Mottatt dato kan ikke være før vedtaket ble fattet.", "Mottatt");
    public static readonly Feil PostlagtUtenforPerioden = new(
        "klage_postlagt", "Datoen klagen ble postlagt, må være mellom vedtaksdatoen og datoen den ble mottatt.", "Postlagt");
    public static readonly Feil IkkeHosEnheten = new("klage_ikke_hos_enheten", "Klagen er ikke lenger til behandling hos oss.");
    public static readonly Feil ForventetForTidlig = new("klage_forventet", "Datoen for svar må være etter den som gjelder nå.", "Forventet");
    public static readonly Feil UnntakUtenFristbrudd = new("klage_unntak_uten_brudd", "Et unntak fra fristen gjelder bare når klagen kom for sent.", "Unntak");
    public static readonly Feil EttAarPassert = new(
        "klage_ett_aar", "Klagen kom mer enn ett år etter vedtaket. Den kan ikke behandles (forvaltningsloven § 31 tredje ledd).", "FristOverholdt");
    public static readonly Feil FormkravIkkeVurdert = new("klage_formkrav_ikke_vurdert", "Registrer formkravene først. Klagen kan bare avvises når et formkrav ikke er oppfylt.");
    public static readonly Feil KanIkkeRettes = new("klage_kan_ikke_rettes", "Det som mangler, kan ikke rettes: klagen kom for sent uten grunnlag for unntak.");
    public static readonly Feil RettingFristPassert = new("klage_retting_frist", "Fristen for å rette må være etter i dag.", "RettingFrist");
    public static readonly Feil VurderingMangler = new("klage_vurdering", "Skriv vurderingen og begrunnelsen.", "Vurdering");
    public static readonly Feil DatoFramITid = new("klage_dato_fram", "Datoen kan ikke være fram i tid.", "Dato");
    public static readonly Feil ResultatForOversendt = new("klage_resultat_for_oversendt", "Statsforvalterens vedtak kan ikke være datert før klagen ble sendt dit.", "Dato");
    public static readonly Feil InstruksMangler = new("klage_instruks", "Skriv hva Statsforvalteren har bedt oss gjøre i den nye behandlingen.", "Merknad");
    public static readonly Feil NyttVedtakIkkeFattet = new("klage_nytt_vedtak", "Det nye vedtaket må være godkjent før klagen er avgjort.");
    public static readonly Feil TrengerIkkeNyttVedtak = new("klage_trenger_ikke_vedtak", "Klagen har ikke et utfall som gir nytt vedtak.");
    public static readonly Feil KanIkkeTrekkes = new("klage_kan_ikke_trekkes", "Klagen er avgjort og kan ikke trekkes.");
    public static readonly Feil IkkeOpprettholdt = new("klage_ikke_opprettholdt", "Skriv vurderingen og lag oversendelsesbrevet før klagen sendes til Statsforvalteren.");
    public static readonly Feil IkkeOmgjoring = new("klage_ikke_omgjoring", "Klagen er ikke vurdert til å omgjøres.");
    public static readonly Feil AlleredeKlaget = new("klage_finnes", "Du har allerede en klage på dette vedtaket som ikke er avgjort. Se klagen i Mine saker.");
    public static readonly Feil FullmaktMangler = new("klage_fullmakt", "Legg ved fullmakten fra den du klager for.", "Fullmakt");
    public static readonly Feil FristenGikkUtForEttAar = new("klage_over_ett_aar", "Det er mer enn ett år siden vedtaket ble fattet, så det kan ikke lenger klages på det.");
}

/// <summary>
/// A complaint being written in "Mine saker": one per account and vedtak, saved whenever the citizen saves or attaches a file, so
/// they can close the browser and go on later (as the application's draft). Deleted <see cref="Levetid"/> after its last change;
/// its attachments carry its id until it is sent.
/// </summary>
public sealed class Klageutkast : IHarVersjon
{
    public static readonly TimeSpan Levetid = Soknadsutkast.Levetid;

    private Klageutkast() { } // for EF Core

    /// <param name="id">The id the form carried from the moment it was opened, so the first send of a form is known again if repeated.</param>
    public Klageutkast(Guid brukerId, Guid sakId, Guid vedtakId, DateTimeOffset tidspunkt, Guid? id = null)
    {
        Id = id ?? Guid.CreateVersion7();
        BrukerId = brukerId;
        SakId = sakId;
        VedtakId = vedtakId;
        Opprettet = tidspunkt;
        SistEndret = tidspunkt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid BrukerId { get; private set; }
    public Guid SakId { get; private set; }
    public Guid VedtakId { get; private set; }
    public string? Uenighet { get; private set; }
    public string? Onsket { get; private set; }
    public string? NyeOpplysninger { get; private set; }
    public string? ForsinkelseGrunn { get; private set; }
    public DateTimeOffset Opprettet { get; private set; }
    public DateTimeOffset SistEndret { get; private set; }
    public Guid Versjon { get; private set; } = Guid.NewGuid();

    public DateTimeOffset SlettesEtter => SistEndret + Levetid;

    public void NyVersjon() => Versjon = Guid.NewGuid();

    /// <summary>Keeps what is written as it is (empty parts too): a draft may be incomplete; sending checks it.</summary>
    public void Lagre(string? uenighet, string? onsket, string? nyeOpplysninger, string? forsinkelseGrunn, DateTimeOffset tidspunkt)
    {
        (Uenighet, Onsket, NyeOpplysninger, ForsinkelseGrunn) = (uenighet, onsket, nyeOpplysninger, forsinkelseGrunn);
        SistEndret = tidspunkt;
    }

    /// <summary>Something on the draft changed (an attachment): it lives another <see cref="Levetid"/>.</summary>
    public void Beroert(DateTimeOffset tidspunkt) => SistEndret = tidspunkt;

    public Klageinnhold Innhold => new(Uenighet ?? "", Onsket, NyeOpplysninger, ForsinkelseGrunn);
}
