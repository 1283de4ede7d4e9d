using BoOppfolging.Domain;
using FluentValidation;

namespace BoOppfolging.Application.Oppfolging;

/// <summary>
/// A goal's new status as posted, with the version of its status row the form was read at (<see cref="Guid.Empty"/> when the
/// goal had none: not started).
/// </summary>
public sealed record SettMaalstatusCommand(Guid SakId, Guid MaalId, Guid Versjon, Maalstatusverdi? Status, string? Arsak);

public sealed class SettMaalstatusCommandValidator : AbstractValidator<SettMaalstatusCommand>
{
    public SettMaalstatusCommandValidator()
    {
        RuleFor(c => c.Status).NotNull().WithMessage("Velg status for målet.").IsInEnum().WithMessage("Velg status blant alternativene.");
        RuleFor(c => c.Arsak).MaximumLength(Maalstatus.MaksArsak).WithMessage($"Begrunnelsen kan ha høyst {Maalstatus.MaksArsak} tegn.");
    }
}
