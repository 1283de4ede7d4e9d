using BoOppfolging.Domain;
using FluentValidation;

namespace BoOppfolging.Application.Brevtekster;

/// <summary>A section as the editor sends it: text, or a free-text area (<see cref="ErFritekst"/>).</summary>
public sealed record BrevtekstseksjonInput(
    string? Overskrift, string? Tekst, string? Betingelse, bool ErFritekst, string? FritekstNokkel, string? FritekstLedetekst, bool FritekstPaakrevd)
{
    public Brevtekstseksjon TilSeksjon() => new(
        string.IsNullOrWhiteSpace(Overskrift) ? null : Overskrift.Trim(),
        ErFritekst ? "" : (Tekst ?? "").ReplaceLineEndings("\n").Trim(),
        string.IsNullOrWhiteSpace(Betingelse) ? null : Betingelse.Trim(),
        ErFritekst ? new Fritekstfelt(FritekstNokkel!.Trim(), FritekstLedetekst!.Trim(), FritekstPaakrevd) : null);
}

public sealed record LagreBrevtekstCommand(Guid Id, Guid Versjon, string? Tittel, IReadOnlyList<BrevtekstseksjonInput> Seksjoner);

public sealed record PubliserBrevtekstCommand(Guid Id, Guid Versjon, DateOnly? GyldigFra);

public sealed class LagreBrevtekstCommandValidator : AbstractValidator<LagreBrevtekstCommand>
{
    public LagreBrevtekstCommandValidator()
    {
        RuleFor(c => c.Tittel).NotEmpty().WithMessage("Skriv brevets tittel.")
            .MaximumLength(200).WithMessage("Tittelen kan være høyst 200 tegn.");
        RuleFor(c => c.Seksjoner).NotEmpty().WithMessage("Teksten må ha minst én seksjon.")
            .Must(s => s is null || s.Count <= 40).WithMessage("Teksten kan ha høyst 40 seksjoner.");
        RuleForEach(c => c.Seksjoner).ChildRules(s =>
        {
            s.RuleFor(x => x.Overskrift).MaximumLength(200).WithMessage("Overskriften kan være høyst 200 tegn.");
            s.RuleFor(x => x.Betingelse).MaximumLength(50).WithMessage("Velg en betingelse fra listen.");
            s.When(x => !x.ErFritekst, () =>
            {
                s.RuleFor(x => x.Tekst).NotEmpty().WithMessage("Skriv teksten i seksjonen, eller gjør den til et fritekstfelt.")
                    .MaximumLength(10_000).WithMessage("Teksten i en seksjon kan være høyst 10 000 tegn.");
            });
            s.When(x => x.ErFritekst, () =>
            {
                s.RuleFor(x => x.FritekstNokkel).NotEmpty().WithMessage("Gi fritekstfeltet en nøkkel, for eksempel «begrunnelse».")
                    .MaximumLength(50).WithMessage("Nøkkelen kan være høyst 50 tegn.");
                s.RuleFor(x => x.FritekstLedetekst).NotEmpty().WithMessage("Skriv hva saksbehandleren skal fylle inn.")
                    .MaximumLength(200).WithMessage("Ledeteksten kan være høyst 200 tegn.");
            });
        });
    }
}

public sealed class PubliserBrevtekstCommandValidator : AbstractValidator<PubliserBrevtekstCommand>
{
    public PubliserBrevtekstCommandValidator(TimeProvider tid)
    {
        RuleFor(c => c.GyldigFra).NotNull().WithMessage("Skriv datoen teksten skal gjelde fra.")
            .Must(d => d is null || d >= Norsktid.Dato(tid.GetUtcNow())).WithMessage("Gyldig fra kan ikke være før i dag.")
            .Must(d => d is null || d <= Norsktid.Dato(tid.GetUtcNow()).AddYears(5)).WithMessage("Gyldig fra kan være høyst fem år fram i tid.");
    }
}
