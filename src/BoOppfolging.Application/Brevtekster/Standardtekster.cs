using BoOppfolging.Application.Common;
using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Brevtekster;

/// <summary>
/// Version 1 of every letter type's text, as shipped with the app: written to the database at start
/// when missing (<see cref="SeedAsync"/>, from <c>DatabaseInitializer</c>), valid from 01.01.2020, and
/// from then on changed only by an administrator publishing a new version. Each has a fixed id
/// (<see cref="Id"/>), so generated data can name the version it was made with.
/// </summary>
public static class Standardtekster
{
    public static readonly DateOnly GyldigFra = new(2020, 1, 1);

    /// <summary>The fixed id of a type's version 1.</summary>
    public static Guid Id(Brevtype type) => new($"0193a6b0-7e57-7000-8000-{(int)type + 1:D12}");

    /// <summary>A type's version 1: its title and sections.</summary>
    public static (string Tittel, IReadOnlyList<Brevtekstseksjon> Seksjoner) For(Brevtype type) => type switch
    {
        Brevtype.Soknadskvittering => ("Kvittering for søknad om bo-oppfølging",
        [
            new(null, """
                Vi har mottatt søknaden din om bo-oppfølging {{soknad.sendt}} klokken {{soknad.klokken}}. Søknaden gjelder {{soknad.gjelder}}.

                Saken har referansen {{sak.referanse}}. Oppgi den når du kontakter oss om søknaden.
                """),
            new("Hva skjer nå?", """
                Forvaltningsenheten ser over søknaden og kontakter deg hvis noe mangler.

                Et vurderingsteam vurderer om du fyller kriteriene for bo-oppfølging. Sammen med deg kartlegger vi hva du trenger hjelp til og hvilke mål du har.

                Du får et skriftlig vedtak. Er du uenig i vedtaket, kan du klage innen fire uker.
                """),
            new("Saksbehandlingstid", """
                Vanlig saksbehandlingstid er inntil én måned. Hvis vi ikke rekker å svare innen {{sak.frist}}, får du et foreløpig svar om hvorfor og når du kan vente et vedtak.
                """),
            Sporsmal,
        ]),
        Brevtype.ForelopigSvar => ("Foreløpig svar {{sak.gjelder}}",
        [
            new(null, "Vi viser til søknaden din om bo-oppfølging, som vi mottok {{sak.mottatt}}.", "soknad"),
            new(null, "Vi viser til saken om bo-oppfølging, som ble opprettet etter en henvendelse vi mottok {{sak.mottatt}}, og til samtalen vi har hatt med deg.", "!soknad"),
            new(null, "Vi klarer ikke å avgjøre saken innen én måned etter at vi mottok den. Derfor sender vi deg dette foreløpige svaret, slik forvaltningsloven § 11 a krever."),
            new("Hvorfor saken tar lengre tid", "", Fritekst: new("begrunnelse", "Hvorfor saken tar lengre tid", Paakrevd: true)),
            new("Når du kan vente svar", "Vi regner med å kunne gjøre vedtak i saken innen {{svar.forventet}}. Blir det ytterligere forsinkelser, gir vi deg beskjed."),
            Innsyn,
            Sporsmal,
        ]),
        Brevtype.HenvistTilAnnenTjeneste => ("Henvendelsen din er sendt videre til en annen tjeneste",
        [
            new(null, """
                Vi viser til henvendelsen om bo-oppfølging som vi mottok {{sak.mottatt}}.

                Etter en gjennomgang mener vi at du vil få bedre hjelp fra {{henvisning.tjeneste}}. Vi har derfor henvist saken dit, og avslutter saken om bo-oppfølging.
                """),
            new("Begrunnelse", "", Fritekst: new("begrunnelse", "Begrunnelse for henvisningen", Paakrevd: true)),
            new("Hva skjer nå?", """
                {{henvisning.tjeneste}} tar kontakt med deg. Hvis du ikke har hørt noe innen rimelig tid, eller er uenig i at saken er sendt videre, kan du kontakte oss.

                Du kan når som helst søke om bo-oppfølging på nytt hvis situasjonen din endrer seg.
                """),
            Innsyn,
            Sporsmal,
        ]),
        Brevtype.Opplysningsbehov => ("Vi trenger flere opplysninger i saken din",
        [
            new(null, "Vi viser til søknaden din om bo-oppfølging, som vi mottok {{sak.mottatt}}.", "soknad"),
            new(null, "Vi viser til saken om bo-oppfølging, som ble opprettet etter en henvendelse vi mottok {{sak.mottatt}}.", "!soknad"),
            new(null, "For å kunne behandle saken trenger vi flere opplysninger fra deg."),
            new("Dette trenger vi", "", Fritekst: new("hva", "Hvilke opplysninger vi trenger", Paakrevd: true)),
            new("Frist", """
                Send oss opplysningene innen {{svar.frist}}. Du kan sende dem i posten, levere dem hos oss, eller ringe oss, så finner vi en løsning sammen. Oppgi referansen {{sak.referanse}}.

                Trenger du mer tid, eller hjelp til å skaffe opplysningene, ta kontakt med oss før fristen. Får vi ikke opplysningene, kan behandlingen ta lengre tid, eller vi må avgjøre saken ut fra de opplysningene vi har.
                """),
            Innsyn,
            Sporsmal,
        ]),
        Brevtype.Innhenting => ("Forespørsel om opplysninger",
        [
            new(null, "{{enhet.navn}} i {{kommune.navn}} behandler en sak om bo-oppfølging for {{person.navn}}, født {{person.fodselsdato}}.", "fodselsdato"),
            new(null, "{{enhet.navn}} i {{kommune.navn}} behandler en sak om bo-oppfølging for {{person.navn}}.", "!fodselsdato"),
            new(null, "For å kunne vurdere hvilken hjelp vedkommende trenger, ber vi om opplysningene nedenfor."),
            new("Samtykke", """
                {{person.navn}} ga {{samtykke.dato}} dette samtykket: «{{samtykke.ordlyd}}»

                Med samtykket er taushetsplikten ikke til hinder for at dere gir oss opplysningene (helsepersonelloven § 22). Samtykket kan trekkes tilbake; da gir vi dere beskjed.
                """),
            new("Dette ber vi om", "", Fritekst: new("hva", "Hvilke opplysninger vi ber om", Paakrevd: true)),
            new("Frist", "Vi ber om svar innen {{svar.frist}}. Oppgi referansen {{sak.referanse}} når dere svarer."),
            Sporsmal,
        ]),
        Brevtype.Vedtak => ("Vedtak om {{vedtak.tjeneste}}",
        [
            Fullmektig,
            new(null, "Vi har behandlet søknaden om {{vedtak.tjeneste}} for {{person.navn}}. Søknaden er {{vedtak.utfall}}."),
            Innvilget("Dette har du fått"),
            IkkeInnvilget,
            Begrunnelse,
            Vilkar,
            Tillegg,
            .. Klage,
        ]),
        Brevtype.Avslag => ("Avslag på søknad om {{vedtak.tjeneste}}",
        [
            Fullmektig,
            new(null, "Vi har behandlet søknaden om {{vedtak.tjeneste}} for {{person.navn}}. Søknaden er {{vedtak.utfall}}."),
            Begrunnelse,
            AnnenHjelp,
            Tillegg,
            .. Klage,
        ]),
        Brevtype.Endringsvedtak => ("Vedtak om endring av {{vedtak.tjeneste}}",
        [
            Fullmektig,
            new(null, "Vi har endret vedtaket om {{vedtak.tjeneste}} for {{person.navn}}. Dette vedtaket erstatter {{vedtak.erstatter}}."),
            new("Hvorfor vedtaket er endret", "{{vedtak.endringsgrunn}}"),
            Innvilget("Dette har du fått fra nå"),
            IkkeInnvilget,
            Begrunnelse,
            Vilkar,
            Tillegg,
            .. Klage,
        ]),
        Brevtype.Opphorsvedtak => ("Vedtak om opphør av {{vedtak.tjeneste}}",
        [
            Fullmektig,
            new(null, "Vi har bestemt at {{vedtak.tjeneste}} for {{person.navn}} skal avsluttes. Tjenesten opphører fra og med {{vedtak.fra}}. Dette vedtaket erstatter {{vedtak.erstatter}}."),
            new("Hvorfor tjenesten avsluttes", "{{vedtak.opphorsgrunn}}"),
            new("Hva vi har gjort sammen", "{{vedtak.oppsummering}}"),
            Begrunnelse,
            AnnenHjelp,
            Tillegg,
            .. Klage,
        ]),
        // Seed 000: "Bruker av tjenesten plikter å samarbeide i utforming og gjennomføring av tjenesten. Ved manglende deltakelse
        // kan Bo-oppfølgingstjenesten avslutte tjenesten, og eventuelt vedtak må revurderes."
        Brevtype.VarselManglendeMedvirkning => ("Varsel om manglende medvirkning",
        [
            new(null, """
                Du får dette brevet fordi du er fullmektig for {{person.navn}} i saken. Varselet gjelder {{person.navn}}.
                """, "fullmektig"),
            new(null, """
                Vi viser til vedtaket ditt om bo-oppfølging. Vi skriver til deg fordi vi flere ganger ikke har fått gjennomført det vi har avtalt med deg.
                """),
            new("Dette har skjedd", "", Fritekst: new("hendelser", "Dette har skjedd", Paakrevd: true)),
            new("Din plikt til å medvirke", """
                Bo-oppfølging er frivillig. Vi plikter å gi deg tjenesten i det omfanget og med den kvaliteten som står i vedtaket. Du som får tjenesten, plikter å samarbeide med oss om hvordan tjenesten blir utformet og gjennomført.

                Det betyr at du er til stede når vi har avtalt besøk eller møter, og at du gir beskjed i god tid hvis du ikke kan.
                """),
            new("Hva skjer videre?", """
                Hvis du ikke deltar, kan bo-oppfølgingstjenesten avslutte tjenesten, og vedtaket ditt må da vurderes på nytt. Tjenesten kan bli endret eller avsluttet med et nytt vedtak. Du får i så fall et eget vedtak, og du kan klage på det.

                Før vi bestemmer noe, vil vi gjerne høre fra deg. Du kan ta kontakt med oss, eller si hva du mener om saken, muntlig eller skriftlig.
                """),
            new("Frist", """
                Ta kontakt med oss innen {{varsel.frist}}. Oppgi referansen {{sak.referanse}}.

                Har vi ikke hørt fra deg innen {{varsel.frist}}, og samarbeidet ikke er kommet i gang igjen, vurderer vi om tjenesten skal endres eller avsluttes.
                """),
            Innsyn,
            Sporsmal,
        ]),
        // Seed 000: "Klagefrist er fire uker fra du mottar vedtaket. Klagen må inneholde begrunnelse og eventuelle nye opplysninger
        // og dokumentasjon. Send klagen til avdelingen som har fattet vedtaket."
        Brevtype.Klagekvittering => ("Vi har mottatt klagen din",
        [
            new(null, "Du får dette brevet fordi du har klaget som fullmektig for {{person.navn}}. Klagen gjelder vedtaket om {{person.navn}}.", "fullmektig"),
            new(null, """
                Vi har mottatt klagen din på {{klage.vedtak}}. Vi mottok den {{klage.mottatt}}.

                Klagen har referansen {{klage.referanse}}. Oppgi den når du kontakter oss om klagen.
                """),
            new("Klagen kom etter fristen", """
                Klagen kom etter klagefristen. Vi vurderer om den likevel kan behandles. Det kan den hvis du ikke kan lastes for at den kom for sent, eller hvis det er særlige grunner til det (forvaltningsloven § 31). Du får beskjed om hva vi kommer fram til.
                """, "sen"),
            new("Hva skjer nå?", """
                Først ser vi på om klagen oppfyller kravene til en klage: at den er fra den vedtaket gjelder eller fullmektigen, at den kom i tide, at den sier hva du er uenig i, og at den er underskrevet eller sendt innlogget. Mangler noe som kan rettes, får du en frist til å rette det.

                Så vurderer vi vedtaket på nytt ut fra det du har skrevet. Gir vi deg medhold, helt eller delvis, får du et nytt vedtak. Gir vi deg ikke medhold, sender vi klagen til {{klage.instans}}, som avgjør den. Du får da en kopi av det vi skriver, og kan sende merknader til {{klage.instans}}.
                """),
            new("Saksbehandlingstid", """
                Vi tar sikte på å ha behandlet klagen innen {{klage.svarfrist}}. Tar det lengre tid, får du et foreløpig svar om hvorfor og når du kan vente svar.
                """),
            new("Du kan trekke klagen", """
                Du kan trekke klagen når som helst før den er avgjort, i Mine saker eller ved å kontakte oss.
                """),
            Innsyn,
            Sporsmal,
        ]),
        Brevtype.KlageForelopigSvar => ("Foreløpig svar på klagen din",
        [
            KlageFullmektig,
            new(null, "Vi viser til klagen din på {{klage.vedtak}}, som vi mottok {{klage.mottatt}}. Klagen har referansen {{klage.referanse}}."),
            new(null, "Vi klarer ikke å behandle klagen innen én måned etter at vi mottok den. Derfor sender vi deg dette foreløpige svaret, slik forvaltningsloven § 11 a krever."),
            new("Hvorfor behandlingen tar lengre tid", "", Fritekst: new("begrunnelse", "Hvorfor behandlingen tar lengre tid", Paakrevd: true)),
            new("Når du kan vente svar", "Vi regner med å ha behandlet klagen innen {{svar.forventet}}. Blir det ytterligere forsinkelser, gir vi deg beskjed."),
            Innsyn,
            Sporsmal,
        ]),
        Brevtype.KlageRetting => ("Klagen din mangler noe",
        [
            KlageFullmektig,
            new(null, """
                Vi viser til klagen din på {{klage.vedtak}}, som vi mottok {{klage.mottatt}}. Klagen har referansen {{klage.referanse}}.

                Før vi kan behandle klagen, må dette rettes:
                {{klage.mangler}}
                """),
            new(null, "", Fritekst: new("merknad", "Mer om hva som må rettes (kan stå tomt)", Paakrevd: false)),
            new("Frist", """
                Send oss det som mangler innen {{klage.rettefrist}}. Du kan sende det i posten, levere det hos oss, eller sende klagen på nytt i Mine saker. Oppgi referansen {{klage.referanse}}.

                Får vi ikke det som mangler innen fristen, kan klagen bli avvist (forvaltningsloven § 32). Trenger du mer tid eller hjelp, ta kontakt med oss før fristen.
                """),
            Sporsmal,
        ]),
        Brevtype.KlageAvvist => ("Klagen din er avvist",
        [
            KlageFullmektig,
            new(null, """
                Vi viser til klagen din på {{klage.vedtak}}, som vi mottok {{klage.mottatt}}. Klagen har referansen {{klage.referanse}}.

                Vi har kommet til at klagen må avvises. Det betyr at vi ikke behandler det klagen gjelder. Vedtaket du klaget på, gjelder fortsatt.
                """),
            new("Hvorfor klagen er avvist", """
                Klagen oppfyller ikke kravene i forvaltningsloven §§ 28 til 32:
                {{klage.mangler}}
                """),
            new(null, "", Fritekst: new("begrunnelse", "Vår begrunnelse (kan stå tomt)", Paakrevd: false)),
            new("Du kan klage på avvisningen", """
                Avvisningen er et vedtak som du kan klage på. Klagefristen er {{klage.frist_uker}} fra du mottok dette brevet. Send klagen til {{enhet.navn}}. Gir vi deg ikke medhold, sender vi klagen til {{klage.instans}}, som avgjør den.
                """),
            Innsyn,
            Sporsmal,
        ]),
        Brevtype.KlageOversendelse => ("Oversendelse av klage – {{klage.referanse}}",
        [
            new(null, """
                {{enhet.navn}} i {{kommune.navn}} oversender klage fra {{klage.klager}} på {{klage.vedtak}} om bo-oppfølging for {{person.navn}}.

                Vi har vurdert klagen på nytt og opprettholder vedtaket. Klagen sendes derfor til {{klage.instans}} for avgjørelse, jf. forvaltningsloven § 33 fjerde ledd.
                """),
            .. Oversendelsesdeler,
            new("Kopi til klageren", """
                {{klage.klager}} har fått kopi av dette brevet, og er gjort kjent med retten til å komme med merknader til {{klage.instans}}.
                """),
            new("Kontaktperson", """
                Ta kontakt med {{enhet.navn}} på telefon {{enhet.telefon}} eller e-post {{enhet.epost}} hvis dere trenger flere opplysninger. Oppgi referansen {{klage.referanse}}.
                """),
        ]),
        Brevtype.KlageOversendelseKopi => ("Klagen din er sendt til {{klage.instans}}",
        [
            KlageFullmektig,
            new(null, """
                Vi har vurdert klagen din på {{klage.vedtak}} på nytt, men har ikke endret vedtaket. Klagen er derfor sendt til {{klage.instans}}, som avgjør den.

                Dette er en kopi av det vi har skrevet til {{klage.instans}}.
                """),
            .. Oversendelsesdeler,
            new("Du kan komme med merknader", """
                Du kan sende merknader til det vi har skrevet, direkte til {{klage.instans}}. Oppgi at det gjelder klagen med referansen {{klage.referanse}}. Send merknadene så snart du kan, helst innen tre uker.

                {{klage.instans}} sender svaret på klagen til deg og til oss.
                """),
            Innsyn,
            Sporsmal,
        ]),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Brevtypen har ingen standardtekst."),
    };

