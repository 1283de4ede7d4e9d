using System.Globalization;
using BoOppfolging.Application.Soknad;
using BoOppfolging.Domain;

namespace BoOppfolging.Datagenerator;

/// <summary>
/// What people write: applications, referrals, requests for information, notes. Put together from
/// short plausible phrases, so that texts vary without any of them being about a real person.
/// </summary>
internal static class Tekster
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly IReadOnlyList<string> Situasjoner =
    [
        "Har nylig flyttet inn i egen leilighet etter et lengre opphold på institusjon",
        "Bor alene og har over tid fått det vanskeligere med å holde orden i boligen",
        "Har vært uten fast bolig i flere måneder og har nå fått tilbud om kommunal bolig",
        "Skal løslates om kort tid og har ingen bolig å flytte til",
        "Er utskrivningsklar fra psykiatrisk avdeling og skal tilbake til egen leilighet",
        "Har fått varsel om husleierestanse for andre gang i år",
        "Har mistet jobben og sliter med å betale regninger",
        "Har fått begjæring om utkastelse fra utleier",
        "Er ung voksen som flytter for seg selv for første gang",
        "Har gjentatte ganger fått klager fra naboer på støy og søppel",
        "Isolerer seg mye og har lite kontakt med andre",
    ];

    private static readonly IReadOnlyList<string> Bekymringer =
    [
        "Det er usikkert om vedkommende får handlet og laget mat selv.",
        "Post blir liggende uåpnet, og det er fare for at strømmen blir stengt.",
        "Melder er bekymret for at boforholdet ikke kan fortsette uten hjelp.",
        "Vedkommende har sagt at hun eller han ønsker hjelp, men vet ikke hvem som kan gi den.",
        "Leiligheten er i dårlig stand, og utleier vurderer å si opp leieavtalen.",
        "Det har vært flere uanmeldte besøk av personer som skaper uro i oppgangen.",
        "Vedkommende har ikke hatt kontakt med NAV på lang tid.",
    ];

    private static readonly IReadOnlyList<string> Onsker =
    [
        "Melder ber om at kommunen tar kontakt.",
        "Melder har informert personen om at kommunen vil ta kontakt.",
        "Personen vet ikke at melder har tatt kontakt.",
        "Melder kan kontaktes for mer informasjon.",
    ];

    public static readonly IReadOnlyList<string> Opplysningsbehov =
    [
        "legeerklæring fra fastlegen",
        "husleiekontrakt og oversikt over husleierestanse",
        "oversikt over inntekter og faste utgifter",
        "uttalelse fra veileder i NAV",
        "bekreftelse på utskrivningsdato fra institusjonen",
        "opplysninger om tjenester fra hjemmetjenesten",
        "bekreftelse på løslatelsesdato fra kriminalomsorgen",
        "fullmakt fra søkeren",
        "opplysninger om nåværende bosituasjon",
    ];

    public static readonly IReadOnlyList<string> Kontrollnotater =
    [
        "Søknaden er komplett.",
        "Mangler dokumentasjon, etterspurt.",
        "Ingen annen åpen sak på personen.",
        "Snakket med søkeren på telefon.",
        "Trenger tolk ved kartlegging.",
        "Har hatt sak tidligere, avsluttet.",
    ];

    public static readonly IReadOnlyList<string> Kontaktnotater =
    [
        "Ringte to ganger uten svar, la igjen beskjed.",
        "Hadde en god samtale. Ønsker besøk hjemme.",
        "Vil tenke over tilbudet og ta kontakt igjen.",
        "Samtale sammen med pårørende.",
        "Møtte personen på NAV-kontoret.",
        "Sendte brev med tilbud om samtale.",
    ];

    public static readonly IReadOnlyList<(string Tjeneste, string Begrunnelse)> Henvisninger =
    [
        ("Origo, tjenesten for rus og psykisk helse", "Behovet gjelder i hovedsak rusmiddelbruk og psykisk helse, som Origo har ansvaret for."),
        ("psykisk helse- og rustjenesten", "Behovet er i første rekke behandling og oppfølging av psykisk helse."),
        ("hjemmetjenesten", "Behovet gjelder helsehjelp i hjemmet og praktisk bistand døgnet rundt, som bo-oppfølging ikke gir."),
        ("NAV Eksempelby", "Behovet gjelder først og fremst økonomi og midlertidig botilbud, som NAV har ansvaret for."),
        ("distriktspsykiatrisk senter (DPS)", "Personen trenger spesialisert behandling før bo-oppfølging kan vurderes."),
    ];

    public static readonly (string Tjeneste, string Begrunnelse) HenvisningUnder18 =
        ("barneverntjenesten", "Personen er under 18 år. Bo-oppfølging er for voksne, og barneverntjenesten har ansvaret for oppfølging av ungdom.");

    public static readonly IReadOnlyList<string> ForelopigSvarGrunner =
    [
        "Vi venter på opplysninger fra fastlegen din før saken kan vurderes.",
        "Saken skal vurderes av vurderingsteamet, som har møte hver fjortende dag.",
        "Vi har mange saker til behandling nå og trenger noe mer tid.",
        "Vi må kartlegge behovet ditt sammen med deg før vi kan gjøre vedtak.",
    ];

    private static readonly IReadOnlyList<(Hjelpeomrade Omrade, string Beskrivelse)> Omradebeskrivelser =
    [
        (Hjelpeomrade.PraktiskBotrening, "Jeg trenger hjelp til å få rutiner på rengjøring og klesvask."),
        (Hjelpeomrade.PraktiskBotrening, "Jeg klarer ikke å holde orden i leiligheten."),
        (Hjelpeomrade.OkonomiOgNav, "Jeg får ikke oversikt over regningene og skylder husleie."),
        (Hjelpeomrade.OkonomiOgNav, "Jeg trenger hjelp til å søke om bostøtte og å ha kontakt med NAV."),
        (Hjelpeomrade.Lokalmiljo, "Jeg vil gjerne finne en aktivitet i nærmiljøet."),
        (Hjelpeomrade.Nettverk, "Jeg er mye alene og ønsker å bli kjent med flere."),
        (Hjelpeomrade.Ernaering, "Jeg spiser lite og uregelmessig og vil lære å lage enkel mat."),
        (Hjelpeomrade.Koordinering, "Jeg har mange tjenester og trenger hjelp til å få dem til å henge sammen."),
    ];

    private static readonly IReadOnlyList<string> Maal =
    [
        "Jeg vil klare å bo i leiligheten min og betale husleien hver måned.",
        "Jeg vil få orden på økonomien og slippe purringer.",
        "Jeg ønsker å klare meg mer selv i hverdagen.",
        "Jeg vil ha faste rutiner og komme meg ut hver dag.",
        "Jeg vil beholde boligen og få det bedre med naboene.",
        "Jeg vil lære å handle og lage mat selv.",
    ];

    private static readonly IReadOnlyList<string> KlarerSelv =
    [
        "Jeg klarer personlig hygiene og å handle.",
        "Jeg klarer det meste når jeg har en god periode.",
        "Jeg klarer å lage enkel mat.",
        "Jeg betaler regninger når jeg husker det.",
    ];

    private static readonly IReadOnlyList<string> AndreTjenester =
        ["hjemmetjenesten", "psykisk helsetjeneste i kommunen", "rustjenesten", "DPS", "boligkontoret", "Kirkens Bymisjon"];

    private static readonly IReadOnlyList<string> Relasjoner = ["mor", "far", "søster", "bror", "datter", "sønn", "venn", "tante", "onkel"];

    private static readonly IReadOnlyList<string> Tolkespraak = ["arabisk", "somali", "polsk", "tigrinja", "ukrainsk", "dari"];

    public static string Telefon(Tilfeldig rng) =>
        string.Create(Invariant, $"{rng.Vektet(("9", 0.6), ("4", 0.4))}{rng.Tall(10, 100)} {rng.Tall(10, 100)} {rng.Tall(100, 1000)}");

    public static string Fulltnavn(Tilfeldig rng) =>
        $"{rng.Velg(rng.Sjanse(0.5) ? Navn.Kvinner : Navn.Menn)} {rng.Velg(Navn.Etternavn)}";

    /// <summary>An e-mail address from a name, in ASCII as most people write it.</summary>
    public static string Epost(string fornavn, string etternavn, Tilfeldig rng)
    {
        var lokal = $"{fornavn}.{etternavn}".ToLowerInvariant()
            .Replace("æ", "ae", StringComparison.Ordinal).Replace("ø", "o", StringComparison.Ordinal)
            .Replace("å", "a", StringComparison.Ordinal).Replace(' ', '.');
        return $"{lokal}{rng.Tall(1, 99).ToString(Invariant)}@{rng.Vektet(("eksempel.no", 0.5), ("epost.example", 0.5))}";
    }

    public static string Henvendelsesbeskrivelse(Tilfeldig rng) =>
        $"{rng.Velg(Situasjoner)}. {rng.Velg(Bekymringer)} {rng.Velg(Onsker)}";

    /// <summary>The reporter of a referral: who they are and their relation, by channel.</summary>
    public static (string Navn, string? Rolle, string? Telefon, string? Epost) Melder(
        Kanal kanal, string personFornavn, string personEtternavn, Tilfeldig rng)
    {
        var telefon = Telefon(rng);
        return kanal switch
        {
            Kanal.Innbygger => ($"{personFornavn} {personEtternavn}", "personen selv", telefon, null),
            Kanal.Parorende => ($"{rng.Velg(rng.Sjanse(0.5) ? Navn.Kvinner : Navn.Menn)} {(rng.Sjanse(0.6) ? personEtternavn : rng.Velg(Navn.Etternavn))}",
                rng.Velg(Relasjoner), telefon, null),
            Kanal.Nabo => (Fulltnavn(rng), "nabo", telefon, null),
            Kanal.Fastlege => (Fulltnavn(rng), $"fastlege ved {rng.Velg(Navn.Legekontorer)}", telefon, null),
            Kanal.Spesialisthelsetjenesten => (Fulltnavn(rng),
                rng.Velg<string>(["sosionom, psykiatrisk avdeling", "miljøterapeut, DPS", "lege, medisinsk avdeling", "sykepleier, rusbehandling"]),
                telefon, "postmottak@sykehuset.example"),
            Kanal.Kriminalomsorgen => (Fulltnavn(rng), rng.Velg<string>(["kontaktbetjent, Eksempelby fengsel", "friomsorgen"]), telefon, null),
            Kanal.FrivilligOrganisasjon => (Fulltnavn(rng), rng.Velg<string>(["Kirkens Bymisjon", "Frelsesarmeen", "Røde Kors", "Fontenehuset"]), telefon, null),
            Kanal.KommunalTjeneste => (Fulltnavn(rng), rng.Velg<string>(["hjemmetjenesten", "boligkontoret", "NAV Eksempelby", "helsestasjon for ungdom"]),
                telefon, "postmottak@eksempel.kommune.no"),
            _ => (Fulltnavn(rng), rng.Velg<string>(["utleier", "vaktmester i borettslaget", "prest"]), telefon, null),
        };
    }

    /// <summary>A street address in the municipality, sometimes with a flat number.</summary>
    public static (string Adresse, string Postnummer, string Poststed) Postadresse(Tilfeldig rng) =>
        ($"{rng.Velg(Navn.Gater)} {rng.Tall(1, 120).ToString(Invariant)}{(rng.Sjanse(0.3) ? ", H0" + rng.Tall(101, 410).ToString(Invariant) : "")}",
            rng.Tall(1001, 1099).ToString(Invariant), rng.Velg(Navn.Poststeder));

    /// <summary>An application as a citizen fills it in, step by step; dates follow the day it was sent.</summary>
    public static Soknadsinnhold Soknad(Tilfeldig rng, string fornavn, string etternavn, DateOnly sendt)
    {
        var kontaktmaate = rng.Vektet((Kontaktmaate.Telefon, 0.45), (Kontaktmaate.Sms, 0.25), (Kontaktmaate.Epost, 0.2), (Kontaktmaate.Brev, 0.1));
        var harEpost = kontaktmaate == Kontaktmaate.Epost || rng.Sjanse(0.4);
        var tolk = rng.Sjanse(0.05);
        var (adresse, postnummer, poststed) = Postadresse(rng);
        var omDeg = new OmDeg(adresse, postnummer, poststed, Telefon(rng),
            harEpost ? Epost(fornavn, etternavn, rng) : null, kontaktmaate, tolk, tolk ? rng.Velg(Tolkespraak) : null);

        var boform = rng.Vektet((Boform.LeierPrivat, 0.35), (Boform.KommunalBolig, 0.3), (Boform.Eier, 0.05), (Boform.MidlertidigBotilbud, 0.1),
            (Boform.Institusjon, 0.08), (Boform.Fengsel, 0.04), (Boform.UtenFastBolig, 0.05), (Boform.Annet, 0.03));
        var utkastelse = boform is Boform.LeierPrivat or Boform.KommunalBolig && rng.Sjanse(0.12);
        var restanse = boform is Boform.LeierPrivat or Boform.KommunalBolig && rng.Sjanse(0.3);
        var bosituasjon = new Bosituasjon(
            boform, boform == Boform.Annet ? "Bor midlertidig hos en venn" : null,
            boform.HarUtflyttingsdato() ? sendt.AddDays(rng.Tall(10, 90)) : null,
            utkastelse, utkastelse ? sendt.AddDays(-rng.Tall(1, 60)) : null,
            restanse, restanse ? $"Omtrent {(rng.Tall(3, 40) * 1000).ToString(Invariant)} kroner" : null);

        var omrader = Omradebeskrivelser
            .Where(_ => rng.Sjanse(0.3))
            .GroupBy(o => o.Omrade).Select(g => new ValgtHjelpeomrade(g.Key, rng.Sjanse(0.7) ? g.First().Beskrivelse : null))
            .ToList();
        if (omrader.Count == 0) omrader.Add(new ValgtHjelpeomrade(Hjelpeomrade.PraktiskBotrening, null));
        var hjelpebehov = new Hjelpebehov(omrader, rng.Sjanse(0.6) ? rng.Velg(KlarerSelv) : null, rng.Velg(Maal));

        var tjenester = AndreTjenester.Where(_ => rng.Sjanse(0.15)).Take(3).ToList();
        var parorende = Enumerable.Range(0, rng.Vektet((0, 0.4), (1, 0.45), (2, 0.15)))
            .Select(_ => new Parorende(Fulltnavn(rng), rng.Velg(Relasjoner), Telefon(rng), rng.Sjanse(0.8)))
            .ToList();
        var kontakter = new Kontakter(
            rng.Sjanse(0.6) ? "NAV Eksempelby" : null,
            rng.Sjanse(0.85) ? $"{Fulltnavn(rng)}, {rng.Velg(Navn.Legekontorer)}" : null,
            tjenester, parorende, null);

        // The consents are chosen among the sources named in step 4, as the application form offers them.
        var kilder = SoknadService.MuligeKilder(kontakter).Where(_ => rng.Sjanse(0.85)).ToList();
        return new Soknadsinnhold
        {
            OmDeg = omDeg, Bosituasjon = bosituasjon, Hjelpebehov = hjelpebehov, Kontakter = kontakter, Samtykker = new Samtykker(kilder),
        };
    }
}

