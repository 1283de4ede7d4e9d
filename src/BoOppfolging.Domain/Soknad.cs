namespace BoOppfolging.Domain;

/// <summary>
/// A citizen's application being filled in. One per account; each step is saved as soon as it is
/// valid, so the citizen can close the browser and continue later. A draft never sent is deleted
/// <see cref="Levetid"/> after its last change.
/// </summary>
public sealed class Soknadsutkast : IHarVersjon
{
    public static readonly TimeSpan Levetid = TimeSpan.FromDays(30);

    private Soknadsutkast() { } // for EF Core

    public Soknadsutkast(Guid brukerId, Guid personId, DateTimeOffset tidspunkt)
    {
        BrukerId = brukerId;
        PersonId = personId;
        Opprettet = tidspunkt;
        SistEndret = tidspunkt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid BrukerId { get; private set; }

    /// <summary>The account holder's person (the applicant, or the fullmektig).</summary>
    public Guid PersonId { get; private set; }
    public DateTimeOffset Opprettet { get; private set; }
    public DateTimeOffset SistEndret { get; private set; }
    public Soknadsinnhold Innhold { get; private set; } = new();
    public Guid Versjon { get; private set; } = Guid.NewGuid();

    public DateTimeOffset SlettesEtter => SistEndret + Levetid;

    public void NyVersjon() => Versjon = Guid.NewGuid();

    /// <summary>Saves a step the caller has validated. Later steps need the earlier ones.</summary>
    public Result LagreSteg(Soknadsinnhold nyttInnhold, int steg, DateTimeOffset tidspunkt)
    {
        var forste = Innhold.ForsteManglendeSteg() ?? Soknadsinnhold.AntallSteg + 1;
        if (steg < 1 || steg > Soknadsinnhold.AntallSteg || steg > forste) return Result.Fail(SoknadFeil.StegIRekkefolge);
        Innhold = nyttInnhold;
        SistEndret = tidspunkt;
        return Result.Ok();
    }

    public bool ErKlarTilInnsending => Innhold.ForsteManglendeSteg() is null;

    /// <summary>Something on the draft changed (an attachment): it lives another <see cref="Levetid"/>.</summary>
    public void Beroert(DateTimeOffset tidspunkt) => SistEndret = tidspunkt;
}

/// <summary>
/// An application as it was sent: a copy of what the citizen wrote, on the case it started.
/// <see cref="UtkastId"/> is unique, so the same draft can never become two applications
/// (a double click, a refresh or the back button).
/// </summary>
public sealed class Soknad : ISaksdata
{
    string? ISaksdata.Auditnavn => "Søknad";


    private Soknad() { } // for EF Core

    public Soknad(Guid sakId, Guid utkastId, Guid innsendtAv, Soknadsinnhold innhold, DateTimeOffset sendt)
    {
        SakId = sakId;
        UtkastId = utkastId;
        InnsendtAv = innsendtAv;
        Innhold = innhold;
        Sendt = sendt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid SakId { get; private set; }
    public Guid UtkastId { get; private set; }

    /// <summary>The account that sent it.</summary>
    public Guid InnsendtAv { get; private set; }
    public Soknadsinnhold Innhold { get; private set; } = new();
    public DateTimeOffset Sendt { get; private set; }
}

public enum VedleggType
{
    Fullmakt,
    Dokumentasjon,

    /// <summary>A document that came with the answer to a request for information (<see cref="Innhenting"/>): staff only, not part of the application.</summary>
    Innhentingssvar,

    /// <summary>Statsforvalteren's decision on a complaint, scanned.</summary>
    Klageavgjorelse,
}

/// <summary>
/// A file the citizen attached: first to the draft, then to the case when the application is sent.
/// The content lies in the document store (outside wwwroot) under <see cref="DokumentNokkel"/> and
/// is served only to someone with access to the case.
/// </summary>
public sealed class Vedlegg
{
    public const long MaksStorrelse = 10 * 1024 * 1024;

    private Vedlegg() { } // for EF Core

