using BoOppfolging.Application.Audit;
using BoOppfolging.Application.Common;
using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Kartlegging;

/// <summary>
/// The citizen's side of the mapping in "Mine saker": preparing for the kartleggingsmøte (what they manage,
/// what they want help with per help area, their own goals), and, once the mapping is finished, reading it in
/// plain words: the meetings, the needs, the goals and what the team recommends. Never the team's internal
/// notes, the reasons written for the decision maker, the safety assessment or staff names.
/// </summary>
public sealed class ForberedelseService(
    IAppDbContext db, TilgangService tilgang, IAuditLogg audit, Saksendringer endringer)
{
    /// <summary>
    /// The preparation form: what the citizen has written (empty the first time), and whether it can still be
    /// changed. Not found for a case the user may not see, or one they may never prepare for (staff).
    /// </summary>
    public async Task<Result<ForberedelseVisning>> HentAsync(Guid sakId, CancellationToken ct)
    {
        var evner = await tilgang.EvnerAsync(sakId, ct);
        if (evner is null || !(evner.Kan(Handling.ForberedKartlegging) || evner.IkkeNaa.Contains(Handling.ForberedKartlegging)))
        {
            return Result<ForberedelseVisning>.NotFound();
        }

        var sak = await tilgang.SynligeSaker().AsNoTracking().Where(s => s.Id == sakId)
            .Select(s => new { s.Referanse, s.PersonId, s.Status }).SingleAsync(ct);
        var forberedelse = await tilgang.Synlige<Forberedelse>().AsNoTracking().SingleOrDefaultAsync(f => f.SakId == sakId, ct);
        var ferdig = await FerdigstiltAsync(sakId, ct);
        await audit.SkrivAsync(AuditHandling.Les, "Forberedelse", sakId, sak.PersonId, ct);

        string? lukket = ferdig is not null ? ForberedelseFeil.Lukket.Melding
            : !evner.Kan(Handling.ForberedKartlegging) ? $"Saken har status «{sak.Status.Visningsnavn()}», så forberedelsen kan ikke endres nå."
            : null;
        return new ForberedelseVisning(
            sakId, sak.Referanse, forberedelse?.Versjon ?? Guid.Empty, forberedelse?.HvaJegKlarer, forberedelse?.Onsker ?? [], forberedelse?.Maal ?? [],
            forberedelse?.SistEndret, lukket is null, lukket);
    }

    /// <summary>
    /// Saves the preparation, checked against the version the citizen read (<see cref="Guid.Empty"/> when there was
    /// none yet). Refused once the mapping is finished: from then on it is part of the record as it was.
    /// </summary>
    public Task<Result> LagreAsync(LagreForberedelseCommand c, CancellationToken ct) =>
        endringer.EndreEllerOpprettAsync(
            Handling.ForberedKartlegging, c.SakId, c,
            (sak, t) => db.Set<Forberedelse>().SingleOrDefaultAsync(f => f.SakId == sak.Id, t), sakId => new Forberedelse(sakId), c.Versjon,
            async (e, forberedelse) =>
            {
                if (await FerdigstiltAsync(e.Sak.Id, ct) is not null) return Result.Fail(ForberedelseFeil.Lukket);
                return forberedelse.Lagre(
                    c.HvaJegKlarer, [.. c.Onsker.Where(o => !string.IsNullOrWhiteSpace(o.Tekst)).Select(o => new Onske(o.Omrade, o.Tekst!))],
                    [.. c.Maal.OfType<string>()], e.Tidspunkt);
            },
            ct);

    /// <summary>
    /// The citizen's view of the mapping on their case page: whether they can prepare (or read what they wrote),
    /// and the finished mapping in plain words. Null for staff and for a case the user may not see.
    /// </summary>
    public async Task<MinKartleggingVisning?> HentMinKartleggingAsync(Guid sakId, CancellationToken ct)
    {
        if (tilgang.ErAnsatt) return null;
        var evner = await tilgang.EvnerAsync(sakId, ct);
        if (evner is null) return null;
        var harForberedelse = await tilgang.Synlige<Forberedelse>().AnyAsync(f => f.SakId == sakId, ct);
        var kartlegging = await tilgang.Synlige<Domain.Kartlegging>().AsNoTracking()
            .Where(k => k.SakId == sakId && k.Ferdigstilt != null).SingleOrDefaultAsync(ct);
        var kanForberede = evner.Kan(Handling.ForberedKartlegging) && kartlegging is null;
        if (!kanForberede && !harForberedelse && kartlegging is null) return new MinKartleggingVisning(sakId, false, false, null);

        FerdigKartlegging? ferdig = null;
        if (kartlegging is not null)
        {
            var personId = await tilgang.SynligeSaker().Where(s => s.Id == sakId).Select(s => s.PersonId).SingleAsync(ct);
            await audit.SkrivAsync(AuditHandling.Les, "Kartlegging", sakId, personId, ct);
            ferdig = new FerdigKartlegging(
                Norsktid.Dato(kartlegging.Ferdigstilt!.Value),
                [.. kartlegging.Kartleggingsmoter.OrderBy(m => m.Dato).Select(m => new MittMote(m.Dato, Innbyggertekster.Sted(m.Sted)))],
                [.. kartlegging.Behov.Select(b => new MittBehov(Innbyggertekster.Navn(b.Omrade), b.SituasjonNaa, b.HjelpSomTrengs))],
                [.. kartlegging.Maal.Select(m => new MittMaal(m.Tekst, Innbyggertekster.Navn(m.Omrade), m.HvordanVite, m.Maldato))],
                kartlegging.Innstilling is { } i ? Innbyggertekster.Innstilling(i.Utfall) : null);
        }

        return new MinKartleggingVisning(sakId, kanForberede, harForberedelse, ferdig);
    }

    private Task<DateTimeOffset?> FerdigstiltAsync(Guid sakId, CancellationToken ct) =>
        db.Set<Domain.Kartlegging>().AsNoTracking().Where(k => k.SakId == sakId).Select(k => k.Ferdigstilt).SingleOrDefaultAsync(ct);
}

