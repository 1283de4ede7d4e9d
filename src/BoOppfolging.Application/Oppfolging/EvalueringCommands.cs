using BoOppfolging.Domain;
using FluentValidation;

namespace BoOppfolging.Application.Oppfolging;

/// <summary>One goal as assessed on the form.</summary>
public sealed record MaalvurderingInput(Guid MaalId, Maalstatusverdi? Status, string? Kommentar);

/// <summary>
/// An evaluation as posted. <see cref="Id"/> is made when the form is opened, so a double submit records one evaluation.
/// </summary>
public sealed record RegistrerEvalueringCommand(
    Guid SakId, Guid Id, DateOnly? Dato, bool? BrukerDeltok, string? Vurdering, IReadOnlyList<MaalvurderingInput> Maal,
    Evalueringskonklusjon? Konklusjon, DateOnly? NesteEvaluering);

public sealed class RegistrerEvalueringCommandValidator : AbstractValidator<RegistrerEvalueringCommand>
{
    public RegistrerEvalueringCommandValidator()
    {
        RuleFor(c => c.Id).NotEmpty().WithMessage("Skjemaet mangler en id. Last siden på nytt.");
        RuleFor(c => c.Dato).NotNull().WithMessage("Skriv datoen evalueringen ble holdt.")
            .Must(d => d is null || d.Value.Year >= 2000).WithMessage("Skriv en dato etter år 2000.");
        RuleFor(c => c.BrukerDeltok).NotNull().WithMessage("Svar på om innbyggeren var med på evalueringen.");
        RuleFor(c => c.Vurdering).NotEmpty().WithMessage("Skriv vurderingen dere gjorde sammen.")
            .MaximumLength(Evaluering.MaksVurdering).WithMessage($"Vurderingen kan ha høyst {Evaluering.MaksVurdering} tegn.");
        RuleFor(c => c.Konklusjon).NotNull().WithMessage("Velg hva evalueringen konkluderte med.")
            .IsInEnum().WithMessage("Velg konklusjon blant alternativene.");
        RuleFor(c => c.NesteEvaluering).NotNull().WithMessage("Skriv datoen for neste evaluering når tjenesten fortsetter.")
            .When(c => c.Konklusjon == Evalueringskonklusjon.Fortsette);
        RuleFor(c => c.Maal).Must(m => m.Count <= 50).WithMessage("For mange mål.");
        RuleForEach(c => c.Maal).ChildRules(m =>
        {
            m.RuleFor(v => v.Status).NotNull().WithMessage("Velg status for målet.").IsInEnum().WithMessage("Velg status blant alternativene.");
            m.RuleFor(v => v.Kommentar).MaximumLength(Evaluering.MaksKommentar).WithMessage($"Kommentaren kan ha høyst {Evaluering.MaksKommentar} tegn.");
            m.RuleFor(v => v.Kommentar).NotEmpty().WithMessage("Skriv hvorfor målet er avbrutt.").When(v => v.Status == Maalstatusverdi.Avbrutt);
        });
    }
}
