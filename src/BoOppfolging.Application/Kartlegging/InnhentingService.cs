using BoOppfolging.Application.Audit;
using BoOppfolging.Application.Brev;
using BoOppfolging.Application.Common;
using BoOppfolging.Application.Mottak;
using BoOppfolging.Application.Soknad;
using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BoOppfolging.Application.Kartlegging;

/// <summary>
/// Information from others (seed 000: "Medisinske opplydninger fra fastlege innhentes ved behov"): a request to
/// the GP or another service, only on the citizen's consent for that source, given and not withdrawn, made as a
/// letter through the letter machinery; and its answer, with the date, a summary and the documents that came.
/// </summary>
public sealed class InnhentingService(
    IAppDbContext db,
    TilgangService tilgang,
    BrevService brevService,
    IDokumentlager dokumentlager,
    IAuditLogg audit,
    Saksendringer endringer,
    TimeProvider tid,
    ILogger<InnhentingService> logger)
{
    /// <summary>The most documents one answer takes.</summary>
    public const int MaksVedlegg = 10;

    private DateOnly Idag => Norsktid.Dato(tid.GetUtcNow());

    /// <summary>
    /// The requests on a case and their answers, for staff who may see it, with what this user may do now.
    /// Not found for anyone else (the citizen sees the request on the timeline, and the letter once sent).
    /// </summary>
    public async Task<Result<InnhentingerVisning>> ListAsync(Guid sakId, CancellationToken ct)
    {
        var evner = await tilgang.EvnerAsync(sakId, ct);
        if (evner is null || !evner.Kan(Handling.SeSaksopplysninger)) return Result<InnhentingerVisning>.NotFound();
        var personId = await tilgang.SynligeSaker().Where(s => s.Id == sakId).Select(s => s.PersonId).SingleAsync(ct);
        var innhentinger = await tilgang.Synlige<Innhenting>().AsNoTracking().Where(i => i.SakId == sakId).OrderBy(i => i.Bestilt).ToListAsync(ct);
        var vedleggIder = innhentinger.SelectMany(i => i.Vedlegg).ToList();
        var vedlegg = vedleggIder.Count == 0 ? [] : await db.Vedlegg.AsNoTracking().Where(v => v.SakId == sakId && vedleggIder.Contains(v.Id))
            .Select(v => new InnhentetVedlegg(v.Id, v.Filnavn, v.Storrelse)).ToListAsync(ct);
        var brevIder = innhentinger.Where(i => i.BrevId != null).Select(i => i.BrevId!.Value).ToList();
        var sendte = await db.Brev.AsNoTracking().Where(b => b.SakId == sakId && brevIder.Contains(b.Id) && b.Status == Brevstatus.Sendt)
            .Select(b => b.Id).ToListAsync(ct);
        if (innhentinger.Count > 0) await audit.SkrivAsync(AuditHandling.Les, "Innhenting av opplysninger", sakId, personId, ct);
        var kanSvare = evner.Kan(Handling.RegistrerInnhentingSvar);
        return new InnhentingerVisning(
            sakId,
            [.. innhentinger.Select(i => new InnhentingVisning(
                i.Id, i.Versjon, i.Kilde, i.Hva, i.Frist, Norsktid.Dato(i.Bestilt), i.BrevId, i.BrevId is { } b && sendte.Contains(b),
                i.SvarMottatt, i.Sammendrag, [.. vedlegg.Where(v => i.Vedlegg.Contains(v.Id))],
                Forfalt: i.SvarMottatt is null && i.Frist < Idag,
                KanRegistrereSvar: kanSvare && i.SvarMottatt is null))],
            KanInnhente: evner.Kan(Handling.InnhentOpplysninger));
    }

    /// <summary>
    /// The request form: the case, its version, and the consents it may rest on (given, not withdrawn). Not found for
    /// a case the user may not see or may never ask on; a state that does not allow it now is the message.
    /// </summary>
    public async Task<Result<InnhentingSkjema>> HentSkjemaAsync(Guid sakId, CancellationToken ct)
    {
        var evner = await tilgang.EvnerAsync(sakId, ct);
        if (evner is null) return Result<InnhentingSkjema>.NotFound();
        var tillatt = evner.Sjekk(Handling.InnhentOpplysninger);
        if (!tillatt.IsSuccess) return tillatt.IsNotFound ? Result<InnhentingSkjema>.NotFound() : Result<InnhentingSkjema>.Invalid(tillatt.Errors);
        var sak = await tilgang.SynligeSaker().AsNoTracking().Where(s => s.Id == sakId)
            .Select(s => new { s.Referanse, s.Versjon, s.PersonId, s.Person!.Fornavn, s.Person.Etternavn }).SingleAsync(ct);
        var samtykker = await tilgang.Synlige<Samtykke>().AsNoTracking()
            .Where(s => s.SakId == sakId && s.Formaal != Samtykkeformaal.Parorende).OrderBy(s => s.Kilde).ToListAsync(ct);
        await audit.SkrivAsync(AuditHandling.Les, "Samtykke", sakId, sak.PersonId, ct);
        return new InnhentingSkjema(
            sakId, sak.Referanse, $"{sak.Fornavn} {sak.Etternavn}", sak.Versjon,
            [.. samtykker.Where(s => s.ErGyldig).Select(s => new SamtykkeValg(s.Id, s.Kilde, Norsktid.Dato(s.Gitt)))],
            [.. samtykker.Where(s => !s.ErGyldig).Select(s => s.Kilde)]);
    }

    /// <summary>
    /// Asks for information on a consent of the case: the request, on the timeline (the citizen sees that it was
    /// asked and from whom), and a letter draft to the source, all in one save. Returns the letter's id. A source
    /// without consent, or one whose consent is withdrawn, is refused with the reason.
    /// </summary>
    public Task<Result<Guid>> BestillAsync(InnhentOpplysningerCommand c, CancellationToken ct) =>
        endringer.EndreAsync(Handling.InnhentOpplysninger, c.SakId, c.Versjon, c, async e =>
        {
            var sak = e.Sak;
            var samtykke = c.AnnenKilde || c.SamtykkeId is not { } samtykkeId
                ? null
                : await db.Samtykker.SingleOrDefaultAsync(s => s.Id == samtykkeId && s.SakId == sak.Id && s.Formaal != Samtykkeformaal.Parorende, ct);
            var bestilt = Innhenting.Bestill(samtykke, sak.Id, c.Hva ?? "", c.Frist!.Value, Idag, e.BrukerId, e.Tidspunkt);
            if (!bestilt.IsSuccess) return Result<Guid>.Invalid(bestilt.Errors);
            var innhenting = bestilt.Value;
            var notert = sak.NoterInnhenting(innhenting, e.BrukerId, e.Tidspunkt);
            if (!notert.IsSuccess) return Result<Guid>.Invalid(notert.Errors);
            db.Set<Innhenting>().Add(innhenting);

            var person = await db.Personer.AsNoTracking().Where(p => p.Id == sak.PersonId).Select(p => new { p.Fornavn, p.Etternavn, p.Fodselsdato }).SingleAsync(ct);
            var hode = await brevService.LagHodeTilAsync(sak, new Brevmottaker(innhenting.Kilde, new Postadresse(c.Adresse!.Trim(), c.Postnummer!.Trim(), c.Poststed!.Trim()).Linjer), ct);
            var bestilling = Brevmaler.Innhenting(
                hode, $"{person.Fornavn} {person.Etternavn}", person.Fodselsdato, samtykke!.Ordlyd, Norsktid.Dato(samtykke.Gitt), innhenting.Hva, innhenting.Frist);
            var brev = await brevService.LagUtkastAsync(sak, bestilling, ct);
            innhenting.KnyttBrev(brev.Id);
            return brev.Id;
        }, ct);

    /// <summary>The answer form: the request it answers. Not found unless the user may register answers on the case.</summary>
    public async Task<Result<InnhentingVisning>> HentAsync(Guid sakId, Guid innhentingId, CancellationToken ct)
    {
        var liste = await ListAsync(sakId, ct);
        if (!liste.IsSuccess) return Result<InnhentingVisning>.NotFound();
        return liste.Value.Innhentinger.SingleOrDefault(i => i.Id == innhentingId) is { } innhenting
            ? innhenting
            : Result<InnhentingVisning>.NotFound();
    }

    /// <summary>
    /// Registers the answer: the date it came, a summary, and the documents with it, each checked by its content
    /// (PDF, JPEG or PNG, at most 10 MB) and stored in the document store as an attachment on the case.
    /// </summary>
    public Task<Result> RegistrerSvarAsync(RegistrerInnhentingSvarCommand c, CancellationToken ct) =>
        endringer.EndreAsync(
            Handling.RegistrerInnhentingSvar, c.SakId, c,
            (sak, t) => db.Set<Innhenting>().SingleOrDefaultAsync(i => i.Id == c.InnhentingId && i.SakId == sak.Id, t), c.Versjon,
            async (e, innhenting) =>
            {
                if (innhenting.SvarMottatt is not null) return Result.Fail(InnhentingSvarFeil.AlleredeRegistrert);
                var filer = new List<(string Filnavn, string Innholdstype, MemoryStream Innhold)>();
                foreach (var fil in c.Vedlegg)
                {
                    var lest = await LesAsync(fil, ct);
                    if (!lest.IsSuccess) return lest;
                    filer.Add(lest.Value);
                }

                var vedlegg = new List<Vedlegg>();
                foreach (var (filnavn, innholdstype, innhold) in filer)
                {
                    var nokkel = await dokumentlager.LagreAsync(innhold, ct);
                    vedlegg.Add(Vedlegg.PaaSak(e.Sak.Id, VedleggType.Innhentingssvar, filnavn, innholdstype, innhold.Length, nokkel, e.Tidspunkt));
                }

                var svar = innhenting.RegistrerSvar(c.Mottatt!.Value, c.Sammendrag ?? "", [.. vedlegg.Select(v => v.Id)], Idag);
                if (!svar.IsSuccess) return svar; // the stored files have no row: the store's sweep removes them
                db.Vedlegg.AddRange(vedlegg);
                logger.LogInformation("Svar på innhenting {InnhentingId} registrert med {Antall} vedlegg", innhenting.Id, vedlegg.Count);
                return Result.Ok();
            },
            ct);

    /// <summary>Reads an uploaded file whole and tells its type from its first bytes, never from its name.</summary>
    private static async Task<Result<(string, string, MemoryStream)>> LesAsync(Opplasting fil, CancellationToken ct)
    {
        // Only the name, whichever separator the sender's system used (some browsers send the whole path).
        var navn = (fil.Filnavn ?? "").Split('/', '\\')[^1].Trim();
        var visning = string.IsNullOrWhiteSpace(navn) ? "Filen" : $"Filen «{navn}»";
        var hele = new MemoryStream();
        await fil.Innhold.CopyToAsync(hele, ct);
        if (hele.Length == 0) return Result<(string, string, MemoryStream)>.Fail(new Feil("vedlegg_tomt", $"{visning} er tom. Velg en annen fil.", "Vedlegg"));
        if (hele.Length > Vedlegg.MaksStorrelse)
        {
            return Result<(string, string, MemoryStream)>.Fail(new Feil("vedlegg_for_stort", $"{visning} er for stor. En fil kan være høyst 10 MB.", "Vedlegg"));
        }

        var innholdstype = Filtype.Gjenkjenn(hele.GetBuffer().AsSpan(0, (int)Math.Min(hele.Length, Filtype.SignaturLengde)));
        if (innholdstype is null)
        {
            return Result<(string, string, MemoryStream)>.Fail(new Feil("vedlegg_feil_type", $"{visning} må være PDF, JPEG eller PNG.", "Vedlegg"));
        }

        hele.Position = 0;
        var filnavn = string.IsNullOrWhiteSpace(navn) ? "svar" : navn.Length > 200 ? navn[^200..] : navn;
        return (filnavn, innholdstype, hele);
    }
}