/// <summary>What the citizen, the unit and Statsforvalteren write in a complaint (issue 13).</summary>
internal static class Klagetekster
{
    public static readonly IReadOnlyList<string> UenighetAvslag =
    [
        "Jeg er uenig i avslaget. Jeg klarer ikke å betale husleia og regningene selv, og jeg står i fare for å miste leiligheten.",
        "Avslaget sier at jeg får nok hjelp fra før, men hjemmetjenesten hjelper meg bare med medisinene, ikke med økonomi og husarbeid.",
        "Jeg forstår ikke hvorfor jeg har fått avslag. Jeg har fått varsel om utkastelse og trenger hjelp nå, ikke om et halvt år.",
        "Kommunen har ikke fått med seg at jeg nettopp har flyttet inn og ikke har noen som kan hjelpe meg. Jeg mener jeg har rett på bo-oppfølging.",
    ];

    public static readonly IReadOnlyList<string> UenighetTimer =
    [
        "Jeg er uenig i antall timer. Jeg trenger hjelp med økonomien hver uke, ikke annenhver uke, for å klare husleia.",
        "Vedtaket gir meg hjelp til økonomi, men ikke til å holde orden i leiligheten, som er det jeg sliter mest med.",
        "Timene i vedtaket er for få. Det tar lang tid å gå gjennom posten og regningene, og vi rekker ikke det vi skal.",
        "Jeg trenger følge til NAV og legen, og det står ikke noe om det i vedtaket.",
    ];