    /// <summary>A letter made from version 1, without a database (the data generator's drafts).</summary>
    public static LagetBrev Lag(Brevbestilling bestilling)
    {
        ArgumentNullException.ThrowIfNull(bestilling);
        var (tittel, seksjoner) = For(bestilling.Type);
        return BrevtekstService.Lag(Id(bestilling.Type), tittel, seksjoner, bestilling);
    }

    /// <summary>Writes version 1 of every letter type the database does not have yet. Run at start.</summary>
    public static async Task SeedAsync(IAppDbContext db, DateTimeOffset naa, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var finnes = await db.Brevtekstversjoner.Where(v => v.Nummer == 1).Select(v => v.Type).ToListAsync(ct);
        foreach (var type in Brevkataloger.Typer.Where(t => !finnes.Contains(t)))
        {
            var (tittel, seksjoner) = For(type);
            db.Brevtekstversjoner.Add(Brevtekstversjon.Grunnversjon(Id(type), type, tittel, seksjoner, GyldigFra, naa));
        }

        await db.SaveChangesAsync(ct);
    }

    private static Brevtekstseksjon Innvilget(string overskrift) => new(overskrift, """
        Du får {{vedtak.tjeneste}} på disse områdene:
        {{vedtak.omrader}}

        | Vedtaket | Innvilget |
        |---|---|
        | Omfang | {{vedtak.timer}} |
        | Fra og med | {{vedtak.fra}} |
        | Til og med | {{vedtak.til}} |
        | Evaluering | {{vedtak.evalueringsdato}} |

        Målene vi skal arbeide mot sammen:
        {{vedtak.mal}}
        """);

