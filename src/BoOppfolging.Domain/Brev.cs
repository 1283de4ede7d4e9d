namespace BoOppfolging.Domain;

/// <summary>The kinds of letter the service makes. Later phases add the vedtak, complaint and closing letters.</summary>
public enum Brevtype
{
    Soknadskvittering,
    ForelopigSvar,
    HenvistTilAnnenTjeneste,
    Opplysningsbehov,

    /// <summary>A request for information to the GP or another service, on the citizen's consent (<see cref="Innhenting"/>).</summary>
    Innhenting,

    /// <summary>A vedtak that grants the service, in full or in part.</summary>
    Vedtak,

    /// <summary>A vedtak that refuses it.</summary>
    Avslag,

    /// <summary>A vedtak that replaces the one in force from a date.</summary>
    Endringsvedtak,

    /// <summary>A vedtak that ends the service.</summary>
    Opphorsvedtak,

    /// <summary>A warning to the citizen about lack of participation, with a date to answer by (<see cref="Medvirkningsvarsel"/>).</summary>
    VarselManglendeMedvirkning,

    /// <summary>The acknowledgement that a complaint has been received, with what happens next.</summary>
    Klagekvittering,

    /// <summary>A complaint that waits more than a month: why, and when a result can be expected (forvaltningsloven § 11 a).</summary>
    KlageForelopigSvar,

    /// <summary>A complaint misses a formal requirement that can be put right: what, and the date to do it by.</summary>
    KlageRetting,

    /// <summary>A complaint avvist for failing the formal check, built from the failed items.</summary>
    KlageAvvist,

    /// <summary>The complaint sent to Statsforvalteren with the unit's assessment and the documents (oversendelsesbrev).</summary>
    KlageOversendelse,

    /// <summary>The citizen's copy of the oversendelsesbrev, with the right to comment to Statsforvalteren.</summary>
    KlageOversendelseKopi,
}

/// <summary>How a letter reached the citizen.</summary>
public enum Forsendelse
{
    Post,
    Digital,
    Overlevert,
}

public enum Brevstatus
{
    Utkast,
    Sendt,
}

public static class BrevTekster
{
    public static string Visningsnavn(this Brevtype type) => type switch
    {
        Brevtype.Soknadskvittering => "Kvittering for søknad",
        Brevtype.ForelopigSvar => "Foreløpig svar",
        Brevtype.HenvistTilAnnenTjeneste => "Henvist til annen tjeneste",
        Brevtype.Opplysningsbehov => "Be om opplysninger",
        Brevtype.Innhenting => "Forespørsel om opplysninger",
        Brevtype.Vedtak => "Vedtak (innvilget eller delvis innvilget)",
        Brevtype.Avslag => "Vedtak om avslag",
        Brevtype.Endringsvedtak => "Endringsvedtak",
        Brevtype.Opphorsvedtak => "Vedtak om opphør",
        Brevtype.VarselManglendeMedvirkning => "Varsel om manglende medvirkning",
        Brevtype.Klagekvittering => "Kvittering for klage",
        Brevtype.KlageForelopigSvar => "Foreløpig svar på klage",
        Brevtype.KlageRetting => "Mangler i klagen",
        Brevtype.KlageAvvist => "Klagen er avvist",
        Brevtype.KlageOversendelse => "Oversendelse av klage til Statsforvalteren",
        Brevtype.KlageOversendelseKopi => "Kopi av oversendelse til Statsforvalteren",
        _ => type.ToString(),
    };

    public static string Visningsnavn(this Forsendelse f) => f switch
    {
        Forsendelse.Post => "Post",
        Forsendelse.Digital => "Digitalt",
        Forsendelse.Overlevert => "Overlevert personlig",
        _ => f.ToString(),
    };
}

/// <summary>
/// A letter on a case. While a draft it holds the content it will be printed from. When it is sent,
/// its PDF is stored as a document that never changes, with a SHA-256 hash of the bytes, and every
/// later view shows that stored copy, never a new rendering.
/// </summary>
public sealed class Brev : IHarVersjon, ISaksdata
{
    private Brev() { } // for EF Core

