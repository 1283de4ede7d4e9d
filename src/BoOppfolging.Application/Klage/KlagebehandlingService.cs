using BoOppfolging.Application.Audit;
using BoOppfolging.Application.Brev;
using BoOppfolging.Application.Common;
using BoOppfolging.Application.Dokumenter;
using BoOppfolging.Application.Soknad;
using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BoOppfolging.Application.Klage;

/// <summary>One complaint on the unit's work list: how old, whether it came in time, where it stands, and the foreløpig svar rule.</summary>
/// <param name="Alder">Days since it was received.</param>
/// <param name="TrengerForelopigSvar">It has waited past <see cref="SvarFrist"/> with the unit (forvaltningsloven § 11 a).</param>
/// <param name="AntallForelopigeSvar">How many times the date was moved by a foreløpig svar.</param>
public sealed record Klagelinje(
    Guid Id, Guid SakId, string Referanse, string PersonNavn, DateOnly Mottatt, int Alder, Klagekanal Kanal, Fristvurdering Fristvurdering,
    Klagestatus Status, DateOnly SvarFrist, bool TrengerForelopigSvar, int AntallForelopigeSvar, string? Saksbehandler);

public sealed record Klageliste(IReadOnlyList<Klagelinje> Klager, Sideinndeling Side, int Apne, int TrengerForelopigSvar);

/// <summary>The case page's complaints panel: the case's complaints, and whether the user may register one.</summary>
public sealed record Klagepanel(Guid SakId, IReadOnlyList<Klagelinje> Klager, bool KanRegistrere);

/// <summary>A vedtak on the case a complaint can be registered on: approved, with its name and deadline.</summary>
public sealed record KlagbartVedtak(Guid Id, string Navn, DateOnly? Klagefrist);

/// <summary>What the registration form needs: the case, its person, and the vedtak a complaint can be about.</summary>
public sealed record KlageRegistreringsgrunnlag(Guid SakId, string Saksreferanse, string PersonNavn, string? FullmektigNavn, IReadOnlyList<KlagbartVedtak> Vedtak);

/// <summary>A letter of the complaint, sent or a draft still to send.</summary>
public sealed record KlagebrevLinje(Guid Id, Brevtype Type, string Tittel, Brevstatus Status, DateOnly? Sendt);

/// <summary>The complaint as the unit works on it: everything recorded, its files and letters, the vedtak, and what the user may do.</summary>
public sealed record Klagevisning(
    Domain.Klage Klage, string PersonNavn, string Saksreferanse, string Vedtaksnavn, string? Registrator, string? FormkravVurdertAv,
    IReadOnlyList<VedleggVisning> Vedlegg, IReadOnlyList<KlagebrevLinje> Brev, bool KanBehandle, bool KanTrekke);

