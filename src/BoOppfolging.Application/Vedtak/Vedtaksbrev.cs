using System.Globalization;
using BoOppfolging.Application.Brev;
using BoOppfolging.Application.Brevtekster;
using BoOppfolging.Application.Common;
using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BoOppfolging.Application.Vedtak;

/// <summary>
/// The vedtak letter follows its vedtak. It is made with the draft and made again, in the same save, every time the
/// draft is saved, sent for approval or approved (<see cref="OppdaterAsync"/>): the saksbehandler sees the letter as it
/// will be while writing, the approver approves the letter with the decision, and a draft that a letter would leave with
/// an empty merge field or free text cannot be sent for approval. Two values wait: the approver's name (set when approved)
/// and the complaint deadline, which depends on when and how the letter is sent (<see cref="Vedtaksbrevsending"/>).
/// </summary>
public sealed class Vedtaksbrev(IAppDbContext db, BrevService brevService, IBrukerOppslag brukere, IOptions<KommuneOptions> kommune)
{
    /// <summary>What the letter says until the vedtak is approved.</summary>
    public const string GodkjennerVenter = "[settes når vedtaket godkjennes]";

    /// <summary>What the letter says until it is sent: the deadline runs from when the citizen receives it.</summary>
    public const string FristVenter = "[regnes ut når brevet sendes]";

    public const string Tjeneste = "bo-oppfølging";

    private static readonly CultureInfo Norsk = CultureInfo.GetCultureInfo("nb-NO");

    /// <summary>The letter type of a vedtak: its type, and for the first vedtak its outcome.</summary>
    public static Brevtype Brevtype(Domain.Vedtak vedtak)
    {
        ArgumentNullException.ThrowIfNull(vedtak);
        return vedtak.Type switch
        {
            Vedtakstype.Endringsvedtak => Domain.Brevtype.Endringsvedtak,
            Vedtakstype.Opphorsvedtak => Domain.Brevtype.Opphorsvedtak,
            _ => vedtak.Utfall == Vedtaksutfall.Avslag ? Domain.Brevtype.Avslag : Domain.Brevtype.Vedtak,
        };
    }

    public static bool ErVedtaksbrev(Brevtype type) =>
        type is Domain.Brevtype.Vedtak or Domain.Brevtype.Avslag or Domain.Brevtype.Endringsvedtak or Domain.Brevtype.Opphorsvedtak;

    /// <summary>
    /// Makes the vedtak's letter, or makes it again from the vedtak as it is now, in the caller's unit of work, and links it
    /// (<see cref="Domain.Vedtak.KnyttBrev"/>). <paramref name="brukerId"/> signs it as saksbehandler until the vedtak has been
    /// sent for approval; from then on the one who sent it does.
    /// </summary>
    public async Task<Result<Brevutkast>> OppdaterAsync(Sak sak, Domain.Vedtak vedtak, Guid brukerId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sak);
        ArgumentNullException.ThrowIfNull(vedtak);
        var saksbehandler = vedtak.SaksbehandlerId ?? brukerId;
        // A service ended because the person died is told to the estate, not to the person or a fullmektig.
        var part = vedtak.TilDodsbo
            ? await brevService.LagDodsbohodeAsync(sak, saksbehandler, ct)
            : await brevService.LagPartshodeAsync(sak, saksbehandler, ct);
        var hjemmel = vedtak.Innhold.HjemmelId is { } hid ? await db.Set<Hjemmel>().AsNoTracking().SingleOrDefaultAsync(h => h.Id == hid, ct) : null;
        var erstatter = vedtak.ErstatterId is { } eid
            ? db.Set<Domain.Vedtak>().Local.FirstOrDefault(v => v.Id == eid) ?? await db.Set<Domain.Vedtak>().AsNoTracking().SingleOrDefaultAsync(v => v.Id == eid, ct)
            : null;
        var godkjenner = vedtak.GodkjentAv is { } g ? (await brukere.NavnAsync([g], ct)).GetValueOrDefault(g) : GodkjennerVenter;

