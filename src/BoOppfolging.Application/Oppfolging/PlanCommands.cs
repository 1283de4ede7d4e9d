using BoOppfolging.Domain;
using FluentValidation;

namespace BoOppfolging.Application.Oppfolging;

/// <summary>A participant row as posted; empty rows are left out by the form before it gets here.</summary>
public sealed record PlandeltakerInput(string? Navn, string? Rolle, string? Bidrag);

/// <summary>An action row as posted.</summary>
public sealed record PlantiltakInput(string? Beskrivelse, string? Omfang, string? Ansvarlig);

/// <summary>A crisis contact row as posted.</summary>
public sealed record KrisekontaktInput(string? Navn, string? Telefon, string? Rolle);

/// <summary>The individuell plan form as posted, with the koordinator (kept on the case's flags).</summary>
public sealed record LagreIndividuellPlanCommand(
    Guid SakId, Guid Versjon, string? Koordinator, string? Maal, string? Ressurser, string? Behov,
    IReadOnlyList<PlandeltakerInput> Deltakere, IReadOnlyList<PlantiltakInput> Tiltak, string? Gjennomforing, string? Samarbeid,
    DateOnly? PeriodeFra, DateOnly? PeriodeTil, DateOnly? Revisjonsdato, DateOnly? SamtykkeDato, Samtykkeform? Samtykkeform, bool SamtykkerTilDeling)
{
    /// <summary>The content for the aggregate; only called once the validator has passed (the dates are there).</summary>
    public IndividuellPlanInnhold Innhold() => new(
        Maal ?? "", Ressurser, Behov,
        [.. Deltakere.Select(d => new Plandeltaker(d.Navn ?? "", d.Rolle ?? "", d.Bidrag))],
        [.. Tiltak.Select(t => new Plantiltak(t.Beskrivelse ?? "", t.Omfang, t.Ansvarlig ?? ""))],
        Gjennomforing, Samarbeid, PeriodeFra!.Value, PeriodeTil!.Value, Revisjonsdato!.Value, SamtykkeDato!.Value, Samtykkeform!.Value, SamtykkerTilDeling);
}

/// <summary>The kriseplan form as posted.</summary>
public sealed record LagreKriseplanCommand(
    Guid SakId, Guid Versjon, string? Varselsignaler, string? Tiltak, IReadOnlyList<KrisekontaktInput> Kontakter, DateOnly? AvtaltMedInnbygger);

/// <summary>The samarbeidsavtale form as posted.</summary>
public sealed record LagreSamarbeidsavtaleCommand(
    Guid SakId, Guid Versjon, DateOnly? AvtaltDato, IReadOnlyList<Samarbeidsplikt> Plikter, string? AndrePlikter, string? TjenestensPlikter,
    DateOnly? SignertDato);

