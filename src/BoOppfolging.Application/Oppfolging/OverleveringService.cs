using BoOppfolging.Application.Audit;
using BoOppfolging.Application.Common;
using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Oppfolging;

/// <summary>
/// Handover: when a bo-oppfølger leaves or is away, the team leader (<see cref="Handling.OverforSaker"/>) moves several of their
/// open cases at once, each to the bo-oppfølger chosen for it, from a date and with a reason. Each case changes as one
/// assignment does (<see cref="Sak.TildelKontakter"/> under <see cref="Handling.TildelKontakter"/>: the leaver's period ended,
/// the receiver's begun, the timeline event, the audit entries), and all of them in one save through
/// <see cref="Saksendringer.EndreFlereAsync"/>: one case refused refuses the handover, with the message by that case.
/// </summary>
public sealed class OverleveringService(
    IAppDbContext db,
    TilgangService tilgang,
    Saksendringer endringer,
    IBrukerOppslag brukere,
    IAuditLogg audit,
    KapasitetService kapasitet,
    IValidator<OverforSakerCommand> validator,
    TimeProvider tid)
{
    private DateOnly Idag => Norsktid.Dato(tid.GetUtcNow());

    /// <summary>The handover page for one bo-oppfølger: their open cases and who may take them; not found for anyone but the team leader.</summary>
    public async Task<Result<Overleveringsskjema>> HentAsync(Guid brukerId, CancellationToken ct)
    {
        if (!tilgang.KanUtenSak(Handling.OverforSaker)) return Result<Overleveringsskjema>.NotFound();
        if (await NavnAsync(brukerId, ct) is not { } navn) return Result<Overleveringsskjema>.NotFound();
        var saker = await SakerAsync(brukerId, ct);
        var mottakere = (await brukere.MedRolleAsync(Roller.BoOppfolger, ct)).Where(o => o.Id != brukerId).ToList();
        await audit.SkrivAsync(AuditHandling.Les, "Overlevering", null, null, ct);
        return new Overleveringsskjema(brukerId, navn, saker, await kapasitet.BelastningAsync(mottakere, ct), Idag);
    }

    /// <summary>Hands the chosen cases over, all or none; the receipt says which case went to whom.</summary>
    public async Task<Result<IReadOnlyList<Overfort>>> OverforAsync(OverforSakerCommand c, CancellationToken ct)
    {
        if (!tilgang.KanUtenSak(Handling.OverforSaker)) return Result<IReadOnlyList<Overfort>>.NotFound();
        if (await NavnAsync(c.FraBrukerId, ct) is not { } navn) return Result<IReadOnlyList<Overfort>>.NotFound();

        var feil = (await validator.ValidateAsync(c, ct)).TilFeil().ToList();
        if (c.Fra > Idag) feil.Add(KontaktFeil.FraFramITid);
        var saker = (await SakerAsync(c.FraBrukerId, ct)).ToDictionary(s => s.SakId);
        var mottakere = (await brukere.MedRolleAsync(Roller.BoOppfolger, ct)).Where(o => o.Id != c.FraBrukerId).ToDictionary(o => o.Id, o => o.Navn);
        var valgte = c.Saker.DistinctBy(o => o.SakId).ToDictionary(o => o.SakId);
        var gjort = c.Fra is { } dato ? await AlleredeOverfortAsync(c.FraBrukerId, dato, [.. valgte.Values.Where(o => !saker.ContainsKey(o.SakId))], mottakere, ct) : [];
        foreach (var o in valgte.Values.Where(o => !gjort.ContainsKey(o.SakId)))
        {
            var sak = saker.GetValueOrDefault(o.SakId);
            Feil? galt = sak is null ? OverleveringFeil.IkkeHos(navn)
                : !mottakere.TryGetValue(o.TilBrukerId, out var mottaker) ? OverleveringFeil.UkjentMottaker
                : o.TilBrukerId == sak.AnnenKontaktId ? OverleveringFeil.AlleredeKontakt(mottaker, sak.Rolle)
                : null;
            if (galt is not null) feil.Add(PaaSaken(galt, o.SakId, sak));
        }

        if (feil.Count > 0) return Result<IReadOnlyList<Overfort>>.Invalid(feil);

        IReadOnlyList<Overfort> kvittering = [.. valgte.Values.Select(o => gjort.TryGetValue(o.SakId, out var g) ? g
            : new Overfort(saker[o.SakId].Referanse, saker[o.SakId].Rolle, mottakere[o.TilBrukerId]))];
        var nye = valgte.Values.Where(o => !gjort.ContainsKey(o.SakId)).ToList();
        if (nye.Count == 0) return Result<IReadOnlyList<Overfort>>.Ok(kvittering);

        var begrunnelse = c.Arsak!.Value.Begrunnelse(c.Begrunnelse);
        var result = await endringer.EndreFlereAsync(
            Handling.TildelKontakter, [.. nye.Select(o => (o.SakId, o.Versjon))],
            async e =>
            {
                var til = valgte[e.Sak.Id].TilBrukerId;
                var (primaer, sekundaer) = (e.Sak.PrimaerkontaktId, e.Sak.SekundaerkontaktId);
                if (primaer == c.FraBrukerId) primaer = til;
                else if (sekundaer == c.FraBrukerId) sekundaer = til;
                else return Result.Fail(OverleveringFeil.IkkeHos(navn));
                if (primaer is not { } p) return Result.Fail(OverleveringFeil.IkkeHos(navn));
                var perioder = await db.Set<Kontaktperiode>().Where(k => k.SakId == e.Sak.Id && k.Til == null).ToListAsync(ct);
                var tildelt = e.Sak.TildelKontakter(p, sekundaer, c.Fra!.Value, begrunnelse, perioder, Norsktid.Dato(e.Tidspunkt), e.BrukerId, e.Tidspunkt);
                if (!tildelt.IsSuccess) return tildelt;
                db.Set<Kontaktperiode>().AddRange(tildelt.Value);
                return Result.Ok();
            },
            (sakId, f) => PaaSaken(f, sakId, saker.GetValueOrDefault(sakId)), ct);
        return result.IsSuccess ? Result<IReadOnlyList<Overfort>>.Ok(kvittering) : Saksendringer.Videre<IReadOnlyList<Overfort>>(result);
    }

    /// <summary>
    /// The cases among <paramref name="ukjente"/> (no longer the leaver's) that this very handover already moved: the leaver's period
    /// ended at <paramref name="fra"/> and the receiver's in that role begun on it. A form sent twice (a double click, the browser's
    /// back and send) then gets the same receipt, not errors about cases that are "no longer" the leaver's.
    /// </summary>
    private async Task<Dictionary<Guid, Overfort>> AlleredeOverfortAsync(
        Guid fraBrukerId, DateOnly fra, IReadOnlyList<Overforing> ukjente, IReadOnlyDictionary<Guid, string> mottakere, CancellationToken ct)
    {
        if (ukjente.Count == 0) return [];
        var ider = ukjente.Select(o => o.SakId).ToList();
        var dagenFor = fra.AddDays(-1);
        var perioder = await tilgang.Synlige<Kontaktperiode>().AsNoTracking()
            .Where(k => ider.Contains(k.SakId) && ((k.BrukerId == fraBrukerId && (k.Til == dagenFor || k.Til == fra)) || (k.Til == null && k.Fra == fra)))
            .Select(k => new { k.SakId, k.BrukerId, k.Rolle, k.Til }).ToListAsync(ct);
        var referanser = await tilgang.SynligeSaker().AsNoTracking().Where(s => ider.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Referanse, ct);
        var gjort = new Dictionary<Guid, Overfort>();
        foreach (var o in ukjente)
        {
            var slutt = perioder.FirstOrDefault(p => p.SakId == o.SakId && p.BrukerId == fraBrukerId && p.Til is not null);
            if (slutt is null || !perioder.Any(p => p.SakId == o.SakId && p.BrukerId == o.TilBrukerId && p.Til is null && p.Rolle == slutt.Rolle)) continue;
            gjort[o.SakId] = new Overfort(referanser[o.SakId], slutt.Rolle, mottakere.GetValueOrDefault(o.TilBrukerId, "Ukjent bruker"));
        }

        return gjort;
    }

    /// <summary>An error about one case: by that case's field, naming the case (the summary at the top lists them all).</summary>
    private static Feil PaaSaken(Feil feil, Guid sakId, Overleveringssak? sak) =>
        feil with { Melding = sak is null ? feil.Melding : $"Sak {sak.Referanse}: {feil.Melding}", Felt = OverforSakerCommand.Felt(sakId) };

    /// <summary>
    /// The one whose cases are handed over: an active bo-oppfølger, or anyone who still holds open cases (an account deactivated
    /// or without the role since), so those cases can always be moved on. Null: nobody to hand over from.
    /// </summary>
    private async Task<string?> NavnAsync(Guid brukerId, CancellationToken ct)
    {
        var oppfolger = (await brukere.MedRolleAsync(Roller.BoOppfolger, ct)).Where(o => o.Id == brukerId).Select(o => o.Navn).FirstOrDefault();
        if (oppfolger is not null) return oppfolger;
        if (!await tilgang.SynligeSaker().AnyAsync(Kontaktansvar.ApneSakerFor(brukerId), ct)) return null;
        return (await brukere.NavnAsync([brukerId], ct)).GetValueOrDefault(brukerId);
    }

    /// <summary>The bo-oppfølger's open cases, by reference, with what the team leader needs to choose a receiver for each.</summary>
    private async Task<IReadOnlyList<Overleveringssak>> SakerAsync(Guid brukerId, CancellationToken ct)
    {
        var saker = await tilgang.SynligeSaker().AsNoTracking().Where(Kontaktansvar.ApneSakerFor(brukerId)).OrderBy(s => s.Referanse)
            .Select(s => new { s.Id, s.Referanse, s.Person!.Fornavn, s.Person.Etternavn, s.PrimaerkontaktId, s.SekundaerkontaktId, s.Versjon })
            .ToListAsync(ct);
        var ider = saker.Select(s => s.Id).ToList();
        var kontaktFra = (await tilgang.Synlige<Kontaktperiode>().AsNoTracking().Where(k => ider.Contains(k.SakId) && k.Til == null)
                .Select(k => new { k.SakId, k.Fra }).ToListAsync(ct))
            .GroupBy(k => k.SakId).ToDictionary(g => g.Key, g => g.Max(k => k.Fra));
        var timer = await kapasitet.InnvilgetPerUkeAsync(ider, Idag, ct);
        var andre = saker.Select(s => s.PrimaerkontaktId == brukerId ? s.SekundaerkontaktId : s.PrimaerkontaktId).OfType<Guid>().Distinct().ToList();
        var navn = await brukere.NavnAsync(andre, ct);
        return [.. saker.Select(s =>
        {
            var erPrimaer = s.PrimaerkontaktId == brukerId;
            var annen = erPrimaer ? s.SekundaerkontaktId : s.PrimaerkontaktId;
            return new Overleveringssak(
                s.Id, s.Referanse, $"{s.Fornavn} {s.Etternavn}", erPrimaer ? Kontaktrolle.Primaerkontakt : Kontaktrolle.Sekundaerkontakt,
                annen, annen is { } a ? navn.GetValueOrDefault(a, "Ukjent bruker") : null,
                kontaktFra.TryGetValue(s.Id, out var fra) ? fra : null, timer.TryGetValue(s.Id, out var t) ? t : null, s.Versjon);
        })];
    }
}

public static class OverleveringFeil
{
    public static readonly Feil IngenValgt = new("overlevering_ingen_valgt", "Velg hvem som skal overta minst én av sakene.", "Saker");
    public static readonly Feil UkjentMottaker = new("overlevering_ukjent_mottaker", "Velg en bo-oppfølger fra listen.");

    public static Feil IkkeHos(string navn) => new("overlevering_ikke_hos", $"Saken er ikke lenger hos {navn}. Last siden på nytt.");

    public static Feil AlleredeKontakt(string mottaker, Kontaktrolle rolle) => new(
        "overlevering_allerede_kontakt",
        $"{mottaker} er allerede {(rolle == Kontaktrolle.Primaerkontakt ? "sekundærkontakt" : "primærkontakt")} på saken, og kan ikke ha begge rollene. Velg en annen.");
}
