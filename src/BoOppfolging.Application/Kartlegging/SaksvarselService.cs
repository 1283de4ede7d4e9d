using BoOppfolging.Application.Audit;
using BoOppfolging.Application.Common;
using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Kartlegging;

/// <summary>
/// What everyone who visits must know (<see cref="Saksvarsler"/>): a notice of eviction, the safety assessment
/// for home visits, the need for an interpreter, the individuell plan. Shown at the top of the case page to every
/// staff user who may see the case; kept up to date by the staff on the case while it is open. Never shown to
/// the citizen.
/// </summary>
public sealed class SaksvarselService(
    IAppDbContext db, TilgangService tilgang, IBrukerOppslag brukere, IAuditLogg audit, Saksendringer endringer, TimeProvider tid)
{
    private DateOnly Idag => Norsktid.Dato(tid.GetUtcNow());

    /// <summary>The flags of a case, for staff who may see it; not found for anyone else (the citizen included).</summary>
    public async Task<Result<SaksvarslerVisning>> HentAsync(Guid sakId, CancellationToken ct)
    {
        var evner = await tilgang.EvnerAsync(sakId, ct);
        if (evner is null || !evner.Kan(Handling.SeSaksopplysninger)) return Result<SaksvarslerVisning>.NotFound();
        var sak = await tilgang.SynligeSaker().AsNoTracking().Where(s => s.Id == sakId)
            .Select(s => new { s.Referanse, s.PersonId, s.Person!.Fornavn, s.Person.Etternavn }).SingleAsync(ct);
        var varsler = await tilgang.Synlige<Saksvarsler>().AsNoTracking().SingleOrDefaultAsync(v => v.SakId == sakId, ct);
        var endretAv = varsler?.SistEndretAv is { } id ? (await brukere.NavnAsync([id], ct)).GetValueOrDefault(id) : null;
        await audit.SkrivAsync(AuditHandling.Les, "Saksvarsler", sakId, sak.PersonId, ct);
        return new SaksvarslerVisning(
            sakId, sak.Referanse, $"{sak.Fornavn} {sak.Etternavn}", varsler?.Versjon ?? Guid.Empty,
            varsler?.Utkastelse, varsler?.Sikkerhet, varsler?.Tolkesprak, varsler?.IndividuellPlan ?? IndividuellPlanStatus.Nei, varsler?.Koordinator,
            varsler?.SistEndret, endretAv,
            GjennomgangForfalt: varsler?.Sikkerhet is { } s && s.GjennomgaasDato < Idag,
            KanEndre: evner.Kan(Handling.RegistrerSaksvarsler));
    }

    /// <summary>
    /// Saves the flags as a whole, checked against the version read (<see cref="Guid.Empty"/> when the case had none):
    /// leaving a part empty removes that flag.
    /// </summary>
    public Task<Result> LagreAsync(LagreSaksvarslerCommand c, CancellationToken ct) =>
        endringer.EndreEllerOpprettAsync(
            Handling.RegistrerSaksvarsler, c.SakId, c,
            (sak, t) => db.Set<Saksvarsler>().SingleOrDefaultAsync(v => v.SakId == sak.Id, t), sakId => new Saksvarsler(sakId), c.Versjon,
            async (e, varsler) =>
            {
                // The plan itself is the individuell plan's (PlanService): while the case has one, the flag says so and names its koordinator.
                if ((c.IndividuellPlan != IndividuellPlanStatus.Har || string.IsNullOrWhiteSpace(c.Koordinator))
                    && await db.Set<IndividuellPlan>().AnyAsync(p => p.SakId == e.Sak.Id, ct))
                {
                    return Result.Fail(PlanFeil.PlanFinnes);
                }

                return varsler.Lagre(
                    c.UtkastelseDato is { } dato ? new Utkastelsesvarsel(dato, Tom(c.UtkastelseMerknad)) : null,
                    c.HarSikkerhetsvurdering ? new Sikkerhetsvurdering(c.Risiko, c.SikkerhetMerknad ?? "", c.GjennomgaasDato!.Value) : null,
                    c.Tolkesprak, c.IndividuellPlan ?? IndividuellPlanStatus.Nei, c.Koordinator, e.BrukerId, e.Tidspunkt);
            },
            ct);

    private static string? Tom(string? tekst) => string.IsNullOrWhiteSpace(tekst) ? null : tekst.Trim();
}

/// <summary>The flags form as posted. A safety assessment is given when any of its parts is.</summary>
public sealed record LagreSaksvarslerCommand(
    Guid SakId, Guid Versjon, DateOnly? UtkastelseDato, string? UtkastelseMerknad,
    IReadOnlyList<Risikotype> Risiko, string? SikkerhetMerknad, DateOnly? GjennomgaasDato,
    string? Tolkesprak, IndividuellPlanStatus? IndividuellPlan, string? Koordinator)
{
    public bool HarSikkerhetsvurdering => Risiko.Count > 0 || !string.IsNullOrWhiteSpace(SikkerhetMerknad) || GjennomgaasDato is not null;
}

public sealed class LagreSaksvarslerCommandValidator : AbstractValidator<LagreSaksvarslerCommand>
{
    public const int MaksTolkesprak = 100;
    public const int MaksKoordinator = 200;

    public LagreSaksvarslerCommandValidator()
    {
        RuleFor(c => c.UtkastelseDato).NotNull().WithMessage("Skriv datoen for utkastelsen, eller fjern merknaden.")
            .When(c => !string.IsNullOrWhiteSpace(c.UtkastelseMerknad));
        RuleFor(c => c.UtkastelseMerknad).MaximumLength(Saksvarsler.MaksTekst).WithMessage($"Merknaden kan ha høyst {Saksvarsler.MaksTekst} tegn.");
        RuleFor(c => c.Risiko).Must(r => r.All(Enum.IsDefined)).WithMessage("Velg risiko blant alternativene.");
        RuleFor(c => c.SikkerhetMerknad).MaximumLength(Saksvarsler.MaksTekst).WithMessage($"Merknaden kan ha høyst {Saksvarsler.MaksTekst} tegn.");
        RuleFor(c => c.GjennomgaasDato).NotNull().WithMessage("Skriv datoen sikkerhetsvurderingen skal gjennomgås på nytt.")
            .When(c => c.HarSikkerhetsvurdering);
        RuleFor(c => c.Tolkesprak).MaximumLength(MaksTolkesprak).WithMessage($"Språket kan ha høyst {MaksTolkesprak} tegn.");
        RuleFor(c => c.IndividuellPlan).IsInEnum().WithMessage("Velg om innbyggeren har eller ønsker individuell plan.");
        RuleFor(c => c.Koordinator).MaximumLength(MaksKoordinator).WithMessage($"Koordinatoren kan ha høyst {MaksKoordinator} tegn.");
    }
}

/// <summary>The flags on a case for staff, with whether this user may change them.</summary>
public sealed record SaksvarslerVisning(
    Guid SakId, string Referanse, string Navn, Guid Versjon,
    Utkastelsesvarsel? Utkastelse, Sikkerhetsvurdering? Sikkerhet, string? Tolkesprak, IndividuellPlanStatus IndividuellPlan, string? Koordinator,
    DateTimeOffset? SistEndret, string? SistEndretAv, bool GjennomgangForfalt, bool KanEndre)
{
    public bool HarVarsler => Utkastelse is not null || Sikkerhet is not null || Tolkesprak is not null || IndividuellPlan != IndividuellPlanStatus.Nei;
}