/// <summary>A file as uploaded: its name as the browser gave it, its length, and its content.</summary>
public sealed record Opplasting(string? Filnavn, long Lengde, Stream Innhold);

/// <summary>
/// A request as posted: a consent of the case, or "another source" (refused: there is no consent for it), and the
/// source's postal address for the letter (the application names the GP but not where to write).
/// </summary>
public sealed record InnhentOpplysningerCommand(
    Guid SakId, Guid Versjon, Guid? SamtykkeId, bool AnnenKilde, string? AnnenKildeNavn, string? Hva, DateOnly? Frist,
    string? Adresse, string? Postnummer, string? Poststed) : IPostadresseInput;

public sealed record RegistrerInnhentingSvarCommand(
    Guid SakId, Guid InnhentingId, Guid Versjon, DateOnly? Mottatt, string? Sammendrag, IReadOnlyList<Opplasting> Vedlegg);

public sealed class InnhentOpplysningerCommandValidator : AbstractValidator<InnhentOpplysningerCommand>
{
    public const int MaksKilde = 300;

    public InnhentOpplysningerCommandValidator(TimeProvider tid)
    {
        RuleFor(c => c.SamtykkeId).NotNull().WithMessage("Velg hvem du vil be om opplysninger fra.").When(c => !c.AnnenKilde);
        RuleFor(c => c.AnnenKildeNavn).NotEmpty().WithMessage("Skriv hvilken kilde du vil be om opplysninger fra.").When(c => c.AnnenKilde)
            .MaximumLength(MaksKilde).WithMessage($"Kilden kan ha høyst {MaksKilde} tegn.");
        RuleFor(c => c.Hva).NotEmpty().WithMessage(InnhentingFeil.HvaMangler.Melding)
            .MaximumLength(Innhenting.MaksTekst).WithMessage($"Teksten kan ha høyst {Innhenting.MaksTekst} tegn.");
        RuleFor(c => c.Frist).NotNull().WithMessage("Skriv fristen for svar.")
            .Must(f => f is null || f > Norsktid.Dato(tid.GetUtcNow())).WithMessage(InnhentingFeil.FristPassert.Melding)
            .Must(f => f is null || f <= Norsktid.Dato(tid.GetUtcNow()).AddYears(1)).WithMessage("Fristen kan være høyst ett år fram i tid.");
        Include(new PostadresseValidator(" brevet skal sendes til"));
    }
}

