using BoOppfolging.Domain;
using FluentValidation;

namespace BoOppfolging.Application.Oppfolging;

/// <summary>Makes the transition checklist (<see cref="Versjon"/> is <see cref="Guid.Empty"/>: there was none), or changes its dates.</summary>
public sealed record OvergangsperiodeCommand(Guid SakId, Guid Versjon, DateOnly? Innflytting, DateOnly? InstitusjonSlutt);

/// <summary>An item's date, who is responsible, and the note.</summary>
public sealed record EndreOvergangspunktCommand(Guid SakId, Guid Versjon, Overgangspunkt Punkt, DateOnly? Frist, string? Ansvarlig, string? Merknad);

/// <summary>An item ticked done on a date.</summary>
public sealed record MarkerOvergangspunktCommand(Guid SakId, Guid Versjon, Overgangspunkt Punkt, DateOnly? GjortDato);

/// <summary>A "done" taken back, with the reason.</summary>
public sealed record GjenapneOvergangspunktCommand(Guid SakId, Guid Versjon, Overgangspunkt Punkt, string? Arsak);

public sealed class OvergangsperiodeCommandValidator : AbstractValidator<OvergangsperiodeCommand>
{
    public OvergangsperiodeCommandValidator() =>
        RuleFor(c => c.Innflytting).NotNull().WithMessage("Skriv datoen innbyggeren flytter inn (eller er planlagt å flytte inn).");
}

public sealed class EndreOvergangspunktCommandValidator : AbstractValidator<EndreOvergangspunktCommand>
{
    public EndreOvergangspunktCommandValidator()
    {
        RuleFor(c => c.Frist).NotNull().WithMessage("Skriv datoen punktet skal være gjort innen.");
        RuleFor(c => c.Ansvarlig).NotEmpty().WithMessage("Skriv hvem som er ansvarlig.")
            .MaximumLength(Overgangsplan.MaksAnsvarlig).WithMessage($"Ansvarlig kan ha høyst {Overgangsplan.MaksAnsvarlig} tegn.");
        RuleFor(c => c.Merknad).MaximumLength(Overgangsplan.MaksMerknad).WithMessage($"Merknaden kan ha høyst {Overgangsplan.MaksMerknad} tegn.");
    }
}

public sealed class MarkerOvergangspunktCommandValidator : AbstractValidator<MarkerOvergangspunktCommand>
{
    public MarkerOvergangspunktCommandValidator() =>
        RuleFor(c => c.GjortDato).NotNull().WithMessage("Skriv datoen punktet ble gjort.");
}

public sealed class GjenapneOvergangspunktCommandValidator : AbstractValidator<GjenapneOvergangspunktCommand>
{
    public GjenapneOvergangspunktCommandValidator() =>
        RuleFor(c => c.Arsak).NotEmpty().WithMessage("Skriv hvorfor punktet åpnes igjen.")
            .MaximumLength(Overgangsplan.MaksArsak).WithMessage($"Årsaken kan ha høyst {Overgangsplan.MaksArsak} tegn.");
}
