using BoOppfolging.Domain;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace BoOppfolging.Application.Kontoer;

public sealed class RegistrerInnbyggerCommandValidator : AbstractValidator<RegistrerInnbyggerCommand>
{
    public RegistrerInnbyggerCommandValidator(IOptions<IdentitetOptions> options)
    {
        var tillatTestnummer = options.Value.TillatTestnummer;

        RuleFor(c => c.Fornavn).Navn("fornavn");
        RuleFor(c => c.Etternavn).Navn("etternavn");
        RuleFor(c => c.Fodselsnummer).Custom((verdi, context) =>
        {
            var result = Fodselsnummer.Parse(verdi, tillatTestnummer);
            if (!result.IsSuccess)
            {
                context.AddFailure(nameof(RegistrerInnbyggerCommand.Fodselsnummer), result.Error!.Melding);
            }
        });
        RuleFor(c => c.Epost).Epost();
        RuleFor(c => c.Passord)
            .NotEmpty().WithMessage("Velg et passord.")
            .MaximumLength(128).WithMessage("Passordet kan ha høyst 128 tegn.");
        RuleFor(c => c.BekreftPassord)
            .Equal(c => c.Passord).WithMessage("Passordene er ikke like.")
            .When(c => !string.IsNullOrEmpty(c.Passord));
    }
}

public sealed class OpprettAnsattCommandValidator : AbstractValidator<OpprettAnsattCommand>
{
    public OpprettAnsattCommandValidator()
    {
        RuleFor(c => c.Fornavn).Navn("fornavn");
        RuleFor(c => c.Etternavn).Navn("etternavn");
        RuleFor(c => c.Epost).Epost();
        RuleFor(c => c.Roller).RollerForAnsatt();
    }
}

public sealed class EndreRollerCommandValidator : AbstractValidator<EndreRollerCommand>
{
    public EndreRollerCommandValidator() => RuleFor(c => c.Roller).RollerForAnsatt();
}

public static class KontoRegler
{
    public static IRuleBuilderOptions<T, string?> Navn<T>(this IRuleBuilder<T, string?> rule, string hva) =>
        rule.NotEmpty().WithMessage($"Fyll inn {hva}.")
            .MaximumLength(100).WithMessage($"Feltet for {hva} kan ha høyst 100 tegn.");

    public static IRuleBuilderOptions<T, string?> Epost<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("Fyll inn e-postadresse.")
            .MaximumLength(256).WithMessage("E-postadressen kan ha høyst 256 tegn.")
            .EmailAddress().WithMessage("Skriv e-postadressen slik: navn@eksempel.no.");

    public static IRuleBuilderOptions<T, IReadOnlyList<string>> RollerForAnsatt<T>(this IRuleBuilder<T, IReadOnlyList<string>> rule) =>
        rule.NotEmpty().WithMessage("Velg minst én rolle.")
            .Must(r => r.All(Roller.Ansatte.Contains)).WithMessage("Velg bare roller fra listen.");
}
