using System.Net;
using BoOppfolging.Web.Tests.Infrastruktur;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BoOppfolging.Web.Tests;

/// <summary>
/// Every controller action in the app, for anonymous and for every role: who gets in, who gets 403,
/// who is sent to log in. A new action without a row here fails <see cref="Hver_handling_har_en_rad_i_matrisen"/>.
/// </summary>
public sealed class AutorisasjonsmatriseTests(AutorisasjonsmatriseTests.App app) : IClassFixture<AutorisasjonsmatriseTests.App>
{
    public sealed class App : BoOppfolgingApp
    {
        private readonly Dictionary<string, HttpClient> _klienter = [];
        private readonly SemaphoreSlim _laas = new(1, 1);

        public async Task<HttpClient> KlientForAsync(string hvem)
        {
            await _laas.WaitAsync();
            try
            {
                if (!_klienter.TryGetValue(hvem, out var klient))
                {
                    klient = hvem == Anonym ? NyKlient() : await LoggInnAsync(Kontoer[hvem]);
                    _klienter[hvem] = klient;
                }

                return klient;
            }
            finally
            {
                _laas.Release();
            }
        }
    }

    internal const string Anonym = "Anonym";
    internal const string Inn = "Innbygger", Sb = "Saksbehandler", Vt = "Vurderingsteam", Bo = "BoOppfolger", Tl = "Teamleder", Adm = "Administrator";

    private static readonly Dictionary<string, string> Kontoer = new()
    {
        [Inn] = "ola.nordmann@demo.no",
        [Sb] = "saksbehandler@demo.no",
        [Vt] = "vurderingsteam@demo.no",
        [Bo] = "bo-oppfolger@demo.no",
        [Tl] = "teamleder@demo.no",
        [Adm] = "admin@demo.no",
    };

    private static readonly string[] Alle = [Anonym, Inn, Sb, Vt, Bo, Tl, Adm];
    private static readonly string[] Innloggede = [Inn, Sb, Vt, Bo, Tl, Adm];
    private static readonly string[] Saksarbeid = [Sb, Vt, Bo, Tl];
    private static readonly string[] Forvaltning = [Sb, Tl];
    private static readonly string[] Vurdering = [Vt, Tl];