public sealed class RegistrerInnhentingSvarCommandValidator : AbstractValidator<RegistrerInnhentingSvarCommand>
{
    public RegistrerInnhentingSvarCommandValidator(TimeProvider tid)
    {
        RuleFor(c => c.Mottatt).NotNull().WithMessage("Skriv datoen svaret kom.")
            .Must(d => d is null || d <= Norsktid.Dato(tid.GetUtcNow())).WithMessage("Datoen svaret kom kan ikke være fram i tid.");
        RuleFor(c => c.Sammendrag).NotEmpty().WithMessage("Skriv et sammendrag av svaret.")
            .MaximumLength(Innhenting.MaksTekst).WithMessage($"Sammendraget kan ha høyst {Innhenting.MaksTekst} tegn.");
        RuleFor(c => c.Vedlegg).Must(v => v.Count <= InnhentingService.MaksVedlegg)
            .WithMessage($"Du kan legge ved høyst {InnhentingService.MaksVedlegg} filer.");
        RuleFor(c => c.Vedlegg).Must(v => v.All(f => f.Lengde <= Vedlegg.MaksStorrelse))
            .WithMessage("En fil er for stor. En fil kan være høyst 10 MB.");
    }
}

public static class InnhentingSvarFeil
{
    public static readonly Feil AlleredeRegistrert = new("svar_registrert", "Svaret på denne forespørselen er allerede registrert.");
}

/// <summary>The requests of a case for its panel.</summary>
public sealed record InnhentingerVisning(Guid SakId, IReadOnlyList<InnhentingVisning> Innhentinger, bool KanInnhente);

public sealed record InnhentingVisning(
    Guid Id, Guid Versjon, string Kilde, string Hva, DateOnly Frist, DateOnly Bestilt, Guid? BrevId, bool BrevSendt,
    DateOnly? SvarMottatt, string? Sammendrag, IReadOnlyList<InnhentetVedlegg> Vedlegg, bool Forfalt, bool KanRegistrereSvar);

public sealed record InnhentetVedlegg(Guid Id, string Filnavn, long Storrelse);

/// <summary>The request form: the consents it may rest on, and the sources whose consent is withdrawn (to say why they are not offered).</summary>
public sealed record InnhentingSkjema(
    Guid SakId, string Referanse, string Navn, Guid Versjon, IReadOnlyList<SamtykkeValg> Samtykker, IReadOnlyList<string> Trukket);

public sealed record SamtykkeValg(Guid Id, string Kilde, DateOnly Gitt);
