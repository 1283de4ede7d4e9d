using System.Globalization;
using BoOppfolging.Domain;
using FluentValidation;

namespace BoOppfolging.Application.Kartlegging;

// The mapping with the citizen (kartleggingsmøter, needs, goals), finishing it, and the innstilling. Every
// command carries the version of the case's Kartlegging the user saw, and a reason (Korrigering) that the
// domain asks for once the mapping is finished (or, for the innstilling, once one is written).

/// <summary>Someone other than the citizen at a kartleggingsmøte, as typed; a row with neither name nor role is left out.</summary>
public sealed record MotedeltakerInput(string? Navn, string? Rolle, bool ErParorende)
{
    public bool ErTom => string.IsNullOrWhiteSpace(Navn) && string.IsNullOrWhiteSpace(Rolle) && !ErParorende;
}

/// <summary>A kartleggingsmøte as typed: a new one, or with <see cref="Nr"/> a correction of that meeting (1 is the first).</summary>
public sealed record KartleggingsmoteCommand(
    Guid SakId, Guid Versjon, DateOnly? Dato, Motested? Sted, bool? BrukerenDeltok, IReadOnlyList<MotedeltakerInput> Andre,
    string? BrukerensSyn, string? Korrigering, int? Nr = null);

/// <summary>One help area as typed: both texts empty means no need there.</summary>
public sealed record BehovInput(Hjelpeomrade Omrade, string? SituasjonNaa, string? HjelpSomTrengs, Prioritet? Prioritet)
{
    public bool ErTom => string.IsNullOrWhiteSpace(SituasjonNaa) && string.IsNullOrWhiteSpace(HjelpSomTrengs);
}

public sealed record BehovCommand(Guid SakId, Guid Versjon, IReadOnlyList<BehovInput> Behov, string? Korrigering);

/// <summary>A new goal (<see cref="MaalId"/> null) or a change to one.</summary>
public sealed record MaalCommand(
    Guid SakId, Guid Versjon, Guid? MaalId, string? Tekst, Hjelpeomrade? Omrade, string? HvordanVite, DateOnly? Maldato, string? Korrigering);

public sealed record FjernMaalCommand(Guid SakId, Guid Versjon, Guid MaalId, string? Korrigering);

public sealed record FerdigstillKartleggingCommand(Guid SakId, Guid Versjon);

/// <summary>
/// The innstilling as typed. <see cref="Timer"/> is hours with a decimal comma in quarter hours ("2,5",
/// "7,75"; a point is read as a comma); hours, areas, period and evaluation date count only for innvilge
/// and delvis innvilge.
/// </summary>
public sealed record InnstillingCommand(
    Guid SakId, Guid Versjon, Innstillingsutfall? Utfall, IReadOnlyList<Hjelpeomrade> Omrader, string? Timer, Timeenhet? Enhet,
    DateOnly? Fra, DateOnly? Til, DateOnly? Evalueringsdato, string? Begrunnelse, string? Korrigering)
{
    public bool GirTimer => Utfall is Innstillingsutfall.Innvilge or Innstillingsutfall.DelvisInnvilge;

    /// <summary>The hours as quarter hours, or null when they cannot be read or are not whole quarters.</summary>
    public int? Kvarter => Timeinput.Kvarter(Timer);
}

/// <summary>Hours as typed: a number with a decimal comma (or point), in whole quarter hours.</summary>
public static class Timeinput
{
    private static readonly CultureInfo Norsk = new("nb-NO");

    public static decimal? Les(string? tekst)
    {
        if (string.IsNullOrWhiteSpace(tekst)) return null;
        var renset = tekst.Trim().Replace(" ", "", StringComparison.Ordinal).Replace('.', ',');
        return decimal.TryParse(renset, NumberStyles.AllowDecimalPoint, Norsk, out var timer) ? timer : null;
    }

    /// <summary>The hours as quarter hours; null when not a number, not whole quarters, or beyond any month.</summary>
    public static int? Kvarter(string? tekst) =>
        Les(tekst) is { } timer && timer <= MaksTimer && timer * 4 == decimal.Truncate(timer * 4) ? (int)(timer * 4) : null;

    /// <summary>More hours than a month has is never a quarter-hour count to check further.</summary>
    public const decimal MaksTimer = Innstilling.MaksTimerPerMaaned;

