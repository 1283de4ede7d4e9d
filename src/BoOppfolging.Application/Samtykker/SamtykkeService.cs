using BoOppfolging.Application.Audit;
using BoOppfolging.Application.Common;
using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Samtykker;

/// <summary>
/// The consents on a case (to obtain information from the GP, NAV or another service, or for a pårørende
/// to take part in the mapping), each with the wording the citizen agreed to, when, and how it was given;
/// registering one given after the application (staff, <see cref="Handling.RegistrerSamtykke"/>), the
/// citizen giving one for a pårørende in "Mine saker" (<see cref="Handling.GiSamtykke"/>), and withdrawing
/// one: by the citizen, or by staff who record what the citizen told them. A case the user may not see
/// is "not found".
/// </summary>
public sealed class SamtykkeService(
    IAppDbContext db, TilgangService tilgang, Saksendringer endringer, IAuditLogg audit, IBrukerOppslag brukere,
    IValidator<GiSamtykkeCommand> giValidator)
{
    /// <summary>The radio value for a pårørende not named in the application.</summary>
    public const string NyParorende = "ny";

    /// <summary>
    /// The case's consents, oldest first, each with how it was given and whether this user may withdraw it now, and
    /// whether they may add one. Staff see who registered a consent; the citizen does not. Part of the case page,
    /// whose read is already audited.
    /// </summary>
    public async Task<SamtykkeOversikt> ListAsync(Guid sakId, CancellationToken ct)
    {
        var evner = await tilgang.EvnerAsync(sakId, ct);
        if (evner is null) return new SamtykkeOversikt([], false);
        var kanTrekke = evner.Kan(Handling.TrekkSamtykke);
        var ansatt = evner.Kan(Handling.SeSaksopplysninger);
        var samtykker = await tilgang.Synlige<Samtykke>().AsNoTracking()
            .Where(s => s.SakId == sakId)
            .OrderBy(s => s.Gitt).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.SakId, s.Kilde, s.Ordlyd, s.Gitt, s.Trukket, s.Formaal, s.Form, s.RegistrertAv })
            .ToListAsync(ct);
        var navn = ansatt
            ? await brukere.NavnAsync(samtykker.Where(s => s.RegistrertAv is not null && s.Form != Samtykkeform.MineSaker).Select(s => s.RegistrertAv!.Value).Distinct(), ct)
            : new Dictionary<Guid, string>();
        return new SamtykkeOversikt(
            [.. samtykker.Select(s => new SamtykkeVisning(
                s.Id, s.SakId, s.Kilde, s.Ordlyd, s.Gitt, s.Trukket, kanTrekke && s.Trukket == null, s.Formaal, s.Form,
                s.RegistrertAv is { } r && navn.TryGetValue(r, out var n) ? n : null))],
            ansatt ? evner.Kan(Handling.RegistrerSamtykke) : evner.Kan(Handling.GiSamtykke));
    }

    /// <summary>
    /// The form for a consent given after the application (<paramref name="handling"/> is
    /// <see cref="Handling.RegistrerSamtykke"/> for staff, <see cref="Handling.GiSamtykke"/> for the citizen): the
    /// case, its version, and the pårørende the application names. Not found for a case the user may not see or an
    /// action they may never do; a state that does not allow it now is the message.
    /// </summary>
    public async Task<Result<NyttSamtykkeSkjema>> HentSkjemaAsync(Guid sakId, Handling handling, CancellationToken ct)
    {
        if (handling is not (Handling.RegistrerSamtykke or Handling.GiSamtykke)) throw new ArgumentOutOfRangeException(nameof(handling));
        var evner = await tilgang.EvnerAsync(sakId, ct);
        if (evner is null) return Result<NyttSamtykkeSkjema>.NotFound();
        var tillatt = evner.Sjekk(handling);
        if (!tillatt.IsSuccess) return tillatt.IsNotFound ? Result<NyttSamtykkeSkjema>.NotFound() : Result<NyttSamtykkeSkjema>.Invalid(tillatt.Errors);
        var sak = await tilgang.SynligeSaker().AsNoTracking().Where(s => s.Id == sakId)
            .Select(s => new { s.Referanse, s.Versjon, s.PersonId, s.Person!.Fornavn, s.Person.Etternavn }).SingleAsync(ct);
        var parorende = await ParorendeISoknadenAsync(sakId, ct);
        await audit.SkrivAsync(AuditHandling.Les, "Samtykke", sakId, sak.PersonId, ct);
        return new NyttSamtykkeSkjema(sakId, sak.Referanse, $"{sak.Fornavn} {sak.Etternavn}", sak.Versjon, parorende);
    }

    /// <summary>Staff register a consent the citizen gave orally or in writing after the application; the timeline says what it allows.</summary>
    public Task<Result> RegistrerAsync(RegistrerSamtykkeCommand c, CancellationToken ct) =>
        endringer.EndreAsync(Handling.RegistrerSamtykke, c.SakId, c.Versjon, c, e =>
            Task.FromResult(LeggTil(e, c.Formaal!.Value, c.Navn, c.Relasjon, c.Form!.Value, Tidspunkt(c.Dato!.Value, e.Tidspunkt))), ct);

    /// <summary>
    /// The wording the citizen will confirm, for a pårørende chosen from the application or named anew: checked as
    /// <see cref="GiAsync"/> checks it, but nothing is saved.
    /// </summary>
    public async Task<Result<string>> ForhandsvisAsync(GiSamtykkeCommand c, CancellationToken ct)
    {
        var evner = await tilgang.EvnerAsync(c.SakId, ct);
        if (evner is null) return Result<string>.NotFound();
        var tillatt = evner.Sjekk(Handling.GiSamtykke);
        if (!tillatt.IsSuccess) return Saksendringer.Videre<string>(tillatt);
        var validering = await giValidator.ValidateAsync(c, ct);
        if (!validering.IsValid) return Result<string>.Invalid(validering.TilFeil());
        var parorende = Velg(c, await ParorendeISoknadenAsync(c.SakId, ct));
        return parorende.IsSuccess ? Samtykke.OrdlydForParorende(parorende.Value.Navn, parorende.Value.Relasjon) : Saksendringer.Videre<string>(parorende);
    }

    /// <summary>The citizen gives a consent in "Mine saker" for a pårørende to take part in the mapping, after seeing its wording.</summary>
    public Task<Result> GiAsync(GiSamtykkeCommand c, CancellationToken ct) =>
        endringer.EndreAsync(Handling.GiSamtykke, c.SakId, c.Versjon, c, async e =>
        {
            var parorende = Velg(c, await ParorendeISoknadenAsync(c.SakId, ct));
            if (!parorende.IsSuccess) return parorende;
            return LeggTil(e, Samtykkeformaal.Parorende, parorende.Value.Navn, parorende.Value.Relasjon, Samtykkeform.MineSaker, e.Tidspunkt);
        }, ct);

    private Result LeggTil(Saksendring e, Samtykkeformaal formaal, string? navn, string? relasjon, Samtykkeform form, DateTimeOffset gitt)
    {
        var samtykke = Samtykke.Registrer(e.Sak.Id, formaal, navn, relasjon, form, gitt, e.BrukerId);
        if (!samtykke.IsSuccess) return samtykke;
        var registrert = e.Sak.RegistrerSamtykke(samtykke.Value, e.BrukerId, e.Tidspunkt);
        if (registrert.IsSuccess) db.Samtykker.Add(samtykke.Value);
        return registrert;
    }

    /// <summary>A consent given today counts from now; one given earlier from noon that day, Norwegian time.</summary>
    private static DateTimeOffset Tidspunkt(DateOnly dato, DateTimeOffset naa)
    {
        if (dato >= Norsktid.Dato(naa)) return naa;
        var lokal = dato.ToDateTime(new TimeOnly(12, 0));
        return new DateTimeOffset(lokal, Norsktid.Sone.GetUtcOffset(lokal)).ToUniversalTime();
    }

    private async Task<IReadOnlyList<ParorendeValg>> ParorendeISoknadenAsync(Guid sakId, CancellationToken ct)
    {
        var innhold = await tilgang.Synlige<Domain.Soknad>().AsNoTracking().Where(s => s.SakId == sakId).Select(s => s.Innhold).SingleOrDefaultAsync(ct);
        return [.. (innhold?.Kontakter?.Parorende ?? []).Select(p => new ParorendeValg(p.Navn, p.Relasjon))];
    }

    private static Result<ParorendeValg> Velg(GiSamtykkeCommand c, IReadOnlyList<ParorendeValg> iSoknaden) =>
        c.Valg == NyParorende ? new ParorendeValg(c.Navn!.Trim(), c.Relasjon!.Trim())
        : int.TryParse(c.Valg, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i) && i < iSoknaden.Count
            ? iSoknaden[i]
            : Result<ParorendeValg>.Fail(new Feil("ukjent_parorende", "Velg en av de pårørende i listen, eller skriv inn en ny.", nameof(GiSamtykkeCommand.Valg)));

    /// <summary>One consent, for the page that asks before it is withdrawn, with the case's version the form carries.</summary>
    public async Task<Result<SamtykkeSkjema>> HentAsync(Guid sakId, Guid samtykkeId, CancellationToken ct)
    {
        var evner = await tilgang.EvnerAsync(sakId, ct);
        if (evner is null) return Result<SamtykkeSkjema>.NotFound();
        var kanTrekke = evner.Kan(Handling.TrekkSamtykke);
        var funnet = await tilgang.SynligeSaker().AsNoTracking()
            .Where(s => s.Id == sakId)
            .Join(db.Samtykker.Where(s => s.Id == samtykkeId), s => s.Id, s => s.SakId,
                (sak, s) => new
                {
                    sak.PersonId, sak.Versjon,
                    Samtykke = new SamtykkeVisning(s.Id, s.SakId, s.Kilde, s.Ordlyd, s.Gitt, s.Trukket, kanTrekke && s.Trukket == null, s.Formaal, s.Form),
                })
            .SingleOrDefaultAsync(ct);
        if (funnet is null) return Result<SamtykkeSkjema>.NotFound();
        await audit.SkrivAsync(AuditHandling.Les, "Samtykke", sakId, funnet.PersonId, ct);
        return new SamtykkeSkjema(funnet.Samtykke, funnet.Versjon);
    }

    /// <summary>Withdraws the consent; the case's timeline says so, and the change is audited on save.</summary>
    public Task<Result> TrekkTilbakeAsync(Guid sakId, Guid samtykkeId, Guid versjon, CancellationToken ct) =>
        endringer.EndreAsync<object>(Handling.TrekkSamtykke, sakId, versjon, null, async e =>
        {
            var samtykke = await db.Samtykker.SingleOrDefaultAsync(s => s.Id == samtykkeId && s.SakId == sakId, ct);
            return samtykke is null ? Result.NotFound() : e.Sak.TrekkSamtykke(samtykke, e.BrukerId, e.Tidspunkt);
        }, ct);
}

