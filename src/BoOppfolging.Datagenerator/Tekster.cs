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
