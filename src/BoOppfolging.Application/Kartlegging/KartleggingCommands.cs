using BoOppfolging.Domain;
using FluentValidation;

namespace BoOppfolging.Application.Kartlegging;

// Every command carries the version of the case's Kartlegging the user saw, or Guid.Empty when the case
// had none yet (nobody had taken it or held a vurderingsmøte): the service accepts Guid.Empty only then.

/// <summary>The team leader gives the case to a member of the case's vurderingsteam.</summary>
public sealed record TildelVurdererCommand(Guid SakId, Guid Versjon, Guid? VurdererId);

/// <summary>A vurderingsmøte: its date, who was there (one name each), the conclusion and the reasons for it.</summary>
public sealed record RegistrerVurderingsmoteCommand(
    Guid SakId, Guid Versjon, DateOnly? Dato, IReadOnlyList<string>? TilStede, Vurderingskonklusjon? Konklusjon, string? Begrunnelse);

public sealed class TildelVurdererCommandValidator : AbstractValidator<TildelVurdererCommand>
{
    public TildelVurdererCommandValidator() =>
        RuleFor(c => c.VurdererId).NotNull().WithMessage("Velg hvem i teamet som skal ha saken.");
}

public sealed class RegistrerVurderingsmoteCommandValidator : AbstractValidator<RegistrerVurderingsmoteCommand>
{
    /// <summary>More than this many people present is a typing error, not a meeting.</summary>
    public const int MaksTilStede = 30;

    public RegistrerVurderingsmoteCommandValidator(TimeProvider tid)
    {
        RuleFor(c => c.Dato).NotNull().WithMessage("Skriv datoen for møtet.")
            .Must(d => d is null || d <= Idag(tid)).WithMessage("Møtet kan ikke ha en dato fram i tid.")
            .Must(d => d is null || d >= Idag(tid).AddYears(-1)).WithMessage("Datoen kan ikke være mer enn ett år tilbake.");
        RuleFor(c => c.TilStede)
            .Must(t => t is { Count: > 0 }).WithMessage("Skriv hvem som var til stede, ett navn på hver linje.")
            .Must(t => t is null || t.Count <= MaksTilStede).WithMessage($"Skriv høyst {MaksTilStede} navn.")
            .Must(t => t is null || t.All(n => n.Trim().Length <= Domain.Kartlegging.MaksKortTekst))
            .WithMessage($"Hvert navn kan ha høyst {Domain.Kartlegging.MaksKortTekst} tegn.");
        RuleFor(c => c.Konklusjon).NotNull().WithMessage("Velg hva teamet konkluderte med.")
            .IsInEnum().WithMessage("Velg hva teamet konkluderte med.");
        RuleFor(c => c.Begrunnelse).NotEmpty().WithMessage("Skriv begrunnelsen for konklusjonen.")
            .MaximumLength(Domain.Kartlegging.MaksTekst).WithMessage($"Begrunnelsen kan ha høyst {Domain.Kartlegging.MaksTekst} tegn.");
    }

    private static DateOnly Idag(TimeProvider tid) => Norsktid.Dato(tid.GetUtcNow());
}