    private static Brevtekstseksjon IkkeInnvilget => new("Dette har vi ikke innvilget", "{{vedtak.ikke_innvilget}}", "delvis");

    private static Brevtekstseksjon AnnenHjelp => new("Annen hjelp du kan søke om", """
        {{vedtak.annen_hjelp}}

        Du kan søke om bo-oppfølging på nytt hvis situasjonen din endrer seg.
        """);

    private static Brevtekstseksjon KlageFullmektig => new(null, """
        Du får dette brevet fordi du er fullmektig for {{person.navn}} i klagesaken. Klagen gjelder vedtaket om {{person.navn}}.
        """, "fullmektig");

    /// <summary>The oversendelsesbrev's body, the same in the letter to Statsforvalteren and in the citizen's copy.</summary>
    private static IEnumerable<Brevtekstseksjon> Oversendelsesdeler =>
    [
        new("Klagen", """
            Klagen kom {{klage.mottatt}}. Klagefristen var {{klage.frist}}. Klagen kom {{klage.fristvurdering}}, og oppfyller kravene til en klage.
            """),
        new("Saksforholdet", "", Fritekst: new("saksforhold", "Saksforholdet", Paakrevd: true)),
        new("Hva klageren anfører", "{{klage.anforsler}}"),
        new("Vår vurdering", "{{klage.vurdering}}"),
        new("Regelverket", """
            Vedtaket er gjort etter {{hjemmel.sitat}}. Klagen behandles etter {{klage.lovhjemmel}} og forvaltningsloven kapittel VI. {{klage.instans}} kan prøve alle sider av vedtaket, men skal legge stor vekt på hensynet til det kommunale selvstyret ved prøvingen av det frie skjønnet (forvaltningsloven § 34).
            """),
        new("Dokumenter som følger saken", """
            {{klage.dokumenter}}
            """),
    ];

