using System.Security.Cryptography;
using BoOppfolging.Application.Audit;
using BoOppfolging.Application.Common;
using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BoOppfolging.Application.Brev;

/// <summary>
/// The one way letters are made: the header (<see cref="LagHodeAsync"/>), a draft with its content, a
/// print view and a PDF made from that content, and on sending, the PDF stored as an unchangeable
/// document with its hash. Every later view of a sent letter shows the stored copy. The receipt, the
/// foreløpig svar, the referral letter and the request for information use this today; the vedtak,
/// complaint and closing letters will too.
/// </summary>
public sealed class BrevService(
    IAppDbContext db,
    TilgangService tilgang,
    IBrevPdf pdf,
    IDokumentlager dokumentlager,
    ICurrentUser currentUser,
    IBrukerOppslag brukere,
    IOptions<KommuneOptions> kommune,
    IAuditLogg audit,
    Saksendringer endringer,
    IEnumerable<IBrevSendtHandler> sendtHandlere,
    IEnumerable<IBrevFerdigstilling> ferdigstillinger,
    Brevtekster.BrevtekstService tekster,
    IEpostSender epost,
    IValidator<SendFlereBrevCommand> flereValidator,
    TimeProvider tid,
    ILogger<BrevService> logger)
{
    /// <summary>
    /// The header of a letter a staff member makes on the case: the municipality as sender, the person
    /// the case is about at <see cref="AdresseAsync"/>, today's date, the case's reference, and the
    /// signature of the user making it, as saksbehandler.
    /// </summary>
    public Task<Brevhode> LagHodeAsync(Sak sak, CancellationToken ct) => LagHodeAsync(sak, automatisk: false, ct);

    /// <summary>
    /// The header of a letter a staff member sends on the case to someone other than the person it is about
    /// (a request for information to the GP or another service): the same sender, date, reference and signature,
    /// to <paramref name="mottaker"/>.
    /// </summary>
    public async Task<Brevhode> LagHodeTilAsync(Sak sak, Brevmottaker mottaker, CancellationToken ct) =>
        (await LagHodeAsync(sak, automatisk: false, ct)) with { Mottaker = mottaker };

    /// <summary>
    /// The header of a decision on the case (the vedtak letters): to the person's fullmektig if the case has one (with
    /// <see cref="Partshode.TilFullmektig"/> set, so the letter names the person it concerns), else to the person; signed by
    /// <paramref name="saksbehandlerId"/> as saksbehandler, whoever makes the letter again later (the approver, say).
    /// </summary>
    public async Task<Partshode> LagPartshodeAsync(Sak sak, Guid saksbehandlerId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sak);
        var hode = await LagHodeAsync(sak, automatisk: false, ct);
        var navn = await brukere.NavnAsync([saksbehandlerId], ct);
        hode = hode with { SignaturNavn = navn.GetValueOrDefault(saksbehandlerId, kommune.Value.Enhet) };
        if (sak.FullmektigPersonId is not { } fid) return new Partshode(hode, hode.Mottaker.Navn, TilFullmektig: false);
        var fullmektig = db.Personer.Local.FirstOrDefault(p => p.Id == fid) ?? await db.Personer.AsNoTracking().SingleAsync(p => p.Id == fid, ct);
        var adresse = Postadresse.Fra(fullmektig.Adresse, fullmektig.Postnummer, fullmektig.Poststed);
        return new Partshode(hode with { Mottaker = new Brevmottaker(fullmektig.FulltNavn, adresse?.Linjer ?? []) }, hode.Mottaker.Navn, TilFullmektig: true);
    }

    /// <summary>
    /// The header of a decision made after the person has died: to the estate ("Dødsboet etter Kari Nordmann") at the person's
    /// last address, as public bodies write to an estate, never to the person's fullmektig (a fullmakt ends with the death); signed
    /// as <see cref="LagPartshodeAsync"/> signs.
    /// </summary>
    public async Task<Partshode> LagDodsbohodeAsync(Sak sak, Guid saksbehandlerId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sak);
        var part = await LagPartshodeAsync(sak, saksbehandlerId, ct);
        var person = await LagHodeAsync(sak, automatisk: false, ct);
        return new Partshode(
            part.Hode with { Mottaker = person.Mottaker with { Navn = $"Dødsboet etter {person.Mottaker.Navn}" } }, person.Mottaker.Navn, TilFullmektig: false);
    }

    /// <summary>The header of a letter the service makes by itself (the receipt): the same, signed by the unit.</summary>
    public Task<Brevhode> LagAutomatiskHodeAsync(Sak sak, CancellationToken ct) => LagHodeAsync(sak, automatisk: true, ct);

    /// <summary>
    /// Where letters to the person on a case go, the one place that decides it: the address staff
    /// registered on the person (<paramref name="registrert"/>: given with a referral, or registered or
    /// corrected later on the case) is the newest, else the one in the person's application on this case
    /// (also one made in this unit of work and not saved yet), else none, until the population register
    /// is connected. The caller reads the registered address with its own query of the person.
    /// </summary>
    public async Task<Postadresse?> AdresseAsync(Guid sakId, Postadresse? registrert, CancellationToken ct)
    {
        if (registrert is not null) return registrert;
        var soknad = db.Soknader.Local.FirstOrDefault(s => s.SakId == sakId)?.Innhold
            ?? await db.Soknader.AsNoTracking().Where(s => s.SakId == sakId).Select(s => s.Innhold).SingleOrDefaultAsync(ct);
        return soknad?.OmDeg is { } o ? new Postadresse(o.Adresse, o.Postnummer, o.Poststed) : null;
    }

    /// <summary>
    /// Adds a draft letter to the unit of work of the caller's use case (the caller saves), with the id of
    /// the text version its content was made from (<see cref="Brevtekster.BrevtekstService.LagAsync"/>).
    /// </summary>
    public Domain.Brev LagUtkast(
        Sak sak, Brevtype type, Brevinnhold innhold, DateOnly? lovetDato = null, Guid? brevtekstversjonId = null, Brevtekster.Flettedata? data = null)
    {
        var brev = new Domain.Brev(
            sak.Id, type, innhold.Tittel, Brevlagring.TilJson(innhold), currentUser.Id, tid.GetUtcNow(), lovetDato, brevtekstversjonId);
        if (data is not null) brev.Flett(innhold.Tittel, brev.InnholdJson, Brevtekster.Flettelagring.TilJson(data));
        db.Brev.Add(brev);
        return brev;
    }

    /// <summary>A draft letter made from the text of its type in force on its date and the values in <paramref name="bestilling"/>.</summary>
    public async Task<Domain.Brev> LagUtkastAsync(Sak sak, Brevtekster.Brevbestilling bestilling, CancellationToken ct, DateOnly? lovetDato = null)
    {
        ArgumentNullException.ThrowIfNull(bestilling);
        var laget = await tekster.LagAsync(bestilling, ct);
        return LagUtkast(sak, bestilling.Type, laget.Innhold, lovetDato, laget.BrevtekstversjonId, bestilling.Data);
    }

    /// <summary>
    /// A use case's letter that follows what it is about while it is a draft (the vedtak letter follows its vedtak):
    /// made from the text in force when there is none yet (<paramref name="brevId"/> null), else made again from the
    /// new values in the caller's unit of work. The free texts already written are kept, and so is the text version,
    /// unless the type changed (a grant became a refusal): then the new type's text in force. A sent letter is refused.
    /// Returns the letter and what it lacks.
    /// </summary>
    public async Task<Result<Brevutkast>> LagEllerOppdaterUtkastAsync(Sak sak, Guid? brevId, Brevtekster.Brevbestilling bestilling, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sak);
        ArgumentNullException.ThrowIfNull(bestilling);
        var brev = brevId is { } id
            ? db.Brev.Local.FirstOrDefault(b => b.Id == id) ?? await db.Brev.SingleOrDefaultAsync(b => b.Id == id && b.SakId == sak.Id, ct)
            : null;
        if (brev is null)
        {
            var nytt = await tekster.LagAsync(bestilling, ct);
            return new Brevutkast(LagUtkast(sak, bestilling.Type, nytt.Innhold, brevtekstversjonId: nytt.BrevtekstversjonId, data: bestilling.Data), nytt.Resultat);
        }

        if (brev.Status == Brevstatus.Sendt) return Result<Brevutkast>.Fail(BrevFeil.AlleredeSendt);
        var skrevet = brev.FlettedataJson is { } json ? Brevtekster.Flettelagring.FraJson(json).Fritekst : new Dictionary<string, string>();
        var fritekst = new Dictionary<string, string>(skrevet, StringComparer.Ordinal);
        foreach (var (nokkel, tekst) in bestilling.Data.Fritekst) fritekst[nokkel] = tekst;
        var data = bestilling.Data with { Fritekst = fritekst };
        var versjon = brev.Type == bestilling.Type && brev.BrevtekstversjonId is { } vid
            ? await db.Brevtekstversjoner.AsNoTracking().SingleOrDefaultAsync(v => v.Id == vid, ct)
            : null;
        versjon ??= await tekster.GjeldendeAsync(bestilling.Type, bestilling.Hode.Dato, ct);
        var laget = Brevtekster.BrevtekstService.Lag(versjon.Id, versjon.Tittel, versjon.Seksjoner, bestilling with { Data = data });
        var endret = brev.LagPaNytt(bestilling.Type, versjon.Id, laget.Innhold.Tittel, Brevlagring.TilJson(laget.Innhold), Brevtekster.Flettelagring.TilJson(data));
        return endret.IsSuccess ? new Brevutkast(brev, laget.Resultat) : Result<Brevutkast>.Invalid(endret.Errors);
    }

    /// <summary>Makes a letter from the text in force and stores it as sent at once (the receipt): the caller saves, and only if this succeeds.</summary>
    public async Task<Result<Domain.Brev>> LagOgArkiverAsync(Sak sak, Brevtekster.Brevbestilling bestilling, Forsendelse forsendelse, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(bestilling);
        var laget = await tekster.LagAsync(bestilling, ct);
        var brev = LagUtkast(sak, bestilling.Type, laget.Innhold, brevtekstversjonId: laget.BrevtekstversjonId, data: bestilling.Data);
        var arkivert = await ArkiverAsync(brev, sak, laget.Innhold.Dato, forsendelse, ct);
        return arkivert.IsSuccess ? brev : Result<Domain.Brev>.Invalid(arkivert.Errors);
    }

    /// <summary>Makes a letter and stores it as sent at once: the caller saves, and only if this succeeds.</summary>
    public async Task<Result<Domain.Brev>> LagOgArkiverAsync(Sak sak, Brevtype type, Brevinnhold innhold, Forsendelse forsendelse, CancellationToken ct)
    {
        var brev = LagUtkast(sak, type, innhold);
        var arkivert = await ArkiverAsync(brev, sak, innhold.Dato, forsendelse, ct);
        return arkivert.IsSuccess ? brev : Result<Domain.Brev>.Invalid(arkivert.Errors);
    }

    /// <summary>The letters on a case the user may see, newest first (none for any other case). Citizens see only sent letters.</summary>
    public async Task<IReadOnlyList<BrevListeElement>> ListAsync(Guid sakId, CancellationToken ct)
    {
        var bareSendte = !tilgang.ErAnsatt;
        var liste = await tilgang.Synlige<Domain.Brev>().AsNoTracking()
            .Where(b => b.SakId == sakId && (!bareSendte || b.Status == Brevstatus.Sendt))
            .OrderByDescending(b => b.Opprettet)
            .Select(b => new BrevListeElement(b.Id, b.Type, b.Tittel, b.Status, b.Opprettet, b.SendtDato, b.Forsendelse))
            .ToListAsync(ct);
        return liste;
    }

    /// <summary>A letter for its print view: the content it was (or will be) sent with.</summary>
    public async Task<Result<BrevVisning>> HentAsync(Guid sakId, Guid brevId, CancellationToken ct)
    {
        if (await MedPersonAsync(sakId, brevId, ct) is not { } funnet) return Result<BrevVisning>.NotFound();
        var (brev, personId) = funnet;
        var evner = await tilgang.EvnerAsync(sakId, ct);
        await audit.SkrivAsync(AuditHandling.Les, "Brev", sakId, personId, ct);
        var utfylling = brev.Status == Brevstatus.Utkast ? await tekster.UtfyllingAsync(brev.BrevtekstversjonId, brev.FlettedataJson, brev.Type, ct) : null;
        return new BrevVisning(brev.Id, brev.SakId, brev.Type, brev.Status, brev.SendtDato, brev.Forsendelse, brev.Sha256,
            brev.LovetDato, brev.Versjon, Brevlagring.FraJson(brev.InnholdJson),
            KanSende: brev.Status == Brevstatus.Utkast && evner is not null && evner.Kan(Handling.SendBrev),
            Fritekstfelt: utfylling?.Omrader ?? [], Fritekster: utfylling?.Verdier ?? new Dictionary<string, string>(), Mangler: utfylling?.Mangler ?? []);
    }

    /// <summary>
    /// The letter as PDF: for a sent letter the stored copy, checked against its hash; for a draft
    /// (staff only) a rendering of the draft, marked as such by its file name.
    /// </summary>
    public async Task<Result<BrevFil>> HentPdfAsync(Guid sakId, Guid brevId, CancellationToken ct)
    {
        if (await MedPersonAsync(sakId, brevId, ct) is not { } funnet) return Result<BrevFil>.NotFound();
        var (brev, personId) = funnet;
        var filnavn = $"{Filnavn(brev.Type)}-{brev.Id.ToString()[..8]}";
        byte[] innhold;
        if (brev.Status == Brevstatus.Sendt)
        {
            await using var strom = await dokumentlager.AapneAsync(brev.DokumentNokkel!, ct)
                ?? throw new InvalidOperationException($"Det arkiverte brevet {brev.Id} finnes ikke i dokumentlageret.");
            using var kopi = new MemoryStream();
            await strom.CopyToAsync(kopi, ct);
            innhold = kopi.ToArray();
            if (Hash(innhold) != brev.Sha256)
            {
                logger.LogError("Arkivert brev {BrevId} stemmer ikke med kontrollsummen", brev.Id);
                return Result<BrevFil>.Fail(BrevFeil.ArkivkopiEndret);
            }
        }
        else
        {
            innhold = pdf.LagPdf(Brevlagring.FraJson(brev.InnholdJson));
            filnavn += "-utkast";
        }

        await audit.SkrivAsync(AuditHandling.Les, "Brev", sakId, personId, ct);
        return new BrevFil(innhold, filnavn + ".pdf");
    }

    /// <summary>
    /// Registers a draft as sent (date and channel); the PDF stored now is the letter from then on. A letter sent digitally
    /// is announced by e-mail once it is saved (<see cref="VarsleAsync"/>).
    /// </summary>
    public async Task<Result> SendAsync(SendBrevCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var result = await RegistrerSendtAsync(command, ct);
        if (result.IsSuccess && command.Forsendelse == Forsendelse.Digital) await VarsleAsync(command.SakId, ct);
        return result;
    }

    /// <summary>
    /// Registers several letters as sent on one date by one channel (the team leader's batch, "Klar til utsending"). Each is
    /// its own unit of work, as if sent one by one: a letter that cannot go (no address for post, say) stops only itself,
    /// and its result says why. Letters the user may not see are reported as not found.
    /// </summary>
    public async Task<Result<IReadOnlyList<Utsendt>>> SendFlereAsync(SendFlereBrevCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var validering = await flereValidator.ValidateAsync(command, ct);
        if (!validering.IsValid) return Result<IReadOnlyList<Utsendt>>.Invalid(validering.TilFeil());
        var ider = command.BrevIder.Distinct().ToList();
        var rader = await tilgang.Synlige<Domain.Brev>().AsNoTracking()
            .Where(b => ider.Contains(b.Id))
            .Join(db.Saker, b => b.SakId, s => s.Id, (b, s) => new { b.Id, b.SakId, b.Versjon, s.Referanse })
            .ToDictionaryAsync(b => b.Id, ct);
        var utfall = new List<Utsendt>();
        foreach (var id in ider)
        {
            var result = rader.TryGetValue(id, out var rad)
                ? await SendAsync(new SendBrevCommand(rad.SakId, id, command.SendtDato, command.Forsendelse, rad.Versjon), ct)
                : Result.NotFound();
            db.ForkastUlagredeEndringer(); // a refused letter leaves nothing behind for the next one's save
            utfall.Add(new Utsendt(id, rad?.Referanse, result));
        }

        return utfall;
    }

    /// <summary>
    /// Several sent letters as one PDF for printing, in the order given: each the stored copy, checked against its hash, and each
    /// read written to the audit log. Refused (not found) if any is not visible or not sent.
    /// </summary>
    public async Task<Result<BrevFil>> HentSamletPdfAsync(IReadOnlyList<Guid> brevIder, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(brevIder);
        var ider = brevIder.Distinct().ToList();
        if (ider.Count is 0 or > MaksIUtsending) return Result<BrevFil>.NotFound();
        var saker = await tilgang.Synlige<Domain.Brev>().AsNoTracking()
            .Where(b => ider.Contains(b.Id) && b.Status == Brevstatus.Sendt)
            .Select(b => new { b.Id, b.SakId })
            .ToDictionaryAsync(b => b.Id, b => b.SakId, ct);
        if (saker.Count != ider.Count) return Result<BrevFil>.NotFound();
        var filer = new List<byte[]>();
        foreach (var id in ider)
        {
            var fil = await HentPdfAsync(saker[id], id, ct);
            if (!fil.IsSuccess) return fil;
            filer.Add(fil.Value.Innhold);
        }

        var dato = Norsktid.Dato(tid.GetUtcNow());
        return new BrevFil(pdf.SlaSammen(filer, $"Brev til utsending {dato:dd.MM.yyyy}"), $"brev-til-utsending-{dato:yyyy-MM-dd}.pdf");
    }

    /// <summary>The most letters one batch registers or prints.</summary>
    public const int MaksIUtsending = 100;

    private Task<Result> RegistrerSendtAsync(SendBrevCommand command, CancellationToken ct) =>
        endringer.EndreAsync(
            Handling.SendBrev, command.SakId, command,
            (sak, c) => db.Brev.SingleOrDefaultAsync(b => b.Id == command.BrevId && b.SakId == sak.Id, c), command.Versjon,
            async (e, brev) =>
            {
                var ferdig = await FerdigstillAsync(brev, command.SendtDato!.Value, command.Forsendelse!.Value, ct);
                if (!ferdig.IsSuccess) return ferdig;

                // A letter with an empty merge field or an empty required free text cannot be sent (the page says which).
                var utfylling = await tekster.UtfyllingAsync(brev.BrevtekstversjonId, brev.FlettedataJson, brev.Type, ct);
                if (utfylling is { Mangler.Count: > 0 }) return Result.Fail(BrevFeil.Mangler(utfylling.Mangler));
                return await ArkiverAsync(brev, e.Sak, command.SendtDato!.Value, command.Forsendelse!.Value, ct);
            }, ct);

    /// <summary>
    /// Fills in a draft's free-text areas and makes the letter again from the text version it was made with
    /// (never a newer one) and its stored values; the header stays as it was.
    /// </summary>
    public Task<Result> LagreFritekstAsync(LagreFritekstCommand command, CancellationToken ct) =>
        endringer.EndreAsync(
            Handling.SendBrev, command.SakId, command,
            (sak, c) => db.Brev.SingleOrDefaultAsync(b => b.Id == command.BrevId && b.SakId == sak.Id, c), command.Versjon,
            async (e, brev) =>
            {
                if (brev.Status == Brevstatus.Sendt) return Result.Fail(BrevFeil.AlleredeSendt);
                foreach (var regel in ferdigstillinger.Where(f => f.Type == brev.Type))
                {
                    var kan = await regel.KanSkriveFritekstAsync(brev, ct);
                    if (!kan.IsSuccess) return kan;
                }

                var utfylling = await tekster.UtfyllingAsync(brev.BrevtekstversjonId, brev.FlettedataJson, brev.Type, ct);
                if (utfylling is null) return Result.Fail(BrevFeil.UtenFritekst);
                var fritekst = new Dictionary<string, string>(utfylling.Data.Fritekst, StringComparer.Ordinal);
                foreach (var omrade in utfylling.Omrader)
                {
                    fritekst[omrade.Nokkel] = command.Fritekst.GetValueOrDefault(omrade.Nokkel)?.Trim() ?? "";
                }

                return Flett(brev, utfylling.Versjon, utfylling.Data with { Fritekst = fritekst }, dato: null);
            }, ct);

    /// <summary>
    /// The values only known at sending (<see cref="IBrevFerdigstilling"/>), if the letter's type has any: the letter is then
    /// dated the day it is sent and made again from its own text version before it is checked and stored.
    /// </summary>
    private async Task<Result> FerdigstillAsync(Domain.Brev brev, DateOnly sendt, Forsendelse forsendelse, CancellationToken ct)
    {
        var egne = ferdigstillinger.Where(f => f.Type == brev.Type).ToList();
        if (egne.Count == 0) return Result.Ok();
        var utfylling = await tekster.UtfyllingAsync(brev.BrevtekstversjonId, brev.FlettedataJson, brev.Type, ct);
        if (utfylling is null) return Result.Fail(BrevFeil.UtenFritekst);
        var felt = new Dictionary<string, Brevtekster.Flettverdi>(utfylling.Data.Felt, StringComparer.Ordinal)
        {
            ["brev.dato"] = Brevtekster.Flettverdi.Av(sendt.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture)),
        };
        var data = utfylling.Data with { Felt = felt };
        foreach (var ferdigstilling in egne)
        {
            var svar = await ferdigstilling.FerdigstillAsync(brev, data, sendt, forsendelse, ct);
            if (!svar.IsSuccess) return Result.Invalid(svar.Errors);
            data = svar.Value;
        }

        return Flett(brev, utfylling.Versjon, data, sendt);
    }

    /// <summary>A draft made again from its own text version and <paramref name="data"/>, with the header it had (dated <paramref name="dato"/> if given).</summary>
    private static Result Flett(Domain.Brev brev, Brevtekstversjon versjon, Brevtekster.Flettedata data, DateOnly? dato)
    {
        var forrige = Brevlagring.FraJson(brev.InnholdJson);
        var hode = new Brevhode(forrige.Avsender, forrige.Mottaker, dato ?? forrige.Dato, forrige.Referanse, forrige.SignaturNavn, forrige.SignaturTittel);
        var laget = Brevtekster.BrevtekstService.Lag(versjon.Id, versjon.Tittel, versjon.Seksjoner, new Brevtekster.Brevbestilling(brev.Type, hode, data));
        return brev.Flett(laget.Innhold.Tittel, Brevlagring.TilJson(laget.Innhold), Brevtekster.Flettelagring.TilJson(data));
    }

    /// <summary>
    /// Tells the one the letter went to (the fullmektig if the case has one, else the person) by e-mail that a letter waits in "Mine
    /// saker": to their account's e-mail, else the one in the application. No personal data in the e-mail, nothing about the case.
    /// After the save, so it never announces a letter that is not there; a failure is logged and does not undo the sending.
    /// </summary>
    private async Task VarsleAsync(Guid sakId, CancellationToken ct)
    {
        try
        {
            var sak = await db.Saker.AsNoTracking().Where(s => s.Id == sakId).Select(s => new { s.PersonId, s.FullmektigPersonId }).SingleAsync(ct);
            var mottaker = sak.FullmektigPersonId ?? sak.PersonId;
            var adresse = await brukere.EpostForPersonAsync(mottaker, ct);
            if (adresse is null && sak.FullmektigPersonId is null)
            {
                var soknad = await db.Soknader.AsNoTracking().Where(s => s.SakId == sakId).Select(s => s.Innhold).SingleOrDefaultAsync(ct);
                adresse = soknad?.OmDeg?.Epost;
            }

            if (string.IsNullOrWhiteSpace(adresse))
            {
                logger.LogInformation("Sak {SakId}: digitalt brev uten e-postadresse å varsle", sakId);
                return;
            }

            var k = kommune.Value;
            await epost.SendAsync(adresse, $"Du har fått et brev fra {k.Navn}", $"""
                Hei,

                du har fått et nytt brev fra {k.Enhet} i {k.Navn}.

                Logg inn på Mine saker for å lese det: {k.MineSakerAdresse}

                Dette er en automatisk melding. Du kan ikke svare på den. Har du spørsmål, ring oss på {k.Telefon}.
                """, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Sak {SakId}: varsel om digitalt brev kunne ikke sendes", sakId);
        }
    }

    private async Task<Brevhode> LagHodeAsync(Sak sak, bool automatisk, CancellationToken ct)
    {
        // The person may be new in this unit of work (an application sent on someone's behalf).
        var person = db.Personer.Local.FirstOrDefault(p => p.Id == sak.PersonId)
            ?? await db.Personer.AsNoTracking().SingleAsync(p => p.Id == sak.PersonId, ct);
        var adresse = await AdresseAsync(sak.Id, Postadresse.Fra(person.Adresse, person.Postnummer, person.Poststed), ct);
        var (navn, tittel) = automatisk
            ? (kommune.Value.Enhet, Brevhode.Automatisk)
            : (await SignaturNavnAsync(ct), Brevhode.Saksbehandler);
        return new Brevhode(
            Brevavsender.Fra(kommune.Value), new Brevmottaker(person.FulltNavn, adresse?.Linjer ?? []),
            Norsktid.Dato(tid.GetUtcNow()), sak.Referanse, navn, tittel);
    }

    /// <summary>The signing user's name; the unit's if the user is unknown.</summary>
    private async Task<string> SignaturNavnAsync(CancellationToken ct)
    {
        if (currentUser.Id is not { } id) return kommune.Value.Enhet;
        var navn = await brukere.NavnAsync([id], ct);
        return navn.GetValueOrDefault(id, kommune.Value.Enhet);
    }

    private async Task<Result> ArkiverAsync(Domain.Brev brev, Sak sak, DateOnly dato, Forsendelse forsendelse, CancellationToken ct)
    {
        if (brev.Status == Brevstatus.Sendt) return Result.Fail(BrevFeil.AlleredeSendt);
        var innhold = Brevlagring.FraJson(brev.InnholdJson);
        if (forsendelse == Forsendelse.Post && innhold.Mottaker.Adresselinjer.Count == 0) return Result.Fail(BrevFeil.IngenAdresse);
        var bytes = pdf.LagPdf(innhold);
        using var strom = new MemoryStream(bytes, writable: false);
        string nokkel;
        try
        {
            nokkel = await dokumentlager.LagreAsync(strom, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Nothing has changed yet: the letter stays a draft and the case as it was.
            logger.LogError(e, "Brev {BrevId} kunne ikke lagres i dokumentlageret", brev.Id);
            return Result.Fail(BrevFeil.IkkeArkivert);
        }

        var naa = tid.GetUtcNow();
        var sendt = brev.MarkerSendt(dato, forsendelse, nokkel, Hash(bytes), bytes.Length, currentUser.Id, naa);
        if (!sendt.IsSuccess) return sendt;
        sak.RegistrerBrevSendt(brev, currentUser.Id, naa);
        foreach (var handler in sendtHandlere.Where(h => h.Type == brev.Type))
        {
            var utfall = await handler.BrevSendtAsync(new SendtBrev(brev, sak, currentUser.Id, naa), ct);
            if (!utfall.IsSuccess) return utfall;
        }

        return Result.Ok();
    }

    /// <summary>A letter on a case the user may see; a citizen only sees letters that are sent.</summary>
    private IQueryable<Domain.Brev> SynligBrev(Guid sakId, Guid brevId)
    {
        var bareSendte = !tilgang.ErAnsatt;
        return db.Brev.Where(b => b.Id == brevId && b.SakId == sakId
            && tilgang.SynligeSaker().Any(s => s.Id == sakId)
            && (!bareSendte || b.Status == Brevstatus.Sendt));
    }

    /// <summary>A letter the user may see and the person its case is about (for the audit entry), in one query.</summary>
    private async Task<(Domain.Brev Brev, Guid PersonId)?> MedPersonAsync(Guid sakId, Guid brevId, CancellationToken ct)
    {
        var treff = await SynligBrev(sakId, brevId).AsNoTracking()
            .Join(db.Saker, b => b.SakId, s => s.Id, (b, s) => new { Brev = b, s.PersonId })
            .SingleOrDefaultAsync(ct);
        return treff is null ? null : (treff.Brev, treff.PersonId);
    }

    private static string Hash(byte[] innhold) => Convert.ToHexStringLower(SHA256.HashData(innhold));

    private static string Filnavn(Brevtype type) => type switch
    {
        Brevtype.Soknadskvittering => "kvittering",
        Brevtype.ForelopigSvar => "forelopig-svar",
        Brevtype.HenvistTilAnnenTjeneste => "henvisning",
        Brevtype.Opplysningsbehov => "be-om-opplysninger",
        Brevtype.Innhenting => "foresporsel-om-opplysninger",
        Brevtype.Vedtak => "vedtak",
        Brevtype.Avslag => "avslag",
        Brevtype.Endringsvedtak => "endringsvedtak",
        Brevtype.Opphorsvedtak => "vedtak-om-opphor",
        Brevtype.VarselManglendeMedvirkning => "varsel-om-manglende-medvirkning",
        _ => "brev",
    };
}

public sealed record SendBrevCommand(Guid SakId, Guid BrevId, DateOnly? SendtDato, Forsendelse? Forsendelse, Guid Versjon);

public sealed class SendBrevCommandValidator : AbstractValidator<SendBrevCommand>
{
    public SendBrevCommandValidator(TimeProvider tid)
    {
        RuleFor(c => c.SendtDato).SendtDato(tid);
        RuleFor(c => c.Forsendelse).Forsendelse();
    }
}

/// <summary>The rules for a sent date and a channel, shared by one letter and a batch.</summary>
internal static class Sendingsregler
{
    public static IRuleBuilderOptions<T, DateOnly?> SendtDato<T>(this IRuleBuilder<T, DateOnly?> regel, TimeProvider tid) =>
        regel.NotNull().WithMessage("Skriv datoen brevet ble sendt.")
            .Must(d => d is null || d <= Norsktid.Dato(tid.GetUtcNow())).WithMessage("Sendt dato kan ikke være fram i tid.")
            .Must(d => d is null || d >= Norsktid.Dato(tid.GetUtcNow()).AddDays(-30)).WithMessage("Sendt dato kan ikke være mer enn 30 dager tilbake.");

    public static IRuleBuilderOptions<T, Forsendelse?> Forsendelse<T>(this IRuleBuilder<T, Forsendelse?> regel) =>
        regel.NotNull().WithMessage("Velg hvordan brevet ble sendt.").IsInEnum().WithMessage("Velg hvordan brevet ble sendt.");
}

public sealed record SendFlereBrevCommand(IReadOnlyList<Guid> BrevIder, DateOnly? SendtDato, Forsendelse? Forsendelse);

public sealed class SendFlereBrevCommandValidator : AbstractValidator<SendFlereBrevCommand>
{
    public SendFlereBrevCommandValidator(TimeProvider tid)
    {
        RuleFor(c => c.BrevIder).NotEmpty().WithMessage("Velg minst ett brev.")
            .Must(b => b is null || b.Count <= BrevService.MaksIUtsending).WithMessage($"Velg høyst {BrevService.MaksIUtsending} brev om gangen.");
        RuleFor(c => c.SendtDato).SendtDato(tid);
        RuleFor(c => c.Forsendelse).Forsendelse();
    }
}

/// <summary>What became of one letter in a batch: sent, or why not.</summary>
public sealed record Utsendt(Guid BrevId, string? Referanse, Result Result);

public sealed record LagreFritekstCommand(Guid SakId, Guid BrevId, Guid Versjon, IReadOnlyDictionary<string, string> Fritekst);

public sealed class LagreFritekstCommandValidator : AbstractValidator<LagreFritekstCommand>
{
    public LagreFritekstCommandValidator()
    {
        RuleFor(c => c.Fritekst).Must(f => f is null || f.Count <= 40).WithMessage("Brevet har ikke så mange fritekstfelt.");
        RuleForEach(c => c.Fritekst).Must(f => f.Key.Length <= 50 && f.Value.Length <= 10_000)
            .WithMessage("En fritekst kan være høyst 10 000 tegn.");
    }
}

public sealed record BrevListeElement(
    Guid Id, Brevtype Type, string Tittel, Brevstatus Status, DateTimeOffset Opprettet, DateOnly? SendtDato, Forsendelse? Forsendelse);

public sealed record BrevVisning(
    Guid Id, Guid SakId, Brevtype Type, Brevstatus Status, DateOnly? SendtDato, Forsendelse? Forsendelse, string? Sha256,
    DateOnly? LovetDato, Guid Versjon, Brevinnhold Innhold, bool KanSende,
    IReadOnlyList<Fritekstfelt> Fritekstfelt, IReadOnlyDictionary<string, string> Fritekster, IReadOnlyList<string> Mangler);

public sealed record BrevFil(byte[] Innhold, string Filnavn);

/// <summary>A decision letter's header, the name of the person the case is about, and whether the letter goes to their fullmektig.</summary>
public sealed record Partshode(Brevhode Hode, string PersonNavn, bool TilFullmektig);

/// <summary>A use case's draft letter and what it lacks (<see cref="BrevService.LagEllerOppdaterUtkastAsync"/>).</summary>
public sealed record Brevutkast(Domain.Brev Brev, Brevtekster.Flettresultat Resultat);
