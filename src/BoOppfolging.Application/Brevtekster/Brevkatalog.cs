using BoOppfolging.Domain;

namespace BoOppfolging.Application.Brevtekster;

/// <summary>A merge field a letter type's text may use: its key (<c>{{person.navn}}</c>), what it is, and a sample value for the preview.</summary>
public sealed record Flettefelt(string Nokkel, string Beskrivelse, string Eksempel, bool ErListe = false)
{
    /// <summary>The sample as the preview fills it: a list field's sample is its items separated by «; ».</summary>
    public Flettverdi EksempelVerdi => ErListe ? Flettverdi.Liste(Eksempel.Split("; ")) : Flettverdi.Av(Eksempel);
}

/// <summary>A condition a section of a letter type's text may be shown on (<c>avslag</c>: only in a refusal).</summary>
public sealed record Brevbetingelse(string Nokkel, string Beskrivelse);

/// <summary>What a letter type's text may refer to: its merge fields and its conditions.</summary>
public sealed record Brevkatalog(Brevtype Type, IReadOnlyList<Flettefelt> Felt, IReadOnlyList<Brevbetingelse> Betingelser)
{
    public Flettefelt? FinnFelt(string nokkel) => Felt.FirstOrDefault(f => f.Nokkel == nokkel);

    /// <summary>The sample case the editor previews with: every field's sample value, the conditions chosen.</summary>
    public Flettedata Eksempel(IEnumerable<string> betingelser, IReadOnlyDictionary<string, string>? fritekst = null) =>
        new(Felt.ToDictionary(f => f.Nokkel, f => f.EksempelVerdi), betingelser.ToHashSet(StringComparer.Ordinal), fritekst ?? new Dictionary<string, string>());
}

/// <summary>
/// The catalogue of every letter type: the fields common to all letters, and each type's own. The
/// vedtak letters' keys are the ones the vedtak fills (values as formatted Norwegian strings, lists as
/// lists); a text naming any other key cannot be saved.
/// </summary>
public static class Brevkataloger
{
    public static readonly IReadOnlyList<Flettefelt> Felles =
    [
        new("person.navn", "Navnet til personen saken gjelder", "Kari Nordmann"),
        new("sak.referanse", "Saksreferansen", "BO-2026-000123"),
        new("brev.dato", "Brevets dato", "02.12.2026"),
        new("enhet.navn", "Enheten som sender brevet", "Forvaltningsenheten, helse og omsorg"),
        new("enhet.telefon", "Enhetens telefonnummer", "22 00 00 00"),
        new("enhet.epost", "Enhetens e-postadresse", "postmottak@eksempel.kommune.no"),
        new("kommune.navn", "Kommunens navn", "Eksempel kommune"),
    ];

    private static readonly Flettefelt Mottatt = new("sak.mottatt", "Datoen vi mottok søknaden eller henvendelsen", "03.11.2026");
    private static readonly Brevbetingelse Soknad = new("soknad", "Saken startet med en søknad (ikke en henvendelse)");

