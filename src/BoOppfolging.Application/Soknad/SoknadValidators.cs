using BoOppfolging.Application.Kontoer;
using BoOppfolging.Domain;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace BoOppfolging.Application.Soknad;

public sealed class OmDegInputValidator : AbstractValidator<OmDegInput>
{
    public OmDegInputValidator()
    {
        RuleFor(i => i.Adresse).NotEmpty().WithMessage("Skriv adressen din.")
            .MaximumLength(200).WithMessage("Adressen kan ha høyst 200 tegn.");
        RuleFor(i => i.Postnummer).NotEmpty().WithMessage("Skriv postnummeret.")
            .Matches("^[0-9]{4}$").WithMessage("Postnummeret må være fire siffer.");
        RuleFor(i => i.Poststed).NotEmpty().WithMessage("Skriv poststedet.")
            .MaximumLength(100).WithMessage("Poststedet kan ha høyst 100 tegn.");
        RuleFor(i => i.Telefon).Telefon("Skriv telefonnummeret ditt.");
        RuleFor(i => i.Epost).EmailAddress().WithMessage("Skriv en gyldig e-postadresse, for eksempel navn@eksempel.no.")
            .MaximumLength(256).WithMessage("E-postadressen kan ha høyst 256 tegn.")
            .When(i => !string.IsNullOrWhiteSpace(i.Epost));
        RuleFor(i => i.Kontaktmaate).NotNull().WithMessage("Velg hvordan vi kan kontakte deg.")
            .IsInEnum().WithMessage("Velg hvordan vi kan kontakte deg.");
        RuleFor(i => i.Epost).NotEmpty().WithMessage("Skriv e-postadressen din når du vil bli kontaktet på e-post.")
            .When(i => i.Kontaktmaate == Kontaktmaate.Epost);
        RuleFor(i => i.Tolkespraak).NotEmpty().WithMessage("Skriv hvilket språk du trenger tolk på.")
            .When(i => i.TrengerTolk);
        RuleFor(i => i.Tolkespraak).MaximumLength(100).WithMessage("Språket kan ha høyst 100 tegn.");
    }
}

public sealed class BosituasjonInputValidator : AbstractValidator<BosituasjonInput>
{
    public BosituasjonInputValidator(TimeProvider tid)
    {
        RuleFor(i => i.Boform).NotNull().WithMessage("Velg hvordan du bor nå.")
            .IsInEnum().WithMessage("Velg hvordan du bor nå.");
        RuleFor(i => i.BoformAnnet).NotEmpty().WithMessage("Beskriv hvordan du bor nå.")
            .When(i => i.Boform == Boform.Annet);
        RuleFor(i => i.BoformAnnet).MaximumLength(200).WithMessage("Beskrivelsen kan ha høyst 200 tegn.");
        RuleFor(i => i.Utflyttingsdato)
            .Must(d => d is null || (d >= Idag(tid).AddYears(-1) && d <= Idag(tid).AddYears(3)))
            .WithMessage("Datoen må være en gyldig dato innen tre år.");
        RuleFor(i => i.HarBegjaeringOmUtkastelse).NotNull().WithMessage("Svar på om du har fått begjæring om utkastelse.");
        RuleFor(i => i.UtkastelseDato).NotNull().WithMessage("Skriv datoen på begjæringen om utkastelse.")
            .When(i => i.HarBegjaeringOmUtkastelse == true);
        RuleFor(i => i.UtkastelseDato)
            .Must(d => d is null || (d >= Idag(tid).AddYears(-3) && d <= Idag(tid).AddYears(1)))
            .WithMessage("Datoen må være en gyldig dato.");
        RuleFor(i => i.HarHusleierestanse).NotNull().WithMessage("Svar på om du skylder husleie.");
        RuleFor(i => i.Husleierestanse).MaximumLength(200).WithMessage("Svaret kan ha høyst 200 tegn.");
    }

    private static DateOnly Idag(TimeProvider tid) => Norsktid.Dato(tid.GetUtcNow());
}