    public static readonly IReadOnlyList<string> UenighetEndring =
    [
        "Jeg er uenig i at timene endres. Jeg klarer meg ikke med mindre hjelp nå.",
        "Endringsvedtaket tar ikke hensyn til at jeg har fått ny husleiegjeld etter evalueringen.",
        "Jeg ble ikke spurt før vedtaket ble endret, og jeg er uenig i endringen.",
    ];

    public static readonly IReadOnlyList<string> OnsketAvslag =
    [
        "Bo-oppfølging to timer i uka.",
        "Hjelp til økonomien og til å holde orden hjemme, i hvert fall det første halvåret.",
        "At kommunen ser på saken min på nytt og snakker med fastlegen min.",
    ];

    public static readonly IReadOnlyList<string> OnsketTimer =
    [
        "Fire timer i uka til økonomi og innkjøp.",
        "Hjelp til å rydde og holde orden i leiligheten hver uke.",
        "Følge til NAV og legen når jeg trenger det.",
    ];

    public static readonly IReadOnlyList<string> OnsketEndring =
    [
        "Like mange timer som før.",
        "At endringen venter til etter neste evaluering.",
        "Flere timer en periode, til jeg har fått ordnet opp i gjelden.",
    ];

    public static readonly IReadOnlyList<string> NyeOpplysninger =
    [
        "Jeg har fått et nytt inkassovarsel etter at vedtaket ble gjort.",
        "Fastlegen min har skrevet en uttalelse om at jeg trenger hjelp i hjemmet. Den er lagt ved.",
        "Utleier har sagt opp leieavtalen fordi husleia ikke er betalt.",
        "Jeg er henvist til utredning ved DPS og venter på time.",
    ];

