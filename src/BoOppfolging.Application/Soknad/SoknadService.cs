using System.Globalization;
using BoOppfolging.Application.Audit;
using BoOppfolging.Application.Brev;
using BoOppfolging.Application.Common;
using BoOppfolging.Application.Dokumenter;
using BoOppfolging.Application.Kontoer;
using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BoOppfolging.Application.Soknad;

/// <summary>
/// The citizen's application: a draft saved step by step, attachments, sending (once only, however
/// often the button is pressed), the receipt, and withdrawing it while no vedtak is made.
/// </summary>
public sealed class SoknadService(
    IAppDbContext db,
    ICurrentUser currentUser,
    TilgangService tilgang,
    IReferanseGenerator referanser,
    IDokumentlager dokumentlager,
    Filmottak filmottak,
    IAuditLogg audit,
    IOptions<IdentitetOptions> identitet,
    BrevService brevService,
    Saksendringer endringer,
    IValidator<OmDegInput> omDegValidator,
    IValidator<BosituasjonInput> bosituasjonValidator,
    IValidator<HjelpebehovInput> hjelpebehovValidator,
    IValidator<KontakterInput> kontakterValidator,
    IValidator<SamtykkerInput> samtykkerValidator,
    TimeProvider tid,
    ILogger<SoknadService> logger)
{
    public const int MaksVedlegg = 10;

    /// <summary>The citizen's draft, or null when they have none.</summary>
    public async Task<UtkastVisning?> HentUtkastAsync(CancellationToken ct)
    {
        if (currentUser.Id is not { } brukerId || currentUser.PersonId is not { } personId) return null;
        var utkast = await db.Soknadsutkast.AsNoTracking().SingleOrDefaultAsync(u => u.BrukerId == brukerId, ct);
        if (utkast is null) return null;
        var person = await db.Personer.AsNoTracking().SingleAsync(p => p.Id == personId, ct);
        var vedlegg = await db.Vedlegg.AsNoTracking().Where(v => v.UtkastId == utkast.Id)
            .OrderBy(v => v.LastetOpp).Select(v => new VedleggVisning(v.Id, v.Type, v.Filnavn, v.Storrelse)).ToListAsync(ct);
        audit.Registrer(AuditHandling.Les, "Søknadsutkast", null, personId);
        await db.SaveChangesAsync(ct);
        return new UtkastVisning(utkast.Id, person.FulltNavn, person.Fodselsnummer ?? "", utkast.Innhold,
            utkast.Innhold.ForsteManglendeSteg(), vedlegg, utkast.SlettesEtter, utkast.Versjon);
    }

    /// <summary>Name and number of the account holder, for the first step before a draft exists.</summary>
    public async Task<(string Navn, string Fodselsnummer)?> HentSokerAsync(CancellationToken ct)
    {
        if (currentUser.PersonId is not { } personId) return null;
        var person = await db.Personer.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null) return null;
        await audit.SkrivAsync(AuditHandling.Les, "Person", null, personId, ct);
        return (person.FulltNavn, person.Fodselsnummer ?? "");
    }

    public Task<Result> LagreOmDegAsync(OmDegInput input, CancellationToken ct) =>
        LagreStegAsync(1, input, omDegValidator, (innhold, i) => innhold with { OmDeg = i.TilInnhold() }, null, ct);

    public Task<Result> LagreBosituasjonAsync(BosituasjonInput input, CancellationToken ct) =>
        LagreStegAsync(2, input, bosituasjonValidator, (innhold, i) => innhold with { Bosituasjon = i.TilInnhold() }, null, ct);

    public Task<Result> LagreHjelpebehovAsync(HjelpebehovInput input, CancellationToken ct) =>
        LagreStegAsync(3, input, hjelpebehovValidator, (innhold, i) => innhold with { Hjelpebehov = i.TilInnhold() }, null, ct);

    public Task<Result> LagreKontakterAsync(KontakterInput input, CancellationToken ct) =>
        LagreStegAsync(4, input, kontakterValidator,
            (innhold, i) =>
            {
                var kontakter = i.TilInnhold(fnr => Fodselsnummer.Parse(fnr, identitet.Value.TillatTestnummer).Value.Verdi);
                // The consents name the sources of step 4: a changed list means choosing again.
                var sammeKilder = innhold.Kontakter is not null && MuligeKilder(innhold.Kontakter).SequenceEqual(MuligeKilder(kontakter));
                return innhold with { Kontakter = kontakter, Samtykker = sammeKilder ? innhold.Samtykker : null };
            },
            // A fullmektig must attach the power of attorney before the step counts as done.
            async utkast => !input.PaaVegneAvAnnen
                || (utkast is not null && await db.Vedlegg.AnyAsync(v => v.UtkastId == utkast.Id && v.Type == VedleggType.Fullmakt, ct))
                    ? null
                    : new Feil("fullmakt_mangler", "Legg ved fullmakten fra den du søker for.", "Fullmakt"),
            ct);

    public Task<Result> LagreSamtykkerAsync(SamtykkerInput input, CancellationToken ct) =>
        LagreStegAsync(5, input, samtykkerValidator,
            (innhold, i) => innhold with
            {
                Samtykker = new Domain.Samtykker([.. (innhold.Kontakter is { } k ? MuligeKilder(k) : []).Where(i.Kilder.Contains)]),
            },
            utkast =>
            {
                var mulige = utkast?.Innhold.Kontakter is { } k ? MuligeKilder(k) : [];
                return Task.FromResult(input.Kilder.Any(kilde => !mulige.Contains(kilde))
                    ? new Feil("ukjent_kilde", "Velg blant kildene i listen.", nameof(SamtykkerInput.Kilder))
                    : null);
            },
            ct);

    /// <summary>The sources the citizen can give consent for: the GP and the other services named in step 4.</summary>
    public static IReadOnlyList<string> MuligeKilder(Kontakter kontakter)
    {
        var kilder = new List<string>();
        if (kontakter.Fastlege is not null) kilder.Add($"fastlegen ({kontakter.Fastlege})");
        if (kontakter.NavKontakt is not null) kilder.Add($"NAV ({kontakter.NavKontakt})");
        kilder.AddRange(kontakter.AndreTjenester);
        return kilder;
    }

    /// <summary>Checks and stores an uploaded file on the draft. The draft is made if it does not exist yet.</summary>
    public async Task<Result<Guid>> LastOppVedleggAsync(VedleggType type, string? filnavn, Stream innhold, long lengde, CancellationToken ct)
    {
        var felt = type == VedleggType.Fullmakt ? "Fullmakt" : "Vedlegg";
        var utkast = await MittUtkastAsync(ct) ?? NyttUtkast();
        if (utkast is null) return Result<Guid>.NotFound();
        if (await db.Vedlegg.CountAsync(v => v.UtkastId == utkast.Id, ct) >= MaksVedlegg)
        {
            return Result<Guid>.Fail(new Feil("for_mange_vedlegg", $"Du kan legge ved høyst {MaksVedlegg} filer.", felt));
        }

        var fil = await filmottak.TaImotAsync(filnavn, innhold, lengde, felt, ct);
        if (!fil.IsSuccess) return Saksendringer.Videre<Guid>(fil);
        var vedlegg = new Domain.Vedlegg(utkast.Id, type, fil.Value.Filnavn, fil.Value.Innholdstype, fil.Value.Storrelse, fil.Value.Nokkel, tid.GetUtcNow());
        db.Vedlegg.Add(vedlegg);
        utkast.Beroert(tid.GetUtcNow());
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Vedlegg {VedleggId} lastet opp til utkast {UtkastId}", vedlegg.Id, utkast.Id);
        return vedlegg.Id;
    }

    public async Task<Result> SlettVedleggAsync(Guid vedleggId, CancellationToken ct)
    {
        var utkast = await MittUtkastAsync(ct);
        var vedlegg = utkast is null ? null : await db.Vedlegg.SingleOrDefaultAsync(v => v.Id == vedleggId && v.UtkastId == utkast.Id, ct);
        if (vedlegg is null) return Result.NotFound();
        db.Vedlegg.Remove(vedlegg);
        await db.SaveChangesAsync(ct);
        return Result.Ok();
    }

    /// <summary>
    /// Sends the draft: the case, the application, the consents and the attachments are saved in one
    /// transaction, and the draft is gone. Sending the same draft again (a double click, a refresh,
    /// the back button) finds the application already made and answers with it.
    /// </summary>
    public async Task<Result<Guid>> SendAsync(Guid utkastId, CancellationToken ct)
    {
        if (currentUser.Id is not { } brukerId || currentUser.PersonId is not { } personId) return Result<Guid>.NotFound();
        var alleredeSendt = await AlleredeSendtAsync(utkastId, brukerId, ct);
        if (alleredeSendt is not null) return alleredeSendt.Value;

        var utkast = await db.Soknadsutkast.SingleOrDefaultAsync(u => u.Id == utkastId && u.BrukerId == brukerId, ct);
        if (utkast is null) return Result<Guid>.NotFound();
        if (!utkast.ErKlarTilInnsending) return Result<Guid>.Fail(SoknadFeil.IkkeFerdig);

        var naa = tid.GetUtcNow();
        var referanse = await referanser.NesteAsync(Norsktid.Dato(naa).Year, ct);
        var innhold = utkast.Innhold;
        var sokerPersonId = personId;
        Guid? fullmektig = null;
        if (innhold.Kontakter!.PaaVegneAv is { } annen)
        {
            // The number is typed by the fullmektig, not proven: a person of its own, linked by the unit when it screens.
            var person = new Person(annen.Fornavn, annen.Etternavn,
                Fodselsnummer.Parse(annen.Fodselsnummer, identitet.Value.TillatTestnummer).Value, selvregistrert: true);
            db.Personer.Add(person);
            (sokerPersonId, fullmektig) = (person.Id, personId);
        }

        var sak = Sak.OpprettFraSoknad(referanse, sokerPersonId, fullmektig, naa, brukerId);
        db.Saker.Add(sak);
        db.Soknader.Add(new Domain.Soknad(sak.Id, utkast.Id, brukerId, innhold, naa));
        foreach (var kilde in innhold.Samtykker!.Kilder)
        {
            db.Samtykker.Add(new Samtykke(sak.Id, kilde, Samtykke.OrdlydFor(kilde), naa));
        }

        foreach (var vedlegg in await db.Vedlegg.Where(v => v.UtkastId == utkast.Id).ToListAsync(ct))
        {
            vedlegg.FlyttTilSak(sak.Id);
        }

        // The receipt is a letter like any other: made now, stored as sent, part of the same save.
        var hode = await brevService.LagAutomatiskHodeAsync(sak, ct);
        var kvittering = Brevmaler.Soknadskvittering(
            hode, Norsktid.Dato(naa), Norsktid.Tid(naa).ToString("HH:mm", CultureInfo.InvariantCulture), hode.Mottaker.Navn, sak.Frist);
        var arkivert = await brevService.LagOgArkiverAsync(sak, kvittering, Forsendelse.Digital, ct);
        if (!arkivert.IsSuccess) return Result<Guid>.Invalid(arkivert.Errors);

        db.Soknadsutkast.Remove(utkast);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two sends of the same draft at once: the unique UtkastId let one through.
            var vinner = await AlleredeSendtAsync(utkastId, brukerId, ct);
            if (vinner is not null) return vinner.Value;
            throw;
        }

        logger.LogInformation("Søknad sendt, sak {SakId}", sak.Id);
        return sak.Id;
    }

    public async Task<KvitteringVisning?> HentKvitteringAsync(Guid sakId, CancellationToken ct)
    {
        var kvittering = await tilgang.SynligeSaker().AsNoTracking()
            .Where(s => s.Id == sakId)
            .Join(db.Soknader, s => s.Id, so => so.SakId, (s, so) => new { s.Id, s.Referanse, so.Sendt, s.Person!.Fornavn, s.Person.Etternavn, s.Frist, s.PersonId })
            .SingleOrDefaultAsync(ct);
        if (kvittering is null) return null;
        var brevId = await db.Brev.AsNoTracking()
            .Where(b => b.SakId == sakId && b.Type == Brevtype.Soknadskvittering && b.Status == Brevstatus.Sendt)
            .Select(b => (Guid?)b.Id).FirstOrDefaultAsync(ct);
        await audit.SkrivAsync(AuditHandling.Les, "Søknadskvittering", kvittering.Id, kvittering.PersonId, ct);
        return new KvitteringVisning(kvittering.Id, kvittering.Referanse, kvittering.Sendt,
            $"{kvittering.Fornavn} {kvittering.Etternavn}", kvittering.Frist, brevId);
    }

    /// <summary>
    /// The application as sent, with its attachments, for staff who may see the case; null for anyone else or a referral.
    /// The read is audited once per request with the rest of the case page (<see cref="IAuditLogg"/>).
    /// </summary>
    public async Task<SendtSoknadVisning?> HentForSakAsync(Guid sakId, CancellationToken ct)
    {
        if (!tilgang.ErAnsatt) return null;
        var soknad = await tilgang.SynligeSaker().AsNoTracking()
            .Where(s => s.Id == sakId)
            .Join(db.Soknader, s => s.Id, so => so.SakId, (s, so) => new { so.Innhold, so.Sendt, s.PersonId, s.Person!.Fornavn, s.Person.Etternavn })
            .SingleOrDefaultAsync(ct);
        if (soknad is null) return null;
        var vedlegg = await db.Vedlegg.AsNoTracking().Where(v => v.SakId == sakId && v.KlageId == null && v.Type != VedleggType.Innhentingssvar).OrderBy(v => v.LastetOpp)
            .Select(v => new VedleggVisning(v.Id, v.Type, v.Filnavn, v.Storrelse)).ToListAsync(ct);
        await audit.SkrivAsync(AuditHandling.Les, "Søknad", sakId, soknad.PersonId, ct);
        return new SendtSoknadVisning(soknad.Innhold, $"{soknad.Fornavn} {soknad.Etternavn}", soknad.Sendt, vedlegg);
    }

    /// <summary>The citizen withdraws their application (or one they sent as fullmektig).</summary>
    public Task<Result> TrekkAsync(Guid sakId, Guid versjon, CancellationToken ct) =>
        endringer.EndreAsync<object>(Handling.TrekkSoknad, sakId, versjon, null, e => Task.FromResult(e.Sak.Trekk(e.BrukerId, e.Tidspunkt)), ct);

    /// <summary>An attachment's content, only for someone who may see its case (or the owner of the draft).</summary>
    public async Task<VedleggInnhold?> AapneVedleggAsync(Guid? sakId, Guid vedleggId, CancellationToken ct)
    {
        Domain.Vedlegg? vedlegg;
        if (sakId is { } id)
        {
            if (!await tilgang.KanSeSakAsync(id, ct)) return null;
            // An answer from the GP or another service is the staff's working material, not the citizen's application.
            var bareSoknaden = !tilgang.ErAnsatt;
            vedlegg = await db.Vedlegg.AsNoTracking()
                .SingleOrDefaultAsync(v => v.Id == vedleggId && v.SakId == id && (!bareSoknaden || v.Type != VedleggType.Innhentingssvar), ct);
        }
        else
        {
            var utkast = await MittUtkastAsync(ct);
            vedlegg = utkast is null ? null
                : await db.Vedlegg.AsNoTracking().SingleOrDefaultAsync(v => v.Id == vedleggId && v.UtkastId == utkast.Id, ct);
        }

        if (vedlegg is null) return null;
        var innhold = await dokumentlager.AapneAsync(vedlegg.DokumentNokkel, ct);
        if (innhold is null) return null;
        await audit.SkrivAsync(AuditHandling.Les, "Vedlegg", vedlegg.SakId, sakId is null ? currentUser.PersonId : null, ct);
        return new VedleggInnhold(innhold, vedlegg.Innholdstype, vedlegg.Filnavn);
    }

    /// <summary>Deletes drafts not changed for <see cref="Soknadsutkast.Levetid"/>, with their attachments.</summary>
    public async Task<int> SlettGamleUtkastAsync(CancellationToken ct)
    {
        var grense = tid.GetUtcNow() - Soknadsutkast.Levetid;
        var gamle = await db.Soknadsutkast.Where(u => u.SistEndret < grense).ToListAsync(ct);
        if (gamle.Count == 0) return 0;
        var ider = gamle.Select(u => (Guid?)u.Id).ToList();
        db.Vedlegg.RemoveRange(await db.Vedlegg.Where(v => ider.Contains(v.UtkastId)).ToListAsync(ct));
        db.Soknadsutkast.RemoveRange(gamle);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("{Antall} søknadsutkast eldre enn {Dager} dager slettet", gamle.Count, Soknadsutkast.Levetid.Days);
        return gamle.Count;
    }

    /// <summary>
    /// Validates a step (the validator, and <paramref name="kontrollMotUtkast"/> for rules that need
    /// the draft) and saves it to the draft, made now if the citizen has none.
    /// </summary>
    private async Task<Result> LagreStegAsync<T>(
        int steg, T input, IValidator<T> validator, Func<Soknadsinnhold, T, Soknadsinnhold> endre,
        Func<Soknadsutkast?, Task<Feil?>>? kontrollMotUtkast, CancellationToken ct)
    {
        var utkast = await MittUtkastAsync(ct);
        var feil = (await validator.ValidateAsync(input, ct)).TilFeil().ToList();
        if (kontrollMotUtkast is not null && await kontrollMotUtkast(utkast) is { } ekstra) feil.Add(ekstra);
        if (feil.Count > 0) return Result.Invalid(feil);
        utkast ??= NyttUtkast();
        if (utkast is null) return Result.NotFound();
        var lagret = utkast.LagreSteg(endre(utkast.Innhold, input), steg, tid.GetUtcNow());
        if (!lagret.IsSuccess) return lagret;
        await db.SaveChangesAsync(ct);
        return Result.Ok();
    }

    private async Task<Soknadsutkast?> MittUtkastAsync(CancellationToken ct) =>
        currentUser.Id is { } brukerId ? await db.Soknadsutkast.SingleOrDefaultAsync(u => u.BrukerId == brukerId, ct) : null;

    private Soknadsutkast? NyttUtkast()
    {
        if (currentUser.Id is not { } brukerId || currentUser.PersonId is not { } personId) return null;
        var utkast = new Soknadsutkast(brukerId, personId, tid.GetUtcNow());
        db.Soknadsutkast.Add(utkast);
        return utkast;
    }

    private async Task<Guid?> AlleredeSendtAsync(Guid utkastId, Guid brukerId, CancellationToken ct) =>
        await db.Soknader.Where(s => s.UtkastId == utkastId && s.InnsendtAv == brukerId).Select(s => (Guid?)s.SakId).SingleOrDefaultAsync(ct);
}