        var bestilling = Bestilling(vedtak, hjemmel, erstatter, part, godkjenner, kommune.Value.MineSakerAdresse);
        var utkast = await brevService.LagEllerOppdaterUtkastAsync(sak, vedtak.BrevId, bestilling, ct);
        if (utkast.IsSuccess) vedtak.KnyttBrev(utkast.Value.Brev.Id);
        return utkast;
    }

    /// <summary>
    /// The letter's values from the vedtak as it is now, without a database (the case builder uses it too): <paramref name="part"/>
    /// from <see cref="BrevService.LagPartshodeAsync"/>, the approver's name or <see cref="GodkjennerVenter"/>; the complaint
    /// deadline waits for the sending (<see cref="FristVenter"/>).
    /// </summary>
    public static Brevbestilling Bestilling(
        Domain.Vedtak vedtak, Hjemmel? hjemmel, Domain.Vedtak? erstatter, Partshode part, string? godkjenner, string mineSakerAdresse)
    {
        ArgumentNullException.ThrowIfNull(vedtak);
        ArgumentNullException.ThrowIfNull(part);
        var i = vedtak.Innhold;
        var felt = Brevbestilling.Felles(part.Hode, part.PersonNavn);
        felt["vedtak.tjeneste"] = Flettverdi.Av(Tjeneste);
        felt["vedtak.utfall"] = Flettverdi.Av(i.Utfall switch
        {
            Vedtaksutfall.Innvilget => "innvilget",
            Vedtaksutfall.DelvisInnvilget => "delvis innvilget",
            Vedtaksutfall.Avslag => "avslått",
            _ => null,
        });
        felt["vedtak.omrader"] = Flettverdi.Liste(i.Omrader.Select(o => o.Visningsnavn()));
        felt["vedtak.timer"] = Flettverdi.Av(i.Kvarter is { } k && i.Enhet is { } en ? Timeberegning.Tekst(k, en) : null);
        felt["vedtak.fra"] = Flettverdi.Av(Dato(i.Fra));
        felt["vedtak.til"] = Flettverdi.Av(i.Til is { } til ? Dato(til) : "inntil videre");
        felt["vedtak.evalueringsdato"] = Flettverdi.Av(Dato(i.Evalueringsdato));
        felt["vedtak.mal"] = Flettverdi.Liste(i.Mal);
        felt["vedtak.begrunnelse.regler"] = Flettverdi.Av(i.BegrunnelseRegler);
        felt["vedtak.begrunnelse.fakta"] = Flettverdi.Av(i.BegrunnelseFakta);
        felt["vedtak.begrunnelse.vurdering"] = Flettverdi.Av(i.BegrunnelseVurdering);
        felt["vedtak.ikke_innvilget"] = Flettverdi.Av(i.IkkeInnvilget);
        felt["vedtak.annen_hjelp"] = Flettverdi.Av(string.IsNullOrWhiteSpace(i.AnnenHjelp) && vedtak.Type == Vedtakstype.Opphorsvedtak
            ? "Ta kontakt med oss hvis du trenger annen hjelp. Vi hjelper deg med å finne ut hva du kan søke om."
            : i.AnnenHjelp);
        felt["vedtak.vilkar"] = Flettverdi.Liste(i.Vilkar);
        felt["vedtak.erstatter"] = Flettverdi.Av(erstatter?.Vedtatt is { } vedtatt
            ? $"vedtaket ditt av {Dato(Norsktid.Dato(vedtatt))}" + (i.Fra is { } fra ? $" fra {Dato(fra)}" : "")
            : null);
        felt["vedtak.endringsgrunn"] = Flettverdi.Av(vedtak.Endringsgrunn);
        // The reason in words to the citizen, then the drafter's own: "Du har flyttet. Du bor nå i Bergen og ...".
        var grunn = string.Join(" ", new[] { i.Opphorsgrunn?.TilInnbygger(), vedtak.Endringsgrunn }.Where(t => !string.IsNullOrWhiteSpace(t)));
        felt["vedtak.opphorsgrunn"] = Flettverdi.Av(grunn.Length == 0 ? null : grunn);
        felt["vedtak.oppsummering"] = Flettverdi.Av(i.Oppsummering);
        felt["hjemmel.sitat"] = Flettverdi.Av(hjemmel?.Sitat);
        felt["klage.instans"] = Flettverdi.Av(hjemmel?.Klageinstans);
        felt["klage.frist_uker"] = Flettverdi.Av(hjemmel is null ? null : Uker(hjemmel.KlagefristUker));
        felt["klage.lovhjemmel"] = Flettverdi.Av(hjemmel?.Klageregel);
        felt["klage.frist"] = Flettverdi.Av(FristVenter);
        felt["klage.nettadresse"] = Flettverdi.Av(mineSakerAdresse);
        felt["saksbehandler.navn"] = Flettverdi.Av(part.Hode.SignaturNavn);
        felt["godkjenner.navn"] = Flettverdi.Av(godkjenner);

        var betingelser = new HashSet<string>(StringComparer.Ordinal);
        if (i.Utfall == Vedtaksutfall.Innvilget) betingelser.Add("innvilget");
        if (i.Utfall == Vedtaksutfall.DelvisInnvilget) betingelser.Add("delvis");
        if (i.Utfall == Vedtaksutfall.Avslag) betingelser.Add("avslag");
        if (part.TilFullmektig) betingelser.Add("fullmektig");

        return new Brevbestilling(Brevtype(vedtak), part.Hode, new Flettedata(felt, betingelser, new Dictionary<string, string>()));
    }

    /// <summary>
    /// The values only known when the letter is sent (the service's <see cref="Vedtaksbrevsending"/> and the case builder): the letter
    /// dated the sent day, the complaint deadline as a date, and the paragraph for a letter by post.
    /// </summary>
    public static Flettedata Ferdigstill(Flettedata data, Hjemmel hjemmel, DateOnly sendt, Forsendelse forsendelse, int postgangDager)
    {
        ArgumentNullException.ThrowIfNull(data);
        var frist = Klagefristen(hjemmel, sendt, forsendelse, postgangDager);
        var felt = new Dictionary<string, Flettverdi>(data.Felt, StringComparer.Ordinal)
        {
            ["brev.dato"] = Flettverdi.Av(sendt.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)),
            ["klage.frist"] = Flettverdi.Av(frist.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)),
        };
        var betingelser = new HashSet<string>(data.Betingelser, StringComparer.Ordinal);
        if (forsendelse == Forsendelse.Post) betingelser.Add("post");
        else betingelser.Remove("post");
        return data with { Felt = felt, Betingelser = betingelser };
    }

    /// <summary>The complaint deadline of a vedtak letter sent on <paramref name="sendt"/> by <paramref name="forsendelse"/>, under <paramref name="hjemmel"/>.</summary>
    public static DateOnly Klagefristen(Hjemmel hjemmel, DateOnly sendt, Forsendelse forsendelse, int postgangDager)
    {
        ArgumentNullException.ThrowIfNull(hjemmel);
        return Klagefrist.Frist(sendt, forsendelse, postgangDager, hjemmel.KlagefristUker);
    }

    private static string? Dato(DateOnly? dato) => dato?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static string Uker(int uker) => uker switch
    {
        1 => "én uke",
        2 => "to uker",
        3 => "tre uker",
        4 => "fire uker",
        5 => "fem uker",
        6 => "seks uker",
        _ => $"{uker.ToString(Norsk)} uker",
    };
}

