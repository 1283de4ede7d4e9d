using BoOppfolging.Application.Kartlegging;
using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using BoOppfolging.Web.Infrastruktur;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BoOppfolging.Web.Features.Kartlegging;

/// <summary>
/// The mapping with the citizen, on a case the vurderingsteam has taken into mapping: kartleggingsmøter,
/// needs per help area, goals, finishing the mapping, the innstilling, and the history of corrections.
/// Each form is its own page: a rejected post comes back with the messages next to the fields and
/// everything typed kept. The coarse gate is <see cref="Policies.Saksarbeid"/> (the history is for all staff
/// on the case); who may change the mapping is the permission table's (<see cref="Handling.Kartlegg"/>,
/// <see cref="Handling.SkrivInnstilling"/>), and anyone else gets 404.
/// </summary>
[Authorize(Policy = Policies.Saksarbeid)]
[Route("saker/{sakId:guid}/kartlegging")]
public sealed class KartleggingsarbeidController(KartleggingsarbeidService kartlegging) : Controller
{
    [HttpGet("mote")]
    public Task<IActionResult> Mote(Guid sakId, CancellationToken ct) => VisAsync(sakId, new MoteViewModel(), Kartlegge, ct, m => Fyll(m.FyllRader));

    [HttpPost("mote")]
    public async Task<IActionResult> Mote(Guid sakId, MoteViewModel model, CancellationToken ct) =>
        await EtterAsync(sakId, model, await kartlegging.RegistrerMoteAsync(model.ToCommand(sakId), ct), "Kartleggingsmøtet er registrert.", ct, m => Fyll(m.FyllRader));

    [HttpGet("mote/{nr:int}")]
    public Task<IActionResult> EndreMote(Guid sakId, int nr, CancellationToken ct) =>
        VisAsync(sakId, new MoteViewModel { Nr = nr }, Kartlegge, ct, m => FinnMote(m, nr, fyll: true), view: "Mote");

    [HttpPost("mote/{nr:int}")]
    public async Task<IActionResult> EndreMote(Guid sakId, int nr, MoteViewModel model, CancellationToken ct)
    {
        model.Nr = nr;
        return await EtterAsync(sakId, model, await kartlegging.RegistrerMoteAsync(model.ToCommand(sakId), ct), "Kartleggingsmøtet er rettet.", ct,
            m => FinnMote(m, nr, fyll: false), view: "Mote");
    }

    [HttpGet("behov")]
    public Task<IActionResult> Behov(Guid sakId, CancellationToken ct) =>
        VisAsync(sakId, new BehovViewModel(), Kartlegge, ct, m => Fyll(() => m.FyllRader(m.Kartlegging.Behov)));

    [HttpPost("behov")]
    public async Task<IActionResult> Behov(Guid sakId, BehovViewModel model, CancellationToken ct) =>
        await EtterAsync(sakId, model, await kartlegging.LagreBehovAsync(model.ToCommand(sakId), ct), "Behovene er lagret.", ct, m => Fyll(() => m.FyllRader([])));

    [HttpGet("maal")]
    public Task<IActionResult> NyttMaal(Guid sakId, CancellationToken ct) => VisAsync(sakId, new MaalViewModel(), Kartlegge, ct, view: "Maal");

    [HttpPost("maal")]
    public async Task<IActionResult> NyttMaal(Guid sakId, MaalViewModel model, CancellationToken ct) =>
        await EtterAsync(sakId, model, await kartlegging.LagreMaalAsync(model.ToCommand(sakId, null), ct), "Målet er lagt til.", ct, view: "Maal");

    [HttpGet("maal/{id:guid}")]
    public Task<IActionResult> Maal(Guid sakId, Guid id, CancellationToken ct) =>
        VisAsync(sakId, new MaalViewModel { MaalId = id }, Kartlegge, ct, m =>
        {
            if (m.Kartlegging.Maal.FirstOrDefault(x => x.Id == id) is not { } maal) return false;
            (m.Tekst, m.Omrade, m.HvordanVite, m.Maldato) = (maal.Tekst, maal.Omrade, maal.HvordanVite, maal.Maldato);
            return true;
        });

    [HttpPost("maal/{id:guid}")]
    public async Task<IActionResult> Maal(Guid sakId, Guid id, MaalViewModel model, CancellationToken ct)
    {
        model.MaalId = id;
        return await EtterAsync(sakId, model, await kartlegging.LagreMaalAsync(model.ToCommand(sakId, id), ct), "Målet er lagret.", ct);
    }

    [HttpGet("maal/{id:guid}/fjern")]
    public Task<IActionResult> FjernMaal(Guid sakId, Guid id, CancellationToken ct) =>
        VisAsync(sakId, new FjernMaalViewModel(), Kartlegge, ct, m => FinnMaal(m, id));

    [HttpPost("maal/{id:guid}/fjern")]
    public async Task<IActionResult> FjernMaal(Guid sakId, Guid id, FjernMaalViewModel model, CancellationToken ct) =>
        await EtterAsync(sakId, model, await kartlegging.FjernMaalAsync(model.ToCommand(sakId, id), ct), "Målet er fjernet.", ct, m => FinnMaal(m, id));

    [HttpGet("ferdigstill")]
    public Task<IActionResult> Ferdigstill(Guid sakId, CancellationToken ct) => VisAsync(sakId, new FerdigstillViewModel(), Ferdigstille, ct);