    /// <summary>Action (Controller.Action HTTP-method) -> who may use it. Public actions list everyone. <see cref="LenkeTests"/> reads it too.</summary>
    internal static readonly Dictionary<string, string[]> Matrise = new()
    {
        ["Hjem.Index GET"] = Alle,
        ["Hjem.Personvern GET"] = Alle,
        ["Hjem.Start GET"] = Innloggede,
        ["Feil.Index *"] = Alle,
        ["Konto.LoggInn GET"] = Alle,
        ["Konto.LoggInn POST"] = Alle,
        ["Konto.TofaktorInnlogging GET"] = Alle,
        ["Konto.TofaktorInnlogging POST"] = Alle,
        ["Konto.LoggUt POST"] = Innloggede,
        ["Konto.LoggetUt GET"] = Alle,
        ["Konto.Registrer GET"] = Alle,
        ["Konto.Registrer POST"] = Alle,
        ["Konto.GlemtPassord GET"] = Alle,
        ["Konto.GlemtPassord POST"] = Alle,
        ["Konto.GlemtPassordSendt GET"] = Alle,
        ["Konto.NyttPassord GET"] = Alle,
        ["Konto.NyttPassord POST"] = Alle,
        ["Konto.EndrePassord GET"] = Innloggede,
        ["Konto.EndrePassord POST"] = Innloggede,
        ["Konto.Tofaktor GET"] = Innloggede,
        ["Konto.Tofaktor POST"] = Innloggede,
        ["Konto.SlaaAvTofaktor POST"] = Innloggede,
        ["Konto.IdPorten POST"] = Alle,
        ["Konto.IdPortenRetur GET"] = Alle,
        ["Admin.Index GET"] = [Adm],
        ["Admin.Ny GET"] = [Adm],
        ["Admin.Ny POST"] = [Adm],
        ["Admin.Bruker GET"] = [Adm],
        ["Admin.Roller POST"] = [Adm],
        ["Admin.Team POST"] = [Adm],
        ["Admin.Deaktiver POST"] = [Adm],
        ["Admin.Aktiver POST"] = [Adm],
        // Letter texts (issue 11): the administrator's alone.
        ["Brevtekster.Index GET"] = [Adm],
        ["Brevtekster.NyttUtkast POST"] = [Adm],
        ["Brevtekster.Versjon GET"] = [Adm],
        ["Brevtekster.Lagre POST"] = [Adm],
        ["Brevtekster.Publiser POST"] = [Adm],
        ["Brevtekster.Slett POST"] = [Adm],
        ["Brevtekster.Forhandsvisning GET"] = [Adm],
        ["Saker.Index GET"] = Saksarbeid,
        ["Saker.Index POST"] = Saksarbeid,
        ["Saker.Detaljer GET"] = Saksarbeid,
        ["Saker.Vedlegg GET"] = Saksarbeid,
        ["Saker.TrekkSamtykke GET"] = Saksarbeid,
        ["Saker.TrekkSamtykke POST"] = Saksarbeid,
        ["Brev.Index GET"] = Saksarbeid,
        ["Brev.Utskrift GET"] = Saksarbeid,
        ["Brev.Pdf GET"] = Saksarbeid,
        ["Brev.Send POST"] = Saksarbeid,
        ["Brev.Fritekst GET"] = Saksarbeid,
        ["Brev.Fritekst POST"] = Saksarbeid,
        ["Mottak.Henvendelse GET"] = Forvaltning,
        ["Mottak.Henvendelse POST"] = Forvaltning,
        ["Mottak.Kontroll GET"] = Forvaltning,
        ["Mottak.Kontroll POST"] = Forvaltning,
        ["Mottak.Adresse GET"] = Forvaltning,
        ["Mottak.Adresse POST"] = Forvaltning,
        ["Mottak.Kontakt GET"] = Forvaltning,
        ["Mottak.Kontakt POST"] = Forvaltning,
        ["Mottak.Opplysninger GET"] = Saksarbeid,
        ["Mottak.Opplysninger POST"] = Saksarbeid,
        ["Mottak.OpplysningerMottatt POST"] = Saksarbeid,
        ["Mottak.Tildel GET"] = Forvaltning,
        ["Mottak.Tildel POST"] = Forvaltning,
        ["Mottak.Vurdering GET"] = Forvaltning,
        ["Mottak.Vurdering POST"] = Forvaltning,
        ["Mottak.Henvis GET"] = Saksarbeid,
        ["Mottak.Henvis POST"] = Saksarbeid,
        ["Mottak.Henlegg GET"] = Forvaltning,
        ["Mottak.Henlegg POST"] = Forvaltning,
        ["Mottak.Koble GET"] = Forvaltning,
        ["Mottak.Koble POST"] = Forvaltning,
        ["Mottak.ForelopigSvar GET"] = Forvaltning,
        ["Mottak.ForelopigSvar POST"] = Forvaltning,
        // IPLOS (issue 10): staff pages; who may score is the permission table's, who may read is whoever sees the case.
        ["Iplos.Forfall GET"] = Saksarbeid,
        ["Iplos.Ny POST"] = Saksarbeid,
        ["Iplos.Vurdering GET"] = Saksarbeid,
        ["Iplos.Vurdering POST"] = Saksarbeid,
        ["Kartlegging.Index GET"] = Vurdering,
        ["Kartlegging.Ta POST"] = Vurdering,
        ["Kartlegging.Tildel GET"] = Vurdering,
        ["Kartlegging.Tildel POST"] = Vurdering,
        ["Kartlegging.Vurderingsmote GET"] = Vurdering,
        ["Kartlegging.Vurderingsmote POST"] = Vurdering,
        // The mapping with the citizen: the permission table decides who may change it (404 for the rest).
        ["Kartleggingsarbeid.Mote GET"] = Saksarbeid,
        ["Kartleggingsarbeid.Mote POST"] = Saksarbeid,
        ["Kartleggingsarbeid.EndreMote GET"] = Saksarbeid,
        ["Kartleggingsarbeid.EndreMote POST"] = Saksarbeid,
        ["Kartleggingsarbeid.Behov GET"] = Saksarbeid,
        ["Kartleggingsarbeid.Behov POST"] = Saksarbeid,
        ["Kartleggingsarbeid.NyttMaal GET"] = Saksarbeid,
        ["Kartleggingsarbeid.NyttMaal POST"] = Saksarbeid,
        ["Kartleggingsarbeid.Maal GET"] = Saksarbeid,
        ["Kartleggingsarbeid.Maal POST"] = Saksarbeid,
        ["Kartleggingsarbeid.FjernMaal GET"] = Saksarbeid,
        ["Kartleggingsarbeid.FjernMaal POST"] = Saksarbeid,
        ["Kartleggingsarbeid.Ferdigstill GET"] = Saksarbeid,
        ["Kartleggingsarbeid.Ferdigstill POST"] = Saksarbeid,
        ["Kartleggingsarbeid.Innstilling GET"] = Saksarbeid,
        ["Kartleggingsarbeid.Innstilling POST"] = Saksarbeid,
        ["Kartleggingsarbeid.Historikk GET"] = Saksarbeid,
        ["MineSaker.Index GET"] = [Inn],
        ["MineSaker.Detaljer GET"] = [Inn],
        ["MineSaker.Trekk GET"] = [Inn],
        ["MineSaker.Trekk POST"] = [Inn],
        ["MineSaker.Vedlegg GET"] = [Inn],
        ["MineSaker.Brev GET"] = [Inn],
        ["MineSaker.TrekkSamtykke GET"] = [Inn],
        ["MineSaker.TrekkSamtykke POST"] = [Inn],
        ["Soknad.Index GET"] = [Inn],
        ["Soknad.Steg GET"] = [Inn],
        ["Soknad.Steg1 POST"] = [Inn],
        ["Soknad.Steg2 POST"] = [Inn],
        ["Soknad.Steg3 POST"] = [Inn],
        ["Soknad.Steg4 POST"] = [Inn],
        ["Soknad.Steg5 POST"] = [Inn],
        ["Soknad.Oppsummering GET"] = [Inn],
        ["Soknad.Send POST"] = [Inn],
        ["Soknad.Kvittering GET"] = [Inn],
        ["Soknad.Vedlegg GET"] = [Inn],
        ["Soknad.SlettVedlegg POST"] = [Inn],

        // Issue 10, around the mapping: the citizen's preparation, the case's flags, requests to the GP (the permission table decides the rest).
        ["Forberedelse.Forberedelse GET"] = [Inn],
        ["Forberedelse.Forberedelse POST"] = [Inn],
        ["Saksvarsel.Saksvarsler GET"] = Saksarbeid,
        ["Saksvarsel.Saksvarsler POST"] = Saksarbeid,
        // Planer og avtaler (issue 12): every staff role reads them; the permission table decides who may change them.
        ["Plan.IndividuellPlan GET"] = Saksarbeid,
        ["Plan.IndividuellPlan POST"] = Saksarbeid,
        ["Plan.Kriseplan GET"] = Saksarbeid,
        ["Plan.Kriseplan POST"] = Saksarbeid,
        ["Plan.Samarbeidsavtale GET"] = Saksarbeid,
        ["Plan.Samarbeidsavtale POST"] = Saksarbeid,
        ["Innhenting.Innhenting GET"] = Saksarbeid,
        ["Innhenting.Innhenting POST"] = Saksarbeid,
        ["Innhenting.Svar GET"] = Saksarbeid,
        ["Innhenting.Svar POST"] = Saksarbeid,

        // Consents given after the application: staff register one, the citizen gives one for a pårørende (the table decides who and when).
        ["Samtykker.Registrer GET"] = Saksarbeid,
        ["Samtykker.Registrer POST"] = Saksarbeid,
        ["MineSaker.NyttSamtykke GET"] = [Inn],
        ["MineSaker.NyttSamtykke POST"] = [Inn],

        // Phase 2, vedtak: staff read it, the forvaltningsenhet drafts it, a team leader approves it (the table decides the rest).
        ["Vedtak.Vis GET"] = Saksarbeid,
        ["Vedtak.Vis POST"] = Forvaltning,
        ["Vedtak.Ny POST"] = Forvaltning,
        ["Vedtak.Endring GET"] = Forvaltning,
        ["Vedtak.Endring POST"] = Forvaltning,
        ["Vedtak.TaTilbake POST"] = Forvaltning,
        ["Vedtak.Godkjenn POST"] = [Tl],
        ["Vedtak.Underkjenn POST"] = [Tl],
        ["Vedtak.Godkjenning GET"] = [Tl],
        // Klar til utsending (issue 11): team leaders register the approved vedtak letters sent and print them.
        ["Utsending.Index GET"] = [Tl],
        ["Utsending.Index POST"] = [Tl],
        ["Utsending.Sendt GET"] = [Tl],
        ["Utsending.Pdf GET"] = [Tl],
        ["Oppfolging.Index GET"] = Saksarbeid,
        ["Oppfolging.Kontakter GET"] = Saksarbeid,
        ["Oppfolging.Kontakter POST"] = Saksarbeid,
        ["Oppfolging.Planlegg GET"] = Saksarbeid,
        ["Oppfolging.Planlegg POST"] = Saksarbeid,
        ["Oppfolging.Registrer GET"] = Saksarbeid,
        ["Oppfolging.Registrer POST"] = Saksarbeid,
        ["Oppfolging.Besok GET"] = Saksarbeid,
        ["Oppfolging.Dokumenter GET"] = Saksarbeid,
        ["Oppfolging.Dokumenter POST"] = Saksarbeid,
        ["Oppfolging.Rett GET"] = Saksarbeid,
        ["Oppfolging.Rett POST"] = Saksarbeid,
        ["MineBrukere.Index GET"] = [Bo],
        ["MineBrukere.Uke GET"] = [Bo],
        ["Kapasitet.Index GET"] = [Tl],
        ["Kapasitet.Endre GET"] = [Tl],
        ["Kapasitet.Endre POST"] = [Tl],
        ["Vikar.Vikar GET"] = [Bo],
        ["Vikar.Vikar POST"] = [Bo],
        ["Vikar.Oversikt GET"] = [Tl],
        ["Vikar.Gjennomga POST"] = [Tl],
        ["Oversikt.Index GET"] = [Sb, Tl],
        // Handover of a bo-oppfølger's cases: the team leader's (each case then as the assignment allows it).
        ["Overlevering.Index GET"] = [Tl],
        ["Overlevering.Index POST"] = [Tl],

        // Phase 3, samarbeidsmøter: staff on the case read them, the case's bo-oppfølgere and the team leader record them (the table decides).
        ["Mote.Index GET"] = Saksarbeid,
        ["Mote.Ny GET"] = Saksarbeid,
        ["Mote.Ny POST"] = Saksarbeid,
        ["Mote.Vis GET"] = Saksarbeid,
        ["Mote.FullforTiltak POST"] = Saksarbeid,
        ["Mote.Rett GET"] = Saksarbeid,
        ["Mote.Rett POST"] = Saksarbeid,

        // Phase 3, the transition checklist from an institution or prison: staff on the case read it, the case's bo-oppfølgere
        // and the team leader keep it (the table decides).
        ["Overgang.Index GET"] = Saksarbeid,
        ["Overgang.Opprett POST"] = Saksarbeid,
        ["Overgang.Periode POST"] = Saksarbeid,
        ["Overgang.Punkt GET"] = Saksarbeid,
        ["Overgang.Punkt POST"] = Saksarbeid,
        ["Overgang.Gjort POST"] = Saksarbeid,
        ["Overgang.Gjenapne POST"] = Saksarbeid,
        ["Maal.Index GET"] = Saksarbeid,
        ["Maal.Status GET"] = Saksarbeid,
        ["Maal.Status POST"] = Saksarbeid,
        ["Evaluering.Index GET"] = Saksarbeid,
        ["Evaluering.Index POST"] = Saksarbeid,
        ["Medvirkning.Index GET"] = Saksarbeid,
        ["Medvirkning.Index POST"] = Saksarbeid,
        ["Medvirkning.Oppfolging GET"] = Saksarbeid,
        ["Medvirkning.Oppfolging POST"] = Saksarbeid,

        // Phase 4, klage (issue 13): the citizen complains from "Mine saker"; the unit that made the vedtak (saksbehandler and
        // team leader) registers, lists and handles complaints. Which case and which step is the permission table's and the complaint's.
        ["Klage.Skjema GET"] = [Inn],
        ["Klage.Skjema POST"] = [Inn],
        ["Klage.UtkastVedlegg GET"] = [Inn],
        ["Klage.SlettVedlegg POST"] = [Inn],
        ["Klage.Kvittering GET"] = [Inn],
        ["Klage.Trekk GET"] = [Inn],
        ["Klage.Trekk POST"] = [Inn],
        ["Klagebehandling.Index GET"] = Forvaltning,
        ["Klagebehandling.Registrer GET"] = Forvaltning,
        ["Klagebehandling.Registrer POST"] = Forvaltning,
        ["Klagebehandling.Vis GET"] = Forvaltning,
        ["Klagebehandling.Omgjor GET"] = Forvaltning,
        ["Klagebehandling.Omgjor POST"] = Forvaltning,
        ["Klagebehandling.NyttVedtak POST"] = Forvaltning,
        ["Klagebehandling.Trekk POST"] = Forvaltning,
        ["Klagebehandling.Formkrav GET"] = Forvaltning,
        ["Klagebehandling.Formkrav POST"] = Forvaltning,
        ["Klagebehandling.Retting GET"] = Forvaltning,
        ["Klagebehandling.Retting POST"] = Forvaltning,
        ["Klagebehandling.Avvis GET"] = Forvaltning,
        ["Klagebehandling.Avvis POST"] = Forvaltning,
        ["Klagebehandling.Vurdering GET"] = Forvaltning,
        ["Klagebehandling.Vurdering POST"] = Forvaltning,
        ["Klagebehandling.Resultat GET"] = Forvaltning,
        ["Klagebehandling.Resultat POST"] = Forvaltning,
        ["Klagebehandling.ForelopigSvar GET"] = Forvaltning,
        ["Klagebehandling.ForelopigSvar POST"] = Forvaltning,
    };