/// <summary>
/// A consent; <see cref="KanTrekkes"/> when it still holds and this user may withdraw it (or record that it was).
/// <see cref="Form"/> is null for one from the application; <see cref="RegistrertAvNavn"/> is given to staff only.
/// </summary>
public sealed record SamtykkeVisning(
    Guid Id, Guid SakId, string Kilde, string Ordlyd, DateTimeOffset Gitt, DateTimeOffset? Trukket, bool KanTrekkes,
    Samtykkeformaal Formaal = Samtykkeformaal.AnnenTjeneste, Samtykkeform? Form = null, string? RegistrertAvNavn = null)
{
    public bool ErGyldig => Trukket is null;

    /// <summary>How it was given, in words: "i søknaden", "muntlig, registrert av Kari Nordmann", "i Mine saker".</summary>
    public string Hvordan => Form switch
    {
        null => "i søknaden",
        Samtykkeform.MineSaker => "i Mine saker",
        { } f => $"{(f == Samtykkeform.Muntlig ? "muntlig" : "skriftlig")}{(RegistrertAvNavn is { } n ? $", registrert av {n}" : "")}",
    };
}

/// <summary>The consents of a case, and whether this user may add one (staff register it, the citizen gives one for a pårørende).</summary>
public sealed record SamtykkeOversikt(IReadOnlyList<SamtykkeVisning> Samtykker, bool KanLeggeTil);

