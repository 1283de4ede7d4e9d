using BoOppfolging.Domain;

namespace BoOppfolging.Infrastructure.Saksbygging;

/// <summary>
/// Phase 1, second half, the vurderingsteam: one step per intent method of <c>KartleggingService</c>, with the
/// case's <see cref="Domain.Kartlegging"/> among the rows (made by the first step that needs it, as the service does).
/// </summary>
public sealed partial class Saksbygger
{
    private Kartlegging? _kartlegging;

    /// <summary>The case's Kartlegging, once a step has made it.</summary>
    public Kartlegging? Kartlegging => _kartlegging;

    /// <summary>The reasons the standard path and the steps give when none are given, per conclusion.</summary>
    public static string StandardBegrunnelse(Vurderingskonklusjon konklusjon) => konklusjon switch
    {
        Vurderingskonklusjon.FyllerKriteriene =>
            "Søkeren bor i egen bolig og har behov for opplæring og veiledning for å mestre boforholdet. Kriteriene for bo-oppfølging er oppfylt.",
        Vurderingskonklusjon.FyllerIkkeKriteriene =>
            "Behovet gjelder i hovedsak behandling og oppfølging for rus og psykisk helse, som en annen tjeneste har ansvaret for.",
        _ => "Teamet trenger en uttalelse fra fastlegen om helsesituasjonen før det kan konkludere.",
    };

    /// <summary>
    /// A member of the vurderingsteam takes the case: <paramref name="ansvarligId"/>, or <see cref="Aktor"/>; the
    /// team leader gives it to a member when <paramref name="utfortAv"/> is someone else.
    /// </summary>
    public Saksbygger TaTilVurdering(Guid? ansvarligId = null, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null)
    {
        var ansvarlig = Hvem(ansvarligId);
        return Sjekk(Sak.TaTilVurdering(KartleggingForSaken(), ansvarlig, utfortAv ?? ansvarlig, NesteTid(tidspunkt)), nameof(TaTilVurdering));
    }

    /// <summary>
    /// The vurderingsmøte, on the day of the step unless <paramref name="dato"/> is given, with who was there
    /// (the one who registers it unless named) and the reasons (<see cref="StandardBegrunnelse"/> unless given).
    /// "Fyller kriteriene" moves the case to Kartlegging.
    /// </summary>
    public Saksbygger Vurderingsmote(
        Vurderingskonklusjon konklusjon, DateOnly? dato = null, IReadOnlyList<string>? tilStede = null, string? begrunnelse = null,
        Guid? utfortAv = null, DateTimeOffset? tidspunkt = null)
    {
        var tid = NesteTid(tidspunkt);
        return Sjekk(Sak.RegistrerVurderingsmote(
            KartleggingForSaken(), dato ?? Norsktid.Dato(tid), tilStede ?? ["Vurderingsteamet"], konklusjon, begrunnelse ?? StandardBegrunnelse(konklusjon),
            Hvem(utfortAv), tid), nameof(Vurderingsmote));
    }

    /// <summary>The case's one Kartlegging, made by the first step that needs it: every phase step of the builder uses this one.</summary>
    private Kartlegging KartleggingForSaken()
    {
        if (_kartlegging is not null) return _kartlegging;
        _kartlegging = new Kartlegging(Sak.Id);
        _rader.Add(_kartlegging);
        return _kartlegging;
    }
}