    public static readonly IReadOnlyList<string> ForsinkelseGrunner =
    [
        "Jeg var innlagt på sykehus da brevet kom, og så det først da jeg kom hjem.",
        "Brevet ble sendt til den gamle adressen min, og jeg fikk det først nylig.",
        "Jeg forsto ikke brevet og fikk først nå hjelp av en venn til å lese det.",
        "Jeg har vært syk og har ikke klart å åpne posten.",
    ];

    public const string IkkeSignert = "Klagebrevet kom uten underskrift.";
    public const string IkkePart = "Klagen er skrevet av en slektning uten fullmakt fra den vedtaket gjelder.";
    public const string IkkeKonkret = "Klagen sier ikke hva i vedtaket klageren er uenig i.";
    public const string ForSent = "Klagen kom etter fristen, og det er ikke oppgitt noen grunn til forsinkelsen.";
    public const string ForSentGrunnIkkeGodtatt = "Klagen kom etter fristen. Grunnen klageren oppgir, gjør ikke at den bør behandles likevel.";
    public const string IkkeKlandres = "Klageren var syk eller fikk ikke brevet i tide, og kan ikke lastes for at klagen kom for sent.";
    public const string SaerligeGrunner = "Vedtaket har stor betydning for klageren, og klagen behandles selv om den kom noen dager for sent.";
    public const string Rettet = "Klageren har rettet mangelen innen fristen.";

