using BoOppfolging.Domain;
using FluentValidation;

namespace BoOppfolging.Application.Oppfolging;

/// <summary>The team leader's assignment of the case's contacts from a date, with a reason when they change.</summary>
public sealed record TildelKontakterCommand(Guid SakId, Guid Versjon, Guid? PrimaerkontaktId, Guid? SekundaerkontaktId, DateOnly? Fra, string? Begrunnelse);

/// <summary>A visit planned: for whom, when, how long, what kind. <see cref="BesokId"/> is the form's id for it (one visit per submit).</summary>
public sealed record PlanleggBesokCommand(Guid SakId, Guid BesokId, Guid? UtfortAv, DateOnly? Dato, TimeOnly? Start, int? Minutter, Besokstype? Type);

/// <summary>
/// A visit or contact registered: new (<see cref="BesokId"/> the form's id for it), a planned one documented, or a registered one
/// corrected (both: <see cref="BesokId"/> the visit, <see cref="Versjon"/> as read, and for a correction its reason). Start and end,
/// or only the duration; the outcome with its reason when it did not take place; the areas, goals and a note.
/// </summary>
public sealed record RegistrerBesokCommand(
    Guid SakId, Guid BesokId, Guid Versjon, DateOnly? Dato, TimeOnly? Start, TimeOnly? Slutt, int? Minutter,
    Besokstype? Type, Besoksutfall? Utfall, string? Arsak, IReadOnlyList<Hjelpeomrade> Omrader, IReadOnlyList<Maalnotat> Maal, string? Notat,
    string? Korreksjonsarsak = null)
{
    /// <summary>The duration: from start and end when both are given, else as written.</summary>
    public int? Varighet => Start is { } s && Slutt is { } e && e > s ? (int)(e - s).TotalMinutes : Minutter;

    public Besoksinnhold Innhold() => new(
        Dato!.Value, Start, Slutt, Varighet ?? 0, Type!.Value, Utfall!.Value, Arsak,
        Omrader, [.. Maal.Where(m => !string.IsNullOrWhiteSpace(m.Tekst)).Select(m => m with { Tekst = m.Tekst.Trim() })], Notat);
}

public sealed class TildelKontakterCommandValidator : AbstractValidator<TildelKontakterCommand>
{
    public TildelKontakterCommandValidator()
    {
        RuleFor(c => c.PrimaerkontaktId).NotNull().WithMessage("Velg primærkontakt.");
        RuleFor(c => c.Fra).NotNull().WithMessage("Skriv datoen kontaktene gjelder fra.");
        RuleFor(c => c.Begrunnelse).MaximumLength(Kontaktperiode.MaksBegrunnelse).WithMessage($"Begrunnelsen kan ha høyst {Kontaktperiode.MaksBegrunnelse} tegn.");
    }
}

public sealed class PlanleggBesokCommandValidator : AbstractValidator<PlanleggBesokCommand>
{
    public PlanleggBesokCommandValidator()
    {
        RuleFor(c => c.UtfortAv).NotNull().WithMessage("Velg hvem som skal på besøket.");
        RuleFor(c => c.Dato).NotNull().WithMessage("Skriv datoen for besøket.");
        RuleFor(c => c.Minutter).NotNull().WithMessage("Skriv hvor lenge besøket er planlagt å vare, i minutter.")
            .InclusiveBetween(1, Besok.MaksMinutter).WithMessage($"Varigheten må være mellom 1 og {Besok.MaksMinutter} minutter.");
        RuleFor(c => c.Type).NotNull().WithMessage("Velg type besøk.").IsInEnum().WithMessage("Velg type besøk.");
    }
}

public sealed class RegistrerBesokCommandValidator : AbstractValidator<RegistrerBesokCommand>
{
    public RegistrerBesokCommandValidator()
    {
        RuleFor(c => c.Dato).NotNull().WithMessage("Skriv datoen besøket var.");
        RuleFor(c => c.Type).NotNull().WithMessage("Velg type besøk eller kontakt.").IsInEnum().WithMessage("Velg type besøk eller kontakt.");
        RuleFor(c => c.Utfall).NotNull().WithMessage("Velg hvordan det gikk.").IsInEnum().WithMessage("Velg hvordan det gikk.");
        RuleFor(c => c.Slutt).NotNull().WithMessage("Skriv når besøket sluttet, eller bare varigheten.").When(c => c.Start is not null && c.Minutter is null);
        RuleFor(c => c.Start).NotNull().WithMessage("Skriv når besøket startet, eller bare varigheten.").When(c => c.Slutt is not null && c.Minutter is null);
        RuleFor(c => c.Slutt).Must((c, slutt) => slutt > c.Start).WithMessage("Sluttidspunktet må være etter starttidspunktet.")
            .When(c => c.Start is not null && c.Slutt is not null);
        RuleFor(c => c.Minutter).NotNull().WithMessage("Skriv start og slutt, eller hvor lenge besøket varte i minutter.")
            .When(c => c.Utfall == Besoksutfall.Gjennomfort && (c.Start is null || c.Slutt is null));
        RuleFor(c => c.Minutter).InclusiveBetween(1, Besok.MaksMinutter).WithMessage($"Varigheten må være mellom 1 og {Besok.MaksMinutter} minutter.")
            .When(c => c.Minutter is not null && c.Utfall == Besoksutfall.Gjennomfort && (c.Start is null || c.Slutt is null));
        RuleFor(c => c.Minutter).InclusiveBetween(0, Besok.MaksMinutter).WithMessage($"Tiden som gikk med må være mellom 0 og {Besok.MaksMinutter} minutter.")
            .When(c => c.Minutter is not null && c.Utfall != Besoksutfall.Gjennomfort && (c.Start is null || c.Slutt is null));
        RuleFor(c => c.Minutter).Must((c, m) => m == c.Varighet).WithMessage("Varigheten stemmer ikke med start og slutt. Skriv enten start og slutt, eller bare varigheten.")
            .When(c => c.Minutter is not null && c.Start is not null && c.Slutt is not null && c.Slutt > c.Start);
        RuleFor(c => c.Arsak).NotEmpty().WithMessage("Skriv hvorfor besøket ikke ble gjennomført.")
            .When(c => c.Utfall is not null and not Besoksutfall.Gjennomfort);
        RuleFor(c => c.Arsak).MaximumLength(Besok.MaksArsak).WithMessage($"Grunnen kan ha høyst {Besok.MaksArsak} tegn.");
        RuleFor(c => c.Omrader).Must(o => o.All(Enum.IsDefined)).WithMessage("Velg hjelpeområder blant alternativene.");
        RuleForEach(c => c.Maal).Must(m => m.Tekst is null || m.Tekst.Length <= Besok.MaksArsak)
            .WithMessage($"Et notat om et mål kan ha høyst {Besok.MaksArsak} tegn.").OverridePropertyName("Maal");
        RuleFor(c => c.Notat).MaximumLength(Besok.MaksNotat).WithMessage($"Notatet kan ha høyst {Besok.MaksNotat} tegn.");
        RuleFor(c => c.Korreksjonsarsak).MaximumLength(Besok.MaksArsak).WithMessage($"Grunnen kan ha høyst {Besok.MaksArsak} tegn.");
    }
}