    private static readonly IReadOnlyList<Flettefelt> Vedtaksfelt =
    [
        new("vedtak.utfall", "Utfallet: innvilget, delvis innvilget eller avslått", "innvilget"),
        new("vedtak.tjeneste", "Tjenesten vedtaket gjelder", "bo-oppfølging"),
        new("vedtak.omrader", "Hjelpeområdene som er innvilget (liste)", "Økonomi og betaling av husleie; Struktur i hverdagen; Kontakt med NAV og lege", ErListe: true),
        new("vedtak.timer", "Timer innvilget", "4,5 timer per uke"),
        new("vedtak.fra", "Fra dato", "01.01.2027"),
        new("vedtak.til", "Til dato, eller «inntil videre»", "inntil videre"),
        new("vedtak.evalueringsdato", "Datoen vedtaket skal evalueres", "01.07.2027"),
        new("vedtak.mal", "Målene fra kartleggingen (liste)", "Betale husleie i tide hver måned; Ha en fast ukeplan", ErListe: true),
        new("vedtak.begrunnelse.regler", "Begrunnelse: reglene vedtaket bygger på", "Du har rett til nødvendige helse- og omsorgstjenester når du ikke klarer å ivareta dine daglige gjøremål selv."),
        new("vedtak.begrunnelse.fakta", "Begrunnelse: faktiske forhold vedtaket bygger på", "Du bor alene i kommunal bolig og har hatt betalingsproblemer det siste året."),
        new("vedtak.begrunnelse.vurdering", "Begrunnelse: hovedhensynene i vurderingen", "Vi har lagt vekt på at du selv ønsker hjelp til å få en fast struktur i hverdagen."),
        new("vedtak.ikke_innvilget", "Delvis innvilget: hva som ikke er innvilget, og hvorfor", "Vi har ikke innvilget hjelp til rengjøring, fordi dette dekkes av praktisk bistand."),
        new("vedtak.annen_hjelp", "Avslag: annen hjelp du kan søke om", "Du kan søke om praktisk bistand eller kontakte NAV-kontoret om økonomisk rådgivning."),
        new("vedtak.vilkar", "Vilkår for vedtaket (liste)", "Tjenesten er frivillig; Du deltar i avtalte møter", ErListe: true),
        new("vedtak.erstatter", "Endringsvedtak: hvilket vedtak som erstattes, og fra når", "vedtaket ditt av 01.01.2027 fra 01.03.2027"),
        new("vedtak.endringsgrunn", "Grunnen til endringen eller opphøret", "Behovet ditt for hjelp har endret seg etter evalueringen."),
        new("vedtak.opphorsgrunn", "Opphørsvedtak: grunnen til opphøret i ord til innbyggeren, med saksbehandlerens forklaring", "Du har nådd målene vi har jobbet mot sammen. Du klarer nå husleie og innkjøp selv."),
        new("vedtak.oppsummering", "Opphørsvedtak: oppsummering av oppfølgingen", "Vi har jobbet med budsjett, husleie og kontakt med NAV."),
        new("hjemmel.sitat", "Lovhjemmelen vedtaket bygger på", "helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav b"),
        new("klage.instans", "Hvem som avgjør en klage", "Statsforvalteren"),
        new("klage.frist", "Klagefristen som dato", "30.12.2026"),
        new("klage.frist_uker", "Klagefristen i uker", "fire uker"),
        new("klage.lovhjemmel", "Regelen om klage", "pasient- og brukerrettighetsloven § 7-2, jf. § 7-5"),
        new("klage.nettadresse", "Hvor du kan klage digitalt", "eksempel.kommune.no/klage"),
        new("saksbehandler.navn", "Saksbehandlerens navn", "Ola Saksbehandler"),
        new("godkjenner.navn", "Navnet til den som godkjente vedtaket", "Tone Teamleder"),
    ];

    private static readonly IReadOnlyList<Brevbetingelse> Vedtaksbetingelser =
    [
        new("innvilget", "Vedtaket innvilger det som er søkt om"),
        new("delvis", "Vedtaket innvilger delvis"),
        new("avslag", "Vedtaket er et avslag"),
        new("post", "Brevet sendes i posten"),
        new("fullmektig", "Brevet går til en fullmektig"),
    ];

    private static readonly IReadOnlyList<Flettefelt> Klagefelt =
    [
        new("klage.referanse", "Klagens referanse", "BO-2026-000123-K1"),
        new("klage.mottatt", "Datoen vi mottok klagen", "03.12.2026"),
        new("klage.vedtak", "Vedtaket klagen gjelder", "vedtak av 02.11.2026"),
        new("klage.instans", "Hvem som avgjør klagen hvis vi ikke gir medhold", "Statsforvalteren i Oslo og Viken"),
        new("klage.frist_uker", "Klagefristen i uker, i ord", "fire uker"),
    ];

    private static readonly Brevbetingelse KlageFullmektig = new("fullmektig", "Brevet går til en fullmektig");

    private static readonly IReadOnlyList<Flettefelt> Oversendelsesfelt =
    [
        .. Klagefelt,
        new("klage.klager", "Hvem som klager", "Kari Nordmann"),
        new("klage.frist", "Klagefristen som dato", "30.11.2026"),
        new("klage.fristvurdering", "Om klagen kom i tide", "innen fristen"),
        new("klage.anforsler", "Hva klageren skriver i klagen", "Jeg trenger flere timer enn jeg har fått."),
        new("klage.vurdering", "Kommunens vurdering og hvorfor vedtaket opprettholdes", "Kartleggingen viser at fire timer i uken dekker behovet."),
        new("hjemmel.sitat", "Lovhjemmelen vedtaket bygger på", "helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav b"),
        new("klage.lovhjemmel", "Regelen om klage", "pasient- og brukerrettighetsloven kapittel 7"),
        new("klage.dokumenter", "Dokumentene som sendes med (liste)", "Søknad av 01.10.2026; Vedtak av 02.11.2026; Klage av 20.11.2026", ErListe: true),
    ];

