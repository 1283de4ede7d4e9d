using BoOppfolging.Application.Kartlegging;
using BoOppfolging.Domain;
using FluentValidation;

namespace BoOppfolging.Application.Vedtak;

/// <summary>Start the first vedtak from the innstilling, read at the case's version.</summary>
public sealed record UtarbeidVedtakCommand(Guid SakId, Guid Versjon);

/// <summary>Start an endringsvedtak or opphørsvedtak on the vedtak in force, read at the case's version.</summary>
public sealed record NyttEndringsvedtakCommand(Guid SakId, Guid Versjon, Vedtakstype Type, string? Endringsgrunn);

/// <summary>
/// The draft form, against the vedtak's own version. Hours as typed (decimal comma, whole quarters); goals and
/// conditions one a line. With <see cref="SendTilGodkjenning"/> the draft is saved and sent in one save, or
/// neither, and the refusal names every part missing at its field.
/// </summary>
public sealed record LagreVedtakCommand(
    Guid SakId, Guid VedtakId, Guid Versjon, Vedtaksutfall? Utfall, Guid? HjemmelId, IReadOnlyList<Hjelpeomrade> Omrader, string? Timer,
    Timeenhet? Enhet, DateOnly? Fra, DateOnly? Til, DateOnly? Evalueringsdato, string? Mal, string? BegrunnelseRegler, string? BegrunnelseFakta,
    string? BegrunnelseVurdering, string? IkkeInnvilget, string? AnnenHjelp, string? IplosBegrunnelse, string? Vilkar, string? Endringsgrunn,
    bool SendTilGodkjenning, Opphorsgrunn? Opphorsgrunn = null, string? Oppsummering = null)
{
    public int? Kvarter => Timeinput.Kvarter(Timer);

    public static IReadOnlyList<string> Linjer(string? tekst) =>
        [.. (tekst ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    public Vedtaksinnhold TilInnhold() => new(
        Utfall, HjemmelId, [.. Omrader.Distinct()], Kvarter, Enhet, Fra, Til, Evalueringsdato, Linjer(Mal), Tom(BegrunnelseRegler),
        Tom(BegrunnelseFakta), Tom(BegrunnelseVurdering), Tom(IkkeInnvilget), Tom(AnnenHjelp), Tom(IplosBegrunnelse), Linjer(Vilkar))
    {
        Opphorsgrunn = Opphorsgrunn,
        Oppsummering = Tom(Oppsummering),
    };

    private static string? Tom(string? tekst) => string.IsNullOrWhiteSpace(tekst) ? null : tekst.Trim();
}

/// <summary>The team leader's decision: approve, or return with reasons and a text.</summary>
public sealed record VedtakBeslutningCommand(Guid SakId, Guid VedtakId, Guid Versjon, bool Godkjenn, IReadOnlyList<Underkjenningsarsak> Arsaker, string? Begrunnelse);

/// <summary>The drafter takes it back before a decision.</summary>
public sealed record TaVedtakTilbakeCommand(Guid SakId, Guid VedtakId, Guid Versjon);

public sealed class LagreVedtakCommandValidator : AbstractValidator<LagreVedtakCommand>
{
    public const int MaksTekst = 4000;
    private static readonly DateOnly Tidligst = new(2000, 1, 1);
    private static readonly DateOnly Senest = new(2100, 12, 31);

    public LagreVedtakCommandValidator()
    {
        RuleFor(c => c.Utfall).IsInEnum().WithMessage("Velg utfall fra listen.");
        RuleFor(c => c.Enhet).IsInEnum().WithMessage("Velg om timene gjelder per uke eller per måned.");
        RuleFor(c => c.Omrader).Must(o => o.All(Enum.IsDefined)).WithMessage("Velg hjelpeområder fra listen.");
        RuleFor(c => c.Opphorsgrunn).IsInEnum().WithMessage("Velg grunnen fra listen.");
        RuleFor(c => c.Timer).Cascade(CascadeMode.Stop)
            .Must(t => Timeinput.Les(t) is not null).WithMessage("Skriv timene som et tall med desimalkomma, for eksempel 2,5.")
            .Must(t => Timeinput.Les(t) > 0).WithMessage("Antall timer må være mer enn 0.")
            .Must(t => Timeinput.Kvarter(t) is not null).WithMessage("Timene må gå opp i hele kvarter: ,25 ,5 eller ,75, for eksempel 2,25.")
            .When(c => !string.IsNullOrWhiteSpace(c.Timer));
        foreach (var (dato, navn) in new (System.Linq.Expressions.Expression<Func<LagreVedtakCommand, DateOnly?>>, string)[]
                 { (c => c.Fra, "Fra-datoen"), (c => c.Til, "Til-datoen"), (c => c.Evalueringsdato, "Evalueringsdatoen") })
        {
            RuleFor(dato).Must(d => d is null || (d >= Tidligst && d <= Senest)).WithMessage($"{navn} må være mellom 2000 og 2100.");
        }

        RuleFor(c => c.Til).Must((c, til) => til is null || c.Fra is null || til >= c.Fra).WithMessage("Til-datoen kan ikke være før fra-datoen.");
        foreach (var (tekst, navn) in new (System.Linq.Expressions.Expression<Func<LagreVedtakCommand, string?>>, string)[]
                 {
                     (c => c.BegrunnelseRegler, "Reglene"), (c => c.BegrunnelseFakta, "De faktiske forholdene"),
                     (c => c.BegrunnelseVurdering, "Vurderingen"), (c => c.IkkeInnvilget, "Det som ikke innvilges"),
                     (c => c.AnnenHjelp, "Annen hjelp"), (c => c.IplosBegrunnelse, "Begrunnelsen"), (c => c.Mal, "Målene"),
                     (c => c.Vilkar, "Vilkårene"), (c => c.Endringsgrunn, "Grunnen til endringen"), (c => c.Oppsummering, "Oppsummeringen"),
                 })
        {
            RuleFor(tekst).MaximumLength(MaksTekst).WithMessage($"{navn} kan ha høyst {MaksTekst} tegn.");
        }
    }
}

public sealed class VedtakBeslutningCommandValidator : AbstractValidator<VedtakBeslutningCommand>
{
    public VedtakBeslutningCommandValidator()
    {
        When(c => !c.Godkjenn, () =>
        {
            RuleFor(c => c.Arsaker).NotEmpty().WithMessage("Velg minst én årsak til at vedtaket underkjennes.")
                .Must(a => a.All(Enum.IsDefined)).WithMessage("Velg årsaker fra listen.");
            RuleFor(c => c.Begrunnelse).NotEmpty().WithMessage("Skriv hva som må rettes.")
                .MaximumLength(LagreVedtakCommandValidator.MaksTekst).WithMessage("Teksten kan ha høyst 4000 tegn.");
        });
    }
}

public sealed class NyttEndringsvedtakCommandValidator : AbstractValidator<NyttEndringsvedtakCommand>
{
    public NyttEndringsvedtakCommandValidator()
    {
        RuleFor(c => c.Type).Must(t => t is Vedtakstype.Endringsvedtak or Vedtakstype.Opphorsvedtak).WithMessage("Velg endringsvedtak eller opphørsvedtak.");
        RuleFor(c => c.Endringsgrunn).NotEmpty().WithMessage("Skriv hvorfor vedtaket endres.")
            .MaximumLength(LagreVedtakCommandValidator.MaksTekst).WithMessage("Grunnen kan ha høyst 4000 tegn.");
    }
}