    public const string AvvistForSent = "Klagen kom etter fristen, og det er ikke opplyst om noe som gjør at den likevel bør behandles.";
    public const string AvvistGrunnIkkeGodtatt =
        "Klagen kom etter fristen. Vi har vurdert det du skriver om forsinkelsen, men det gir ikke grunnlag for å behandle klagen likevel.";
    public const string AvvistIkkeRettet = "Klageren ble bedt om å rette mangelen innen fristen, men vi har ikke fått svar.";

    public static readonly IReadOnlyList<string> OpprettholdAvslag =
    [
        "Vi har vurdert saken på nytt. Behovet gjelder i hovedsak behandling som en annen tjeneste har ansvaret for, og opplysningene i klagen endrer ikke det. Vedtaket opprettholdes.",
        "Klageren får hjelp fra hjemmetjenesten og NAV som dekker behovet. Klagen gir ingen nye opplysninger som gir grunn til å endre vedtaket.",
        "Kartleggingen viser at klageren mestrer boforholdet med hjelpen som gis i dag. Vi kan ikke se at situasjonen har endret seg siden vedtaket.",
    ];

    public static readonly IReadOnlyList<string> Oppretthold =
    [
        "Kartleggingen viser at timene i vedtaket dekker behovet. Opplysningene i klagen endrer ikke det.",
        "Timetallet er satt ut fra kartleggingen og IPLOS-vurderingen. Behovet for hjelp til rengjøring dekkes av hjemmetjenesten, og vedtaket opprettholdes.",
        "Vi har lagt vekt på at innbyggeren skal lære å klare mer selv, og mener timene er riktige nå. Behovet vurderes igjen ved neste evaluering.",
    ];

