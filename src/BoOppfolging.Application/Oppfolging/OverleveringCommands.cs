using BoOppfolging.Domain;
using FluentValidation;

namespace BoOppfolging.Application.Oppfolging;

/// <summary>One case handed over: the case, its version as read, and who takes the role the leaver had on it.</summary>
public sealed record Overforing(Guid SakId, Guid Versjon, Guid TilBrukerId);

/// <summary>
/// The team leader's handover of a bo-oppfølger's cases: the cases chosen (each to its own receiver), from a date, and why.
/// An error about one case is put by that case's field, <see cref="Felt(Guid)"/>.
/// </summary>
public sealed record OverforSakerCommand(Guid FraBrukerId, IReadOnlyList<Overforing> Saker, DateOnly? Fra, Overleveringsarsak? Arsak, string? Begrunnelse)
{
    /// <summary>The form's field for one case's receiver (a dictionary keyed by the case's id).</summary>
    public static string Felt(Guid sakId) => $"{nameof(Overforing.TilBrukerId)}[{sakId}]";
}

public sealed class OverforSakerCommandValidator : AbstractValidator<OverforSakerCommand>
{
    public OverforSakerCommandValidator()
    {
        RuleFor(c => c.Saker).NotEmpty().WithMessage(OverleveringFeil.IngenValgt.Melding).OverridePropertyName(OverleveringFeil.IngenValgt.Felt!);
        RuleFor(c => c.Fra).NotNull().WithMessage("Skriv datoen de nye kontaktene gjelder fra.");
        RuleFor(c => c.Arsak).NotNull().WithMessage("Velg hvorfor sakene overføres.").IsInEnum().WithMessage("Velg hvorfor sakene overføres.");
        RuleFor(c => c.Begrunnelse).NotEmpty().WithMessage("Skriv hvorfor sakene overføres.").When(c => c.Arsak == Overleveringsarsak.Annet);
        RuleFor(c => c.Begrunnelse).MaximumLength(OverleveringsarsakTekster.MaksTekst)
            .WithMessage($"Begrunnelsen kan ha høyst {OverleveringsarsakTekster.MaksTekst} tegn.");
    }
}
