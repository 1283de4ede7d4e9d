using System.Globalization;
using BoOppfolging.Application.Audit;
using BoOppfolging.Application.Brev;
using BoOppfolging.Application.Common;
using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BoOppfolging.Application.Oppfolging;

/// <summary>
/// The non-participation path (seed 000; issue 12): when repeated visits "ikke truffet" or "avlyst av bruker" raise the flag
/// (<see cref="Oppfolgingsregler.ManglendeMedvirkning"/>), the saksbehandler or team leader sends the citizen a warning letter
/// (<see cref="Brevtype.VarselManglendeMedvirkning"/>: what happened, the duty to take part, what happens next, a date) through the
/// letter machinery, and later records the follow-up. An opphørsvedtak for lack of participation rests on a warning sent
/// (<see cref="Medvirkningsvarsel.GrunnlagForOpphor"/>, asked by <c>VedtakService.LagreAsync</c>). Reads start from <see cref="TilgangService"/> and are audited; changes go through
/// <see cref="Saksendringer"/> and are audited by the save.
/// </summary>
public sealed class MedvirkningService(
    IAppDbContext db,
    TilgangService tilgang,
    BrevService brevService,
    IBrukerOppslag brukere,
    IAuditLogg audit,
    Saksendringer endringer,
    IOptions<OppfolgingOptions> innstillinger,
    TimeProvider tid)
{
    private OppfolgingOptions Regler => innstillinger.Value;

    private DateOnly Idag => Norsktid.Dato(tid.GetUtcNow());

    /// <summary>
    /// The case's page for participation: the visits that count against it in the rule's window, the warnings with their letters
    /// and follow-ups, and the form's suggestions (what happened, from those visits; a deadline two weeks ahead). Every staff user
    /// who sees the case reads it; not found for anyone else.
    /// </summary>
    public async Task<Result<Medvirkningsside>> HentAsync(Guid sakId, CancellationToken ct)
    {
        var evner = await tilgang.EvnerAsync(sakId, ct);
        if (evner is null || !evner.Kan(Handling.SeSaksopplysninger)) return Result<Medvirkningsside>.NotFound();
        var sak = await tilgang.SynligeSaker().AsNoTracking().Where(s => s.Id == sakId)
            .Select(s => new { s.Referanse, s.Versjon, s.PersonId, s.Person!.Fornavn, s.Person.Etternavn }).SingleAsync(ct);
        var idag = Idag;
        var fra = idag.AddDays(-(Regler.IkkeMedvirkningDager - 1));
        var besok = await tilgang.Synlige<Besok>().AsNoTracking()
            .Where(b => b.SakId == sakId && b.Status == Besoksstatus.Registrert && b.Dato >= fra && b.Dato <= idag)
            .OrderBy(b => b.Dato).Select(b => new { b.Dato, b.Type, b.Utfall }).ToListAsync(ct);
        var uteblitte = besok.Where(b => Oppfolgingsregler.TellerSomIkkeMedvirkning(b.Utfall))
            .Select(b => new Uteblittbesok(b.Dato, b.Type, b.Utfall!.Value)).ToList();
        var varsler = await tilgang.Synlige<Medvirkningsvarsel>().AsNoTracking().Where(v => v.SakId == sakId)
            .OrderByDescending(v => v.Opprettet).ToListAsync(ct);
        var brevIder = varsler.Where(v => v.BrevId != null).Select(v => v.BrevId!.Value).ToList();
        var sendteBrev = brevIder.Count == 0 ? [] : await db.Brev.AsNoTracking()
            .Where(b => b.SakId == sakId && brevIder.Contains(b.Id) && b.Status == Brevstatus.Sendt).Select(b => b.Id).ToListAsync(ct);
        var navn = await brukere.NavnAsync(varsler.Select(v => v.OpprettetAv).Concat(varsler.Where(v => v.OppfolgetAv != null).Select(v => v.OppfolgetAv!.Value)).Distinct(), ct);
        await audit.SkrivAsync(AuditHandling.Les, "Varsel om manglende medvirkning", sakId, sak.PersonId, ct);

        var apent = varsler.Any(v => v.ErSendt && !v.ErFulgtOpp);
        var kanFolgeOpp = evner.Kan(Handling.FolgOppMedvirkning);
        return new Medvirkningsside(
            sakId, sak.Referanse, $"{sak.Fornavn} {sak.Etternavn}", sak.Versjon,
            Oppfolgingsregler.ManglendeMedvirkning(besok.Select(b => (b.Dato, b.Utfall)), idag, Regler.IkkeMedvirkningAntall, Regler.IkkeMedvirkningDager),
            Regler.IkkeMedvirkningAntall, Regler.IkkeMedvirkningDager, uteblitte,
            [.. varsler.Select(v => new Medvirkningsvarselvisning(
                v.Id, v.Versjon, v.HvaSkjedde, v.Frist, Norsktid.Dato(v.Opprettet), navn.GetValueOrDefault(v.OpprettetAv, "Ukjent"), v.BrevId,
                v.Sendt, v.BrevId is { } b && sendteBrev.Contains(b), v.SkalFolgesOpp(idag),
                v.OppfolgingDato, v.Utfall, v.Oppfolgingsnotat, v.OppfolgetAv is { } o ? navn.GetValueOrDefault(o, "Ukjent") : null,
                KanFolgeOpp: kanFolgeOpp && v.ErSendt && !v.ErFulgtOpp))],
            HvaSkjeddeForslag(uteblitte), idag.AddDays(Medvirkningsvarsel.StandardFristDager),
            KanVarsle: evner.Kan(Handling.VarsleManglendeMedvirkning) && !apent,
            VarsleApentVarsel: evner.Kan(Handling.VarsleManglendeMedvirkning) && apent);
    }

    /// <summary>
    /// Makes a warning and its letter to the citizen, a draft for the letter flow (approved and registered as sent by
    /// <see cref="Handling.SendBrev"/>), in one save against the case's version. Returns the letter's id: the user lands on it.
    /// </summary>
    public Task<Result<Guid>> VarsleAsync(VarsleManglendeMedvirkningCommand c, CancellationToken ct) =>
        endringer.EndreAsync(Handling.VarsleManglendeMedvirkning, c.SakId, c.Versjon, c, async e =>
        {
            var sak = e.Sak;
            var tidligere = await db.Set<Medvirkningsvarsel>().Where(v => v.SakId == sak.Id).ToListAsync(ct);
            var opprettet = Medvirkningsvarsel.Opprett(sak.Id, c.HvaSkjedde, c.Frist!.Value, tidligere, Idag, e.BrukerId, e.Tidspunkt);
            if (!opprettet.IsSuccess) return Result<Guid>.Invalid(opprettet.Errors);
            var varsel = opprettet.Value;
            db.Set<Medvirkningsvarsel>().Add(varsel);
            // A forhåndsvarsel is to the party: to the fullmektig when the case has one (forvaltningsloven § 12), naming the person.
            var part = await brevService.LagPartshodeAsync(sak, e.BrukerId, ct);
            var brev = await brevService.LagUtkastAsync(
                sak, Brevmaler.VarselManglendeMedvirkning(part.Hode, varsel.HvaSkjedde, varsel.Frist, part.TilFullmektig ? part.PersonNavn : null), ct);
            varsel.KnyttBrev(brev.Id);
            return brev.Id;
        }, ct);

    /// <summary>Records the follow-up of a sent warning, against the warning's version.</summary>
    public Task<Result> FolgOppAsync(FolgOppMedvirkningCommand c, CancellationToken ct) =>
        endringer.EndreAsync(
            Handling.FolgOppMedvirkning, c.SakId, c,
            (sak, t) => db.Set<Medvirkningsvarsel>().SingleOrDefaultAsync(v => v.Id == c.VarselId && v.SakId == sak.Id, t), c.Versjon,
            (e, varsel) => Task.FromResult(varsel.FolgOpp(c.Dato!.Value, c.Utfall, c.Notat, Idag, e.BrukerId, e.Tidspunkt)),
            ct);

    /// <summary>
    /// What happened, in the citizen's words, for the form to start from: one paragraph per visit that counts against the duty to
    /// take part, with its date.
    /// </summary>
    public static string HvaSkjeddeForslag(IReadOnlyList<Uteblittbesok> besok)
    {
        ArgumentNullException.ThrowIfNull(besok);
        if (besok.Count == 0) return "";
        var linjer = besok.Select(b => b.Dato.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) + ": " + (b.Utfall == Besoksutfall.AvlystAvBruker
            ? $"Du avlyste avtalen ({b.Type.Visningsnavn().ToLowerInvariant()})."
            : $"Vi traff deg ikke på avtalt tid ({b.Type.Visningsnavn().ToLowerInvariant()})."));
        return "Disse avtalene med deg ble ikke gjennomført:\n\n" + string.Join("\n\n", linjer);
    }
}

/// <summary>
/// Sending the warning letter marks its warning sent on that date; a deadline not after the sending date stops the send (the
/// letter stays a draft, and a new warning with a new date is made).
/// </summary>
public sealed class MedvirkningsvarselSendt(IAppDbContext db) : IBrevSendtHandler
{
    public Brevtype Type => Brevtype.VarselManglendeMedvirkning;

    public async Task<Result> BrevSendtAsync(SendtBrev sendt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sendt);
        var varsel = db.Set<Medvirkningsvarsel>().Local.FirstOrDefault(v => v.BrevId == sendt.Brev.Id)
            ?? await db.Set<Medvirkningsvarsel>().SingleOrDefaultAsync(v => v.BrevId == sendt.Brev.Id, ct);
        return varsel is null ? Result.Fail(MedvirkningFeil.BrevUtenVarsel) : varsel.MarkerSendt(sendt.Brev.SendtDato!.Value);
    }
}
