using FluentValidation;

namespace BoOppfolging.Web.Features.Konto;

/// <summary>Messages for the account forms that are not use cases of their own (log-in, passwords).</summary>
public static class KontoTekster
{
    public const string FeilInnlogging = "Feil e-postadresse eller passord.";
    public const string Sperret = "Kontoen er midlertidig sperret etter for mange mislykkede forsøk. Prøv igjen om 15 minutter, eller bruk «Glemt passord».";
    public const string IkkeTillatt = "Du kan ikke logge inn med denne kontoen. Ta kontakt med kommunen.";
    public const string FeilKode = "Koden er ikke riktig. Skriv inn den sekssifrede koden fra appen.";
    public const string UgyldigLenke = "Lenken er ugyldig eller utløpt. Be om en ny lenke.";
    public const string IdPortenFeilet = "Innloggingen med ID-porten ble ikke fullført. Prøv igjen.";
}

public sealed class LoggInnViewModelValidator : AbstractValidator<LoggInnViewModel>
{
    public LoggInnViewModelValidator()
    {
        RuleFor(m => m.Epost).NotEmpty().WithMessage("Fyll inn e-postadresse.")
            .MaximumLength(256).WithMessage("E-postadressen kan ha høyst 256 tegn.");
        RuleFor(m => m.Passord).NotEmpty().WithMessage("Fyll inn passord.")
            .MaximumLength(128).WithMessage("Passordet kan ha høyst 128 tegn.");
    }
}

public sealed class TofaktorInnloggingViewModelValidator : AbstractValidator<TofaktorInnloggingViewModel>
{
    public TofaktorInnloggingViewModelValidator() =>
        RuleFor(m => m.Kode).NotEmpty().WithMessage("Fyll inn koden fra autentiseringsappen.")
            .MaximumLength(20).WithMessage("Koden er for lang.");
}

public sealed class GlemtPassordViewModelValidator : AbstractValidator<GlemtPassordViewModel>
{
    public GlemtPassordViewModelValidator() =>
        RuleFor(m => m.Epost).NotEmpty().WithMessage("Fyll inn e-postadresse.")
            .MaximumLength(256).WithMessage("E-postadressen kan ha høyst 256 tegn.")
            .EmailAddress().WithMessage("Skriv e-postadressen slik: navn@eksempel.no.");
}

public sealed class NyttPassordViewModelValidator : AbstractValidator<NyttPassordViewModel>
{
    public NyttPassordViewModelValidator()
    {
        RuleFor(m => m.Passord).NotEmpty().WithMessage("Velg et passord.")
            .MaximumLength(128).WithMessage("Passordet kan ha høyst 128 tegn.");
        RuleFor(m => m.BekreftPassord).Equal(m => m.Passord).WithMessage("Passordene er ikke like.");
    }
}

public sealed class EndrePassordViewModelValidator : AbstractValidator<EndrePassordViewModel>
{
    public EndrePassordViewModelValidator()
    {
        RuleFor(m => m.NavaerendePassord).NotEmpty().WithMessage("Fyll inn passordet du har nå.")
            .MaximumLength(128).WithMessage("Passordet kan ha høyst 128 tegn.");
        RuleFor(m => m.NyttPassord).NotEmpty().WithMessage("Velg et nytt passord.")
            .MaximumLength(128).WithMessage("Passordet kan ha høyst 128 tegn.");
        RuleFor(m => m.BekreftPassord).Equal(m => m.NyttPassord).WithMessage("Passordene er ikke like.");
    }
}

public sealed class TofaktorViewModelValidator : AbstractValidator<TofaktorViewModel>
{
    public TofaktorViewModelValidator() =>
        RuleFor(m => m.Kode).NotEmpty().WithMessage("Fyll inn koden fra autentiseringsappen.")
            .MaximumLength(10).WithMessage("Koden er for lang.");
}