public sealed class LagreIndividuellPlanCommandValidator : AbstractValidator<LagreIndividuellPlanCommand>
{
    public LagreIndividuellPlanCommandValidator()
    {
        const int tekst = IndividuellPlan.MaksTekst, kort = IndividuellPlan.MaksKort, rader = IndividuellPlan.MaksRader;
        RuleFor(c => c.Koordinator).NotEmpty().WithMessage("Skriv hvem som er koordinator for planen.")
            .MaximumLength(kort).WithMessage($"Koordinatoren kan ha høyst {kort} tegn.");
        RuleFor(c => c.Maal).NotEmpty().WithMessage("Skriv innbyggerens mål.").MaximumLength(tekst).WithMessage($"Målene kan ha høyst {tekst} tegn.");
        RuleFor(c => c.Ressurser).MaximumLength(tekst).WithMessage($"Ressursene kan ha høyst {tekst} tegn.");
        RuleFor(c => c.Behov).MaximumLength(tekst).WithMessage($"Behovene kan ha høyst {tekst} tegn.");
        RuleFor(c => c.Gjennomforing).MaximumLength(tekst).WithMessage($"Teksten kan ha høyst {tekst} tegn.");
        RuleFor(c => c.Samarbeid).MaximumLength(tekst).WithMessage($"Teksten kan ha høyst {tekst} tegn.");
        RuleFor(c => c.Deltakere).Must(d => d.Count <= rader).WithMessage($"Planen kan ha høyst {rader} deltakere.")
            .Must(d => d.All(x => (x.Navn?.Length ?? 0) <= kort && (x.Rolle?.Length ?? 0) <= kort && (x.Bidrag?.Length ?? 0) <= tekst))
            .WithMessage($"Navn og rolle kan ha høyst {kort} tegn, bidraget høyst {tekst}.");
        RuleFor(c => c.Tiltak).Must(t => t.Count <= rader).WithMessage($"Planen kan ha høyst {rader} tiltak.")
            .Must(t => t.All(x => (x.Beskrivelse?.Length ?? 0) <= tekst && (x.Omfang?.Length ?? 0) <= kort && (x.Ansvarlig?.Length ?? 0) <= kort))
            .WithMessage($"Omfang og ansvarlig kan ha høyst {kort} tegn, tiltaket høyst {tekst}.");
        RuleFor(c => c.PeriodeFra).NotNull().WithMessage("Skriv når planperioden begynner.");
        RuleFor(c => c.PeriodeTil).NotNull().WithMessage("Skriv når planperioden slutter.");
        RuleFor(c => c.Revisjonsdato).NotNull().WithMessage("Skriv når planen skal revideres.");
        RuleFor(c => c.SamtykkeDato).NotNull().WithMessage("Skriv datoen innbyggeren samtykket til planen.");
        RuleFor(c => c.Samtykkeform).NotNull().WithMessage("Velg om samtykket ble gitt muntlig eller skriftlig.")
            .Must(f => f is null or Domain.Samtykkeform.Muntlig or Domain.Samtykkeform.Skriftlig).WithMessage("Velg om samtykket ble gitt muntlig eller skriftlig.");
    }
}

public sealed class LagreKriseplanCommandValidator : AbstractValidator<LagreKriseplanCommand>
{
    public LagreKriseplanCommandValidator()
    {
        const int tekst = Kriseplan.MaksTekst, kort = IndividuellPlan.MaksKort;
        RuleFor(c => c.Varselsignaler).NotEmpty().WithMessage("Skriv hvilke varselsignaler dere ser etter.")
            .MaximumLength(tekst).WithMessage($"Teksten kan ha høyst {tekst} tegn.");
        RuleFor(c => c.Tiltak).NotEmpty().WithMessage("Skriv hva man skal gjøre i en krise.")
            .MaximumLength(tekst).WithMessage($"Teksten kan ha høyst {tekst} tegn.");
        RuleFor(c => c.Kontakter).NotEmpty().WithMessage("Skriv minst én som skal ringes, med telefonnummer.")
            .Must(k => k.Count <= Kriseplan.MaksKontakter).WithMessage($"Kriseplanen kan ha høyst {Kriseplan.MaksKontakter} kontakter.")
            .Must(k => k.All(x => (x.Navn?.Length ?? 0) <= kort && (x.Telefon?.Length ?? 0) <= 30 && (x.Rolle?.Length ?? 0) <= kort))
            .WithMessage($"Navn og rolle kan ha høyst {kort} tegn, telefonnummeret høyst 30.");
    }
}

public sealed class LagreSamarbeidsavtaleCommandValidator : AbstractValidator<LagreSamarbeidsavtaleCommand>
{
    public LagreSamarbeidsavtaleCommandValidator()
    {
        const int tekst = Samarbeidsavtale.MaksTekst;
        RuleFor(c => c.AvtaltDato).NotNull().WithMessage("Skriv datoen avtalen ble inngått.");
        RuleFor(c => c.Plikter).Must(p => p.All(Enum.IsDefined)).WithMessage("Velg plikter blant alternativene.");
        RuleFor(c => c.AndrePlikter).MaximumLength(tekst).WithMessage($"Teksten kan ha høyst {tekst} tegn.");
        RuleFor(c => c.TjenestensPlikter).MaximumLength(tekst).WithMessage($"Teksten kan ha høyst {tekst} tegn.");
    }
}
