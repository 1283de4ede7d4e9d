using System.Globalization;
using BoOppfolging.Application.Brevtekster;
using BoOppfolging.Domain;

namespace BoOppfolging.Application.Brev;

/// <summary>
/// The values each letter of phase 1 is made from. The wording is data (<see cref="Brevtekstversjon"/>,
/// edited by an administrator; version 1 in <see cref="Standardtekster"/>): a template here only names the
/// merge fields, conditions and free texts its use case knows, and <see cref="BrevService.LagUtkastAsync"/>
/// makes the letter from the text in force on its date. The header (sender, recipient, date, reference,
/// signature) comes from <see cref="BrevService.LagHodeAsync"/>.
/// </summary>
public static class Brevmaler
{
    private static Flettverdi D(DateOnly dato) => Flettverdi.Av(dato.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture));

    /// <summary>The receipt, made by the service itself when the application is sent: signed by the unit (<see cref="BrevService.LagAutomatiskHodeAsync"/>).</summary>
    public static Brevbestilling Soknadskvittering(
        Brevhode hode, DateOnly sendt, string sendtKlokken, string soknadFor, DateOnly frist) =>
        Bestill(Brevtype.Soknadskvittering, hode, new()
        {
            ["soknad.sendt"] = D(sendt),
            ["soknad.klokken"] = Flettverdi.Av(sendtKlokken),
            ["soknad.gjelder"] = Flettverdi.Av(soknadFor),
            ["sak.frist"] = D(frist),
        }, signaturTittel: "Denne kvitteringen er laget automatisk.");

    public static Brevbestilling ForelopigSvar(
        Brevhode hode, DateOnly mottatt, string begrunnelse, DateOnly forventetAvgjort, bool erSoknad = true) =>
        Bestill(Brevtype.ForelopigSvar, hode, new()
        {
            ["sak.gjelder"] = Flettverdi.Av(erSoknad ? "på søknad om bo-oppfølging" : "i sak om bo-oppfølging"),
            ["sak.mottatt"] = D(mottatt),
            ["svar.forventet"] = D(forventetAvgjort),
        }, erSoknad ? ["soknad"] : [], new() { ["begrunnelse"] = begrunnelse });

    public static Brevbestilling HenvistTilAnnenTjeneste(
        Brevhode hode, DateOnly mottatt, string tjeneste, string begrunnelse) =>
        Bestill(Brevtype.HenvistTilAnnenTjeneste, hode, new()
        {
            ["sak.mottatt"] = D(mottatt),
            ["henvisning.tjeneste"] = Flettverdi.Av(tjeneste),
        }, fritekst: new() { ["begrunnelse"] = begrunnelse });

    /// <summary>Missing information asked for (forvaltningsloven § 17: the case must be well enough informed), with a due date.</summary>
    public static Brevbestilling Opplysningsbehov(
        Brevhode hode, DateOnly mottatt, string hvaSomMangler, DateOnly frist, bool erSoknad = true) =>
        Bestill(Brevtype.Opplysningsbehov, hode, new()
        {
            ["sak.mottatt"] = D(mottatt),
            ["svar.frist"] = D(frist),
        }, erSoknad ? ["soknad"] : [], new() { ["hva"] = hvaSomMangler });

    /// <summary>
    /// A request for information to the GP or another service (<paramref name="hode"/> addressed to it by
    /// <see cref="BrevService.LagHodeTilAsync"/>), resting on the citizen's consent, quoted with its date: with the
    /// consent, health personnel may give the information (helsepersonelloven § 22).
    /// </summary>
    public static Brevbestilling Innhenting(
        Brevhode hode, string personNavn, DateOnly? fodselsdato, string samtykkeOrdlyd, DateOnly samtykkeGitt, string hva, DateOnly frist) =>
        Bestill(Brevtype.Innhenting, hode, new()
        {
            ["person.fodselsdato"] = fodselsdato is { } fodt ? D(fodt) : Flettverdi.Av(null),
            ["samtykke.dato"] = D(samtykkeGitt),
            ["samtykke.ordlyd"] = Flettverdi.Av(samtykkeOrdlyd),
            ["svar.frist"] = D(frist),
        }, fodselsdato is null ? [] : ["fodselsdato"], new() { ["hva"] = hva }, personNavn);

    /// <summary>
    /// A warning to the citizen about lack of participation (<see cref="Medvirkningsvarsel"/>): what happened, the duty to take
    /// part, what happens next, and the date to get in touch by. To the fullmektig when the case has one (<paramref name="personNavn"/>
    /// names the person it concerns).
    /// </summary>
    public static Brevbestilling VarselManglendeMedvirkning(Brevhode hode, string hvaSkjedde, DateOnly frist, string? personNavn = null) =>
        Bestill(Brevtype.VarselManglendeMedvirkning, hode, new()
        {
            ["varsel.frist"] = D(frist),
        }, personNavn is null ? [] : ["fullmektig"], new() { ["hendelser"] = hvaSkjedde }, personNavn);

    /// <summary>
    /// The acknowledgement that a complaint is received: its reference and date, the vedtak it is about, a late complaint's note
    /// (forvaltningsloven § 31), what happens next (the formal check, reconsideration, <paramref name="klageinstans"/>), and when a
    /// result can be expected. To the fullmektig when they complained (<paramref name="personNavn"/> names the one it concerns).
    /// </summary>
    public static Brevbestilling Klagekvittering(
        Brevhode hode, Klagefakta klage, DateOnly svarFrist, bool forSent, string? personNavn, string? signaturTittel) =>
        Bestill(Brevtype.Klagekvittering, hode, new(Klagefelt(klage)) { ["klage.svarfrist"] = D(svarFrist) }, [.. forSent ? ["sen"] : Array.Empty<string>(), .. personNavn is null ? Array.Empty<string>() : ["fullmektig"]], personNavn: personNavn,
        signaturTittel: signaturTittel);

    /// <summary>
    /// The acknowledgement of <paramref name="klage"/>: its answer date, and the note on a late complaint. <paramref name="automatisk"/>:
    /// made by the service at once (sent in "Mine saker", the header signed by the unit), else signed by the staff member who registered it.
    /// </summary>
    public static Brevbestilling Klagekvittering(Brevhode hode, Klagefakta fakta, Domain.Klage klage, string? personNavn, bool automatisk)
    {
        ArgumentNullException.ThrowIfNull(klage);
        return Klagekvittering(hode, fakta, klage.SvarFrist, !klage.Fristvurdering.ErInnenFristen(), personNavn, automatisk ? "Denne kvitteringen er laget automatisk." : null);
    }

    /// <summary>What every complaint letter names: the complaint's reference, when it came, and the vedtak it is about ("vedtaket ditt av 02.11.2026").</summary>
    public sealed record Klagefakta(string Referanse, DateOnly Mottatt, string Vedtaket, string Klageinstans, int FristUker)
    {
        /// <summary>The facts of <paramref name="klage"/> on <paramref name="vedtak"/>, whose legal basis <paramref name="hjemmel"/> says who decides and the deadline in weeks.</summary>
        public static Klagefakta Av(Domain.Klage klage, Domain.Vedtak vedtak, Hjemmel? hjemmel)
        {
            ArgumentNullException.ThrowIfNull(klage);
            return new(klage.Referanse, klage.Mottatt, Omtale(vedtak), hjemmel?.Klageinstans ?? "Statsforvalteren", hjemmel?.KlagefristUker ?? 4);
        }

        /// <summary>The vedtak as a letter refers to it: "vedtaket av 02.11.2026", "endringsvedtaket av …".</summary>
        public static string Omtale(Domain.Vedtak vedtak)
        {
            ArgumentNullException.ThrowIfNull(vedtak);
            var navn = vedtak.Type switch { Vedtakstype.Endringsvedtak => "endringsvedtaket", Vedtakstype.Opphorsvedtak => "opphørsvedtaket", _ => "vedtaket" };
            return $"{navn} av {Vedtak.MineVedtakService.Dato(Norsktid.Dato(vedtak.Vedtatt!.Value))}";
        }
    }

    private static Dictionary<string, Flettverdi> Klagefelt(Klagefakta k) => new()
    {
        ["klage.referanse"] = Flettverdi.Av(k.Referanse),
        ["klage.mottatt"] = D(k.Mottatt),
        ["klage.vedtak"] = Flettverdi.Av(k.Vedtaket),
        ["klage.instans"] = Flettverdi.Av(k.Klageinstans),
        ["klage.frist_uker"] = Flettverdi.Av(k.FristUker switch { 3 => "tre uker", 4 => "fire uker", var n => $"{n} uker" }),
    };

    /// <summary>A complaint that waits more than a month: why, and the date a result can be expected (forvaltningsloven § 11 a).</summary>
    public static Brevbestilling KlageForelopigSvar(Brevhode hode, Klagefakta klage, string begrunnelse, DateOnly forventet, string? personNavn) =>
        Bestill(Brevtype.KlageForelopigSvar, hode, new(Klagefelt(klage)) { ["svar.forventet"] = D(forventet) },
            personNavn is null ? [] : ["fullmektig"], new() { ["begrunnelse"] = begrunnelse }, personNavn);

    /// <summary>A formal defect that can be put right (forvaltningsloven § 32 third paragraph): what, and the date to do it by.</summary>
    public static Brevbestilling KlageRetting(Brevhode hode, Klagefakta klage, IReadOnlyList<string> mangler, DateOnly frist, string? merknad, string? personNavn) =>
        Bestill(Brevtype.KlageRetting, hode, new(Klagefelt(klage)) { ["klage.mangler"] = Flettverdi.Liste(mangler), ["klage.rettefrist"] = D(frist) },
            personNavn is null ? [] : ["fullmektig"], new() { ["merknad"] = merknad ?? "" }, personNavn);

    /// <summary>A complaint avvist for failing the formal check: the failed items, the reasons, and the right to complain on the avvisning.</summary>
    public static Brevbestilling KlageAvvist(Brevhode hode, Klagefakta klage, IReadOnlyList<string> mangler, string? begrunnelse, string? personNavn) =>
        Bestill(Brevtype.KlageAvvist, hode, new(Klagefelt(klage)) { ["klage.mangler"] = Flettverdi.Liste(mangler) },
            personNavn is null ? [] : ["fullmektig"], new() { ["begrunnelse"] = begrunnelse ?? "" }, personNavn);

    /// <summary>
    /// The oversendelsesbrev to Statsforvalteren (<paramref name="kopi"/>: the citizen's copy, with the right to comment): the case's
    /// facts, what the complainant argues, the unit's assessment and why it upholds the vedtak, the law, and the documents sent.
    /// </summary>
    public static Brevbestilling KlageOversendelse(
        Brevhode hode, Klagefakta klage, bool kopi, string klager, DateOnly? klagefrist, string fristvurdering, string anforsler, string vurdering,
        string hjemmelSitat, string klageregel, IReadOnlyList<string> dokumenter, string saksforhold, string personNavn, bool tilFullmektig) =>
        Bestill(kopi ? Brevtype.KlageOversendelseKopi : Brevtype.KlageOversendelse, hode, new(Klagefelt(klage))
        {
            ["klage.klager"] = Flettverdi.Av(klager),
            ["klage.frist"] = klagefrist is { } f ? D(f) : Flettverdi.Av("ikke startet (vedtaksbrevet var ikke registrert sendt)"),
            ["klage.fristvurdering"] = Flettverdi.Av(fristvurdering),
            ["klage.anforsler"] = Flettverdi.Av(anforsler),
            ["klage.vurdering"] = Flettverdi.Av(vurdering),
            ["hjemmel.sitat"] = Flettverdi.Av(hjemmelSitat),
            ["klage.lovhjemmel"] = Flettverdi.Av(klageregel),
            ["klage.dokumenter"] = Flettverdi.Liste(dokumenter),
        }, kopi && tilFullmektig ? ["fullmektig"] : [], new() { ["saksforhold"] = saksforhold }, personNavn);

    /// <summary>
    /// The oversendelsesbrev to the complaint body and the complainant's copy, for an upheld <paramref name="klage"/>:
    /// <paramref name="klagerHode"/> is the header of a letter to the complainant (<paramref name="personNavn"/> names the person when it
    /// goes to a fullmektig); the letter to the body has the same sender and signature.
    /// </summary>
    public static (Brevbestilling TilInstans, Brevbestilling Kopi) KlageOversendelser(
        Brevhode klagerHode, string? personNavn, Klagefakta fakta, Domain.Klage klage, Hjemmel? hjemmel, IReadOnlyList<string> dokumenter, string saksforhold)
    {
        ArgumentNullException.ThrowIfNull(klagerHode);
        ArgumentNullException.ThrowIfNull(fakta);
        ArgumentNullException.ThrowIfNull(klage);
        var anforsler = string.Join("\n\n", new[]
        {
            klage.Innhold.Uenighet, klage.Innhold.Onsket is { } o ? $"Klageren ønsker: {o}" : null,
            klage.Innhold.NyeOpplysninger is { } n ? $"Nye opplysninger: {n}" : null,
        }.OfType<string>());
        var fristvurdering = klage.Fristvurdering.ErInnenFristen() ? "innen fristen" : "etter fristen, men formkravene er vurdert som oppfylt etter forvaltningsloven § 31";
        var person = personNavn ?? klagerHode.Mottaker.Navn;
        Brevbestilling Bestilling(Brevhode hode, bool kopi) => KlageOversendelse(
            hode, fakta, kopi, klage.KlagerNavn, klage.Klagefrist, fristvurdering, anforsler, klage.Vurdering!, hjemmel?.Sitat ?? "", hjemmel?.Klageregel ?? "",
            dokumenter, saksforhold, person, personNavn is not null);
        return (Bestilling(klagerHode with { Mottaker = new Brevmottaker(fakta.Klageinstans, []) }, false), Bestilling(klagerHode, true));
    }

    private static Brevbestilling Bestill(
        Brevtype type, Brevhode hode, Dictionary<string, Flettverdi> felt, HashSet<string>? betingelser = null,
        Dictionary<string, string>? fritekst = null, string? personNavn = null, string? signaturTittel = null)
    {
        var alle = Brevbestilling.Felles(hode, personNavn);
        foreach (var (nokkel, verdi) in felt) alle[nokkel] = verdi;
        return new Brevbestilling(type, hode, new Flettedata(alle, betingelser ?? [], fritekst ?? []), signaturTittel);
    }
}
