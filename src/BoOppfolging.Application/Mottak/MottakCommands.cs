using BoOppfolging.Application.Kontoer;
using BoOppfolging.Application.Soknad;
using BoOppfolging.Domain;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace BoOppfolging.Application.Mottak;

/// <summary>A referral received by phone, letter or e-mail. The fødselsnummer may be unknown at first.</summary>
public sealed record RegistrerHenvendelseCommand(
    Kanal? Kanal, Mottaksform? Mottaksform, DateOnly? Mottatt,
    string? MelderNavn, string? MelderRolle, string? MelderTelefon, string? MelderEpost,
    string? Fornavn, string? Etternavn, string? Fodselsnummer, DateOnly? Fodselsdato,
    string? Beskrivelse, Hastegrad? Hastegrad,
    string? Adresse = null, string? Postnummer = null, string? Poststed = null) : IPostadresseInput
{
    public bool HarAdresse => !string.IsNullOrWhiteSpace(Adresse) || !string.IsNullOrWhiteSpace(Postnummer) || !string.IsNullOrWhiteSpace(Poststed);
}

/// <summary>The screening. <see cref="Fodselsnummer"/> is only asked for when the person's number is unknown.</summary>
public sealed record MottakskontrollCommand(
    Guid SakId, Guid Versjon, string? Fodselsnummer, bool? IMaalgruppen, bool DuplikatSjekket, string? Notat);

public sealed record RegistrerKontaktCommand(
    Guid SakId, Guid Versjon, DateOnly? Dato, Kontaktform? Form, Kontaktresultat? Resultat, bool Samtykke, string? Notat);

public sealed record BeOmOpplysningerCommand(Guid SakId, Guid Versjon, string? Beskrivelse, DateOnly? Frist);

public sealed record TildelSaksbehandlerCommand(Guid SakId, Guid Versjon, Guid? SaksbehandlerId);

public sealed record SendTilVurderingCommand(Guid SakId, Guid Versjon, Guid? TeamId);

public sealed record HenvisCommand(Guid SakId, Guid Versjon, string? Tjeneste, string? Begrunnelse);

public sealed record HenleggCommand(Guid SakId, Guid Versjon, Henleggelsesgrunn? Grunn, string? Begrunnelse);

public sealed record KobleTilSakCommand(Guid SakId, Guid Versjon, Guid? AapenSakId);

public sealed record EndreAdresseCommand(Guid SakId, Guid Versjon, string? Adresse, string? Postnummer, string? Poststed) : IPostadresseInput;

/// <summary>A postal address as typed: street, postal code and place.</summary>
public interface IPostadresseInput
{
    string? Adresse { get; }
    string? Postnummer { get; }
    string? Poststed { get; }
}

public sealed record ForelopigSvarCommand(Guid SakId, Guid Versjon, string? Begrunnelse, DateOnly? ForventetAvgjort);

public sealed class RegistrerHenvendelseCommandValidator : AbstractValidator<RegistrerHenvendelseCommand>
{
    public RegistrerHenvendelseCommandValidator(TimeProvider tid, IOptions<IdentitetOptions> identitet)
    {
        RuleFor(c => c.Kanal).NotNull().WithMessage("Velg hvem henvendelsen kommer fra.")
            .IsInEnum().WithMessage("Velg hvem henvendelsen kommer fra.")
            .NotEqual(Domain.Kanal.Soknad).WithMessage("En søknad sendes av innbyggeren selv. Velg hvem henvendelsen kommer fra.");
        RuleFor(c => c.Mottaksform).NotNull().WithMessage("Velg hvordan henvendelsen kom inn.")
            .IsInEnum().WithMessage("Velg hvordan henvendelsen kom inn.");
        RuleFor(c => c.Mottatt).NotNull().WithMessage("Skriv datoen henvendelsen kom inn.")
            .Must(d => d is null || d <= Idag(tid)).WithMessage("Datoen kan ikke være fram i tid.")
            .Must(d => d is null || d >= Idag(tid).AddMonths(-6)).WithMessage("Datoen kan ikke være mer enn seks måneder tilbake.");
        RuleFor(c => c.MelderNavn).NotEmpty().WithMessage("Skriv navnet på den som meldte.")
            .MaximumLength(200).WithMessage("Navnet kan ha høyst 200 tegn.");
        RuleFor(c => c.MelderRolle).MaximumLength(200).WithMessage("Rollen kan ha høyst 200 tegn.");
        RuleFor(c => c.MelderTelefon).Matches(@"^\+?[0-9 ]{8,20}$").WithMessage("Telefonnummeret må ha minst 8 siffer, for eksempel 912 34 567.")
            .When(c => !string.IsNullOrWhiteSpace(c.MelderTelefon));
        RuleFor(c => c.MelderEpost).EmailAddress().WithMessage("Skriv en gyldig e-postadresse, for eksempel navn@eksempel.no.")
            .MaximumLength(256).WithMessage("E-postadressen kan ha høyst 256 tegn.")
            .When(c => !string.IsNullOrWhiteSpace(c.MelderEpost));
        RuleFor(c => c.MelderTelefon).NotEmpty().WithMessage("Skriv telefon eller e-post til den som meldte, så vi kan ta kontakt.")
            .When(c => string.IsNullOrWhiteSpace(c.MelderEpost));
        RuleFor(c => c.Fornavn).NotEmpty().WithMessage("Skriv fornavnet til personen henvendelsen gjelder.")
            .MaximumLength(100).WithMessage("Fornavnet kan ha høyst 100 tegn.");
        RuleFor(c => c.Etternavn).NotEmpty().WithMessage("Skriv etternavnet til personen henvendelsen gjelder.")
            .MaximumLength(100).WithMessage("Etternavnet kan ha høyst 100 tegn.");
        RuleFor(c => c.Fodselsnummer)
            .Must(f => Domain.Fodselsnummer.ErGyldig(f, identitet.Value.TillatTestnummer))
            .WithMessage("Fødselsnummeret er ikke gyldig. Sjekk de 11 sifrene, eller la feltet stå tomt hvis det ikke er kjent.")
            .When(c => !string.IsNullOrWhiteSpace(c.Fodselsnummer));
        RuleFor(c => c.Fodselsdato)
            .Must(d => d is null || (d < Idag(tid) && d > Idag(tid).AddYears(-120))).WithMessage("Fødselsdatoen er ikke gyldig.");
        // The address is optional, but an address for letters needs all three parts.
        When(c => c.HarAdresse, () => Include(new PostadresseValidator(", eller la alle adressefeltene stå tomme")));
        RuleFor(c => c.Beskrivelse).NotEmpty().WithMessage("Beskriv hva henvendelsen gjelder.")
            .MaximumLength(4000).WithMessage("Beskrivelsen kan ha høyst 4000 tegn.");
        RuleFor(c => c.Hastegrad).NotNull().WithMessage("Velg hvor mye det haster.")
            .IsInEnum().WithMessage("Velg hvor mye det haster.");
    }

