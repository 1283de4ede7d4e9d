using BoOppfolging.Application.Brev;
using BoOppfolging.Application.Common;
using BoOppfolging.Domain;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BoOppfolging.Application.Brevtekster;

/// <summary>
/// What a letter is made of besides its text version: its type, the header from
/// <see cref="BrevService.LagHodeAsync"/>, the values, and (rarely) a line under the signature of its own.
/// </summary>
public sealed record Brevbestilling(Brevtype Type, Brevhode Hode, Flettedata Data, string? SignaturTittel = null)
{
    /// <summary>The fields every letter has, from its header; <paramref name="personNavn"/> when the letter goes to someone else.</summary>
    public static Dictionary<string, Flettverdi> Felles(Brevhode hode, string? personNavn = null)
    {
        ArgumentNullException.ThrowIfNull(hode);
        return new()
        {
            ["person.navn"] = Flettverdi.Av(personNavn ?? hode.Mottaker.Navn),
            ["sak.referanse"] = Flettverdi.Av(hode.Referanse),
            ["brev.dato"] = Flettverdi.Av(hode.Dato.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture)),
            ["enhet.navn"] = Flettverdi.Av(hode.Avsender.Enhet),
            ["enhet.telefon"] = Flettverdi.Av(hode.Avsender.Telefon),
            ["enhet.epost"] = Flettverdi.Av(hode.Avsender.Epost),
            ["kommune.navn"] = Flettverdi.Av(hode.Avsender.Kommune),
        };
    }
}

/// <summary>A letter's content made from the text in force, the version it came from, and what was empty.</summary>
public sealed record LagetBrev(Brevinnhold Innhold, Guid BrevtekstversjonId, Flettresultat Resultat);