    [HttpPost("ferdigstill")]
    public async Task<IActionResult> Ferdigstill(Guid sakId, FerdigstillViewModel model, CancellationToken ct) =>
        await EtterAsync(sakId, model, await kartlegging.FerdigstillAsync(model.ToCommand(sakId), ct),
            "Kartleggingen er ferdigstilt. Endringer fra nå av må begrunnes, og den tidligere versjonen blir tatt vare på.", ct);

    [HttpGet("innstilling")]
    public Task<IActionResult> Innstilling(Guid sakId, CancellationToken ct) =>
        VisAsync(sakId, new InnstillingViewModel(), SkriveInnstilling, ct, m =>
        {
            if (m.Kartlegging.Innstilling is { } i) m.FyllFra(i.Innstilling);
            else if (m.Kartlegging.BareAvslag) m.Utfall = Innstillingsutfall.Avslaa;
            return true;
        });

    [HttpPost("innstilling")]
    public async Task<IActionResult> Innstilling(Guid sakId, InnstillingViewModel model, CancellationToken ct) =>
        await EtterAsync(sakId, model, await kartlegging.SkrivInnstillingAsync(model.ToCommand(sakId), ct),
            "Innstillingen er lagret. Saken venter på vedtak.", ct);

    /// <summary>The corrections of the finished mapping, newest first, for every staff user who may see the case.</summary>
    [HttpGet("historikk")]
    public async Task<IActionResult> Historikk(Guid sakId, CancellationToken ct)
    {
        var visning = await kartlegging.HentAsync(sakId, ct);
        return visning.IsSuccess ? View(Sti("Historikk"), visning.Value) : NotFound();
    }

    /// <summary>The views live beside the controller, in the phase's folder (not one named after the controller).</summary>
    internal static string Sti(string visning) => $"/Features/Kartlegging/{visning}.cshtml";

    // Why a form cannot be opened now (null: it can): the case's state, or the mapping's own.
    private static Domain.Feil? Kartlegge(KartleggingsarbeidVisning v) => v.Handlinger.KanKartlegge ? null : TilgangFeil.IkkeIDenneStatusen(v.Status);

    private static Domain.Feil? Ferdigstille(KartleggingsarbeidVisning v) =>
        v.Handlinger.KanFerdigstille ? null : v.ErFerdigstilt ? KartleggingFeil.AlleredeFerdig : TilgangFeil.IkkeIDenneStatusen(v.Status);

    private static Domain.Feil? SkriveInnstilling(KartleggingsarbeidVisning v) =>
        v.Handlinger.KanSkriveInnstilling ? null
        : v.Status == Saksstatus.Kartlegging && !v.ErFerdigstilt ? KartleggingFeil.KartleggingIkkeFerdig
        : TilgangFeil.IkkeIDenneStatusen(v.Status);

    /// <summary>A preparation of the form that cannot fail.</summary>
    private static bool Fyll(Action fyll)
    {
        fyll();
        return true;
    }

    /// <summary>The meeting to correct is there (else not found); on first view its content fills the form, after a post the input is kept.</summary>
    private static bool FinnMote(MoteViewModel m, int nr, bool fyll)
    {
        if (nr < 1 || nr > m.Kartlegging.Moter.Count) return false;
        if (fyll) m.FyllFra(m.Kartlegging.Moter[nr - 1]);
        else m.FyllRader();
        return true;
    }

    private static bool FinnMaal(FjernMaalViewModel m, Guid id)
    {
        if (m.Kartlegging.Maal.FirstOrDefault(x => x.Id == id) is not { } maal) return false;
        m.Maal = maal;
        return true;
    }

    /// <summary>
    /// A form for the first time: only when the user may do it now (<see cref="KartleggingsarbeidHandlinger"/>);
    /// otherwise back to the case with the reason. Not found for a case the user may not see, or a goal that is not there.
    /// </summary>
    private async Task<IActionResult> VisAsync<T>(
        Guid sakId, T model, Func<KartleggingsarbeidVisning, Domain.Feil?> hindring, CancellationToken ct, Func<T, bool>? forbered = null, string? view = null)
        where T : KartleggingSkjemaViewModel
    {
        var visning = await kartlegging.HentAsync(sakId, ct);
        if (!visning.IsSuccess) return NotFound();
        if (hindring(visning.Value) is { } feil)
        {
            this.SettStatus(feil.Melding);
            return Redirect($"/saker/{sakId}");
        }

        model.Kartlegging = visning.Value;
        model.Versjon = visning.Value.Versjon;
        return forbered is null || forbered(model) ? View(Sti(view ?? ControllerContext.ActionDescriptor.ActionName), model) : NotFound();
    }

    /// <summary>
    /// After a post: a success redirects (PRG) with a message; a rejection shows the form again with the messages
    /// and the input. A conflict (someone else saved the mapping first) keeps the input and takes the new version.
    /// </summary>
    private async Task<IActionResult> EtterAsync<T>(
        Guid sakId, T model, Result result, string melding, CancellationToken ct, Func<T, bool>? forbered = null, string? view = null)
        where T : KartleggingSkjemaViewModel
    {
        if (result.IsNotFound) return NotFound();
        if (result.IsSuccess)
        {
            this.SettStatus(melding);
            return Redirect($"/saker/{sakId}");
        }

        ModelState.AddErrors(result);
        var visning = await kartlegging.HentAsync(sakId, ct);
        if (!visning.IsSuccess) return NotFound();
        model.Kartlegging = visning.Value;
        if (model.Versjon == Guid.Empty || result.IsConflict) model.Versjon = visning.Value.Versjon;
        if (forbered is not null && !forbered(model)) return NotFound();
        return View(Sti(view ?? ControllerContext.ActionDescriptor.ActionName), model);
    }
}