    private List<ControllerActionDescriptor> Handlinger() =>
        app.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<ControllerActionDescriptor>()
            .Where(a => a.ControllerTypeInfo.Assembly == typeof(Program).Assembly)
            .ToList();

    internal static string Nokkel(ControllerActionDescriptor a)
    {
        var metoder = a.ActionConstraints?.OfType<Microsoft.AspNetCore.Mvc.ActionConstraints.HttpMethodActionConstraint>()
            .SelectMany(c => c.HttpMethods).ToList() ?? [];
        return $"{a.ControllerName}.{a.ActionName} {(metoder.Count == 0 ? "*" : string.Join(',', metoder))}";
    }

    [Fact]
    public void Hver_handling_er_enten_eksplisitt_offentlig_eller_dekket_av_en_policy()
    {
        var udekket = Handlinger().Where(a =>
        {
            var metadata = a.EndpointMetadata;
            var offentlig = metadata.OfType<IAllowAnonymous>().Any();
            var policy = metadata.OfType<IAuthorizeData>().Any(d => !string.IsNullOrEmpty(d.Policy));
            return !offentlig && !policy;
        }).Select(Nokkel).ToList();

        Assert.Empty(udekket);
    }

    [Fact]
    public void Hver_handling_har_en_rad_i_matrisen()
    {
        var handlinger = Handlinger().Select(Nokkel).ToHashSet();
        Assert.Empty(handlinger.Except(Matrise.Keys));
        Assert.Empty(Matrise.Keys.Except(handlinger));
    }