/// <summary>
/// Sending a vedtak letter: it may only go once the vedtak is approved; the complaint deadline is counted from the sent date
/// and channel (<see cref="Klagefrist"/>, with the municipality's days for post) and written into the letter before its PDF is
/// stored (<see cref="IBrevFerdigstilling"/>), and once it is sent the vedtak keeps the deadline (<see cref="IBrevSendtHandler"/>),
/// for the case page and "Mine saker". One per vedtak letter type, registered in <c>Application/DependencyInjection.cs</c>.
/// </summary>
public sealed class Vedtaksbrevsending(Brevtype type, IAppDbContext db, IOptions<KommuneOptions> kommune) : IBrevFerdigstilling, IBrevSendtHandler
{
    public Brevtype Type => type;

    public async Task<Result<Flettedata>> FerdigstillAsync(Domain.Brev brev, Flettedata data, DateOnly sendt, Forsendelse forsendelse, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(brev);
        ArgumentNullException.ThrowIfNull(data);
        var funnet = await VedtakOgHjemmelAsync(brev, ct);
        if (!funnet.IsSuccess) return Result<Flettedata>.Invalid(funnet.Errors);
        // The estate has no "Mine saker" (the deceased's account and e-mail are not the estate's): a letter to it goes by post.
        if (forsendelse == Forsendelse.Digital && funnet.Value.Vedtak.TilDodsbo) return Result<Flettedata>.Fail(VedtakFeil.DodsboMedPost);
        return Vedtaksbrev.Ferdigstill(data, funnet.Value.Hjemmel, sendt, forsendelse, kommune.Value.PostgangDager);
    }

    public async Task<Result> KanSkriveFritekstAsync(Domain.Brev brev, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(brev);
        var status = await db.Set<Domain.Vedtak>().Where(v => v.BrevId == brev.Id).Select(v => (Vedtaksstatus?)v.Status).SingleOrDefaultAsync(ct);
        return status is null or Vedtaksstatus.Utkast ? Result.Ok() : Result.Fail(VedtakFeil.BrevFolgerVedtaket);
    }

    public async Task<Result> BrevSendtAsync(SendtBrev sendt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sendt);
        var funnet = await VedtakOgHjemmelAsync(sendt.Brev, ct);
        if (!funnet.IsSuccess) return Result.Invalid(funnet.Errors);
        var (vedtak, hjemmel) = funnet.Value;
        vedtak.SettKlagefrist(Vedtaksbrev.Klagefristen(hjemmel, sendt.Brev.SendtDato!.Value, sendt.Brev.Forsendelse!.Value, kommune.Value.PostgangDager));
        return Result.Ok();
    }

    private async Task<Result<(Domain.Vedtak Vedtak, Hjemmel Hjemmel)>> VedtakOgHjemmelAsync(Domain.Brev brev, CancellationToken ct)
    {
        var vedtak = db.Set<Domain.Vedtak>().Local.FirstOrDefault(v => v.BrevId == brev.Id)
            ?? await db.Set<Domain.Vedtak>().SingleOrDefaultAsync(v => v.BrevId == brev.Id, ct);
        if (vedtak is null) return Result<(Domain.Vedtak, Hjemmel)>.Fail(VedtakFeil.BrevUtenVedtak);
        if (vedtak.Status != Vedtaksstatus.Vedtatt) return Result<(Domain.Vedtak, Hjemmel)>.Fail(VedtakFeil.BrevForGodkjenning);
        var hjemmel = await db.Set<Hjemmel>().AsNoTracking().SingleAsync(h => h.Id == vedtak.HjemmelId, ct);
        return (vedtak, hjemmel);
    }
}
