using BoOppfolging.Application.Kartlegging;
using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using BoOppfolging.Web.Infrastruktur;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BoOppfolging.Web.Features.Kartlegging;

/// <summary>
/// The vurderingsteam's work, first slice: the team's queue, taking a case (or the team leader giving it to a
/// member), and the vurderingsmøte. Each form is its own page: a rejected post comes back with the messages
/// next to the fields and everything typed kept; a conflict keeps the input and says so.
/// </summary>
[Authorize(Policy = Policies.Vurdering)]
public sealed class KartleggingController(KartleggingService kartlegging, TimeProvider tid) : Controller
{
    /// <summary>The team's queue. The filter is in the address: it holds no personal data.</summary>
    [HttpGet("vurdering")]
    public async Task<IActionResult> Index(VurderingskoViewModel model, CancellationToken ct)
    {
        // A value that could not be read (a page that is not a number) is ignored: the queue shows page 1.
        ModelState.Clear();
        model.Ko = await kartlegging.KoAsync(model.TilFilter(), ct);
        model.ErTeammedlem = User.IsInRole(Roller.Vurderingsteam);
        return View(model);
    }

    /// <summary>A member takes the case, from the queue or the case page; the case page follows.</summary>
    [HttpPost("saker/{sakId:guid}/vurdering/ta")]
    public async Task<IActionResult> Ta(Guid sakId, Guid versjon, CancellationToken ct)
    {
        var result = await kartlegging.TaAsync(sakId, versjon, ct);
        if (result.IsNotFound) return NotFound();
        this.SettStatus(result.IsSuccess ? "Saken er din. Du står som ansvarlig i vurderingsteamet." : result.Error!.Melding);
        return Redirect($"/saker/{sakId}");
    }

    [HttpGet("saker/{sakId:guid}/vurdering/tildel")]
    public Task<IActionResult> Tildel(Guid sakId, CancellationToken ct) =>
        VisAsync(sakId, new TildelVurdererViewModel(), h => h.KanTildele, ct, m => m.VurdererId = m.Sak.AnsvarligId);

    [HttpPost("saker/{sakId:guid}/vurdering/tildel")]
    public async Task<IActionResult> Tildel(Guid sakId, TildelVurdererViewModel model, CancellationToken ct) =>
        await EtterAsync(sakId, model, await kartlegging.TildelAsync(model.ToCommand(sakId), ct), "Saken er gitt til teammedlemmet.", ct);

    [HttpGet("saker/{sakId:guid}/vurdering/mote")]
    public Task<IActionResult> Vurderingsmote(Guid sakId, CancellationToken ct) =>
        VisAsync(sakId, new VurderingsmoteViewModel(), h => h.KanRegistrereVurderingsmote, ct, m =>
        {
            m.Dato = Norsktid.Dato(tid.GetUtcNow());
            m.TilStede = m.Sak.Ansvarlig;
        });

    [HttpPost("saker/{sakId:guid}/vurdering/mote")]
    public async Task<IActionResult> Vurderingsmote(Guid sakId, VurderingsmoteViewModel model, CancellationToken ct)
    {
        var result = await kartlegging.RegistrerVurderingsmoteAsync(model.ToCommand(sakId), ct);
        var melding = model.Konklusjon switch
        {
            Vurderingskonklusjon.FyllerKriteriene => "Vurderingsmøtet er registrert. Kriteriene er oppfylt, og saken er til kartlegging.",
            Vurderingskonklusjon.FyllerIkkeKriteriene =>
                "Vurderingsmøtet er registrert. Kriteriene er ikke oppfylt: henvis til en annen tjeneste, eller skriv en innstilling om avslag.",
            _ => "Vurderingsmøtet er registrert. Be om opplysningene teamet trenger.",
        };
        return await EtterAsync(sakId, model, result, melding, ct);
    }

    /// <summary>
    /// A form for the first time: only when the permission table allows the action on the case now
    /// (<see cref="VurderingHandlinger"/>); otherwise back to the case with the reason. Not found for a case
    /// the user may not see.
    /// </summary>
    private async Task<IActionResult> VisAsync<T>(
        Guid sakId, T model, Func<VurderingHandlinger, bool> tillatt, CancellationToken ct, Action<T>? forbered = null)
        where T : VurderingSkjemaViewModel
    {
        var sak = await kartlegging.HentAsync(sakId, ct);
        if (!sak.IsSuccess) return NotFound();
        if (!tillatt(sak.Value.Handlinger))
        {
            this.SettStatus(TilgangFeil.IkkeIDenneStatusen(sak.Value.Status).Melding);
            return Redirect($"/saker/{sakId}");
        }

        model.Sak = sak.Value;
        model.Versjon = sak.Value.Versjon;
        forbered?.Invoke(model);
        return View(ControllerContext.ActionDescriptor.ActionName, model);
    }

    /// <summary>
    /// After a post: a success redirects (PRG) with a message; a rejection shows the form again with the messages
    /// and the input. A conflict keeps the input and takes the new version, so the user sees the case as it is now
    /// and can save again knowingly; any other rejection keeps the version the user had.
    /// </summary>
    private async Task<IActionResult> EtterAsync<T>(Guid sakId, T model, Domain.Result result, string melding, CancellationToken ct)
        where T : VurderingSkjemaViewModel
    {
        if (result.IsNotFound) return NotFound();
        if (result.IsSuccess)
        {
            this.SettStatus(melding);
            return Redirect($"/saker/{sakId}");
        }

        ModelState.AddErrors(result);
        var sak = await kartlegging.HentAsync(sakId, ct);
        if (!sak.IsSuccess) return NotFound();
        model.Sak = sak.Value;
        if (result.IsConflict) model.Versjon = sak.Value.Versjon;

        return View(ControllerContext.ActionDescriptor.ActionName, model);
    }
}