public sealed class HjelpebehovInputValidator : AbstractValidator<HjelpebehovInput>
{
    public HjelpebehovInputValidator()
    {
        RuleFor(i => i.Omrader).NotEmpty().WithMessage("Velg minst ett område du ønsker hjelp til.");
        RuleForEach(i => i.Omrader).IsInEnum().WithMessage("Velg blant områdene i listen.");
        RuleForEach(i => i.Beskrivelser).Must(b => (b.Value?.Length ?? 0) <= 1000)
            .OverridePropertyName("Beskrivelser")
            .WithMessage("Hver beskrivelse kan ha høyst 1000 tegn.");
        RuleFor(i => i.KlarerSelv).MaximumLength(2000).WithMessage("Svaret kan ha høyst 2000 tegn.");
        RuleFor(i => i.MineMaal).NotEmpty().WithMessage("Skriv med egne ord hva du ønsker å få til.")
            .MaximumLength(2000).WithMessage("Svaret kan ha høyst 2000 tegn.");
    }
}

public sealed class KontakterInputValidator : AbstractValidator<KontakterInput>
{
    public const int MaksTjenester = 5;
    public const int MaksParorende = 3;

    public KontakterInputValidator(IOptions<IdentitetOptions> identitet)
    {
        RuleFor(i => i.NavKontakt).MaximumLength(200).WithMessage("Svaret kan ha høyst 200 tegn.");
        RuleFor(i => i.Fastlege).MaximumLength(200).WithMessage("Svaret kan ha høyst 200 tegn.");
        RuleFor(i => i.AndreTjenester).Must(t => t.Count <= MaksTjenester).WithMessage($"Skriv høyst {MaksTjenester} tjenester.");
        RuleForEach(i => i.AndreTjenester).MaximumLength(200).WithMessage("Hver tjeneste kan ha høyst 200 tegn.");
        RuleFor(i => i.Parorende).Must(p => p.Count <= MaksParorende).WithMessage($"Skriv høyst {MaksParorende} pårørende.");
        RuleForEach(i => i.Parorende).Where(p => !p.ErTom).ChildRules(p =>
        {
            p.RuleFor(x => x.Navn).NotEmpty().WithMessage("Skriv navnet på den pårørende.")
                .MaximumLength(200).WithMessage("Navnet kan ha høyst 200 tegn.");
            p.RuleFor(x => x.Relasjon).NotEmpty().WithMessage("Skriv hvilken relasjon dere har, for eksempel mor eller venn.")
                .MaximumLength(100).WithMessage("Relasjonen kan ha høyst 100 tegn.");
            p.RuleFor(x => x.Telefon).Telefon("Skriv telefonnummeret til den pårørende.");
        });
        When(i => i.PaaVegneAvAnnen, () =>
        {
            RuleFor(i => i.AnnenFornavn).Navn("fornavnet til den du søker for");
            RuleFor(i => i.AnnenEtternavn).Navn("etternavnet til den du søker for");
            RuleFor(i => i.AnnenFodselsnummer).Custom((verdi, context) =>
            {
                var result = Fodselsnummer.Parse(verdi, identitet.Value.TillatTestnummer);
                if (!result.IsSuccess) context.AddFailure(nameof(KontakterInput.AnnenFodselsnummer), result.Error!.Melding);
            });
        });
    }
}

public sealed class SamtykkerInputValidator : AbstractValidator<SamtykkerInput>
{
    public SamtykkerInputValidator()
    {
        RuleFor(i => i.Kilder).Must(k => k.Count <= KontakterInputValidator.MaksTjenester + 1)
            .WithMessage("Velg blant kildene i listen.");
        RuleFor(i => i.BekreftetRiktig).Equal(true).WithMessage("Bekreft at opplysningene i søknaden er riktige.");
    }
}

public static class SoknadRegler
{
    public static IRuleBuilderOptions<T, string?> Telefon<T>(this IRuleBuilder<T, string?> rule, string mangler) =>
        rule.NotEmpty().WithMessage(mangler)
            .Matches(@"^\+?[0-9 ]{8,20}$").WithMessage("Telefonnummeret må ha minst 8 siffer, for eksempel 912 34 567.");
}
