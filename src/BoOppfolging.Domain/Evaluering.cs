namespace BoOppfolging.Domain;

/// <summary>What the evaluation concluded: go on to a next evaluation date, or change or end the service by a new vedtak.</summary>
public enum Evalueringskonklusjon
{
    Fortsette,
    Endre,
    Avslutte,
}

/// <summary>One goal as it was assessed at the evaluation: its status then, and a comment (required when it was stopped).</summary>
public sealed record Maalvurdering(Guid MaalId, Maalstatusverdi Status, string? Kommentar);

/// <summary>
/// An evaluation of the service with the citizen, on the vedtak in force (its own aggregate, many per case): the day it was
/// held, whether the citizen took part, the assessment, each goal's status, and the conclusion. <see cref="Evalueringskonklusjon.Fortsette"/>
/// sets the next evaluation date (within the vedtak's period); <see cref="Evalueringskonklusjon.Endre"/> and
/// <see cref="Evalueringskonklusjon.Avslutte"/> leave the case on the evaluation list until the new vedtak is made, so a vedtak is
/// never left to run out silently. Recorded once and never changed: a later evaluation is a new one.
/// </summary>
public sealed class Evaluering : IHarVersjon, ISaksdata
{
    public const int MaksVurdering = 4000;
    public const int MaksKommentar = 1000;

    /// <summary>The furthest ahead a next evaluation may be set.</summary>
    public const int MaksMaanederTilNeste = 24;

    private Evaluering() { } // for EF Core

    public Guid Id { get; private set; }
    public Guid SakId { get; private set; }

    /// <summary>The vedtak evaluated: the end of the case's chain on the day.</summary>
    public Guid VedtakId { get; private set; }

    public Guid Versjon { get; private set; } = Guid.NewGuid();
    public DateOnly Dato { get; private set; }
    public bool BrukerDeltok { get; private set; }
    public string Vurdering { get; private set; } = "";
    public IReadOnlyList<Maalvurdering> Maal { get; private set; } = [];
    public Evalueringskonklusjon Konklusjon { get; private set; }
    public DateOnly? NesteEvaluering { get; private set; }
    public Guid RegistrertAv { get; private set; }
    public DateTimeOffset Registrert { get; private set; }

    string? ISaksdata.Auditnavn => "Evaluering";

    public void NyVersjon() => Versjon = Guid.NewGuid();

    /// <summary>
    /// Records an evaluation of <paramref name="vedtak"/> (approved, on the case) held on <paramref name="dato"/> (today or
    /// earlier, not before the vedtak was made). Every refusal names its field.
    /// </summary>
    public static Result<Evaluering> Registrer(
        Guid id, Guid sakId, Vedtak vedtak, DateOnly dato, bool brukerDeltok, string? vurdering, IReadOnlyList<Maalvurdering> maal,
        Evalueringskonklusjon? konklusjon, DateOnly? neste, DateOnly idag, Guid av, DateTimeOffset tidspunkt)
    {
        ArgumentNullException.ThrowIfNull(vedtak);
        ArgumentNullException.ThrowIfNull(maal);
        if (vedtak.SakId != sakId || vedtak.Status != Vedtaksstatus.Vedtatt || vedtak.Type == Vedtakstype.Opphorsvedtak)
            return Result<Evaluering>.Fail(EvalueringFeil.IngenVedtak);
        if (dato > idag) return Result<Evaluering>.Fail(EvalueringFeil.DatoFramITid);
        if (vedtak.Vedtatt is { } vedtatt && dato < Norsktid.Dato(vedtatt)) return Result<Evaluering>.Fail(EvalueringFeil.DatoForVedtaket(Norsktid.Dato(vedtatt)));
        var tekst = vurdering?.Trim();
        if (string.IsNullOrEmpty(tekst)) return Result<Evaluering>.Fail(EvalueringFeil.VurderingMangler);
        if (tekst.Length > MaksVurdering) return Result<Evaluering>.Fail(EvalueringFeil.VurderingForLang);
        if (konklusjon is not { } k || !Enum.IsDefined(k)) return Result<Evaluering>.Fail(EvalueringFeil.KonklusjonMangler);
        if (k == Evalueringskonklusjon.Fortsette)
        {
            if (neste is not { } n) return Result<Evaluering>.Fail(EvalueringFeil.NesteMangler);
            if (n <= idag) return Result<Evaluering>.Fail(EvalueringFeil.NesteForIdag);
            if (n > dato.AddMonths(MaksMaanederTilNeste)) return Result<Evaluering>.Fail(EvalueringFeil.NesteForLangt);
            if (vedtak.Til is { } til && n > til) return Result<Evaluering>.Fail(EvalueringFeil.NesteEtterPerioden(til));
        }

        var vurderinger = new List<Maalvurdering>();
        foreach (var m in maal)
        {
            if (!Enum.IsDefined(m.Status)) return Result<Evaluering>.Fail(EvalueringFeil.UkjentMaalstatus(m.MaalId));
            var kommentar = string.IsNullOrWhiteSpace(m.Kommentar) ? null : m.Kommentar.Trim();
            if (kommentar is { Length: > MaksKommentar }) return Result<Evaluering>.Fail(EvalueringFeil.KommentarForLang(m.MaalId));
            if (m.Status == Maalstatusverdi.Avbrutt && kommentar is null) return Result<Evaluering>.Fail(EvalueringFeil.KommentarMangler(m.MaalId));
            if (vurderinger.Any(v => v.MaalId == m.MaalId)) return Result<Evaluering>.Fail(EvalueringFeil.UkjentMaalstatus(m.MaalId));
            vurderinger.Add(m with { Kommentar = kommentar });
        }

        return new Evaluering
        {
            Id = id,
            SakId = sakId,
            VedtakId = vedtak.Id,
            Dato = dato,
            BrukerDeltok = brukerDeltok,
            Vurdering = tekst,
            Maal = vurderinger,
            Konklusjon = k,
            NesteEvaluering = k == Evalueringskonklusjon.Fortsette ? neste : null,
            RegistrertAv = av,
            Registrert = tidspunkt,
        };
    }