/// <summary>The form for a new consent: the case, the version it was read at, and the pårørende the application names.</summary>
public sealed record NyttSamtykkeSkjema(Guid SakId, string Referanse, string Navn, Guid Versjon, IReadOnlyList<ParorendeValg> ParorendeISoknaden);

public sealed record ParorendeValg(string Navn, string Relasjon);

/// <summary>Staff register a consent: what it is for, the name (and relation, for a pårørende), how it was given and when.</summary>
public sealed record RegistrerSamtykkeCommand(
    Guid SakId, Guid Versjon, Samtykkeformaal? Formaal, string? Navn, string? Relasjon, Samtykkeform? Form, DateOnly? Dato);

/// <summary>The citizen's consent for a pårørende: <see cref="Valg"/> is the pårørende's place in the application, or <see cref="SamtykkeService.NyParorende"/> with a name and relation.</summary>
public sealed record GiSamtykkeCommand(Guid SakId, Guid Versjon, string? Valg, string? Navn, string? Relasjon);

public sealed class RegistrerSamtykkeCommandValidator : AbstractValidator<RegistrerSamtykkeCommand>
{
    public RegistrerSamtykkeCommandValidator(TimeProvider tid)
    {
        RuleFor(c => c.Formaal).NotNull().WithMessage("Velg hva samtykket gjelder.").IsInEnum().WithMessage("Velg hva samtykket gjelder.");
        RuleFor(c => c.Navn).NotEmpty().WithMessage("Skriv navnet på den pårørende.").When(c => c.Formaal == Samtykkeformaal.Parorende);
        RuleFor(c => c.Navn).NotEmpty().WithMessage("Skriv navnet på tjenesten.").When(c => c.Formaal == Samtykkeformaal.AnnenTjeneste);
        RuleFor(c => c.Navn).MaximumLength(Samtykke.MaksNavn).WithMessage($"Navnet kan ha høyst {Samtykke.MaksNavn} tegn.");
        RuleFor(c => c.Relasjon).NotEmpty().WithMessage("Skriv hvilken relasjon den pårørende har til innbyggeren, for eksempel datter eller nabo.")
            .When(c => c.Formaal == Samtykkeformaal.Parorende);
        RuleFor(c => c.Relasjon).MaximumLength(Samtykke.MaksRelasjon).WithMessage($"Relasjonen kan ha høyst {Samtykke.MaksRelasjon} tegn.");
        RuleFor(c => c.Form).NotNull().WithMessage("Velg hvordan samtykket ble gitt.")
            .Must(f => f is null or Samtykkeform.Muntlig or Samtykkeform.Skriftlig).WithMessage("Velg hvordan samtykket ble gitt.");
        RuleFor(c => c.Dato).NotNull().WithMessage("Skriv datoen samtykket ble gitt.")
            .Must(d => d is null || d <= Norsktid.Dato(tid.GetUtcNow())).WithMessage(SamtykkeFeil.FramITid.Melding);
    }
}

public sealed class GiSamtykkeCommandValidator : AbstractValidator<GiSamtykkeCommand>
{
    public GiSamtykkeCommandValidator()
    {
        RuleFor(c => c.Valg).NotEmpty().WithMessage("Velg hvem samtykket gjelder.");
        When(c => c.Valg == SamtykkeService.NyParorende, () =>
        {
            RuleFor(c => c.Navn).NotEmpty().WithMessage("Skriv navnet på den pårørende.")
                .MaximumLength(Samtykke.MaksNavn).WithMessage($"Navnet kan ha høyst {Samtykke.MaksNavn} tegn.");
            RuleFor(c => c.Relasjon).NotEmpty().WithMessage("Skriv hvilken relasjon den pårørende har til deg, for eksempel datter eller nabo.")
                .MaximumLength(Samtykke.MaksRelasjon).WithMessage($"Relasjonen kan ha høyst {Samtykke.MaksRelasjon} tegn.");
        });
    }
}

/// <summary>The confirmation page: the consent and the case's version it was read at.</summary>
public sealed record SamtykkeSkjema(SamtykkeVisning Samtykke, Guid Versjon);
