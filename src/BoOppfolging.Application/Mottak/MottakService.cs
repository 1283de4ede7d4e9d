using BoOppfolging.Application.Audit;
using BoOppfolging.Application.Brev;
using BoOppfolging.Application.Common;
using BoOppfolging.Application.Kontoer;
using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BoOppfolging.Application.Mottak;

/// <summary>
/// The forvaltningsenhet's intake (phase 1): referrals registered by staff, the screening
/// (mottakskontroll), contact with the person, missing information, assignment, sending on to the
/// vurderingsteam, referral to another service, closing without a decision, duplicates, and the
/// foreløpig svar. Only saksbehandlere and team leaders, on cases they may see.
/// </summary>
public sealed class MottakService(
    IAppDbContext db,
    TilgangService tilgang,
    ICurrentUser currentUser,
    IBrukerOppslag brukere,
    IReferanseGenerator referanser,
    BrevService brevService,
    IOptions<IdentitetOptions> identitet,
    IAuditLogg audit,
    IServiceProvider validatorer,
    TimeProvider tid,
    ILogger<MottakService> logger)
{
    private bool ErForvaltning => currentUser.HarRolle(Roller.Saksbehandler) || currentUser.HarRolle(Roller.Teamleder);

    private DateOnly Idag => Norsktid.Dato(tid.GetUtcNow());

    /// <summary>
    /// What the case page shows to screen and route the case; not found for a user who may not do intake.
    /// <paramref name="alleredeLogget"/>: the caller has written this read of the case to the audit log
    /// already (the case page, through <see cref="Saker.SakService.HentAsync"/>), so one page view is one entry.
    /// </summary>
    public async Task<Result<MottakVisning>> HentAsync(Guid sakId, CancellationToken ct, bool alleredeLogget = false)
    {
        if (!ErForvaltning) return Result<MottakVisning>.NotFound();
        var sak = await tilgang.SynligeSaker().AsNoTracking()
            .Where(s => s.Id == sakId)
            .Select(s => new
            {
                s.Id, s.Referanse, s.Person!.Fornavn, s.Person.Etternavn, s.Versjon, s.Status, s.Kanal, s.PersonId, s.Person.Fodselsnummer, s.Person.Fodselsdato, s.OnskerHjelpOgSamtykker,
                s.Person.Adresse, s.Person.Postnummer, s.Person.Poststed,
                s.Frist, s.ForelopigSvarSendt, s.Mottatt, s.Mottakskontroll, s.SaksbehandlerId,
            })
            .SingleOrDefaultAsync(ct);
        if (sak is null) return Result<MottakVisning>.NotFound();

        var henvendelse = await db.Henvendelser.AsNoTracking().Where(h => h.SakId == sakId)
            .Select(h => new HenvendelseVisning(h.Mottaksform, h.MelderNavn, h.MelderRolle, h.MelderTelefon, h.MelderEpost, h.Beskrivelse, h.Hastegrad))
            .SingleOrDefaultAsync(ct);
        var kontakter = await db.Kontaktforsok.AsNoTracking().Where(k => k.SakId == sakId).OrderBy(k => k.Registrert).ToListAsync(ct);
        var behov = await db.Opplysningsbehov.AsNoTracking().Where(o => o.SakId == sakId).OrderBy(o => o.Bedt)
            .Select(o => new OpplysningsbehovVisning(o.Id, o.Beskrivelse, o.Frist, o.Bedt, o.Mottatt)).ToListAsync(ct);
        var henvisning = await db.Henvisninger.AsNoTracking().Where(h => h.SakId == sakId)
            .Select(h => new HenvisningVisning(h.Tjeneste, h.Begrunnelse, h.Tidspunkt)).FirstOrDefaultAsync(ct);

        // Other open cases for the same person: the same record, or another record with the same number
        // (a self-registered account's person). Searched among all cases: a duplicate may be assigned to someone else.
        // Persons first (by id or number, both indexed), then their cases: an OR across the two tables scans every case.
        var fnr = sak.Fodselsnummer;
        var sammePerson = db.Personer.Where(p => p.Id == sak.PersonId || (fnr != null && p.Fodselsnummer == fnr)).Select(p => p.Id);
        var andre = await db.Saker.AsNoTracking()
            .Where(s => s.Id != sakId && !SaksstatusRegler.Avsluttede.Contains(s.Status) && sammePerson.Contains(s.PersonId))
            .OrderBy(s => s.Mottatt)
            .Select(s => new AnnenSak(s.Id, s.Referanse, s.Status, s.Mottatt))
            .ToListAsync(ct);

        var saksbehandlere = await brukere.MedRolleAsync(Roller.Saksbehandler, ct);
        // A case is sent on to be assessed: only the vurderingsteams are a choice, not the follow-up teams.
        var team = await db.Team.AsNoTracking().Where(t => t.Type == Teamtype.Vurderingsteam)
            .OrderBy(t => t.Navn).Select(t => new Valg(t.Id, t.Navn)).ToListAsync(ct);
        var navn = await brukere.NavnAsync(
            kontakter.Select(k => k.UtfortAv)
                .Concat(sak.Mottakskontroll is { } m ? [m.UtfortAv] : [])
                .Concat(sak.SaksbehandlerId is { } sb ? [sb] : []),
            ct);
        string? Navn(Guid? id) => id is { } i && navn.TryGetValue(i, out var n) ? n : null;

        var adresse = await brevService.AdresseAsync(sakId, Postadresse.Fra(sak.Adresse, sak.Postnummer, sak.Poststed), ct);
        if (!alleredeLogget) await audit.SkrivAsync(AuditHandling.Les, "Mottak", sakId, sak.PersonId, ct);
        return new MottakVisning(
            sak.Id, sak.Referanse, $"{sak.Fornavn} {sak.Etternavn}", sak.Versjon, sak.Status, sak.Kanal, sak.Status.ErIMottak(), sak.Fodselsnummer is not null,
            sak.Fodselsdato is { } fd ? Fodselsnummer.Alder(fd, Idag) : null,
            sak.OnskerHjelpOgSamtykker, sak.Frist, Sak.ErForsinket(sak.Status, sak.Frist, Idag), sak.ForelopigSvarSendt,
            sak.Status.ErUnderBehandling() && sak.ForelopigSvarSendt is null,
            sak.Mottakskontroll is { } k
                ? new MottakskontrollVisning(k.Over18, k.IMaalgruppen, k.DuplikatSjekket, k.Notat, k.Tidspunkt, Navn(k.UtfortAv))
                : null,
            henvendelse,
            [.. kontakter.Select(k => new KontaktVisning(k.Dato, k.Form, k.Resultat, k.SamtykkeGitt, k.Notat, Navn(k.UtfortAv)))],
            behov, andre, Navn(sak.SaksbehandlerId), sak.SaksbehandlerId,
            [.. saksbehandlere.Select(s => new Valg(s.Id, s.Navn))], team, henvisning, adresse);
    }

    /// <summary>Registers a referral as a new case, for a known person (by fødselsnummer) or a new one.</summary>
    public async Task<Result<Guid>> RegistrerHenvendelseAsync(RegistrerHenvendelseCommand c, CancellationToken ct)
    {
        if (!ErForvaltning || currentUser.Id is not { } brukerId) return Result<Guid>.NotFound();
        var feil = await ValiderAsync(c, ct);
        if (feil.Count > 0) return Result<Guid>.Invalid(feil);

        Person? person = null;
        if (!string.IsNullOrWhiteSpace(c.Fodselsnummer))
        {
            var fnr = Fodselsnummer.Parse(c.Fodselsnummer, identitet.Value.TillatTestnummer).Value;
            person = await db.Personer.SingleOrDefaultAsync(p => p.Fodselsnummer == fnr.Verdi && !p.Selvregistrert, ct);
            if (person is null)
            {
                person = new Person(c.Fornavn!.Trim(), c.Etternavn!.Trim(), fnr);
                db.Personer.Add(person);
            }
        }
        else
        {
            person = new Person(c.Fornavn!.Trim(), c.Etternavn!.Trim(), null, c.Fodselsdato);
            db.Personer.Add(person);
        }

        if (c.HarAdresse) person.SettPostadresse(c.Adresse!.Trim(), c.Postnummer!.Trim(), c.Poststed!.Trim());

        var mottatt = MottattTidspunkt(c.Mottatt!.Value);
        var referanse = await referanser.NesteAsync(c.Mottatt.Value.Year, ct);
        var (sak, henvendelse) = Sak.OpprettFraHenvendelse(
            referanse, person.Id, c.Kanal!.Value, c.Mottaksform!.Value, c.MelderNavn!.Trim(), Tom(c.MelderRolle), Tom(c.MelderTelefon),
            Tom(c.MelderEpost), c.Beskrivelse!.Trim(), c.Hastegrad!.Value, mottatt, brukerId);
        db.Saker.Add(sak);
        db.Henvendelser.Add(henvendelse);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Henvendelse registrert som sak {SakId}", sak.Id);
        return sak.Id;
    }

    public Task<Result> KontrollerAsync(MottakskontrollCommand c, CancellationToken ct) =>
        EndreAsync(c.SakId, c.Versjon, c, async (sak, brukerId) =>
        {
            var person = await db.Personer.SingleAsync(p => p.Id == sak.PersonId, ct);
            if (person.Fodselsnummer is null && !string.IsNullOrWhiteSpace(c.Fodselsnummer))
            {
                var fnr = Fodselsnummer.Parse(c.Fodselsnummer, identitet.Value.TillatTestnummer).Value;
                var kjent = await db.Personer.SingleOrDefaultAsync(p => p.Fodselsnummer == fnr.Verdi && !p.Selvregistrert, ct);
                if (kjent is not null)
                {
                    // The person is already known: the case moves to that record instead of keeping a copy.
                    var knyttet = sak.KnyttTilPerson(kjent.Id, brukerId, tid.GetUtcNow());
                    if (!knyttet.IsSuccess) return knyttet;
                    person = kjent;
                }
                else
                {
                    var satt = person.SettFodselsnummer(fnr);
                    if (!satt.IsSuccess) return satt;
                }
            }

            return sak.RegistrerMottakskontroll(
                person.Fodselsdato, c.IMaalgruppen!.Value, c.DuplikatSjekket, Tom(c.Notat), Idag, brukerId, tid.GetUtcNow());
        }, ct);

    public Task<Result> RegistrerKontaktAsync(RegistrerKontaktCommand c, CancellationToken ct) =>
        EndreAsync(c.SakId, c.Versjon, c, (sak, brukerId) =>
        {
            var kontakt = sak.RegistrerKontakt(c.Dato!.Value, c.Form!.Value, c.Resultat!.Value, c.Samtykke, Tom(c.Notat), brukerId, tid.GetUtcNow());
            if (kontakt.IsSuccess) db.Kontaktforsok.Add(kontakt.Value);
            return Task.FromResult<Result>(kontakt);
        }, ct);

    /// <summary>Asks for missing information with a due date: on the case (the citizen sees it) and as a letter draft to send.</summary>
    public async Task<Result<Guid>> BeOmOpplysningerAsync(BeOmOpplysningerCommand c, CancellationToken ct)
    {
        Guid brevId = default;
        var result = await EndreAsync(c.SakId, c.Versjon, c, async (sak, brukerId) =>
        {
            var behov = sak.BeOmOpplysninger(c.Beskrivelse!.Trim(), c.Frist!.Value, brukerId, tid.GetUtcNow());
            if (!behov.IsSuccess) return behov;
            db.Opplysningsbehov.Add(behov.Value);
            var innhold = Brevmaler.Opplysningsbehov(
                await brevService.LagHodeAsync(sak, ct), Norsktid.Dato(sak.Mottatt), behov.Value.Beskrivelse, behov.Value.Frist,
                erSoknad: sak.Kanal == Kanal.Soknad);
            brevId = brevService.LagUtkast(sak, Brevtype.Opplysningsbehov, innhold).Id;
            return Result.Ok();
        }, ct);
        return result.IsSuccess ? brevId : Videre<Guid>(result);
    }

    public Task<Result> OpplysningerMottattAsync(Guid sakId, Guid versjon, Guid behovId, CancellationToken ct) =>
        EndreAsync<object?>(sakId, versjon, null, async (sak, brukerId) =>
        {
            var behov = await db.Opplysningsbehov.SingleOrDefaultAsync(o => o.Id == behovId && o.SakId == sakId, ct);
            return behov is null ? Result.NotFound() : sak.RegistrerOpplysningerMottatt(behov, brukerId, tid.GetUtcNow());
        }, ct);

    public Task<Result> TildelSaksbehandlerAsync(TildelSaksbehandlerCommand c, CancellationToken ct) =>
        EndreAsync(c.SakId, c.Versjon, c, async (sak, brukerId) =>
        {
            var saksbehandlere = await brukere.MedRolleAsync(Roller.Saksbehandler, ct);
            if (saksbehandlere.All(s => s.Id != c.SaksbehandlerId))
            {
                return Result.Fail(new Feil("ukjent_saksbehandler", "Velg en saksbehandler fra listen.", nameof(c.SaksbehandlerId)));
            }

            return sak.TildelSaksbehandler(c.SaksbehandlerId!.Value, brukerId, tid.GetUtcNow());
        }, ct);

    public Task<Result> SendTilVurderingAsync(SendTilVurderingCommand c, CancellationToken ct) =>
        EndreAsync(c.SakId, c.Versjon, c, async (sak, brukerId) =>
        {
            if (!await db.Team.AnyAsync(t => t.Id == c.TeamId && t.Type == Teamtype.Vurderingsteam, ct))
            {
                return Result.Fail(new Feil("ukjent_team", "Velg et team fra listen.", nameof(c.TeamId)));
            }

            return sak.SendTilVurdering(c.TeamId!.Value, brukerId, tid.GetUtcNow());
        }, ct);

    /// <summary>Refers the person to another service: the record, the status, and a letter draft to print and send.</summary>
    public async Task<Result<Guid>> HenvisAsync(HenvisCommand c, CancellationToken ct)
    {
        Guid brevId = default;
        var result = await EndreAsync(c.SakId, c.Versjon, c, async (sak, brukerId) =>
        {
            var henvisning = sak.HenvisTilAnnenTjeneste(c.Tjeneste!.Trim(), c.Begrunnelse!.Trim(), brukerId, tid.GetUtcNow());
            if (!henvisning.IsSuccess) return henvisning;
            db.Henvisninger.Add(henvisning.Value);
            var innhold = Brevmaler.HenvistTilAnnenTjeneste(
                await brevService.LagHodeAsync(sak, ct), Norsktid.Dato(sak.Mottatt), henvisning.Value.Tjeneste, henvisning.Value.Begrunnelse);
            brevId = brevService.LagUtkast(sak, Brevtype.HenvistTilAnnenTjeneste, innhold).Id;
            return Result.Ok();
        }, ct);
        return result.IsSuccess ? brevId : Videre<Guid>(result);
    }

    public Task<Result> HenleggAsync(HenleggCommand c, CancellationToken ct) =>
        EndreAsync(c.SakId, c.Versjon, c, (sak, brukerId) =>
            Task.FromResult(sak.Henlegg(c.Grunn!.Value, Tom(c.Begrunnelse), brukerId, tid.GetUtcNow())), ct);

    public Task<Result> KobleTilAsync(KobleTilSakCommand c, CancellationToken ct) =>
        EndreAsync(c.SakId, c.Versjon, c, async (sak, brukerId) =>
        {
            var aapen = await db.Saker.Include(s => s.Person).SingleOrDefaultAsync(s => s.Id == c.AapenSakId, ct);
            if (aapen is null) return Result.Fail(new Feil("ukjent_sak", "Velg en sak fra listen.", nameof(c.AapenSakId)));
            var person = await db.Personer.SingleAsync(p => p.Id == sak.PersonId, ct);
            return sak.KobleTil(aapen, person, aapen.Person!, brukerId, tid.GetUtcNow());
        }, ct);

    /// <summary>Makes the foreløpig svar as a draft letter; it takes effect when registered as sent.</summary>
    public async Task<Result<Guid>> LagForelopigSvarAsync(ForelopigSvarCommand c, CancellationToken ct)
    {
        Guid brevId = default;
        var result = await EndreAsync(c.SakId, c.Versjon, c, async (sak, _) =>
        {
            if (sak.ForelopigSvarSendt is not null) return Result.Fail(MottakFeil.ForelopigSvarAlleredeSendt);
            if (!sak.ErUnderBehandling) return Result.Fail(MottakFeil.IkkeIMottak);
            var innhold = Brevmaler.ForelopigSvar(
                await brevService.LagHodeAsync(sak, ct), Norsktid.Dato(sak.Mottatt), c.Begrunnelse!.Trim(), c.ForventetAvgjort!.Value,
                erSoknad: sak.Kanal == Kanal.Soknad);
            brevId = brevService.LagUtkast(sak, Brevtype.ForelopigSvar, innhold, c.ForventetAvgjort).Id;
            return Result.Ok();
        }, ct);
        return result.IsSuccess ? brevId : Videre<Guid>(result);
    }

    /// <summary>
    /// The shared path for every change: role, access to the case, validation, the version the user
    /// saw (a case changed by someone else since gives a conflict, never a silent overwrite), the
    /// change, and one save.
    /// </summary>
    private async Task<Result> EndreAsync<T>(Guid sakId, Guid versjon, T command, Func<Sak, Guid, Task<Result>> endre, CancellationToken ct)
    {
        if (!ErForvaltning || currentUser.Id is not { } brukerId) return Result.NotFound();
        var sak = await tilgang.SynligeSaker().SingleOrDefaultAsync(s => s.Id == sakId, ct);
        if (sak is null) return Result.NotFound();
        if (command is not null)
        {
            var feil = await ValiderAsync(command, ct);
            if (feil.Count > 0) return Result.Invalid(feil);
        }

        if (sak.Versjon != versjon) return Result.Fail(Feil.Konflikt);
        var result = await endre(sak, brukerId);
        if (!result.IsSuccess) return result;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result.Fail(Feil.Konflikt);
        }

        logger.LogInformation("Sak {SakId} endret i mottak", sak.Id);
        return Result.Ok();
    }

    private async Task<List<Feil>> ValiderAsync<T>(T command, CancellationToken ct)
    {
        var validator = validatorer.GetRequiredService<IValidator<T>>();
        return [.. (await validator.ValidateAsync(command, ct)).TilFeil()];
    }

    /// <summary>Registers or corrects the person's postal address; letters made from now on go there.</summary>
    public Task<Result> EndreAdresseAsync(EndreAdresseCommand c, CancellationToken ct) =>
        EndreAsync(c.SakId, c.Versjon, c, async (sak, _) =>
        {
            var person = await db.Personer.SingleAsync(p => p.Id == sak.PersonId, ct);
            person.SettPostadresse(c.Adresse!.Trim(), c.Postnummer!.Trim(), c.Poststed!.Trim());
            return Result.Ok();
        }, ct);

    /// <summary>A referral's date as a time: now if it came today, otherwise noon that day (Norwegian time).</summary>
    private DateTimeOffset MottattTidspunkt(DateOnly dato)
    {
        var naa = tid.GetUtcNow();
        if (dato >= Norsktid.Dato(naa)) return naa;
        var lokal = dato.ToDateTime(new TimeOnly(12, 0));
        // Stored in UTC like every other time: SQLite compares the stored clock ticks, not the instant.
        return new DateTimeOffset(lokal, Norsktid.Sone.GetUtcOffset(lokal)).ToUniversalTime();
    }

    private static Result<TVerdi> Videre<TVerdi>(Result result) =>
        result.IsNotFound ? Result<TVerdi>.NotFound() : Result<TVerdi>.Invalid(result.Errors);

    private static string? Tom(string? tekst) => string.IsNullOrWhiteSpace(tekst) ? null : tekst.Trim();
}