    public Vedlegg(Guid utkastId, VedleggType type, string filnavn, string innholdstype, long storrelse, string dokumentNokkel, DateTimeOffset lastetOpp)
    {
        UtkastId = utkastId;
        Type = type;
        Filnavn = filnavn;
        Innholdstype = innholdstype;
        Storrelse = storrelse;
        DokumentNokkel = dokumentNokkel;
        LastetOpp = lastetOpp;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid? UtkastId { get; private set; }
    public Guid? SakId { get; private set; }

    /// <summary>The complaint the file came with (its draft's id is <see cref="UtkastId"/> until it is sent), or null.</summary>
    public Guid? KlageId { get; private set; }
    public VedleggType Type { get; private set; }
    public string Filnavn { get; private set; } = "";
    public string Innholdstype { get; private set; } = "";
    public long Storrelse { get; private set; }
    public string DokumentNokkel { get; private set; } = "";
    public DateTimeOffset LastetOpp { get; private set; }

    public void FlyttTilSak(Guid sakId) => (SakId, UtkastId) = (sakId, null);

    /// <summary>A complaint draft's file, now the sent complaint's, on its case.</summary>
    public void FlyttTilKlage(Guid sakId, Guid klageId) => (SakId, KlageId, UtkastId) = (sakId, klageId, null);

    /// <summary>A file staff add to a complaint: the scanned complaint and its attachments, or Statsforvalteren's decision.</summary>
    public static Vedlegg PaaKlage(Guid sakId, Guid klageId, VedleggType type, string filnavn, string innholdstype, long storrelse, string dokumentNokkel, DateTimeOffset lastetOpp)
    {
        var vedlegg = PaaSak(sakId, type, filnavn, innholdstype, storrelse, dokumentNokkel, lastetOpp);
        vedlegg.KlageId = klageId;
        return vedlegg;
    }

    /// <summary>A document staff add to the case itself, never part of a draft (the answer to a request for information).</summary>
    public static Vedlegg PaaSak(Guid sakId, VedleggType type, string filnavn, string innholdstype, long storrelse, string dokumentNokkel, DateTimeOffset lastetOpp) =>
        new()
        {
            SakId = sakId, Type = type, Filnavn = filnavn, Innholdstype = innholdstype, Storrelse = storrelse, DokumentNokkel = dokumentNokkel,
            LastetOpp = lastetOpp,
        };
}

/// <summary>
/// A consent on the case, recorded with the exact wording the citizen agreed to and when: to obtain
/// information from one source (the GP, NAV, another service), or for a pårørende to take part in the
/// mapping and get information about the case. Made from the application's step 5 (<see cref="Form"/> and
/// <see cref="RegistrertAv"/> are null then), registered later by staff who heard it orally or got it in
/// writing, or given by the citizen in "Mine saker". It can be withdrawn later; a withdrawn consent is
/// kept, with the time it ended.
/// </summary>
public sealed class Samtykke : ISaksdata
{
    public const int MaksNavn = 150;
    public const int MaksRelasjon = 40;

    private Samtykke() { } // for EF Core