/// <summary>
/// Letter texts as data: the text in force for a letter (<see cref="LagAsync"/>, used by every use case
/// that makes a letter), and the administrator's editor: drafts, edits checked against the type's
/// catalogue, a preview with a sample case, publishing with a valid-from date, and the history.
/// </summary>
public sealed class BrevtekstService(
    IAppDbContext db,
    ICurrentUser currentUser,
    IBrukerOppslag brukere,
    IOptions<KommuneOptions> kommune,
    IValidator<LagreBrevtekstCommand> lagreValidator,
    IValidator<PubliserBrevtekstCommand> publiserValidator,
    TimeProvider tid,
    ILogger<BrevtekstService> logger)
{
    private DateOnly Idag => Norsktid.Dato(tid.GetUtcNow());

    private bool ErAdministrator => currentUser.HarRolle(Roller.Administrator);

    /// <summary>The published version of <paramref name="type"/> with the latest valid-from date on or before <paramref name="dato"/>.</summary>
    public async Task<Brevtekstversjon> GjeldendeAsync(Brevtype type, DateOnly dato, CancellationToken ct) =>
        await db.Brevtekstversjoner.AsNoTracking()
            .Where(v => v.Type == type && v.Status == Brevtekststatus.Publisert && v.GyldigFra <= dato)
            .OrderByDescending(v => v.GyldigFra).ThenByDescending(v => v.Nummer)
            .FirstOrDefaultAsync(ct)
        ?? throw new InvalidOperationException($"Ingen publisert brevtekst for {type} gjelder {dato:yyyy-MM-dd}. Standardtekstene legges inn ved oppstart.");

    /// <summary>
    /// Makes a letter's content from the text of its type in force on the letter's date (the header's),
    /// with the values in <paramref name="bestilling"/>. The caller stores it with the version's id
    /// (<see cref="BrevService.LagUtkast"/>) and decides what to do with empty fields.
    /// </summary>
    public async Task<LagetBrev> LagAsync(Brevbestilling bestilling, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(bestilling);
        var versjon = await GjeldendeAsync(bestilling.Type, bestilling.Hode.Dato, ct);
        return Lag(versjon.Id, versjon.Tittel, versjon.Seksjoner, bestilling);
    }

    /// <summary>A letter's content from a given text (the data generator uses version 1 without a database).</summary>
    public static LagetBrev Lag(Guid versjonId, string tittel, IReadOnlyList<Brevtekstseksjon> seksjoner, Brevbestilling bestilling)
    {
        ArgumentNullException.ThrowIfNull(bestilling);
        var resultat = Brevflett.Lag(tittel, seksjoner, Brevkataloger.For(bestilling.Type), bestilling.Data);
        var h = bestilling.Hode;
        var innhold = new Brevinnhold(h.Avsender, h.Mottaker, h.Dato, h.Referanse, resultat.Tittel, resultat.Seksjoner, h.SignaturNavn,
            bestilling.SignaturTittel ?? h.SignaturTittel);
        return new LagetBrev(innhold, versjonId, resultat);
    }

    /// <summary>
    /// A draft's free-text areas, their values, and what is missing (empty merge fields, empty required
    /// free texts, as Norwegian phrases): the letter made again from its own version and stored values.
    /// Null for a letter made before texts were data.
    /// </summary>
    public async Task<Brevutfylling?> UtfyllingAsync(Guid? versjonId, string? flettedataJson, Brevtype type, CancellationToken ct)
    {
        if (versjonId is null || flettedataJson is null) return null;
        var versjon = await db.Brevtekstversjoner.AsNoTracking().SingleOrDefaultAsync(v => v.Id == versjonId, ct);
        if (versjon is null) return null;
        var data = Flettelagring.FraJson(flettedataJson);
        var resultat = Brevflett.Lag(versjon.Tittel, versjon.Seksjoner, Brevkataloger.For(type), data);
        var omrader = versjon.Seksjoner.Where(s => s.Fritekst is not null && Brevflett.Gjelder(s.Betingelse, data.Betingelser)).Select(s => s.Fritekst!).ToList();
        return new Brevutfylling(omrader, data.Fritekst, Mangler(resultat), versjon, data);
    }

    /// <summary>What a letter lacks, in words: each empty merge field and each empty required free text.</summary>
    public static IReadOnlyList<string> Mangler(Flettresultat resultat)
    {
        ArgumentNullException.ThrowIfNull(resultat);
        return [.. resultat.TommeFelt.Select(f => $"flettefeltet «{f.Beskrivelse}» er tomt")
            .Concat(resultat.TommeFritekster.Select(f => $"fritekstfeltet «{f.Ledetekst}» må fylles ut"))];
    }

    /// <summary>Every letter type with the version in force today, the next one scheduled, and the drafts.</summary>
    public async Task<Result<IReadOnlyList<BrevtekstOversikt>>> OversiktAsync(CancellationToken ct)
    {
        if (!ErAdministrator) return Result<IReadOnlyList<BrevtekstOversikt>>.NotFound();
        var alle = await db.Brevtekstversjoner.AsNoTracking().ToListAsync(ct);
        var navn = await NavnAsync(alle, ct);
        var idag = Idag;
        return Result<IReadOnlyList<BrevtekstOversikt>>.Ok([.. Brevkataloger.Typer.Select(type =>
        {
            var versjoner = alle.Where(v => v.Type == type).ToList();
            var gjeldende = Brevtekstversjon.GjeldendePaa(versjoner, idag);
            var planlagt = versjoner
                .Where(v => v.Status == Brevtekststatus.Publisert && v.GyldigFra > idag)
                .OrderBy(v => v.GyldigFra).ThenByDescending(v => v.Nummer).FirstOrDefault();
            return new BrevtekstOversikt(type, type.Visningsnavn(),
                gjeldende is null ? null : Kort(gjeldende, navn), planlagt is null ? null : Kort(planlagt, navn),
                [.. versjoner.Where(v => v.Status == Brevtekststatus.Utkast).OrderBy(v => v.Nummer).Select(v => Kort(v, navn))]);
        })]);
    }

    /// <summary>One version with its type's catalogue and history.</summary>
    public async Task<Result<BrevtekstDetaljer>> HentAsync(Guid id, CancellationToken ct)
    {
        if (!ErAdministrator) return Result<BrevtekstDetaljer>.NotFound();
        var versjon = await db.Brevtekstversjoner.AsNoTracking().SingleOrDefaultAsync(v => v.Id == id, ct);
        if (versjon is null) return Result<BrevtekstDetaljer>.NotFound();
        var historikk = await db.Brevtekstversjoner.AsNoTracking().Where(v => v.Type == versjon.Type).ToListAsync(ct);
        var navn = await NavnAsync(historikk, ct);
        var gjeldende = Brevtekstversjon.GjeldendePaa(historikk, Idag);
        return new BrevtekstDetaljer(
            Kort(versjon, navn), versjon.Type, versjon.Tittel, versjon.Seksjoner, versjon.Versjon, Brevkataloger.For(versjon.Type),
            ErGjeldende: gjeldende?.Id == versjon.Id,
            [.. historikk.OrderByDescending(v => v.Nummer).Select(v => Kort(v, navn))]);
    }

    /// <summary>A new draft of <paramref name="type"/>, a copy of the text in force today.</summary>
    public async Task<Result<Guid>> NyttUtkastAsync(Brevtype type, CancellationToken ct)
    {
        if (!ErAdministrator || !Brevkataloger.Typer.Contains(type)) return Result<Guid>.NotFound();
        var gjeldende = await GjeldendeAsync(type, Idag, ct);
        var nummer = await db.Brevtekstversjoner.Where(v => v.Type == type).MaxAsync(v => (int?)v.Nummer, ct) ?? 0;
        var utkast = Brevtekstversjon.NyttUtkast(type, nummer + 1, gjeldende.Tittel, gjeldende.Seksjoner, currentUser.Id, tid.GetUtcNow());
        db.Brevtekstversjoner.Add(utkast);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Utkast {BrevtekstversjonId} til brevtekst {Brevtype} laget", utkast.Id, type);
        return utkast.Id;
    }

    /// <summary>Saves a draft's title and sections, refused if it names a field or condition its type does not have.</summary>
    public async Task<Result> LagreAsync(LagreBrevtekstCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!ErAdministrator) return Result.NotFound();
        var validering = await lagreValidator.ValidateAsync(command, ct);
        if (!validering.IsValid) return Result.Invalid(validering.TilFeil());
        var versjon = await db.Brevtekstversjoner.SingleOrDefaultAsync(v => v.Id == command.Id, ct);
        if (versjon is null) return Result.NotFound();
        if (versjon.Versjon != command.Versjon) return Result.Fail(Feil.Konflikt);
        var seksjoner = command.Seksjoner.Select(s => s.TilSeksjon()).ToList();
        var tittel = command.Tittel!.Trim();
        var feil = Brevflett.Kontroller(tittel, seksjoner, Brevkataloger.For(versjon.Type));
        if (feil.Count > 0) return Result.Invalid(feil);
        var endret = versjon.Endre(tittel, seksjoner, currentUser.Id, tid.GetUtcNow());
        if (!endret.IsSuccess) return endret;
        return await LagreEndringAsync(versjon, ct);
    }

    /// <summary>Publishes a draft from a valid-from date (today or later); letters made before it keep the text they had.</summary>
    public async Task<Result> PubliserAsync(PubliserBrevtekstCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!ErAdministrator) return Result.NotFound();
        var validering = await publiserValidator.ValidateAsync(command, ct);
        if (!validering.IsValid) return Result.Invalid(validering.TilFeil());
        var versjon = await db.Brevtekstversjoner.SingleOrDefaultAsync(v => v.Id == command.Id, ct);
        if (versjon is null) return Result.NotFound();
        if (versjon.Versjon != command.Versjon) return Result.Fail(Feil.Konflikt);
        var feil = Brevflett.Kontroller(versjon.Tittel, versjon.Seksjoner, Brevkataloger.For(versjon.Type));
        if (feil.Count > 0) return Result.Invalid(feil);
        var publisert = versjon.Publiser(command.GyldigFra!.Value, Idag, currentUser.Id, tid.GetUtcNow());
        if (!publisert.IsSuccess) return publisert;
        var lagret = await LagreEndringAsync(versjon, ct);
        if (lagret.IsSuccess) logger.LogInformation("Brevtekst {BrevtekstversjonId} publisert", versjon.Id);
        return lagret;
    }

    /// <summary>A draft that was never published may be thrown away.</summary>
    public async Task<Result> SlettUtkastAsync(Guid id, Guid versjonstoken, CancellationToken ct)
    {
        if (!ErAdministrator) return Result.NotFound();
        var versjon = await db.Brevtekstversjoner.SingleOrDefaultAsync(v => v.Id == id, ct);
        if (versjon is null) return Result.NotFound();
        if (versjon.Status == Brevtekststatus.Publisert) return Result.Fail(BrevtekstFeil.AlleredePublisert);
        if (versjon.Versjon != versjonstoken) return Result.Fail(Feil.Konflikt);
        db.Brevtekstversjoner.Remove(versjon);
        return await LagreEndringAsync(versjon, ct);
    }

    /// <summary>
    /// The version as a letter made from a sample case: the catalogue's sample values, the conditions
    /// chosen, each free-text area filled with a note of what the saksbehandler writes there.
    /// </summary>
    public async Task<Result<Brevforhandsvisning>> ForhandsvisAsync(Guid id, IReadOnlyCollection<string> betingelser, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(betingelser);
        if (!ErAdministrator) return Result<Brevforhandsvisning>.NotFound();
        var versjon = await db.Brevtekstversjoner.AsNoTracking().SingleOrDefaultAsync(v => v.Id == id, ct);
        if (versjon is null) return Result<Brevforhandsvisning>.NotFound();
        var katalog = Brevkataloger.For(versjon.Type);
        var valgt = betingelser.Where(b => katalog.Betingelser.Any(k => k.Nokkel == b)).ToHashSet(StringComparer.Ordinal);
        var fritekst = versjon.Seksjoner.Where(s => s.Fritekst is not null)
            .ToDictionary(s => s.Fritekst!.Nokkel, s => $"(Her skriver saksbehandleren: {s.Fritekst!.Ledetekst}.)", StringComparer.Ordinal);
        var resultat = Brevflett.Lag(versjon.Tittel, versjon.Seksjoner, katalog, katalog.Eksempel(valgt, fritekst));
        var avsender = Brevavsender.Fra(kommune.Value);
        var innhold = new Brevinnhold(
            avsender, new Brevmottaker("Kari Nordmann", ["Eksempelveien 1", "0150 Oslo"]), Idag, "BO-2026-000123",
            resultat.Tittel, resultat.Seksjoner, "Ola Saksbehandler", Brevhode.Saksbehandler);
        return new Brevforhandsvisning(Kort(versjon, new Dictionary<Guid, string>()), versjon.Type, katalog, valgt, innhold, resultat);
    }

    private async Task<Result> LagreEndringAsync(Brevtekstversjon versjon, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogInformation("Brevtekst {BrevtekstversjonId} ble endret av en annen samtidig", versjon.Id);
            return Result.Fail(Feil.Konflikt);
        }
    }

    private async Task<IReadOnlyDictionary<Guid, string>> NavnAsync(IEnumerable<Brevtekstversjon> versjoner, CancellationToken ct)
    {
        var ider = versjoner.SelectMany(v => new[] { v.OpprettetAv, v.PublisertAv }).OfType<Guid>().Distinct().ToList();
        return ider.Count == 0 ? new Dictionary<Guid, string>() : await brukere.NavnAsync(ider, ct);
    }

    private static BrevtekstversjonKort Kort(Brevtekstversjon v, IReadOnlyDictionary<Guid, string> navn) =>
        new(v.Id, v.Type, v.Nummer, v.Status, v.GyldigFra, v.Opprettet,
            v.OpprettetAv is { } o ? navn.GetValueOrDefault(o, "Ukjent bruker") : "Levert med systemet",
            v.Publisert, v.PublisertAv is { } p ? navn.GetValueOrDefault(p, "Ukjent bruker") : v.Publisert is null ? null : "Levert med systemet");
}

