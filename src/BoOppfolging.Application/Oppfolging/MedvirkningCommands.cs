using BoOppfolging.Domain;
using FluentValidation;

namespace BoOppfolging.Application.Oppfolging;

/// <summary>A warning about lack of participation as posted: what happened and the deadline, with the case's version.</summary>
public sealed record VarsleManglendeMedvirkningCommand(Guid SakId, Guid Versjon, string? HvaSkjedde, DateOnly? Frist);

/// <summary>The follow-up of a sent warning as posted, with the warning's version.</summary>
public sealed record FolgOppMedvirkningCommand(Guid SakId, Guid VarselId, Guid Versjon, DateOnly? Dato, Medvirkningsutfall? Utfall, string? Notat);

public sealed class VarsleManglendeMedvirkningCommandValidator : AbstractValidator<VarsleManglendeMedvirkningCommand>
{
    public VarsleManglendeMedvirkningCommandValidator(TimeProvider tid)
    {
        RuleFor(c => c.HvaSkjedde).NotEmpty().WithMessage(MedvirkningFeil.HvaSkjeddeMangler.Melding)
            .MaximumLength(Medvirkningsvarsel.MaksTekst).WithMessage($"Teksten kan ha høyst {Medvirkningsvarsel.MaksTekst} tegn.");
        RuleFor(c => c.Frist).NotNull().WithMessage("Skriv fristen for å ta kontakt.")
            .Must(f => f is null || f > Norsktid.Dato(tid.GetUtcNow())).WithMessage(MedvirkningFeil.FristPassert.Melding)
            .Must(f => f is null || f <= Norsktid.Dato(tid.GetUtcNow()).AddDays(Medvirkningsvarsel.MaksFristDager))
            .WithMessage(MedvirkningFeil.FristForLangt.Melding);
    }
}

public sealed class FolgOppMedvirkningCommandValidator : AbstractValidator<FolgOppMedvirkningCommand>
{
    public FolgOppMedvirkningCommandValidator(TimeProvider tid)
    {
        RuleFor(c => c.Dato).NotNull().WithMessage("Skriv datoen for oppfølgingen.")
            .Must(d => d is null || d <= Norsktid.Dato(tid.GetUtcNow())).WithMessage(MedvirkningFeil.DatoFramITid.Melding);
        RuleFor(c => c.Utfall).NotNull().WithMessage(MedvirkningFeil.UtfallMangler.Melding).IsInEnum().WithMessage("Velg blant alternativene.");
        RuleFor(c => c.Notat).NotEmpty().WithMessage(MedvirkningFeil.NotatMangler.Melding).When(c => c.Utfall is Medvirkningsutfall.IkkeBedret or Medvirkningsutfall.Annet)
            .MaximumLength(Medvirkningsvarsel.MaksTekst).WithMessage($"Teksten kan ha høyst {Medvirkningsvarsel.MaksTekst} tegn.");
    }
}
