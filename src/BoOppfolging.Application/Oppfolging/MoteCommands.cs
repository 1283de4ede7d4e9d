using BoOppfolging.Domain;
using FluentValidation;

namespace BoOppfolging.Application.Oppfolging;

/// <summary>A participant row as posted; a row with neither name nor role is blank and left out.</summary>
public sealed record DeltakerInput(string? Navn, string? Rolle)
{
    public bool ErTom => string.IsNullOrWhiteSpace(Navn) && string.IsNullOrWhiteSpace(Rolle);
}

/// <summary>An action row as posted; a row with nothing in it is blank and left out.</summary>
public sealed record TiltakInput(string? Beskrivelse, string? Ansvarlig, DateOnly? Frist)
{
    public bool ErTom => string.IsNullOrWhiteSpace(Beskrivelse) && string.IsNullOrWhiteSpace(Ansvarlig) && Frist is null;
}

/// <summary>
/// A held meeting as posted, with the id the form made for it (a second post of the same form is a conflict). Staff who
/// took part are picked among the case's contacts (<see cref="Ansatte"/>, user ids); everyone else is typed in a row.
/// </summary>
public sealed record RegistrerMoteCommand(
    Guid SakId, Guid MoteId, DateOnly? Dato, Motetype? Type, IReadOnlyList<DeltakerInput> Deltakere, bool InnbyggerDeltok, string? Referat,
    IReadOnlyList<TiltakInput> Tiltak, IReadOnlyList<Guid>? Ansatte = null);

public sealed record FullforTiltakCommand(Guid SakId, Guid MoteId, Guid Versjon, Guid TiltakId, string? Merknad);

public sealed record KorrigerReferatCommand(Guid SakId, Guid MoteId, Guid Versjon, string? Referat, string? Arsak);

public sealed class RegistrerMoteCommandValidator : AbstractValidator<RegistrerMoteCommand>
{
    public RegistrerMoteCommandValidator()
    {
        RuleFor(c => c.MoteId).NotEmpty().WithMessage("Skjemaet mangler møtets id. Last siden på nytt.");
        RuleFor(c => c.Dato).NotNull().WithMessage("Skriv datoen møtet ble holdt.");
        RuleFor(c => c.Type).NotNull().WithMessage("Velg hva slags møte det var.").IsInEnum().WithMessage("Velg hva slags møte det var.");
        RuleFor(c => c.Referat).NotEmpty().WithMessage("Skriv et referat fra møtet.")
            .MaximumLength(Samarbeidsmote.MaksReferat).WithMessage($"Referatet kan ha høyst {Samarbeidsmote.MaksReferat} tegn.");
        RuleFor(c => c.Deltakere).Must(d => d.Count <= Samarbeidsmote.MaksDeltakere)
            .WithMessage($"Et møte kan ha høyst {Samarbeidsmote.MaksDeltakere} deltakere.");
        RuleForEach(c => c.Deltakere).ChildRules(d =>
        {
            d.RuleFor(x => x.Navn).NotEmpty().WithMessage("Skriv navnet på deltakeren.").When(x => !x.ErTom)
                .MaximumLength(Samarbeidsmote.MaksNavn).WithMessage($"Navnet kan ha høyst {Samarbeidsmote.MaksNavn} tegn.");
            d.RuleFor(x => x.Rolle).NotEmpty().WithMessage("Skriv deltakerens rolle, for eksempel NAV-veileder eller fastlege.").When(x => !x.ErTom)
                .MaximumLength(Samarbeidsmote.MaksRolle).WithMessage($"Rollen kan ha høyst {Samarbeidsmote.MaksRolle} tegn.");
        });
        RuleFor(c => c.Tiltak).Must(t => t.Count <= Samarbeidsmote.MaksAntallTiltak)
            .WithMessage($"Et møte kan ha høyst {Samarbeidsmote.MaksAntallTiltak} tiltak.");
        RuleForEach(c => c.Tiltak).ChildRules(t =>
        {
            t.RuleFor(x => x.Beskrivelse).NotEmpty().WithMessage("Skriv hva som skal gjøres.").When(x => !x.ErTom)
                .MaximumLength(Samarbeidsmote.MaksTiltak).WithMessage($"Tiltaket kan ha høyst {Samarbeidsmote.MaksTiltak} tegn.");
            t.RuleFor(x => x.Ansvarlig).NotEmpty().WithMessage("Skriv hvem som er ansvarlig.").When(x => !x.ErTom)
                .MaximumLength(Samarbeidsmote.MaksAnsvarlig).WithMessage($"Den ansvarlige kan ha høyst {Samarbeidsmote.MaksAnsvarlig} tegn.");
            t.RuleFor(x => x.Frist).NotNull().WithMessage("Skriv en frist for tiltaket.").When(x => !x.ErTom);
        });
        RuleFor(c => c).Custom((c, kontekst) =>
        {
            for (var i = 0; i < c.Tiltak.Count; i++)
            {
                if (c.Tiltak[i].Frist is { } frist && c.Dato is { } dato && frist < dato)
                {
                    kontekst.AddFailure($"Tiltak[{i}].Frist", "Fristen kan ikke være før møtet.");
                }
            }
        });
    }
}

public sealed class FullforTiltakCommandValidator : AbstractValidator<FullforTiltakCommand>
{
    public FullforTiltakCommandValidator() =>
        RuleFor(c => c.Merknad).MaximumLength(Samarbeidsmote.MaksMerknad).WithMessage($"Merknaden kan ha høyst {Samarbeidsmote.MaksMerknad} tegn.");
}

public sealed class KorrigerReferatCommandValidator : AbstractValidator<KorrigerReferatCommand>
{
    public KorrigerReferatCommandValidator()
    {
        RuleFor(c => c.Referat).NotEmpty().WithMessage("Skriv det rettede referatet.")
            .MaximumLength(Samarbeidsmote.MaksReferat).WithMessage($"Referatet kan ha høyst {Samarbeidsmote.MaksReferat} tegn.");
        RuleFor(c => c.Arsak).NotEmpty().WithMessage("Skriv hvorfor referatet rettes.")
            .MaximumLength(Samarbeidsmote.MaksArsak).WithMessage($"Årsaken kan ha høyst {Samarbeidsmote.MaksArsak} tegn.");
    }
}