/// <summary>
/// The unit's side of complaints (issue 13): registering one that came by post, e-mail or in person, the work list across cases,
/// and the complaint's page. Every change goes through <see cref="Saksendringer"/> with <see cref="Handling.RegistrerKlage"/> or
/// <see cref="Handling.BehandleKlage"/>; reads are of visible cases only, and audited.
/// </summary>
public sealed class KlagebehandlingService(
    IAppDbContext db,
    TilgangService tilgang,
    Saksendringer endringer,
    Filmottak filmottak,
    KlageService klager,
    BrevService brevService,
    IBrukerOppslag brukere,
    IAuditLogg audit,
    IValidator<RegistrerKlageCommand> registreringsvalidator,
    TimeProvider tid,
    ILogger<KlagebehandlingService> logger)
{
    public const int PerSide = 50;

    /// <summary>The case and its vedtak for the registration form; null when the user may not register a complaint on it.</summary>
    public async Task<KlageRegistreringsgrunnlag?> HentRegistreringAsync(Guid sakId, CancellationToken ct)
    {
        var sak = await tilgang.SynligeSaker().AsNoTracking().Where(s => s.Id == sakId)
            .Select(s => new { s.Id, s.Referanse, s.PersonId, s.FullmektigPersonId, Fakta = new Saksfakta(s.Id, s.PersonId, s.FullmektigPersonId, s.SaksbehandlerId, s.TeamId, s.PrimaerkontaktId, s.SekundaerkontaktId, s.Status) })
            .SingleOrDefaultAsync(ct);
        if (sak is null || !(await tilgang.EvnerAsync(sak.Fakta, ct)).Kan(Handling.RegistrerKlage)) return null;
        var personer = await db.Personer.AsNoTracking().Where(p => p.Id == sak.PersonId || p.Id == sak.FullmektigPersonId)
            .Select(p => new { p.Id, Navn = p.Fornavn + " " + p.Etternavn }).ToListAsync(ct);
        var vedtak = await db.Set<Domain.Vedtak>().AsNoTracking().IgnoreAutoIncludes()
            .Where(v => v.SakId == sakId && v.Status == Vedtaksstatus.Vedtatt)
            .OrderByDescending(v => v.Vedtatt)
            .ToListAsync(ct);
        await audit.SkrivAsync(AuditHandling.Les, "Klageregistrering", sakId, sak.PersonId, ct);
        return new KlageRegistreringsgrunnlag(
            sakId, sak.Referanse, personer.Single(p => p.Id == sak.PersonId).Navn, personer.FirstOrDefault(p => p.Id == sak.FullmektigPersonId)?.Navn,
            [.. vedtak.Select(v => new KlagbartVedtak(v.Id, KlageService.Vedtaksnavn(v), v.Klagefrist))]);
    }

    /// <summary>
    /// Registers a complaint that came by post, e-mail or in person, with its scanned pages: the complaint and its deadline status,
    /// the timeline's line, the files, and the acknowledgement letter as a draft to send (by post, through the letters), in one save.
    /// The form's id makes a second submit of the same form answer with the complaint already registered.
    /// </summary>
    public async Task<Result<Guid>> RegistrerAsync(RegistrerKlageCommand command, IReadOnlyList<Filopplasting> filer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(filer);
        if (await tilgang.Synlige<Domain.Klage>().Where(k => k.UtkastId == command.SkjemaId).Select(k => (Guid?)k.Id).SingleOrDefaultAsync(ct) is { } finnes)
            return finnes;
        var validering = await registreringsvalidator.ValidateAsync(command, ct);
        if (!validering.IsValid) return Result<Guid>.Invalid(validering.TilFeil());
        if (filer.Count > KlageService.MaksVedlegg)
            return Result<Guid>.Fail(new Feil("for_mange_vedlegg", $"Du kan legge ved høyst {KlageService.MaksVedlegg} filer.", "Filer"));

        Guid klageId = default;
        var result = await endringer.LeggTilAsync<object>(
            Handling.RegistrerKlage, command.SakId, null,
            async t => await db.Set<Domain.Klage>().AnyAsync(k => k.UtkastId == command.SkjemaId, t),
            async e =>
            {
                var vedtak = await db.Set<Domain.Vedtak>().IgnoreAutoIncludes()
                    .SingleOrDefaultAsync(v => v.Id == command.VedtakId && v.SakId == e.Sak.Id && v.Status == Vedtaksstatus.Vedtatt, ct);
                if (vedtak is null) return Result.Fail(new Feil("klage_vedtak", "Velg vedtaket klagen gjelder.", nameof(command.VedtakId)));

                var innhold = new Klageinnhold(command.Uenighet!, command.Onsket, command.NyeOpplysninger, command.ForsinkelseGrunn);
                var klage = Domain.Klage.Motta(
                    e.Sak, vedtak, await klager.NesteNummerAsync(e.Sak.Id, ct), command.Kanal!.Value, command.Klagerrolle!.Value, command.KlagerNavn!,
                    innhold, command.Mottatt!.Value, command.Postlagt, command.Signert, null, e.BrukerId, command.SkjemaId, e.Tidspunkt);
                if (!klage.IsSuccess) return klage;
                var mottatt = e.Sak.MottaKlage(klage.Value, e.BrukerId);
                if (!mottatt.IsSuccess) return mottatt;
                db.Set<Domain.Klage>().Add(klage.Value);

                foreach (var fil in filer)
                {
                    var lagret = await filmottak.TaImotAsync(fil.Filnavn, fil.Innhold, fil.Lengde, "Filer", ct);
                    if (!lagret.IsSuccess) return lagret;
                    db.Vedlegg.Add(Domain.Vedlegg.PaaKlage(
                        e.Sak.Id, klage.Value.Id, VedleggType.Dokumentasjon, lagret.Value.Filnavn, lagret.Value.Innholdstype, lagret.Value.Storrelse,
                        lagret.Value.Nokkel, e.Tidspunkt));
                }

                var kvittering = await klager.KvitteringsbrevAsync(e.Sak, klage.Value, vedtak, automatisk: false, ct);
                var brev = await brevService.LagUtkastAsync(e.Sak, kvittering, ct);
                brev.KnyttTilKlage(klage.Value.Id);
                klageId = klage.Value.Id;
                return Result.Ok();
            },
            ct);
        if (!result.IsSuccess) return Saksendringer.Videre<Guid>(result);
        if (klageId == default)
            return await db.Set<Domain.Klage>().Where(k => k.UtkastId == command.SkjemaId).Select(k => (Guid?)k.Id).SingleOrDefaultAsync(ct) is { } vinner
                ? vinner : Result<Guid>.NotFound();
        logger.LogInformation("Klage {KlageId} registrert på sak {SakId}", klageId, command.SakId);
        return klageId;
    }

    /// <summary>
    /// The work list: the complaints of the cases the user may see that are open (with the unit, partly reversed, or with
    /// Statsforvalteren), oldest first, those past their foreløpig svar date counted; or, with <paramref name="alle"/>, every one.
    /// </summary>
    public async Task<Klageliste?> ListAsync(bool alle, int side, CancellationToken ct)
    {
        if (!tilgang.KanUtenSak(Handling.SeKlager)) return null;
        var idag = Norsktid.Dato(tid.GetUtcNow());
        var synlige = tilgang.Synlige<Domain.Klage>().AsNoTracking();
        var apne = synlige.Where(k => Klagestatuser.Apne.Contains(k.Status));
        var hosEnheten = new[] { Klagestatus.Mottatt, Klagestatus.Formkrav, Klagestatus.UnderBehandling };
        var antallApne = await apne.CountAsync(ct);
        var trenger = await synlige.CountAsync(k => hosEnheten.Contains(k.Status) && k.SvarFrist < idag, ct);
        var utvalg = alle ? synlige : apne;
        var sideinndeling = await Sideinndeling.TellAsync(utvalg, side, PerSide, ct);
        var rader = await (
                from k in utvalg
                join s in db.Saker.AsNoTracking() on k.SakId equals s.Id
                orderby k.Mottatt, k.Nummer
                select new { Klage = k, s.Person!.Fornavn, s.Person.Etternavn, s.SaksbehandlerId })
            .Skip(sideinndeling.Hopp).Take(PerSide)
            .ToListAsync(ct);
        var navn = await brukere.NavnAsync(rader.Where(r => r.SaksbehandlerId is not null).Select(r => r.SaksbehandlerId!.Value).Distinct(), ct);
        if (rader.Count > 0) await audit.SkrivAsync(AuditHandling.Les, "Klageliste", null, null, ct);
        return new Klageliste(
            [
                .. rader.Select(r => new Klagelinje(
                    r.Klage.Id, r.Klage.SakId, r.Klage.Referanse, $"{r.Fornavn} {r.Etternavn}", r.Klage.Mottatt, idag.DayNumber - r.Klage.Mottatt.DayNumber,
                    r.Klage.Kanal, r.Klage.Fristvurdering, r.Klage.Status, r.Klage.SvarFrist, r.Klage.TrengerForelopigSvar(idag), r.Klage.AntallForelopigeSvar,
                    r.SaksbehandlerId is { } sb ? navn.GetValueOrDefault(sb) : null)),
            ],
            sideinndeling, antallApne, trenger);
    }

    /// <summary>The case's complaints for its page (staff who may see them), newest first; null when there is nothing to show.</summary>
    public async Task<Klagepanel?> PanelAsync(Guid sakId, CancellationToken ct)
    {
        var evner = await tilgang.EvnerAsync(sakId, ct);
        if (evner is null || !evner.Kan(Handling.SeKlage) || !tilgang.ErAnsatt) return null;
        var idag = Norsktid.Dato(tid.GetUtcNow());
        var klager = await tilgang.Synlige<Domain.Klage>().AsNoTracking().Where(k => k.SakId == sakId).OrderByDescending(k => k.Nummer).ToListAsync(ct);
        if (klager.Count == 0 && !evner.Kan(Handling.RegistrerKlage)) return null;
        return new Klagepanel(
            sakId,
            [
                .. klager.Select(k => new Klagelinje(
                    k.Id, k.SakId, k.Referanse, k.KlagerNavn, k.Mottatt, idag.DayNumber - k.Mottatt.DayNumber, k.Kanal, k.Fristvurdering, k.Status,
                    k.SvarFrist, k.TrengerForelopigSvar(idag), k.AntallForelopigeSvar, null)),
            ],
            evner.Kan(Handling.RegistrerKlage));
    }

    /// <summary>The complaint's page for staff who may see the case's complaints; null for anyone else.</summary>
    public async Task<Klagevisning?> HentAsync(Guid sakId, Guid klageId, CancellationToken ct)
    {
        var evner = await tilgang.EvnerAsync(sakId, ct);
        if (evner is null || !evner.Kan(Handling.SeKlage) || !tilgang.ErAnsatt) return null;
        var rad = await (
                from kl in tilgang.Synlige<Domain.Klage>().AsNoTracking()
                where kl.Id == klageId && kl.SakId == sakId
                join v in db.Set<Domain.Vedtak>().AsNoTracking().IgnoreAutoIncludes() on kl.VedtakId equals v.Id
                join s in db.Saker.AsNoTracking() on kl.SakId equals s.Id
                select new { Klage = kl, Vedtak = v, s.Referanse, s.PersonId, s.Person!.Fornavn, s.Person.Etternavn })
            .SingleOrDefaultAsync(ct);
        if (rad is null) return null;
        var vedlegg = await db.Vedlegg.AsNoTracking().Where(v => v.KlageId == klageId).OrderBy(v => v.LastetOpp)
            .Select(v => new VedleggVisning(v.Id, v.Type, v.Filnavn, v.Storrelse)).ToListAsync(ct);
        var brev = await db.Brev.AsNoTracking().Where(b => b.KlageId == klageId).OrderBy(b => b.Opprettet)
            .Select(b => new KlagebrevLinje(b.Id, b.Type, b.Tittel, b.Status, b.SendtDato)).ToListAsync(ct);
        var k = rad.Klage;
        var navn = await brukere.NavnAsync(new[] { k.RegistrertAv, k.FormkravVurdertAv }.OfType<Guid>(), ct);
        await audit.SkrivAsync(AuditHandling.Les, "Klage", sakId, rad.PersonId, ct);
        return new Klagevisning(
            k, $"{rad.Fornavn} {rad.Etternavn}", rad.Referanse, KlageService.Vedtaksnavn(rad.Vedtak),
            k.RegistrertAv is { } r ? navn.GetValueOrDefault(r) : null, k.FormkravVurdertAv is { } f ? navn.GetValueOrDefault(f) : null,
            vedlegg, brev, evner.Kan(Handling.BehandleKlage), evner.Kan(Handling.TrekkKlage) && k.Status.KanGaaTil(Klagestatus.Trukket));
    }
}
