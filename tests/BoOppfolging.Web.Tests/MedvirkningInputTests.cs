using System.Net;
using BoOppfolging.Application.Brev;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Saksbygging;
using BoOppfolging.Web.Tests.Infrastruktur;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoOppfolging.Web.Tests;

/// <summary>
/// The warning form and the follow-up form of the non-participation path posted with empty, too long, wrong-type, script and
/// SQL-looking values: the page again with messages by the fields (or 400), never a 500, nothing saved; a rejected warning keeps
/// what was typed; a bo-oppfølger not on the case gets 404.
/// </summary>
public sealed class MedvirkningInputTests(BoOppfolgingApp app) : IClassFixture<BoOppfolgingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly Idag => Norsktid.Dato(DateTimeOffset.UtcNow);

    public static TheoryData<string> Verdier => new(
        "", "   ", "<script>alert(1)</script>", "' OR 1=1; DROP TABLE Medvirkningsvarsler; --", new string('å', 5000), "abc", "-1", "99",
        "9999-99-99", "31.02.2026", "00000000-0000-0000-0000-000000000000", "true,false", "IkkeBedret", "2000-01-01");

    private static readonly string[] Felt = ["Versjon", "HvaSkjedde", "Frist", "Dato", "Utfall", "Notat"];

    private static readonly int[] UteblittDagerSiden = [12, 8, 2];

    /// <summary>A case in follow-up with three missed visits; with <paramref name="sendt"/>, a warning whose letter is sent.</summary>
    private async Task<Guid> SakAsync(bool sendt = false)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sak = await ActivatorUtilities.CreateInstance<Saksoppretter>(scope.ServiceProvider).OpprettAsync(new Saksbestilling
        {
            Status = Saksstatus.IOppfolging, Saksbehandler = "saksbehandler@demo.no", Godkjenner = "teamleder@demo.no",
            Steg = b =>
            {
                foreach (var dager in UteblittDagerSiden) b.RegistrerBesok(Saksbygger.IkkeGjennomfort(Idag.AddDays(-dager), Besoksutfall.IkkeTruffet));
                if (!sendt) return b;
                var hode = new Brevhode(
                    new Brevavsender("Testkommune", "Bo-oppfølging", "Rådhuset", "22 00 00 00", "post@test.no"), new Brevmottaker("Test", []),
                    Idag, b.Sak.Referanse, "Saksbehandler", Brevhode.Saksbehandler);
                return b.VarsleManglendeMedvirkning(hode).RegistrerMedvirkningsbrevSendt("testnokkel", new string('0', 64), 1000);
            },
        }, Ct);
        return sak.Id;
    }

    private Task<List<Medvirkningsvarsel>> VarslerAsync(Guid sakId) =>
        app.MedDbAsync(db => db.Set<Medvirkningsvarsel>().AsNoTracking().Where(v => v.SakId == sakId).ToListAsync(Ct));

    [Theory]
    [MemberData(nameof(Verdier))]
    public async Task Varselskjemaet_og_oppfolgingsskjemaet_gir_aldri_500_og_lagrer_ingenting(string verdi)
    {
        var klient = await app.LoggInnAsync("teamleder@demo.no");
        var sakId = await SakAsync();
        await PostAlleFeltAsync(klient, $"/saker/{sakId}/oppfolging/medvirkning", verdi);
        Assert.Empty(await VarslerAsync(sakId));

        var sendtSak = await SakAsync(sendt: true);
        var varsel = Assert.Single(await VarslerAsync(sendtSak));
        await PostAlleFeltAsync(klient, $"/saker/{sendtSak}/oppfolging/medvirkning/{varsel.Id}/oppfolging", verdi);
        Assert.Null(Assert.Single(await VarslerAsync(sendtSak)).Utfall);
        using var ukjent = await klient.GetAsync($"/saker/{sendtSak}/oppfolging/medvirkning/{Guid.CreateVersion7()}/oppfolging", Ct);
        Assert.Equal(HttpStatusCode.NotFound, ukjent.StatusCode);
    }

    /// <summary>Every field of both forms set to <paramref name="verdi"/>: the page with messages or 400, never a 500, no script echoed.</summary>
    private static async Task PostAlleFeltAsync(HttpClient klient, string sti, string verdi)
    {
        using var svar = await klient.PostSkjemaAsync(sti, Felt.ToDictionary(f => f, _ => verdi), sti);
        Assert.True(svar.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{sti} svarte {(int)svar.StatusCode}");
        var html = await svar.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        if (svar.StatusCode == HttpStatusCode.OK) Assert.Contains("For å gå videre må du rette opp dette", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Etter_fristen_viser_oppfolgingssiden_varselet_med_datoene_og_lenken_til_oppfolgingen()
    {
        // The case made 20 days ago: missed visits before that, the warning sent then, its deadline six days ago.
        await using var scope = app.Services.CreateAsyncScope();
        var sak = await ActivatorUtilities.CreateInstance<Saksoppretter>(scope.ServiceProvider).OpprettAsync(new Saksbestilling
        {
            Status = Saksstatus.IOppfolging, Saksbehandler = "saksbehandler@demo.no", Godkjenner = "teamleder@demo.no", Alder = TimeSpan.FromDays(20),
            Steg = b =>
            {
                var dag = Norsktid.Dato(b.Tid);
                var hode = new Brevhode(
                    new Brevavsender("Testkommune", "Bo-oppfølging", "Rådhuset", "22 00 00 00", "post@test.no"), new Brevmottaker("Test", []),
                    dag, b.Sak.Referanse, "Saksbehandler", Brevhode.Saksbehandler);
                return b.RegistrerBesok(Saksbygger.IkkeGjennomfort(dag.AddDays(-3), Besoksutfall.IkkeTruffet))
                    .VarsleManglendeMedvirkning(hode)
                    .RegistrerMedvirkningsbrevSendt("testnokkel", new string('0', 64), 1000);
            },
        }, Ct);
        var varsel = Assert.Single(await VarslerAsync(sak.Id));
        Assert.True(varsel.Frist < Idag);

        var klient = await app.LoggInnAsync("teamleder@demo.no");
        var html = WebUtility.HtmlDecode(await klient.GetStringAsync($"/saker/{sak.Id}/oppfolging", Ct));
        Assert.Contains($"Varsel sendt {varsel.Sendt:dd.MM.yyyy}, frist {varsel.Frist:dd.MM.yyyy}</strong> – <a class=\"ds-link\" href=\"/saker/{sak.Id}/oppfolging/medvirkning\">følg opp</a>", html, StringComparison.Ordinal);
        var side = WebUtility.HtmlDecode(await klient.GetStringAsync($"/saker/{sak.Id}/oppfolging/medvirkning", Ct));
        Assert.Contains("Fristen er ute.", side, StringComparison.Ordinal);
        Assert.Contains($"href=\"/saker/{sak.Id}/oppfolging/medvirkning/{varsel.Id}/oppfolging\"", side, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Foer_fristen_viser_oppfolgingssiden_varselet_og_tilbyr_ikke_et_nytt()
    {
        var klient = await app.LoggInnAsync("teamleder@demo.no");
        var uten = WebUtility.HtmlDecode(await klient.GetStringAsync($"/saker/{await SakAsync()}/oppfolging", Ct));
        Assert.Contains("Send varsel om manglende medvirkning", uten, StringComparison.Ordinal);

        var sakId = await SakAsync(sendt: true);
        var varsel = Assert.Single(await VarslerAsync(sakId));
        var html = WebUtility.HtmlDecode(await klient.GetStringAsync($"/saker/{sakId}/oppfolging", Ct));
        Assert.Contains($"Varsel om manglende medvirkning sendt {varsel.Sendt:dd.MM.yyyy}, frist {varsel.Frist:dd.MM.yyyy}.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Send varsel om manglende medvirkning", html, StringComparison.Ordinal);
        Assert.DoesNotContain("– <a class=\"ds-link\" href=\"/saker/" + sakId + "/oppfolging/medvirkning\">følg opp</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Et_avvist_varsel_beholder_teksten_og_viser_feilen_ved_fristen()
    {
        var sakId = await SakAsync();
        var klient = await app.LoggInnAsync("saksbehandler@demo.no");
        var sti = $"/saker/{sakId}/oppfolging/medvirkning";
        var side = WebUtility.HtmlDecode(await klient.GetStringAsync(sti, Ct));
        Assert.Contains($"{Idag.AddDays(-12):dd.MM.yyyy}: Vi traff deg ikke på avtalt tid (hjemmebesøk).", side, StringComparison.Ordinal);
        var versjon = System.Text.RegularExpressions.Regex.Match(side, "name=\"Versjon\" value=\"([^\"]+)\"").Groups[1].Value;

        using (var svar = await klient.PostSkjemaAsync(sti, new() { ["Versjon"] = versjon, ["HvaSkjedde"] = "Min egen tekst om besøkene.", ["Frist"] = Idag.ToString("yyyy-MM-dd") }, sti))
        {
            Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
            var html = WebUtility.HtmlDecode(await svar.Content.ReadAsStringAsync(Ct));
            Assert.Contains("id=\"Frist-feil\">Fristen må være fram i tid.", html, StringComparison.Ordinal);
            Assert.Contains("Min egen tekst om besøkene.", html, StringComparison.Ordinal);
        }

        Assert.Empty(await VarslerAsync(sakId));

        // A bo-oppfølger who is not on the case does not find the page.
        var annen = await app.LoggInnAsync("bo-oppfolger2@demo.no");
        using var ikke = await annen.GetAsync(sti, Ct);
        Assert.Equal(HttpStatusCode.NotFound, ikke.StatusCode);
    }
}