    /// <summary>
    /// When the vedtak is next due for evaluation, by its latest evaluation (<paramref name="siste"/>, of this vedtak) or else the
    /// vedtak's own date: <see cref="Evalueringskonklusjon.Fortsette"/> moves it to the next date; a conclusion to change or end
    /// keeps it due from the day it was held, until a new vedtak replaces this one.
    /// </summary>
    public static DateOnly? Forfall(DateOnly? vedtaketsDato, Evaluering? siste) =>
        Forfall(vedtaketsDato, siste?.Konklusjon, siste?.Dato, siste?.NesteEvaluering);

    /// <summary>
    /// <see cref="Forfall(DateOnly?, Evaluering?)"/> from the latest evaluation's columns (the follow-up overview reads only these):
    /// <paramref name="konklusjon"/> null means not evaluated yet.
    /// </summary>
    public static DateOnly? Forfall(DateOnly? vedtaketsDato, Evalueringskonklusjon? konklusjon, DateOnly? holdt, DateOnly? neste) => konklusjon switch
    {
        null => vedtaketsDato,
        Evalueringskonklusjon.Fortsette => neste,
        _ => holdt,
    };
}

public static class EvalueringTekster
{
    public static string Visningsnavn(this Evalueringskonklusjon k) => k switch
    {
        Evalueringskonklusjon.Fortsette => "Tjenesten fortsetter som i vedtaket",
        Evalueringskonklusjon.Endre => "Tjenesten må endres (endringsvedtak)",
        Evalueringskonklusjon.Avslutte => "Tjenesten skal avsluttes (opphørsvedtak)",
        _ => k.ToString(),
    };
}

public static class EvalueringFeil
{
    public static readonly Feil IngenVedtak = new("evaluering_ingen_vedtak", "Saken har ikke et vedtak med timer som gjelder, så det er ingenting å evaluere.");
    public static readonly Feil DatoFramITid = new("evaluering_dato_fram", "Evalueringen registreres når den er holdt. Datoen kan ikke være fram i tid.", "Dato");
    public static Feil DatoForVedtaket(DateOnly vedtatt) =>
        new("evaluering_dato_for_vedtak", $"Datoen kan ikke være før vedtaket ble fattet ({vedtatt:dd.MM.yyyy}).", "Dato");
    public static readonly Feil VurderingMangler = new("evaluering_vurdering", "Skriv vurderingen dere gjorde sammen.", "Vurdering");
    public static readonly Feil VurderingForLang = new("evaluering_vurdering_lang", $"Vurderingen kan ha høyst {Evaluering.MaksVurdering} tegn.", "Vurdering");
    public static readonly Feil KonklusjonMangler = new("evaluering_konklusjon", "Velg hva evalueringen konkluderte med.", "Konklusjon");
    public static readonly Feil NesteMangler = new("evaluering_neste", "Skriv datoen for neste evaluering når tjenesten fortsetter.", "NesteEvaluering");
    public static readonly Feil NesteForIdag = new("evaluering_neste_passert", "Neste evaluering må være etter i dag.", "NesteEvaluering");
    public static readonly Feil NesteForLangt = new(
        "evaluering_neste_langt", $"Neste evaluering kan være høyst {Evaluering.MaksMaanederTilNeste} måneder fram.", "NesteEvaluering");
    public static Feil NesteEtterPerioden(DateOnly til) => new(
        "evaluering_neste_etter_perioden",
        $"Vedtaket gjelder til {til:dd.MM.yyyy}. Neste evaluering må være innen da; skal tjenesten fortsette etter det, velg at den må endres.",
        "NesteEvaluering");
    // The goals' field names carry their place in the form, which only the validator knows: it checks each goal first.
    public static Feil UkjentMaalstatus(Guid maalId) => new("evaluering_maalstatus", "Velg en status fra listen for hvert mål.", "Maal");
    public static Feil KommentarMangler(Guid maalId) => new("evaluering_kommentar", "Skriv hvorfor et mål er avbrutt.", "Maal");
    public static Feil KommentarForLang(Guid maalId) =>
        new("evaluering_kommentar_lang", $"Kommentaren kan ha høyst {Evaluering.MaksKommentar} tegn.", "Maal");
}
