using BoOppfolging.Domain;
using FluentValidation;
using FluentValidation.Results;

namespace BoOppfolging.Application.Kartlegging;

/// <summary>
/// What the scoring form holds: the dates, a score per variable (by its code; a draft may leave some out), and for each
/// participation item the need for help and whether it is received. <see cref="Ferdigstill"/> finishes it in the same save.
/// The dictionaries are keyed by code, as the form names its fields (<c>Skaarer[hukommelse]</c>), so a message finds its field.
/// </summary>
public sealed record LagreIplosVurderingCommand(
    Guid SakId,
    Guid VurderingId,
    Guid Versjon,
    DateOnly? Dato,
    DateOnly? NesteVurdering,
    IReadOnlyDictionary<string, int?> Skaarer,
    IReadOnlyDictionary<string, bool?> Behov,
    IReadOnlyDictionary<string, MottarBistand?> Mottar,
    bool Ferdigstill);

/// <summary>The form's field names, shared by the validator, the service and the view.</summary>
public static class IplosFelt
{
    public static string Skaar(string kode) => $"{nameof(LagreIplosVurderingCommand.Skaarer)}[{kode}]";

    public static string Behov(string kode) => $"{nameof(LagreIplosVurderingCommand.Behov)}[{kode}]";

    public static string Mottar(string kode) => $"{nameof(LagreIplosVurderingCommand.Mottar)}[{kode}]";

    public const string Deltakelse = "Deltakelse";
}

public sealed class LagreIplosVurderingCommandValidator : AbstractValidator<LagreIplosVurderingCommand>
{
    /// <summary>How far back an assessment may be dated, and how far ahead the next may be set.</summary>
    public const int MaksMaanederTilbake = 6, MaksAarFram = 2;

    public LagreIplosVurderingCommandValidator(TimeProvider tid)
    {
        RuleFor(c => c.Dato).NotNull().WithMessage("Skriv datoen for vurderingen.")
            .Must(d => d is null || d <= Idag(tid)).WithMessage("Vurderingsdatoen kan ikke være fram i tid.")
            .Must(d => d is null || d >= Idag(tid).AddMonths(-MaksMaanederTilbake))
            .WithMessage($"Vurderingsdatoen kan ikke være mer enn {MaksMaanederTilbake} måneder tilbake.");
        RuleFor(c => c.NesteVurdering)
            .Must((c, neste) => neste is null || c.Dato is null || neste > c.Dato).WithMessage("Neste vurdering må være etter denne vurderingens dato.")
            .Must(neste => neste is null || neste <= Idag(tid).AddYears(MaksAarFram))
            .WithMessage($"Neste vurdering kan ikke være mer enn {MaksAarFram} år fram i tid.");
        RuleFor(c => c.Skaarer).NotNull();
        RuleFor(c => c.Behov).NotNull();
        RuleFor(c => c.Mottar).NotNull();
        RuleFor(c => c).Custom((c, kontekst) =>
        {
            if (c.Skaarer is null || c.Behov is null || c.Mottar is null) return;
            if (c.Skaarer.Count > 100 || c.Behov.Count > 100 || c.Mottar.Count > 100)
            {
                kontekst.AddFailure(new ValidationFailure("", "Skjemaet har for mange felt."));
                return;
            }

            // A participation item is answered as a pair: need for help, and whether it is received.
            foreach (var kode in c.Behov.Where(b => b.Value is not null).Select(b => b.Key)
                .Except(c.Mottar.Where(m => m.Value is not null).Select(m => m.Key)))
            {
                kontekst.AddFailure(new ValidationFailure(IplosFelt.Mottar(kode), "Svar også på om bistand mottas, eller la begge spørsmålene stå tomme i et utkast."));
            }

            foreach (var kode in c.Mottar.Where(m => m.Value is not null).Select(m => m.Key)
                .Except(c.Behov.Where(b => b.Value is not null).Select(b => b.Key)))
            {
                kontekst.AddFailure(new ValidationFailure(IplosFelt.Behov(kode), "Svar også på om det er behov for bistand, eller la begge spørsmålene stå tomme i et utkast."));
            }

            foreach (var (kode, verdi) in c.Mottar)
            {
                if (verdi is { } m && !Enum.IsDefined(m)) kontekst.AddFailure(new ValidationFailure(IplosFelt.Mottar(kode), "Velg et av svarene."));
            }
        });
    }

    private static DateOnly Idag(TimeProvider tid) => Norsktid.Dato(tid.GetUtcNow());
}
