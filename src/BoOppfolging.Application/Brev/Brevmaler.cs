using System.Globalization;
using BoOppfolging.Domain;

namespace BoOppfolging.Application.Brev;

/// <summary>
/// The wording of each letter the service sends, built from the case. The header (sender, recipient,
/// date, reference, signature) comes from <see cref="BrevService.LagHodeAsync"/>; a template adds the
/// title and the text. Every letter ends with the same contact and rights paragraphs, so a citizen
/// always knows whom to ask and that the unit helps.
/// </summary>
public static class Brevmaler
{
    private static string D(DateOnly dato) => dato.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>The receipt, made by the service itself when the application is sent: signed by the unit (<see cref="BrevService.LagAutomatiskHodeAsync"/>).</summary>
    public static Brevinnhold Soknadskvittering(
        Brevhode hode, DateOnly sendt, string sendtKlokken, string soknadFor, DateOnly frist) =>
        Brev(hode, "Kvittering for søknad om bo-oppfølging",
        [
            new(null,
            [
                $"Vi har mottatt søknaden din om bo-oppfølging {D(sendt)} klokken {sendtKlokken}. Søknaden gjelder {soknadFor}.",
                $"Saken har referansen {hode.Referanse}. Oppgi den når du kontakter oss om søknaden.",
            ]),
            new("Hva skjer nå?",
            [
                "Forvaltningsenheten ser over søknaden og kontakter deg hvis noe mangler.",
                "Et vurderingsteam vurderer om du fyller kriteriene for bo-oppfølging. Sammen med deg kartlegger vi hva du trenger hjelp til og hvilke mål du har.",
                "Du får et skriftlig vedtak. Er du uenig i vedtaket, kan du klage innen fire uker.",
            ]),
            new("Saksbehandlingstid",
            [
                $"Vanlig saksbehandlingstid er inntil én måned. Hvis vi ikke rekker å svare innen {D(frist)}, får du et foreløpig svar om hvorfor og når du kan vente et vedtak.",
            ]),
            Kontakt(hode.Avsender),
        ],
        "Denne kvitteringen er laget automatisk.");

    public static Brevinnhold ForelopigSvar(
        Brevhode hode, DateOnly mottatt, string begrunnelse, DateOnly forventetAvgjort, bool erSoknad = true) =>
        Brev(hode, erSoknad ? "Foreløpig svar på søknad om bo-oppfølging" : "Foreløpig svar i sak om bo-oppfølging",
        [
            new(null,
            [
                erSoknad
                    ? $"Vi viser til søknaden din om bo-oppfølging, som vi mottok {D(mottatt)}."
                    : $"Vi viser til saken om bo-oppfølging, som ble opprettet etter en henvendelse vi mottok {D(mottatt)}, og til samtalen vi har hatt med deg.",
                "Vi klarer ikke å avgjøre saken innen én måned etter at vi mottok den. Derfor sender vi deg dette foreløpige svaret, slik forvaltningsloven § 11 a krever.",
            ]),
            new("Hvorfor saken tar lengre tid", [begrunnelse]),
            new("Når du kan vente svar",
            [
                $"Vi regner med å kunne gjøre vedtak i saken innen {D(forventetAvgjort)}. Blir det ytterligere forsinkelser, gir vi deg beskjed.",
            ]),
            Innsyn(),
            Kontakt(hode.Avsender),
        ]);

    public static Brevinnhold HenvistTilAnnenTjeneste(
        Brevhode hode, DateOnly mottatt, string tjeneste, string begrunnelse) =>
        Brev(hode, "Henvendelsen din er sendt videre til en annen tjeneste",
        [
            new(null,
            [
                $"Vi viser til henvendelsen om bo-oppfølging som vi mottok {D(mottatt)}.",
                $"Etter en gjennomgang mener vi at du vil få bedre hjelp fra {tjeneste}. Vi har derfor henvist saken dit, og avslutter saken om bo-oppfølging.",
            ]),
            new("Begrunnelse", [begrunnelse]),
            new("Hva skjer nå?",
            [
                $"{tjeneste} tar kontakt med deg. Hvis du ikke har hørt noe innen rimelig tid, eller er uenig i at saken er sendt videre, kan du kontakte oss.",
                "Du kan når som helst søke om bo-oppfølging på nytt hvis situasjonen din endrer seg.",
            ]),
            Innsyn(),
            Kontakt(hode.Avsender),
        ]);