    private static readonly Dictionary<Brevtype, Brevkatalog> Alle = new()
    {
        [Brevtype.Soknadskvittering] = Lag(Brevtype.Soknadskvittering,
        [
            new("soknad.sendt", "Datoen søknaden ble sendt", "02.12.2026"),
            new("soknad.klokken", "Klokkeslettet søknaden ble sendt", "10:15"),
            new("soknad.gjelder", "Hvem søknaden gjelder", "Kari Nordmann"),
            new("sak.frist", "Datoen vi skal ha svart innen", "02.01.2027"),
        ], []),
        [Brevtype.ForelopigSvar] = Lag(Brevtype.ForelopigSvar,
        [
            new("sak.gjelder", "Hva saken gjelder, slik tittelen sier det", "på søknad om bo-oppfølging"),
            Mottatt,
            new("svar.forventet", "Datoen vi regner med å gjøre vedtak innen", "15.01.2027"),
        ], [Soknad]),
        [Brevtype.HenvistTilAnnenTjeneste] = Lag(Brevtype.HenvistTilAnnenTjeneste,
        [
            Mottatt,
            new("henvisning.tjeneste", "Tjenesten saken er henvist til", "NAV Grünerløkka"),
        ], []),
        [Brevtype.Opplysningsbehov] = Lag(Brevtype.Opplysningsbehov,
        [
            Mottatt,
            new("svar.frist", "Fristen for å sende opplysningene", "20.12.2026"),
        ], [Soknad]),
        [Brevtype.Innhenting] = Lag(Brevtype.Innhenting,
        [
            new("person.fodselsdato", "Fødselsdatoen til personen saken gjelder", "01.02.1980"),
            new("samtykke.dato", "Datoen samtykket ble gitt", "20.11.2026"),
            new("samtykke.ordlyd", "Samtykket, ord for ord", "Jeg samtykker i at kommunen innhenter opplysninger fra fastlegen min."),
            new("svar.frist", "Fristen for å svare", "16.12.2026"),
        ], [new("fodselsdato", "Fødselsdatoen er kjent")]),
        [Brevtype.Vedtak] = Lag(Brevtype.Vedtak, Vedtaksfelt, Vedtaksbetingelser),
        [Brevtype.Avslag] = Lag(Brevtype.Avslag, Vedtaksfelt, Vedtaksbetingelser),
        [Brevtype.Endringsvedtak] = Lag(Brevtype.Endringsvedtak, Vedtaksfelt, Vedtaksbetingelser),
        [Brevtype.Opphorsvedtak] = Lag(Brevtype.Opphorsvedtak, Vedtaksfelt, Vedtaksbetingelser),
        [Brevtype.VarselManglendeMedvirkning] = Lag(Brevtype.VarselManglendeMedvirkning,
        [
            new("varsel.frist", "Datoen innbyggeren bes ta kontakt innen", "16.12.2026"),
        ], [new("fullmektig", "Brevet går til en fullmektig")]),
        [Brevtype.Klagekvittering] = Lag(Brevtype.Klagekvittering,
        [
            .. Klagefelt,
            new("klage.svarfrist", "Datoen vi tar sikte på å ha behandlet klagen innen", "04.01.2027"),
        ], [new("sen", "Klagen kom etter klagefristen"), KlageFullmektig]),
        [Brevtype.KlageForelopigSvar] = Lag(Brevtype.KlageForelopigSvar,
        [
            .. Klagefelt,
            new("svar.forventet", "Datoen vi regner med å ha behandlet klagen innen", "15.01.2027"),
        ], [KlageFullmektig]),
        [Brevtype.KlageRetting] = Lag(Brevtype.KlageRetting,
        [
            .. Klagefelt,
            new("klage.mangler", "Det som mangler i klagen (liste)", "Klagen er ikke underskrevet.", ErListe: true),
            new("klage.rettefrist", "Fristen for å rette", "17.12.2026"),
        ], [KlageFullmektig]),
        [Brevtype.KlageAvvist] = Lag(Brevtype.KlageAvvist,
        [
            .. Klagefelt,
            new("klage.mangler", "Kravene klagen ikke oppfyller (liste)", "Klagen kom etter klagefristen, og det er ikke grunnlag for å behandle den likevel.", ErListe: true),
        ], [KlageFullmektig]),
        [Brevtype.KlageOversendelse] = Lag(Brevtype.KlageOversendelse, Oversendelsesfelt, []),
        [Brevtype.KlageOversendelseKopi] = Lag(Brevtype.KlageOversendelseKopi, Oversendelsesfelt, [KlageFullmektig]),
    };

    /// <summary>Every letter type with a catalogue, in the order the editor lists them.</summary>
    public static IReadOnlyList<Brevtype> Typer => [.. Alle.Keys];

    public static Brevkatalog For(Brevtype type) =>
        Alle.TryGetValue(type, out var katalog) ? katalog : throw new ArgumentOutOfRangeException(nameof(type), type, "Brevtypen har ingen katalog.");

    private static Brevkatalog Lag(Brevtype type, IReadOnlyList<Flettefelt> egne, IReadOnlyList<Brevbetingelse> betingelser) =>
        new(type, [.. Felles, .. egne], betingelser);
}
