namespace BoOppfolging.Domain;

/// <summary>
/// A request for information to the GP (fastlege) or another service, sent as a letter through the
/// letter machinery, and its answer: the date, a summary and attachments. Made only on the citizen's
/// consent for that source (<see cref="Samtykke"/>), given and not withdrawn: the consent's id is kept,
/// so the record shows what the request rested on.
/// </summary>
public sealed class Innhenting : IHarVersjon, ISaksdata
{
    public const int MaksTekst = 4000;

    private readonly List<Guid> _vedlegg = [];

    private Innhenting() { } // for EF Core

    private Innhenting(Guid sakId, Guid samtykkeId, string kilde, string hva, DateOnly frist, Guid av, DateTimeOffset tidspunkt)
    {
        SakId = sakId;
        SamtykkeId = samtykkeId;
        Kilde = kilde;
        Hva = hva;
        Frist = frist;
        BestiltAv = av;
        Bestilt = tidspunkt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid SakId { get; private set; }
    public Guid Versjon { get; private set; } = Guid.NewGuid();
    public Guid SamtykkeId { get; private set; }

    /// <summary>The source as the consent names it ("fastlegen (Dr. Lie, Sentrum legekontor)").</summary>
    public string Kilde { get; private set; } = "";

    /// <summary>What is asked for.</summary>
    public string Hva { get; private set; } = "";

    public DateOnly Frist { get; private set; }
    public Guid BestiltAv { get; private set; }
    public DateTimeOffset Bestilt { get; private set; }

    /// <summary>The letter that asks (a draft until registered as sent).</summary>
    public Guid? BrevId { get; private set; }

    public DateOnly? SvarMottatt { get; private set; }
    public string? Sammendrag { get; private set; }

    /// <summary>Documents in the document store that came with the answer.</summary>
    public IReadOnlyList<Guid> Vedlegg => _vedlegg.AsReadOnly();

    string? ISaksdata.Auditnavn => "Innhenting av opplysninger";

    public void NyVersjon() => Versjon = Guid.NewGuid();

    /// <summary>A request, on a consent that is on the case and not withdrawn; refused otherwise, with the reason.</summary>
    public static Result<Innhenting> Bestill(Samtykke? samtykke, Guid sakId, string hva, DateOnly frist, DateOnly idag, Guid av, DateTimeOffset tidspunkt)
    {
        if (samtykke is null || samtykke.SakId != sakId) return Result<Innhenting>.Fail(InnhentingFeil.UtenSamtykke);
        if (samtykke.Trukket is not null) return Result<Innhenting>.Fail(InnhentingFeil.SamtykkeTrukket(samtykke.Kilde));
        if (string.IsNullOrWhiteSpace(hva)) return Result<Innhenting>.Fail(InnhentingFeil.HvaMangler);
        if (frist <= idag) return Result<Innhenting>.Fail(InnhentingFeil.FristPassert);
        return new Innhenting(sakId, samtykke.Id, samtykke.Kilde, hva.Trim(), frist, av, tidspunkt);
    }

    public void KnyttBrev(Guid brevId) => BrevId = brevId;

    public Result RegistrerSvar(DateOnly mottatt, string sammendrag, IReadOnlyList<Guid> vedlegg, DateOnly idag)
    {
        if (mottatt > idag) return Result.Fail(new Feil("svar_fram_i_tid", "Datoen svaret kom kan ikke være fram i tid.", "Mottatt"));
        if (mottatt < Norsktid.Dato(Bestilt)) return Result.Fail(new Feil("svar_for_bestilt", "Svaret kan ikke ha kommet før opplysningene ble bedt om.", "Mottatt"));
        if (string.IsNullOrWhiteSpace(sammendrag)) return Result.Fail(new Feil("sammendrag_mangler", "Skriv et sammendrag av svaret.", "Sammendrag"));
        SvarMottatt = mottatt;
        Sammendrag = sammendrag.Trim();
        _vedlegg.AddRange(vedlegg.Except(_vedlegg));
        return Result.Ok();
    }
}

public static class InnhentingFeil
{
    public static readonly Feil UtenSamtykke = new(
        "uten_samtykke",
        "Innbyggeren har ikke gitt samtykke til å hente opplysninger fra denne kilden. Be om samtykke før du henter inn opplysninger.",
        "SamtykkeId");

    public static readonly Feil HvaMangler = new("hva_mangler", "Skriv hvilke opplysninger du ber om.", "Hva");
    public static readonly Feil FristPassert = new("frist_passert", "Fristen for svar må være fram i tid.", "Frist");

    public static Feil SamtykkeTrukket(string kilde) => new(
        "samtykke_trukket",
        $"Samtykket til å hente opplysninger fra {kilde} er trukket tilbake. Opplysninger kan ikke hentes derfra uten nytt samtykke.",
        "SamtykkeId");
}