    /// <summary>Missing information asked for (forvaltningsloven § 17: the case must be well enough informed), with a due date.</summary>
    public static Brevinnhold Opplysningsbehov(
        Brevhode hode, DateOnly mottatt, string hvaSomMangler, DateOnly frist, bool erSoknad = true) =>
        Brev(hode, "Vi trenger flere opplysninger i saken din",
        [
            new(null,
            [
                erSoknad
                    ? $"Vi viser til søknaden din om bo-oppfølging, som vi mottok {D(mottatt)}."
                    : $"Vi viser til saken om bo-oppfølging, som ble opprettet etter en henvendelse vi mottok {D(mottatt)}.",
                "For å kunne behandle saken trenger vi flere opplysninger fra deg.",
            ]),
            new("Dette trenger vi", [hvaSomMangler]),
            new("Frist",
            [
                $"Send oss opplysningene innen {D(frist)}. Du kan sende dem i posten, levere dem hos oss, eller ringe oss, så finner vi en løsning sammen. Oppgi referansen {hode.Referanse}.",
                "Trenger du mer tid, eller hjelp til å skaffe opplysningene, ta kontakt med oss før fristen. Får vi ikke opplysningene, kan behandlingen ta lengre tid, eller vi må avgjøre saken ut fra de opplysningene vi har.",
            ]),
            Innsyn(),
            Kontakt(hode.Avsender),
        ]);

    /// <summary>
    /// A request for information to the GP or another service (<paramref name="hode"/> addressed to it by
    /// <see cref="BrevService.LagHodeTilAsync"/>), resting on the citizen's consent, quoted with its date: with the
    /// consent, health personnel may give the information (helsepersonelloven § 22).
    /// </summary>
    public static Brevinnhold Innhenting(
        Brevhode hode, string personNavn, DateOnly? fodselsdato, string samtykkeOrdlyd, DateOnly samtykkeGitt, string hva, DateOnly frist) =>
        Brev(hode, "Forespørsel om opplysninger",
        [
            new(null,
            [
                $"{hode.Avsender.Enhet} i {hode.Avsender.Kommune} behandler en sak om bo-oppfølging for {personNavn}"
                    + (fodselsdato is { } fodt ? $", født {D(fodt)}." : "."),
                "For å kunne vurdere hvilken hjelp vedkommende trenger, ber vi om opplysningene nedenfor.",
            ]),
            new("Samtykke",
            [
                $"{personNavn} ga {D(samtykkeGitt)} dette samtykket: «{samtykkeOrdlyd}»",
                "Med samtykket er taushetsplikten ikke til hinder for at dere gir oss opplysningene (helsepersonelloven § 22). Samtykket kan trekkes tilbake; da gir vi dere beskjed.",
            ]),
            new("Dette ber vi om", [hva]),
            new("Frist",
            [
                $"Vi ber om svar innen {D(frist)}. Oppgi referansen {hode.Referanse} når dere svarer.",
            ]),
            Kontakt(hode.Avsender),
        ]);

    /// <summary>
    /// A letter from its header, title and sections. The line under the signer's name is the header's,
    /// unless the template words it for its own letter (<paramref name="signaturTittel"/>).
    /// </summary>
    private static Brevinnhold Brev(Brevhode hode, string tittel, IReadOnlyList<Brevseksjon> seksjoner, string? signaturTittel = null) =>
        new(hode.Avsender, hode.Mottaker, hode.Dato, hode.Referanse, tittel, seksjoner, hode.SignaturNavn, signaturTittel ?? hode.SignaturTittel);

    private static Brevseksjon Innsyn() => new("Rett til innsyn",
    [
        "Du har rett til å se dokumentene i saken din, med de unntakene som følger av forvaltningsloven §§ 18 og 19. Ta kontakt med oss hvis du ønsker det.",
    ]);

    private static Brevseksjon Kontakt(Brevavsender avsender)
    {
        var maater = new List<string>();
        if (!string.IsNullOrWhiteSpace(avsender.Telefon)) maater.Add($"telefon {avsender.Telefon}");
        if (!string.IsNullOrWhiteSpace(avsender.Epost)) maater.Add($"e-post {avsender.Epost}");
        var kontakt = maater.Count > 0 ? $" på {string.Join(" eller ", maater)}" : "";
        return new("Spørsmål?", [$"Ta gjerne kontakt med {avsender.Enhet}{kontakt}. Vi hjelper deg gjerne."]);
    }
}