/// <summary>What the citizen wants help with in one area, as typed (an empty text: nothing in that area).</summary>
public sealed record OnskeInput(Hjelpeomrade Omrade, string? Tekst);

/// <summary>The preparation form as posted: the version read (<see cref="Guid.Empty"/> when nothing was saved yet).</summary>
public sealed record LagreForberedelseCommand(
    Guid SakId, Guid Versjon, string? HvaJegKlarer, IReadOnlyList<OnskeInput> Onsker, IReadOnlyList<string?> Maal);

public sealed class LagreForberedelseCommandValidator : AbstractValidator<LagreForberedelseCommand>
{
    public const int MaksMaalTekst = Domain.Kartlegging.MaksKortTekst;

    public LagreForberedelseCommandValidator()
    {
        RuleFor(c => c.HvaJegKlarer).MaximumLength(Forberedelse.MaksTekst).WithMessage($"Teksten kan ha høyst {Forberedelse.MaksTekst} tegn.");
        RuleFor(c => c.Onsker).Must(o => o.Count <= Enum.GetValues<Hjelpeomrade>().Length).WithMessage("Skjemaet har for mange områder.");
        RuleForEach(c => c.Onsker).ChildRules(o =>
        {
            o.RuleFor(x => x.Omrade).IsInEnum().WithMessage("Ukjent hjelpeområde.");
            o.RuleFor(x => x.Tekst).MaximumLength(Forberedelse.MaksTekst).WithMessage($"Teksten kan ha høyst {Forberedelse.MaksTekst} tegn.");
        });
        RuleFor(c => c.Maal).Must(m => m.Count(t => !string.IsNullOrWhiteSpace(t)) <= Forberedelse.MaksMaal)
            .WithMessage($"Du kan skrive opptil {Forberedelse.MaksMaal} mål.");
        RuleForEach(c => c.Maal).MaximumLength(MaksMaalTekst).WithMessage($"Et mål kan ha høyst {MaksMaalTekst} tegn. Del det gjerne i flere mål.");
    }
}

public static class ForberedelseFeil
{
    public static readonly Feil Lukket = new(
        "forberedelse_lukket",
        "Kartleggingen er ferdig, og det du skrev er tatt med i den. Forberedelsen kan ikke endres lenger, men du ser her hva du skrev.");
}

/// <summary>The preparation form: what is saved, and whether it can still be changed (or why not).</summary>
public sealed record ForberedelseVisning(
    Guid SakId, string Referanse, Guid Versjon, string? HvaJegKlarer, IReadOnlyList<Onske> Onsker, IReadOnlyList<string> Maal,
    DateTimeOffset? SistEndret, bool KanEndre, string? Lukket);

/// <summary>The mapping section of the citizen's case page.</summary>
public sealed record MinKartleggingVisning(Guid SakId, bool KanForberede, bool HarForberedelse, FerdigKartlegging? Ferdig)
{
    public bool Vises => KanForberede || HarForberedelse || Ferdig is not null;
}

/// <summary>A finished mapping as the citizen reads it: no internal notes, no reasons, no names of staff.</summary>
public sealed record FerdigKartlegging(
    DateOnly Ferdigstilt, IReadOnlyList<MittMote> Moter, IReadOnlyList<MittBehov> Behov, IReadOnlyList<MittMaal> Maal, string? Innstilling);

public sealed record MittMote(DateOnly Dato, string Sted);

public sealed record MittBehov(string Omrade, string SituasjonNaa, string HjelpSomTrengs);

public sealed record MittMaal(string Tekst, string Omrade, string HvordanVite, DateOnly Maldato);

/// <summary>The words the citizen reads: the help areas and the team's recommendation in plain language.</summary>
public static class Innbyggertekster
{
    public static string Navn(Hjelpeomrade omrade) => omrade switch
    {
        Hjelpeomrade.PraktiskBotrening => "Hjemmet: rydde, vaske og ta vare på boligen",
        Hjelpeomrade.OkonomiOgNav => "Penger, regninger, husleie og kontakt med NAV",
        Hjelpeomrade.Lokalmiljo => "Nærmiljøet: bli kjent der du bor og bruke tilbud i kommunen",
        Hjelpeomrade.Nettverk => "Folk rundt deg, så du ikke blir ensom",
        Hjelpeomrade.Ernaering => "Mat: handle, lage mat og planlegge måltider",
        Hjelpeomrade.Koordinering => "Få hjelpen fra ulike tjenester til å henge sammen",
        _ => omrade.Visningsnavn(),
    };

    public static string Sted(Motested sted) => sted switch
    {
        Motested.Hjemme => "hjemme hos deg",
        Motested.Kontor => "på kontoret vårt",
        Motested.Digitalt => "på video",
        Motested.Telefon => "på telefon",
        _ => sted.Visningsnavn(),
    };

    public static string Innstilling(Innstillingsutfall utfall) => utfall switch
    {
        Innstillingsutfall.Innvilge => "Vurderingsteamet anbefaler at du får bo-oppfølging.",
        Innstillingsutfall.DelvisInnvilge => "Vurderingsteamet anbefaler at du får bo-oppfølging til en del av det du har bedt om hjelp til.",
        Innstillingsutfall.Avslaa => "Vurderingsteamet anbefaler at du ikke får bo-oppfølging.",
        _ => utfall.Visningsnavn(),
    };
}
