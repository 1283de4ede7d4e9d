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
    Saksendringer endringer,
    IServiceProvider validatorer,
    TimeProvider tid,
    ILogger<MottakService> logger)
{
    private DateOnly Idag => Norsktid.Dato(tid.GetUtcNow());

    /// <summary>
    /// What the case page shows of the intake: the referral, the screening, contacts and requests, to all staff
    /// who may see the case (the vurderingsteam needs them too), with what this user may do now as flags.
    /// Not found for a citizen or a user who may not see the case.
    /// The read is audited once per request with the rest of the case page (<see cref="IAuditLogg"/>).
    /// </summary>
    public async Task<Result<MottakVisning>> HentAsync(Guid sakId, CancellationToken ct)
    {
        var evner = await tilgang.EvnerAsync(sakId, ct);
        if (evner is null || !evner.Kan(Handling.SeSaksopplysninger)) return Result<MottakVisning>.NotFound();
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

        var henvendelse = await tilgang.Synlige<Henvendelse>().AsNoTracking().Where(h => h.SakId == sakId)
            .Select(h => new HenvendelseVisning(h.Mottaksform, h.MelderNavn, h.MelderRolle, h.MelderTelefon, h.MelderEpost, h.Beskrivelse, h.Hastegrad))
            .SingleOrDefaultAsync(ct);
        var kontakter = await tilgang.Synlige<Kontaktforsok>().AsNoTracking().Where(k => k.SakId == sakId).OrderBy(k => k.Registrert).ToListAsync(ct);
        var behov = await tilgang.Synlige<Opplysningsbehov>().AsNoTracking().Where(o => o.SakId == sakId).OrderBy(o => o.Bedt)
            .Select(o => new OpplysningsbehovVisning(o.Id, o.Beskrivelse, o.Frist, o.Bedt, o.Mottatt)).ToListAsync(ct);
        var henvisning = await tilgang.Synlige<Henvisning>().AsNoTracking().Where(h => h.SakId == sakId)
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

        var saksbehandlere = evner.Kan(Handling.TildelSaksbehandler) ? await brukere.MedRolleAsync(Roller.Saksbehandler, ct) : [];
        // A case is sent on to be assessed: only the vurderingsteams are a choice, not the follow-up teams.
        var team = evner.Kan(Handling.SendTilVurdering)
            ? await db.Team.AsNoTracking().Where(t => t.Type == Teamtype.Vurderingsteam)
                .OrderBy(t => t.Navn).Select(t => new Valg(t.Id, t.Navn)).ToListAsync(ct)
            : [];
        var navn = await brukere.NavnAsync(
            kontakter.Select(k => k.UtfortAv)
                .Concat(sak.Mottakskontroll is { } m ? [m.UtfortAv] : [])
                .Concat(sak.SaksbehandlerId is { } sb ? [sb] : []),
            ct);
        string? Navn(Guid? id) => id is { } i && navn.TryGetValue(i, out var n) ? n : null;

        var adresse = await brevService.AdresseAsync(sakId, Postadresse.Fra(sak.Adresse, sak.Postnummer, sak.Poststed), ct);
        await audit.SkrivAsync(AuditHandling.Les, "Mottak", sakId, sak.PersonId, ct);
        var trengerForelopigSvar = sak.Status.ErUnderBehandling() && sak.ForelopigSvarSendt is null;
        var handlinger = new MottakHandlinger(
            KanKontrollere: evner.Kan(Handling.RegistrerMottakskontroll),
            KanRegistrereKontakt: evner.Kan(Handling.RegistrerKontakt) && sak.Kanal != Kanal.Soknad,
            KanEndreAdresse: evner.Kan(Handling.EndreAdresse),
            KanBeOmOpplysninger: evner.Kan(Handling.BeOmOpplysninger),
            KanRegistrereOpplysningerMottatt: evner.Kan(Handling.RegistrerOpplysningerMottatt),
            KanTildele: evner.Kan(Handling.TildelSaksbehandler),
            KanSendeTilVurdering: evner.Kan(Handling.SendTilVurdering),
            KanHenvise: evner.Kan(Handling.Henvis),
            KanHenlegge: evner.Kan(Handling.Henlegg),
            KanKoble: evner.Kan(Handling.KobleTilAnnenSak) && andre.Count > 0,
            KanLageForelopigSvar: evner.Kan(Handling.LagForelopigSvar) && trengerForelopigSvar);
        return new MottakVisning(
            sak.Id, sak.Referanse, $"{sak.Fornavn} {sak.Etternavn}", sak.Versjon, sak.Status, sak.Kanal, sak.Status.ErIMottak(), sak.Fodselsnummer is not null,
            sak.Fodselsdato is { } fd ? Fodselsnummer.Alder(fd, Idag) : null,
            sak.OnskerHjelpOgSamtykker, sak.Frist, Sak.ErForsinket(sak.Status, sak.Frist, Idag), sak.ForelopigSvarSendt,
            trengerForelopigSvar,
            sak.Mottakskontroll is { } k
                ? new MottakskontrollVisning(k.Over18, k.IMaalgruppen, k.DuplikatSjekket, k.Notat, k.Tidspunkt, Navn(k.UtfortAv))
                : null,
            henvendelse,
            [.. kontakter.Select(k => new KontaktVisning(k.Dato, k.Form, k.Resultat, k.SamtykkeGitt, k.Notat, Navn(k.UtfortAv)))],
            behov, andre, Navn(sak.SaksbehandlerId), sak.SaksbehandlerId,
            [.. saksbehandlere.Select(s => new Valg(s.Id, s.Navn))], team, henvisning, adresse, handlinger);
    }

    /// <summary>Registers a referral as a new case, for a known person (by fødselsnummer) or a new one.</summary>
    public async Task<Result<Guid>> RegistrerHenvendelseAsync(RegistrerHenvendelseCommand c, CancellationToken ct)
    {
        if (!tilgang.KanUtenSak(Handling.RegistrerHenvendelse) || currentUser.Id is not { } brukerId) return Result<Guid>.NotFound();
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
        endringer.EndreAsync(Handling.RegistrerMottakskontroll, c.SakId, c.Versjon, c, async e =>
        {
            var (sak, brukerId) = (e.Sak, e.BrukerId);
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
        endringer.EndreAsync(Handling.RegistrerKontakt, c.SakId, c.Versjon, c, e =>
        {
            var kontakt = e.Sak.RegistrerKontakt(c.Dato!.Value, c.Form!.Value, c.Resultat!.Value, c.Samtykke, Tom(c.Notat), e.BrukerId, e.Tidspunkt);
            if (kontakt.IsSuccess) db.Kontaktforsok.Add(kontakt.Value);
            return Task.FromResult<Result>(kontakt);
        }, ct);

    /// <summary>Asks for missing information with a due date: on the case (the citizen sees it) and as a letter draft to send.</summary>
    public Task<Result<Guid>> BeOmOpplysningerAsync(BeOmOpplysningerCommand c, CancellationToken ct) =>
        endringer.EndreAsync(Handling.BeOmOpplysninger, c.SakId, c.Versjon, c, async e =>
        {
            var sak = e.Sak;
            var behov = sak.BeOmOpplysninger(c.Beskrivelse!.Trim(), c.Frist!.Value, e.BrukerId, e.Tidspunkt);
            if (!behov.IsSuccess) return Result<Guid>.Invalid(behov.Errors);
            db.Opplysningsbehov.Add(behov.Value);
            var bestilling = Brevmaler.Opplysningsbehov(
                await brevService.LagHodeAsync(sak, ct), Norsktid.Dato(sak.Mottatt), behov.Value.Beskrivelse, behov.Value.Frist,
                erSoknad: sak.Kanal == Kanal.Soknad);
            return (await brevService.LagUtkastAsync(sak, bestilling, ct)).Id;
        }, ct);

    public Task<Result> OpplysningerMottattAsync(Guid sakId, Guid versjon, Guid behovId, CancellationToken ct) =>
        endringer.EndreAsync<object>(Handling.RegistrerOpplysningerMottatt, sakId, versjon, null, async e =>
        {
            var behov = await db.Opplysningsbehov.SingleOrDefaultAsync(o => o.Id == behovId && o.SakId == sakId, ct);
            return behov is null ? Result.NotFound() : e.Sak.RegistrerOpplysningerMottatt(behov, e.BrukerId, e.Tidspunkt);
        }, ct);

    public Task<Result> TildelSaksbehandlerAsync(TildelSaksbehandlerCommand c, CancellationToken ct) =>
        endringer.EndreAsync(Handling.TildelSaksbehandler, c.SakId, c.Versjon, c, async e =>
        {
            var saksbehandlere = await brukere.MedRolleAsync(Roller.Saksbehandler, ct);
            if (saksbehandlere.All(s => s.Id != c.SaksbehandlerId))
            {
                return Result.Fail(new Feil("ukjent_saksbehandler", "Velg en saksbehandler fra listen.", nameof(c.SaksbehandlerId)));
            }

            return e.Sak.TildelSaksbehandler(c.SaksbehandlerId!.Value, e.BrukerId, e.Tidspunkt);
        }, ct);

    public Task<Result> SendTilVurderingAsync(SendTilVurderingCommand c, CancellationToken ct) =>
        endringer.EndreAsync(Handling.SendTilVurdering, c.SakId, c.Versjon, c, async e =>
        {
            if (!await db.Team.AnyAsync(t => t.Id == c.TeamId && t.Type == Teamtype.Vurderingsteam, ct))
            {
                return Result.Fail(new Feil("ukjent_team", "Velg et team fra listen.", nameof(c.TeamId)));
            }

            return e.Sak.SendTilVurdering(c.TeamId!.Value, e.BrukerId, e.Tidspunkt);
        }, ct);

    /// <summary>Refers the person to another service: the record, the status, and a letter draft to print and send.</summary>
    public Task<Result<Guid>> HenvisAsync(HenvisCommand c, CancellationToken ct) =>
        endringer.EndreAsync(Handling.Henvis, c.SakId, c.Versjon, c, async e =>
        {
            var sak = e.Sak;
            var henvisning = sak.HenvisTilAnnenTjeneste(c.Tjeneste!.Trim(), c.Begrunnelse!.Trim(), e.BrukerId, e.Tidspunkt);
            if (!henvisning.IsSuccess) return Result<Guid>.Invalid(henvisning.Errors);
            db.Henvisninger.Add(henvisning.Value);
            var bestilling = Brevmaler.HenvistTilAnnenTjeneste(
                await brevService.LagHodeAsync(sak, ct), Norsktid.Dato(sak.Mottatt), henvisning.Value.Tjeneste, henvisning.Value.Begrunnelse);
            return (await brevService.LagUtkastAsync(sak, bestilling, ct)).Id;
        }, ct);

    public Task<Result> HenleggAsync(HenleggCommand c, CancellationToken ct) =>
        endringer.EndreAsync(Handling.Henlegg, c.SakId, c.Versjon, c, e =>
            Task.FromResult(e.Sak.Henlegg(c.Grunn!.Value, Tom(c.Begrunnelse), e.BrukerId, e.Tidspunkt)), ct);

    public Task<Result> KobleTilAsync(KobleTilSakCommand c, CancellationToken ct) =>
        endringer.EndreAsync(Handling.KobleTilAnnenSak, c.SakId, c.Versjon, c, async e =>
        {
            var sak = e.Sak;
            var aapen = await db.Saker.Include(s => s.Person).SingleOrDefaultAsync(s => s.Id == c.AapenSakId, ct);
            if (aapen is null) return Result.Fail(new Feil("ukjent_sak", "Velg en sak fra listen.", nameof(c.AapenSakId)));
            var person = await db.Personer.SingleAsync(p => p.Id == sak.PersonId, ct);
            return sak.KobleTil(aapen, person, aapen.Person!, e.BrukerId, e.Tidspunkt);
        }, ct);

    /// <summary>Makes the foreløpig svar as a draft letter; it takes effect when registered as sent.</summary>
    public Task<Result<Guid>> LagForelopigSvarAsync(ForelopigSvarCommand c, CancellationToken ct) =>
        endringer.EndreAsync(Handling.LagForelopigSvar, c.SakId, c.Versjon, c, async e =>
        {
            var sak = e.Sak;
            if (sak.ForelopigSvarSendt is not null) return Result<Guid>.Fail(MottakFeil.ForelopigSvarAlleredeSendt);
            var bestilling = Brevmaler.ForelopigSvar(
                await brevService.LagHodeAsync(sak, ct), Norsktid.Dato(sak.Mottatt), c.Begrunnelse!.Trim(), c.ForventetAvgjort!.Value,
                erSoknad: sak.Kanal == Kanal.Soknad);
            return (await brevService.LagUtkastAsync(sak, bestilling, ct, c.ForventetAvgjort)).Id;
        }, ct);

    private async Task<List<Feil>> ValiderAsync<T>(T command, CancellationToken ct)
    {
        var validator = validatorer.GetRequiredService<IValidator<T>>();
        return [.. (await validator.ValidateAsync(command, ct)).TilFeil()];
    }

    /// <summary>Registers or corrects the person's postal address; letters made from now on go there.</summary>
    public Task<Result> EndreAdresseAsync(EndreAdresseCommand c, CancellationToken ct) =>
        endringer.EndreAsync(Handling.EndreAdresse, c.SakId, c.Versjon, c, async e =>
        {
            var person = await db.Personer.SingleAsync(p => p.Id == e.Sak.PersonId, ct);
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

    private static string? Tom(string? tekst) => string.IsNullOrWhiteSpace(tekst) ? null : tekst.Trim();
}