public sealed record BrevtekstversjonKort(
    Guid Id, Brevtype Type, int Nummer, Brevtekststatus Status, DateOnly? GyldigFra, DateTimeOffset Opprettet, string OpprettetAv,
    DateTimeOffset? Publisert, string? PublisertAv);

public sealed record BrevtekstOversikt(
    Brevtype Type, string Navn, BrevtekstversjonKort? Gjeldende, BrevtekstversjonKort? Planlagt, IReadOnlyList<BrevtekstversjonKort> Utkast);

public sealed record BrevtekstDetaljer(
    BrevtekstversjonKort Versjon, Brevtype Type, string Tittel, IReadOnlyList<Brevtekstseksjon> Seksjoner, Guid Versjonstoken,
    Brevkatalog Katalog, bool ErGjeldende, IReadOnlyList<BrevtekstversjonKort> Historikk);

public sealed record Brevforhandsvisning(
    BrevtekstversjonKort Versjon, Brevtype Type, Brevkatalog Katalog, IReadOnlySet<string> Betingelser, Brevinnhold Innhold, Flettresultat Resultat);

/// <summary>A draft letter's free-text areas and values, and what keeps it from being sent.</summary>
public sealed record Brevutfylling(
    IReadOnlyList<Fritekstfelt> Omrader, IReadOnlyDictionary<string, string> Verdier, IReadOnlyList<string> Mangler,
    Brevtekstversjon Versjon, Flettedata Data);