    /// <summary>Quarter hours as the form shows them: "2,5", "7,75".</summary>
    public static string Tekst(int kvarter) => (kvarter / 4m).ToString("0.##", Norsk);
}

/// <summary>The lengths and messages every mapping form shares.</summary>
internal static class Kartleggingsregler
{
    public const string KorrigeringForLang = "Begrunnelsen for endringen kan ha høyst 4000 tegn.";

    public static IRuleBuilderOptions<T, string?> Korrigering<T>(IRuleBuilder<T, string?> regel) =>
        regel.MaximumLength(Domain.Kartlegging.MaksTekst).WithMessage(KorrigeringForLang);

    public static DateOnly Idag(TimeProvider tid) => Norsktid.Dato(tid.GetUtcNow());
}

public sealed class KartleggingsmoteCommandValidator : AbstractValidator<KartleggingsmoteCommand>
{
    /// <summary>The most people besides the citizen one form takes.</summary>
    public const int MaksAndre = 10;

    public KartleggingsmoteCommandValidator(TimeProvider tid)
    {
        RuleFor(c => c.Dato).NotNull().WithMessage("Skriv datoen for møtet.")
            .Must(d => d is null || d <= Kartleggingsregler.Idag(tid)).WithMessage("Møtet kan ikke ha en dato fram i tid.")
            .Must(d => d is null || d >= Kartleggingsregler.Idag(tid).AddYears(-1)).WithMessage("Datoen kan ikke være mer enn ett år tilbake.");
        RuleFor(c => c.Sted).NotNull().WithMessage("Velg hvor møtet ble holdt.").IsInEnum().WithMessage("Velg hvor møtet ble holdt.");
        RuleFor(c => c.BrukerenDeltok).NotNull().WithMessage("Svar på om innbyggeren deltok.");
        RuleFor(c => c.Andre).Must(a => a.Count(d => !d.ErTom) <= MaksAndre).WithMessage($"Skriv høyst {MaksAndre} andre deltakere.");
        RuleForEach(c => c.Andre).ChildRules(d =>
        {
            d.RuleFor(x => x.Navn).NotEmpty().WithMessage("Skriv navnet på deltakeren.").When(x => !x.ErTom);
            d.RuleFor(x => x.Navn).MaximumLength(Domain.Kartlegging.MaksKortTekst).WithMessage("Navnet kan ha høyst 500 tegn.");
            d.RuleFor(x => x.Rolle).NotEmpty().WithMessage("Skriv rollen, for eksempel «datter» eller «NAV-veileder».").When(x => !x.ErTom);
            d.RuleFor(x => x.Rolle).MaximumLength(Domain.Kartlegging.MaksKortTekst).WithMessage("Rollen kan ha høyst 500 tegn.");
        });
        RuleFor(c => c.BrukerensSyn).NotEmpty().WithMessage("Skriv innbyggerens eget syn, med innbyggerens egne ord.")
            .MaximumLength(Domain.Kartlegging.MaksTekst).WithMessage("Innbyggerens syn kan ha høyst 4000 tegn.");
        Kartleggingsregler.Korrigering(RuleFor(c => c.Korrigering));
    }
}

public sealed class BehovCommandValidator : AbstractValidator<BehovCommand>
{
    public BehovCommandValidator()
    {
        RuleFor(c => c.Behov).Must(b => b.Select(x => x.Omrade).Distinct().Count() == b.Count && b.All(x => Enum.IsDefined(x.Omrade)))
            .WithMessage("Hvert hjelpeområde kan bare ha ett behov.");
        RuleForEach(c => c.Behov).ChildRules(b =>
        {
            b.RuleFor(x => x.SituasjonNaa).NotEmpty().WithMessage("Skriv situasjonen nå, eller la begge feltene for området stå tomme.").When(x => !x.ErTom);
            b.RuleFor(x => x.SituasjonNaa).MaximumLength(Domain.Kartlegging.MaksTekst).WithMessage("Teksten kan ha høyst 4000 tegn.");
            b.RuleFor(x => x.HjelpSomTrengs).NotEmpty().WithMessage("Skriv hjelpen som trengs, eller la begge feltene for området stå tomme.").When(x => !x.ErTom);
            b.RuleFor(x => x.HjelpSomTrengs).MaximumLength(Domain.Kartlegging.MaksTekst).WithMessage("Teksten kan ha høyst 4000 tegn.");
            b.RuleFor(x => x.Prioritet).NotNull().WithMessage("Velg prioritet for området.").IsInEnum().WithMessage("Velg prioritet for området.")
                .When(x => !x.ErTom);
        });
        Kartleggingsregler.Korrigering(RuleFor(c => c.Korrigering));
    }
}