    public const string OpprettholdResten =
        "Klagen er tatt til følge når det gjelder hjelp med økonomien. For resten av klagen mener vi at vedtaket er riktig, og den delen sendes til Statsforvalteren.";

    public static readonly IReadOnlyList<string> Omgjoring =
    [
        "Klagen fører fram: det nye inkassovarselet viser at hjelpen med økonomien må økes.",
        "Uttalelsen fra fastlegen viser at behovet er større enn det kartleggingen la til grunn. Timene økes.",
        "Oppsigelsen fra utleier viser at klageren trenger tettere oppfølging for å beholde boligen. Timene økes.",
    ];

    public static readonly IReadOnlyList<string> DelvisOmgjoring =
    [
        "Klagen fører delvis fram: behovet for hjelp med økonomien er større enn lagt til grunn, men ikke behovet for hjelp til rengjøring.",
        "Vi øker timene en periode etter oppsigelsen fra utleier, men ikke så mye som klageren ber om.",
    ];

    public static readonly IReadOnlyList<string> Instrukser =
    [
        "Kommunen må kartlegge behovet for hjelp til økonomi på nytt, med opplysningene fra NAV, før det gjøres nytt vedtak.",
        "Vedtaket begrunner ikke hvorfor timetallet er lavere enn i innstillingen. Kommunen må behandle saken på nytt og begrunne det nye vedtaket.",
        "Kommunen har ikke vurdert uttalelsen fra fastlegen. Saken må utredes på nytt, og klageren må få uttale seg før nytt vedtak.",
    ];

    /// <summary>Why Statsforvalteren avviser a complaint the unit sent on: what it finds wrong with this one.</summary>
    public static string StatsforvalterAvviser(Klage klage, Tilfeldig rng)
    {
        if (!klage.Fristvurdering.ErInnenFristen()) return "Klagen kom for sent, og Statsforvalteren finner ikke grunn til å behandle den likevel.";
        if (klage.Klagerrolle != Klagerrolle.Part) return "Den som klaget, er ikke part i saken, og fullmakten dekker ikke klagen.";
        return rng.Velg<string>(
        [
            "Klageren har ikke lenger rettslig klageinteresse, fordi vedtaket er erstattet av et nytt.",
            "Klageren har flyttet fra kommunen og har ikke lenger rettslig klageinteresse.",
        ]);
    }

    public static readonly IReadOnlyList<string> DelvisMedhold =
    [
        "Medhold i at timene må økes, ikke i hjelp til rengjøring.",
        "Medhold i at klageren trenger følge til NAV. Timetallet ellers står ved lag.",
    ];

    public const string Medhold = "Statsforvalteren mener behovet er større enn kommunen har lagt til grunn.";
    public const string IkkeMedhold = "Statsforvalteren er enig i kommunens vurdering.";
}