    public Brev(
        Guid sakId, Brevtype type, string tittel, string innholdJson, Guid? opprettetAv, DateTimeOffset opprettet, DateOnly? lovetDato = null,
        Guid? brevtekstversjonId = null)
    {
        BrevtekstversjonId = brevtekstversjonId;
        LovetDato = lovetDato;
        SakId = sakId;
        Type = type;
        Tittel = tittel;
        InnholdJson = innholdJson;
        OpprettetAv = opprettetAv;
        Opprettet = opprettet;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid SakId { get; private set; }

    /// <summary>The complaint the letter belongs to (its acknowledgement, avvisning, oversendelse), or null.</summary>
    public Guid? KlageId { get; private set; }
    public Brevtype Type { get; private set; }
    public string Tittel { get; private set; } = "";

    /// <summary>The letter's content (recipient, sections, signature) as it was made; serialised by the application layer.</summary>
    public string InnholdJson { get; private set; } = "";
    public Guid? OpprettetAv { get; private set; }
    public DateTimeOffset Opprettet { get; private set; }
    public Brevstatus Status { get; private set; } = Brevstatus.Utkast;
    public DateOnly? SendtDato { get; private set; }
    public Forsendelse? Forsendelse { get; private set; }
    public Guid? SendtAv { get; private set; }
    public DateTimeOffset? Registrert { get; private set; }
    public string? DokumentNokkel { get; private set; }

    /// <summary>The <see cref="Brevtekstversjon"/> the letter's wording came from; null for letters made before texts were data.</summary>
    public Guid? BrevtekstversjonId { get; private set; }

    /// <summary>
    /// What the letter was made from besides its text version (merge fields, conditions, the saksbehandler's free
    /// texts), serialised by the application layer, so a draft can be made again when a free text is filled in
    /// and checked for empty fields before it is sent; null for letters made before.
    /// </summary>
    public string? FlettedataJson { get; private set; }

    /// <summary>A date the letter states: for a foreløpig svar, when a decision can be expected.</summary>
    public DateOnly? LovetDato { get; private set; }

    /// <summary>SHA-256 of the stored PDF, lower-case hex.</summary>
    public string? Sha256 { get; private set; }
    public long? Storrelse { get; private set; }
    public Guid Versjon { get; private set; } = Guid.NewGuid();

    public void NyVersjon() => Versjon = Guid.NewGuid();

    public void KnyttTilKlage(Guid klageId) => KlageId ??= klageId;

    /// <summary>A draft may be rewritten; a sent letter never.</summary>
    public Result EndreInnhold(string tittel, string innholdJson)
    {
        if (Status == Brevstatus.Sendt) return Result.Fail(BrevFeil.AlleredeSendt);
        (Tittel, InnholdJson) = (tittel, innholdJson);
        return Result.Ok();
    }

    /// <summary>A draft made again from its text version and the values it was made from (a free text filled in); a sent letter never.</summary>
    public Result Flett(string tittel, string innholdJson, string flettedataJson)
    {
        if (Status == Brevstatus.Sendt) return Result.Fail(BrevFeil.AlleredeSendt);
        (Tittel, InnholdJson, FlettedataJson) = (tittel, innholdJson, flettedataJson);
        return Result.Ok();
    }

    /// <summary>
    /// A draft made again from new values by the use case it belongs to (the vedtak letter follows its vedtak until it is
    /// sent): the type may change with the decision (a grant becomes a refusal), and with it the text version; a sent letter never.
    /// </summary>
    public Result LagPaNytt(Brevtype type, Guid brevtekstversjonId, string tittel, string innholdJson, string flettedataJson)
    {
        if (Status == Brevstatus.Sendt) return Result.Fail(BrevFeil.AlleredeSendt);
        (Type, BrevtekstversjonId, Tittel, InnholdJson, FlettedataJson) = (type, brevtekstversjonId, tittel, innholdJson, flettedataJson);
        return Result.Ok();
    }

    /// <summary>Records that the letter was sent, and the stored PDF that is now the letter.</summary>
    public Result MarkerSendt(
        DateOnly dato, Forsendelse forsendelse, string dokumentNokkel, string sha256, long storrelse, Guid? sendtAv, DateTimeOffset registrert)
    {
        if (Status == Brevstatus.Sendt) return Result.Fail(BrevFeil.AlleredeSendt);
        Status = Brevstatus.Sendt;
        (SendtDato, Forsendelse, DokumentNokkel, Sha256, Storrelse, SendtAv, Registrert) =
            (dato, forsendelse, dokumentNokkel, sha256, storrelse, sendtAv, registrert);
        return Result.Ok();
    }
}

public static class BrevFeil
{
    public static readonly Feil AlleredeSendt = new("brev_sendt", "Brevet er allerede sendt og kan ikke endres.");
    public static readonly Feil IkkeSendt = new("brev_ikke_sendt", "Brevet er ikke sendt ennå.");
    public static readonly Feil DatoIFremtiden = new("brev_dato_fremtid", "Sendt dato kan ikke være fram i tid.", "SendtDato");
    public static readonly Feil IngenAdresse = new(
        "brev_ingen_adresse", "Brevet har ingen adresse, så det kan ikke sendes i posten. Send det digitalt, eller gi det til personen.", "Forsendelse");
    public static readonly Feil IkkeArkivert = new(
        "brev_ikke_arkivert", "Brevet kunne ikke lagres i dokumentarkivet, så det er ikke registrert som sendt. Prøv igjen om litt.");
    public static Feil Mangler(IEnumerable<string> hva) => new(
        "brev_mangler", "Brevet kan ikke sendes før dette er fylt ut: " + string.Join("; ", hva) + ".");
    public static readonly Feil UtenFritekst = new("brev_uten_fritekst", "Dette brevet ble laget før brevtekstene ble data, og har ingen fritekstfelt.");
    public static readonly Feil ArkivkopiEndret = new("brev_endret", "Den arkiverte kopien av brevet stemmer ikke med kontrollsummen. Kontakt systemansvarlig.");
}
