using BoOppfolging.Domain;
using FluentValidation;

namespace BoOppfolging.Application.Klage;

/// <summary>A file staff attach (a scanned page): its name, content and length, read by the controller from the upload.</summary>
public sealed record Filopplasting(string? Filnavn, Stream Innhold, long Lengde);

/// <summary>
/// A complaint that came by post, e-mail or in person, registered by staff. <paramref name="SkjemaId"/> is made when the form is
/// opened, so a double submit registers one complaint.
/// </summary>
/// <param name="Postlagt">For a letter: the postmark date, when it is legible (forvaltningsloven § 30: posted in time is in time).</param>
/// <param name="Signert">Signed on paper, or given in person and signed at the unit.</param>
public sealed record RegistrerKlageCommand(
    Guid SakId, Guid SkjemaId, Guid? VedtakId, Klagekanal? Kanal, Klagerrolle? Klagerrolle, string? KlagerNavn, DateOnly? Mottatt, DateOnly? Postlagt,
    bool Signert, string? Uenighet, string? Onsket, string? NyeOpplysninger, string? ForsinkelseGrunn);

public sealed class RegistrerKlageCommandValidator : AbstractValidator<RegistrerKlageCommand>
{
    public RegistrerKlageCommandValidator(TimeProvider tid)
    {
        RuleFor(c => c.VedtakId).NotNull().WithMessage("Velg vedtaket klagen gjelder.");
        RuleFor(c => c.Kanal).NotNull().WithMessage("Velg hvordan klagen kom.")
            .IsInEnum().WithMessage("Velg hvordan klagen kom.")
            .NotEqual(Klagekanal.Digital).WithMessage("En digital klage sender innbyggeren selv i Mine saker. Velg hvordan klagen kom.");
        RuleFor(c => c.Klagerrolle).NotNull().WithMessage("Velg hvem klagen er fra.")
            .IsInEnum().WithMessage("Velg hvem klagen er fra.");
        RuleFor(c => c.KlagerNavn).NotEmpty().WithMessage("Skriv navnet på den som klager.")
            .MaximumLength(200).WithMessage("Navnet kan ha høyst 200 tegn.");
        RuleFor(c => c.Mottatt).NotNull().WithMessage("Skriv datoen klagen kom.")
            .Must(d => d is null || d <= Idag(tid)).WithMessage("Datoen kan ikke være fram i tid.");
        RuleFor(c => c.Postlagt)
            .Must((c, d) => d is null || c.Mottatt is null || d <= c.Mottatt).WithMessage("Klagen kan ikke være postlagt etter at den kom.");
        RuleFor(c => c.Uenighet).NotEmpty().WithMessage("Skriv hva klageren er uenig i, og hvorfor (et sammendrag av klagen holder når den er skannet).")
            .MaximumLength(Klageinnhold.MaksTekst).WithMessage("Teksten kan ha høyst 10 000 tegn.");
        RuleFor(c => c.Onsket).MaximumLength(Klageinnhold.MaksTekst).WithMessage("Teksten kan ha høyst 10 000 tegn.");
        RuleFor(c => c.NyeOpplysninger).MaximumLength(Klageinnhold.MaksTekst).WithMessage("Teksten kan ha høyst 10 000 tegn.");
        RuleFor(c => c.ForsinkelseGrunn).MaximumLength(Klageinnhold.MaksTekst).WithMessage("Teksten kan ha høyst 10 000 tegn.");
    }

    private static DateOnly Idag(TimeProvider tid) => Norsktid.Dato(tid.GetUtcNow());
}
