using BoOppfolging.Domain;
using FluentValidation;

namespace BoOppfolging.Application.Klage;

/// <summary>
/// The lengths of what the citizen writes, checked on every save of the draft and on sending. What is required (what they disagree
/// with, and why a late complaint comes now) is the complaint's own rule (<see cref="Domain.Klage.Motta"/>), checked when sent.
/// </summary>
public sealed class KlageInputValidator : AbstractValidator<KlageInput>
{
    public KlageInputValidator()
    {
        const string For = "Teksten er for lang. Du kan skrive høyst 10 000 tegn. Legg heller ved et dokument.";
        RuleFor(i => i.Uenighet).MaximumLength(Klageinnhold.MaksTekst).WithMessage(For);
        RuleFor(i => i.Onsket).MaximumLength(Klageinnhold.MaksTekst).WithMessage(For);
        RuleFor(i => i.NyeOpplysninger).MaximumLength(Klageinnhold.MaksTekst).WithMessage(For);
        RuleFor(i => i.ForsinkelseGrunn).MaximumLength(Klageinnhold.MaksTekst).WithMessage(For);
    }
}