    public static TheoryData<string> Hvem => new(Alle);

    [Theory]
    [MemberData(nameof(Hvem))]
    public async Task Hver_handling_gir_riktig_svar_for_hver_rolle(string hvem)
    {
        var klient = await app.KlientForAsync(hvem);
        var avvik = new List<string>();
        foreach (var handling in Handlinger())
        {
            var nokkel = Nokkel(handling);
            // Every id in a route (sakId, vedtakId, brevId…) gets a fresh guid, so a new route parameter needs no line here.
            var url = "/" + System.Text.RegularExpressions.Regex.Replace(
                    handling.AttributeRouteInfo?.Template ?? "", @"\{[A-Za-z]+:guid\}", _ => Guid.NewGuid().ToString())
                .Replace("{kode:int}", "404", StringComparison.Ordinal)
                .Replace("{nr:int}", "1", StringComparison.Ordinal)
                .Replace("{steg:int}", "1", StringComparison.Ordinal)
                .TrimStart('/');
            var metode = nokkel.EndsWith(" POST", StringComparison.Ordinal) ? HttpMethod.Post : HttpMethod.Get;
            using var svar = await klient.SendAsync(new HttpRequestMessage(metode, url)
            {
                Content = metode == HttpMethod.Post ? new FormUrlEncodedContent([]) : null,
            }, TestContext.Current.CancellationToken);

            var tillatt = Matrise[nokkel].Contains(hvem);
            var tilInnlogging = svar.StatusCode == HttpStatusCode.Redirect
                && svar.Headers.Location?.OriginalString.Contains("/konto/logg-inn", StringComparison.Ordinal) == true
                && svar.Headers.Location.OriginalString.Contains("ReturnUrl", StringComparison.Ordinal);
            var utfall = (int)svar.StatusCode >= 500 ? "500"
                : svar.StatusCode == HttpStatusCode.Forbidden ? "403"
                : tilInnlogging ? "innlogging"
                : "slapp inn";
            var forventet = tillatt ? "slapp inn" : hvem == Anonym ? "innlogging" : "403";
            if (utfall != forventet)
            {
                avvik.Add($"{nokkel} {url}: forventet {forventet}, fikk {utfall} ({(int)svar.StatusCode})");
            }
        }

        Assert.Empty(avvik);
    }
}