    private static DateOnly Idag(TimeProvider tid) => Norsktid.Dato(tid.GetUtcNow());
}

public sealed class MottakskontrollCommandValidator : AbstractValidator<MottakskontrollCommand>
{
    public MottakskontrollCommandValidator(IOptions<IdentitetOptions> identitet)
    {
        RuleFor(c => c.Fodselsnummer)
            .Must(f => Domain.Fodselsnummer.ErGyldig(f, identitet.Value.TillatTestnummer))
            .WithMessage("Fødselsnummeret er ikke gyldig. Sjekk de 11 sifrene.")
            .When(c => !string.IsNullOrWhiteSpace(c.Fodselsnummer));
        RuleFor(c => c.IMaalgruppen).NotNull().WithMessage("Svar på om personen er i målgruppen for bo-oppfølging.");
        RuleFor(c => c.Notat).MaximumLength(2000).WithMessage("Notatet kan ha høyst 2000 tegn.");
    }
}

public sealed class RegistrerKontaktCommandValidator : AbstractValidator<RegistrerKontaktCommand>
{
    public RegistrerKontaktCommandValidator(TimeProvider tid)
    {
        RuleFor(c => c.Dato).NotNull().WithMessage("Skriv datoen for kontakten.")
            .Must(d => d is null || d <= Norsktid.Dato(tid.GetUtcNow())).WithMessage("Datoen kan ikke være fram i tid.")
            .Must(d => d is null || d >= Norsktid.Dato(tid.GetUtcNow()).AddMonths(-6)).WithMessage("Datoen kan ikke være mer enn seks måneder tilbake.");
        RuleFor(c => c.Form).NotNull().WithMessage("Velg hvordan dere hadde kontakt.").IsInEnum().WithMessage("Velg hvordan dere hadde kontakt.");
        RuleFor(c => c.Resultat).NotNull().WithMessage("Velg hva personen svarte.").IsInEnum().WithMessage("Velg hva personen svarte.");
        RuleFor(c => c.Samtykke).Equal(false).WithMessage("Samtykke kan bare registreres når personen ønsker hjelp.")
            .When(c => c.Resultat is not null and not Kontaktresultat.OnskerHjelp);
        RuleFor(c => c.Notat).MaximumLength(2000).WithMessage("Notatet kan ha høyst 2000 tegn.");
    }
}

public sealed class BeOmOpplysningerCommandValidator : AbstractValidator<BeOmOpplysningerCommand>
{
    public BeOmOpplysningerCommandValidator(TimeProvider tid)
    {
        RuleFor(c => c.Beskrivelse).NotEmpty().WithMessage("Skriv hvilke opplysninger som mangler.")
            .MaximumLength(2000).WithMessage("Beskrivelsen kan ha høyst 2000 tegn.");
        RuleFor(c => c.Frist).NotNull().WithMessage("Skriv fristen for å sende opplysningene.")
            .Must(d => d is null || d > Norsktid.Dato(tid.GetUtcNow())).WithMessage("Fristen må være etter i dag.")
            .Must(d => d is null || d <= Norsktid.Dato(tid.GetUtcNow()).AddMonths(3)).WithMessage("Fristen kan være høyst tre måneder fram i tid.");
    }
}