    private static Brevtekstseksjon Innsyn => new("Rett til innsyn", """
        Du har rett til å se dokumentene i saken din, med de unntakene som følger av forvaltningsloven §§ 18 og 19. Ta kontakt med oss hvis du ønsker det.
        """);

    private static Brevtekstseksjon Sporsmal => new("Spørsmål?", """
        Ta gjerne kontakt med {{enhet.navn}} på telefon {{enhet.telefon}} eller e-post {{enhet.epost}}. Vi hjelper deg gjerne.
        """);

    private static Brevtekstseksjon Fullmektig => new(null, """
        Du får dette brevet fordi du er fullmektig for {{person.navn}} i saken. Vedtaket gjelder {{person.navn}}.
        """, "fullmektig");

    private static Brevtekstseksjon Begrunnelse => new("Begrunnelse", """
        Vedtaket er gjort etter {{hjemmel.sitat}}.

        {{vedtak.begrunnelse.regler}}

        Dette har vi lagt til grunn: {{vedtak.begrunnelse.fakta}}

        Vår vurdering: {{vedtak.begrunnelse.vurdering}}
        """);

    private static Brevtekstseksjon Vilkar => new("Vilkår og samarbeid", """
        Vilkårene for vedtaket:
        {{vedtak.vilkar}}

        Bo-oppfølging er frivillig og bygger på at vi samarbeider. Vi gir deg den hjelpen vedtaket beskriver. Du har plikt til å delta i det vi avtaler sammen, og til å gi beskjed hvis du ikke kan komme til en avtale.

        Hvis du over tid ikke deltar, kan vi endre eller avslutte tjenesten. Før det skjer, snakker vi med deg, og du får et nytt vedtak som du kan klage på.
        """);