public sealed class MaalCommandValidator : AbstractValidator<MaalCommand>
{
    public MaalCommandValidator()
    {
        RuleFor(c => c.Tekst).NotEmpty().WithMessage("Skriv målet, med innbyggerens egne ord.")
            .MaximumLength(Domain.Kartlegging.MaksKortTekst).WithMessage("Målet kan ha høyst 500 tegn.");
        RuleFor(c => c.Omrade).NotNull().WithMessage("Velg hjelpeområdet målet hører til.").IsInEnum().WithMessage("Velg hjelpeområdet målet hører til.");
        RuleFor(c => c.HvordanVite).NotEmpty().WithMessage("Skriv hvordan innbyggeren og tjenesten vil vite at målet er nådd.")
            .MaximumLength(Domain.Kartlegging.MaksTekst).WithMessage("Teksten kan ha høyst 4000 tegn.");
        // Whether the date is in the future is checked by the service: a goal corrected later keeps the date it had.
        RuleFor(c => c.Maldato).NotNull().WithMessage("Skriv datoen målet skal være nådd.");
        Kartleggingsregler.Korrigering(RuleFor(c => c.Korrigering));
    }
}

public sealed class FjernMaalCommandValidator : AbstractValidator<FjernMaalCommand>
{
    public FjernMaalCommandValidator() => Kartleggingsregler.Korrigering(RuleFor(c => c.Korrigering));
}

public sealed class FerdigstillKartleggingCommandValidator : AbstractValidator<FerdigstillKartleggingCommand>
{
    public FerdigstillKartleggingCommandValidator() => RuleFor(c => c.SakId).NotEmpty();
}

public sealed class InnstillingCommandValidator : AbstractValidator<InnstillingCommand>
{
    public InnstillingCommandValidator()
    {
        RuleFor(c => c.Utfall).NotNull().WithMessage("Velg hva teamet anbefaler.").IsInEnum().WithMessage("Velg hva teamet anbefaler.");
        RuleFor(c => c.Begrunnelse).NotEmpty().WithMessage("Skriv begrunnelsen for innstillingen.")
            .MaximumLength(Domain.Kartlegging.MaksTekst).WithMessage("Begrunnelsen kan ha høyst 4000 tegn.");
        Kartleggingsregler.Korrigering(RuleFor(c => c.Korrigering));
        When(c => c.GirTimer, () =>
        {
            RuleFor(c => c.Omrader).NotEmpty().WithMessage("Velg minst ett hjelpeområde.")
                .Must(o => o.All(Enum.IsDefined)).WithMessage("Velg hjelpeområder fra listen.");
            RuleFor(c => c.Timer).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Skriv antall timer, for eksempel 2,5.")
                .Must(t => Timeinput.Les(t) is not null).WithMessage("Skriv timene som et tall med desimalkomma, for eksempel 2,5.")
                .Must(t => Timeinput.Les(t) > 0).WithMessage("Antall timer må være mer enn 0.")
                .Must(t => Timeinput.Les(t) <= Timeinput.MaksTimer).WithMessage("En måned har høyst 744 timer.")
                .Must(t => Timeinput.Kvarter(t) is not null).WithMessage("Timene må gå opp i hele kvarter: ,25 ,5 eller ,75, for eksempel 2,25.");
            RuleFor(c => c.Enhet).NotNull().WithMessage("Velg om timene gjelder per uke eller per måned.")
                .IsInEnum().WithMessage("Velg om timene gjelder per uke eller per måned.");
            RuleFor(c => c.Fra).NotNull().WithMessage("Skriv når perioden starter.");
            RuleFor(c => c.Evalueringsdato).NotNull().WithMessage("Skriv når tjenesten skal evalueres.");
        });
    }
}