    /// <summary>A consent from the application: its kind is read from the source as the application names it.</summary>
    public Samtykke(Guid sakId, string kilde, string ordlyd, DateTimeOffset gitt)
    {
        SakId = sakId;
        Kilde = kilde;
        Ordlyd = ordlyd;
        Gitt = gitt;
        Formaal = FormaalFraKilde(kilde);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid SakId { get; private set; }
    public string Kilde { get; private set; } = "";
    public string Ordlyd { get; private set; } = "";
    public DateTimeOffset Gitt { get; private set; }
    public DateTimeOffset? Trukket { get; private set; }

    /// <summary>What the consent is for; the rules (a pårørende at a meeting, a request to a source) go by this, never by the text.</summary>
    public Samtykkeformaal Formaal { get; private set; }

    /// <summary>How it was given; null for a consent from the application.</summary>
    public Samtykkeform? Form { get; private set; }

    /// <summary>The user who registered it (staff, or the citizen in "Mine saker"); null for a consent from the application.</summary>
    public Guid? RegistrertAv { get; private set; }

    public bool ErGyldig => Trukket is null;

    /// <summary>A consent, given and not withdrawn, for a pårørende to take part in the mapping.</summary>
    public bool GjelderParorende => ErGyldig && Formaal == Samtykkeformaal.Parorende;

    /// <summary>
    /// A consent, given and not withdrawn, for the pårørende named <paramref name="navn"/>: the name as the consent
    /// writes it in its source ("pårørende Per Vik (bror)"; an older one "pårørende (Per Vik, bror)"), whitespace and
    /// case aside. The consent names the person, so a consent for one pårørende is not one for another.
    /// </summary>
    public bool GjelderParorendeMedNavn(string navn)
    {
        var n = Normaliser(navn);
        return GjelderParorende && n.Length > 0 && Normaliser(Kilde).Contains(n, StringComparison.OrdinalIgnoreCase);
    }

    private static string Normaliser(string tekst) => string.Join(' ', tekst.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static string OrdlydFor(string kilde) =>
        $"Jeg samtykker i at kommunen henter inn opplysninger fra {kilde} som trengs for å behandle søknaden min om bo-oppfølging.";

    public static string OrdlydForParorende(string navn, string relasjon) =>
        $"Jeg samtykker i at {navn} ({relasjon}) kan delta i kartleggingen av hva jeg trenger hjelp til, og få opplysninger om saken min om bo-oppfølging.";

    /// <summary>
    /// The source as the consent names it: the GP and NAV as the application names them (their name in
    /// brackets when known), another service by its name, a pårørende by name and relation.
    /// </summary>
    public static string KildeFor(Samtykkeformaal formaal, string? navn, string? relasjon) => formaal switch
    {
        Samtykkeformaal.Fastlege => string.IsNullOrWhiteSpace(navn) ? "fastlegen" : $"fastlegen ({navn.Trim()})",
        Samtykkeformaal.Nav => string.IsNullOrWhiteSpace(navn) ? "NAV" : $"NAV ({navn.Trim()})",
        Samtykkeformaal.Parorende => $"pårørende {navn?.Trim()} ({relasjon?.Trim()})",
        _ => navn?.Trim() ?? "",
    };

    /// <summary>The wording for the kind: the pårørende's own, or the source's (<see cref="OrdlydFor"/>).</summary>
    public static string OrdlydFor(Samtykkeformaal formaal, string? navn, string? relasjon) =>
        formaal == Samtykkeformaal.Parorende
            ? OrdlydForParorende(navn?.Trim() ?? "", relasjon?.Trim() ?? "")
            : OrdlydFor(KildeFor(formaal, navn, relasjon));

    /// <summary>
    /// A consent given after the application: registered by staff (orally or in writing, on the date it was
    /// given) or given by the citizen in "Mine saker". The name is required for a pårørende and another
    /// service, the relation for a pårørende; the case's intent method (<see cref="Sak.RegistrerSamtykke"/>)
    /// puts it on the timeline.
    /// </summary>
    public static Result<Samtykke> Registrer(
        Guid sakId, Samtykkeformaal formaal, string? navn, string? relasjon, Samtykkeform form, DateTimeOffset gitt, Guid registrertAv)
    {
        var utenNavn = string.IsNullOrWhiteSpace(navn);
        if (utenNavn && formaal is Samtykkeformaal.Parorende or Samtykkeformaal.AnnenTjeneste)
            return Result<Samtykke>.Fail(SamtykkeFeil.NavnMangler);
        if (formaal == Samtykkeformaal.Parorende && string.IsNullOrWhiteSpace(relasjon)) return Result<Samtykke>.Fail(SamtykkeFeil.RelasjonMangler);
        if (navn?.Trim().Length > MaksNavn || relasjon?.Trim().Length > MaksRelasjon) return Result<Samtykke>.Fail(SamtykkeFeil.ForLang);
        return new Samtykke
        {
            SakId = sakId,
            Formaal = formaal,
            Kilde = KildeFor(formaal, navn, relasjon),
            Ordlyd = OrdlydFor(formaal, navn, relasjon),
            Form = form,
            Gitt = gitt,
            RegistrertAv = registrertAv,
        };
    }

    /// <summary>
    /// The kind of a consent from the application, read from the source as <c>SoknadService.MuligeKilder</c>
    /// names it; a source naming pårørende (older data) counts as a consent for a pårørende.
    /// </summary>
    public static Samtykkeformaal FormaalFraKilde(string kilde) =>
        kilde.StartsWith("fastlegen", StringComparison.Ordinal) ? Samtykkeformaal.Fastlege
        : kilde.StartsWith("NAV", StringComparison.Ordinal) ? Samtykkeformaal.Nav
        : kilde.Contains("pårørende", StringComparison.OrdinalIgnoreCase) ? Samtykkeformaal.Parorende
        : Samtykkeformaal.AnnenTjeneste;

    public Result TrekkTilbake(DateTimeOffset tidspunkt)
    {
        if (Trukket is not null) return Result.Fail(SoknadFeil.SamtykkeAlleredeTrukket);
        Trukket = tidspunkt;
        return Result.Ok();
    }
}

/// <summary>What a consent is for.</summary>
public enum Samtykkeformaal
{
    Fastlege,
    Nav,
    AnnenTjeneste,

    /// <summary>A pårørende may take part in the mapping and get information about the case.</summary>
    Parorende,
}

/// <summary>How a consent given after the application was given.</summary>
public enum Samtykkeform
{
    Muntlig,
    Skriftlig,

    /// <summary>By the citizen themself in "Mine saker".</summary>
    MineSaker,
}

public static class SamtykkeFeil
{
    public static readonly Feil NavnMangler = new("samtykke_navn", "Skriv navnet.", "Navn");
    public static readonly Feil RelasjonMangler = new("samtykke_relasjon", "Skriv hvilken relasjon den pårørende har til innbyggeren.", "Relasjon");
    public static readonly Feil ForLang = new("samtykke_for_lang", $"Navnet kan ha høyst {Samtykke.MaksNavn} tegn, relasjonen høyst {Samtykke.MaksRelasjon}.", "Navn");
    public static readonly Feil FramITid = new("samtykke_fram_i_tid", "Datoen samtykket ble gitt, kan ikke være fram i tid.", "Dato");
}

public static class SoknadFeil
{
    public static readonly Feil StegIRekkefolge = new("steg_rekkefolge", "Fyll ut stegene i rekkefølge.");
    public static readonly Feil IkkeFerdig = new("ikke_ferdig", "Søknaden mangler opplysninger. Gå gjennom stegene som ikke er fylt ut.");
    public static readonly Feil SamtykkeAlleredeTrukket = new("samtykke_trukket", "Samtykket er allerede trukket tilbake.");
    public static readonly Feil KanIkkeTrekkes = new("kan_ikke_trekkes", "Søknaden kan ikke trekkes nå, fordi det er gjort vedtak eller saken er avsluttet.");
}