    private static Brevtekstseksjon Tillegg => new("Andre opplysninger", "", Fritekst: new("tillegg", "Andre opplysninger (kan stå tomt)", Paakrevd: false));

    private static IEnumerable<Brevtekstseksjon> Klage =>
    [
        new("Du kan klage på vedtaket", """
            Du kan klage hvis du er uenig i vedtaket. Klagefristen er {{klage.frist_uker}} fra du mottok vedtaket, og klagen må være sendt senest {{klage.frist}}. Reglene om klage står i {{klage.lovhjemmel}}.

            Send klagen til {{enhet.navn}}. Hvis vi ikke gir deg medhold, sender vi klagen videre til {{klage.instans}}, som avgjør den.

            Klagen skal være skriftlig og underskrevet av deg eller fullmektigen din. Skriv i klagen:

            1. hvilket vedtak du klager på (oppgi referansen {{sak.referanse}})
            2. hva du er uenig i, og hva du ønsker endret
            3. hvorfor du mener vedtaket bør endres
            4. opplysninger du mener er viktige for saken

            Du kan klage digitalt på {{klage.nettadresse}}, sende klagen i posten eller levere den hos oss. Vi hjelper deg gjerne med å skrive klagen. Pasient- og brukerombudet kan også hjelpe deg, uten at det koster noe.
            """),
        new(null, "Fordi brevet er sendt i posten, regner vi klagefristen fra den dagen vi regner med at du fikk brevet.", "post"),
        Innsyn,
        new("Spørsmål?", """
            Ta gjerne kontakt med {{enhet.navn}} på telefon {{enhet.telefon}} eller e-post {{enhet.epost}}. Oppgi referansen {{sak.referanse}}.
            """),
        new("Hvem som har behandlet saken", """
            Saksbehandler: {{saksbehandler.navn}}

            Vedtaket er godkjent av: {{godkjenner.navn}}
            """),
    ];
}
