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
    public VedleggType Type { get; private set; }
    public string Filnavn { get; private set; } = "";
    public string Innholdstype { get; private set; } = "";
    public long Storrelse { get; private set; }
    public string DokumentNokkel { get; private set; } = "";
    public DateTimeOffset LastetOpp { get; private set; }

    public void FlyttTilSak(Guid sakId) => (SakId, UtkastId) = (sakId, null);

    /// <summary>A document staff add to the case itself, never part of a draft (the answer to a request for information).</summary>
    public static Vedlegg PaaSak(Guid sakId, VedleggType type, string filnavn, string innholdstype, long storrelse, string dokumentNokkel, DateTimeOffset lastetOpp) =>
        new()
        {
            SakId = sakId, Type = type, Filnavn = filnavn, Innholdstype = innholdstype, Storrelse = storrelse, DokumentNokkel = dokumentNokkel,
            LastetOpp = lastetOpp,
        };
}

/// <summary>
/// Consent to obtain information from one source, recorded with the exact wording the citizen saw
/// and when. It can be withdrawn later; a withdrawn consent is kept, with the time it ended.
/// </summary>
public sealed class Samtykke : ISaksdata
{
    private Samtykke() { } // for EF Core

    public Samtykke(Guid sakId, string kilde, string ordlyd, DateTimeOffset gitt)
    {
        SakId = sakId;
        Kilde = kilde;
        Ordlyd = ordlyd;
        Gitt = gitt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid SakId { get; private set; }
    public string Kilde { get; private set; } = "";
    public string Ordlyd { get; private set; } = "";
    public DateTimeOffset Gitt { get; private set; }
    public DateTimeOffset? Trukket { get; private set; }

    public bool ErGyldig => Trukket is null;

    public static string OrdlydFor(string kilde) =>
        $"Jeg samtykker i at kommunen henter inn opplysninger fra {kilde} som trengs for å behandle søknaden min om bo-oppfølging.";

    public Result TrekkTilbake(DateTimeOffset tidspunkt)
    {
        if (Trukket is not null) return Result.Fail(SoknadFeil.SamtykkeAlleredeTrukket);
        Trukket = tidspunkt;
        return Result.Ok();
    }
}

public static class SoknadFeil
{
    public static readonly Feil StegIRekkefolge = new("steg_rekkefolge", "Fyll ut stegene i rekkefølge.");
    public static readonly Feil IkkeFerdig = new("ikke_ferdig", "Søknaden mangler opplysninger. Gå gjennom stegene som ikke er fylt ut.");
    public static readonly Feil SamtykkeAlleredeTrukket = new("samtykke_trukket", "Samtykket er allerede trukket tilbake.");
    public static readonly Feil KanIkkeTrekkes = new("kan_ikke_trekkes", "Søknaden kan ikke trekkes nå, fordi det er gjort vedtak eller saken er avsluttet.");
}