public sealed class TildelSaksbehandlerCommandValidator : AbstractValidator<TildelSaksbehandlerCommand>
{
    public TildelSaksbehandlerCommandValidator() =>
        RuleFor(c => c.SaksbehandlerId).NotNull().WithMessage("Velg en saksbehandler.");
}

public sealed class SendTilVurderingCommandValidator : AbstractValidator<SendTilVurderingCommand>
{
    public SendTilVurderingCommandValidator() =>
        RuleFor(c => c.TeamId).NotNull().WithMessage("Velg vurderingsteamet saken skal til.");
}

public sealed class HenvisCommandValidator : AbstractValidator<HenvisCommand>
{
    public HenvisCommandValidator()
    {
        RuleFor(c => c.Tjeneste).NotEmpty().WithMessage("Skriv hvilken tjeneste personen henvises til.")
            .MaximumLength(200).WithMessage("Navnet på tjenesten kan ha høyst 200 tegn.");
        RuleFor(c => c.Begrunnelse).NotEmpty().WithMessage("Skriv hvorfor personen henvises til en annen tjeneste.")
            .MaximumLength(2000).WithMessage("Begrunnelsen kan ha høyst 2000 tegn.");
    }
}

public sealed class HenleggCommandValidator : AbstractValidator<HenleggCommand>
{
    public HenleggCommandValidator()
    {
        RuleFor(c => c.Grunn).NotNull().WithMessage("Velg hvorfor saken henlegges.").IsInEnum().WithMessage("Velg hvorfor saken henlegges.")
            .NotEqual(Henleggelsesgrunn.Duplikat).WithMessage("En sak som gjelder samme behov kobles til den åpne saken under mottakskontrollen.")
            .NotEqual(Henleggelsesgrunn.IkkeIMaalgruppenOgHenvist).WithMessage("Bruk «Henvis til annen tjeneste» når personen ikke er i målgruppen.");
        RuleFor(c => c.Begrunnelse).NotEmpty().WithMessage("Beskriv grunnen når du velger «Annet».")
            .When(c => c.Grunn == Henleggelsesgrunn.Annet);
        RuleFor(c => c.Begrunnelse).MaximumLength(500).WithMessage("Begrunnelsen kan ha høyst 500 tegn.");
    }
}

public sealed class KobleTilSakCommandValidator : AbstractValidator<KobleTilSakCommand>
{
    public KobleTilSakCommandValidator() =>
        RuleFor(c => c.AapenSakId).NotNull().WithMessage("Velg den åpne saken denne skal kobles til.");
}

public sealed class ForelopigSvarCommandValidator : AbstractValidator<ForelopigSvarCommand>
{
    public ForelopigSvarCommandValidator(TimeProvider tid)
    {
        RuleFor(c => c.Begrunnelse).NotEmpty().WithMessage("Skriv hvorfor saken ikke kan avgjøres innen én måned.")
            .MaximumLength(2000).WithMessage("Begrunnelsen kan ha høyst 2000 tegn.");
        RuleFor(c => c.ForventetAvgjort).NotNull().WithMessage("Skriv når saken ventes avgjort.")
            .Must(d => d is null || d > Norsktid.Dato(tid.GetUtcNow())).WithMessage("Datoen må være etter i dag.")
            .Must(d => d is null || d <= Norsktid.Dato(tid.GetUtcNow()).AddMonths(6)).WithMessage("Datoen kan være høyst seks måneder fram i tid.");
    }
}

public sealed class EndreAdresseCommandValidator : AbstractValidator<EndreAdresseCommand>
{
    public EndreAdresseCommandValidator() => Include(new PostadresseValidator(""));
}

/// <summary>
/// The rules for a postal address typed by staff, shared by the referral (where the address is
/// optional, so a missing part says all may be left empty) and the address form on a case.
/// Internal, so the assembly scan does not register it on its own.
/// </summary>
internal sealed class PostadresseValidator : AbstractValidator<IPostadresseInput>
{
    public PostadresseValidator(string vedMangel)
    {
        RuleFor(c => c.Adresse).NotEmpty().WithMessage($"Skriv gateadressen{vedMangel}.")
            .MaximumLength(200).WithMessage("Adressen kan ha høyst 200 tegn.");
        RuleFor(c => c.Postnummer).NotEmpty().WithMessage($"Skriv postnummeret{vedMangel}.")
            .Matches("^[0-9]{4}$").WithMessage("Postnummeret må være fire siffer.");
        RuleFor(c => c.Poststed).NotEmpty().WithMessage($"Skriv poststedet{vedMangel}.")
            .MaximumLength(100).WithMessage("Poststedet kan ha høyst 100 tegn.");
    }
}
