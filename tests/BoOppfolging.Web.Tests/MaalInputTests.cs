using System.Net;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Saksbygging;
using BoOppfolging.Web.Tests.Infrastruktur;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoOppfolging.Web.Tests;

/// <summary>
/// The goal status form posted with empty, too long, wrong-type, script and SQL-looking values: the page again with messages by
/// the fields (or 400), never a 500, nothing saved; a stopped goal without a reason keeps what was chosen; and the citizen's view
/// in "Mine saker" with the progress notes but not the visit's own note or the reason.
/// </summary>
public sealed class MaalInputTests(BoOppfolgingApp app) : IClassFixture<BoOppfolgingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly Idag => Norsktid.Dato(DateTimeOffset.UtcNow);

    public static TheoryData<string> Verdier => new(
        "", "   ", "<script>alert(1)</script>", "' OR 1=1; DROP TABLE Maalstatuser; --", new string('å', 5000), "abc", "-1", "99",
        "00000000-0000-0000-0000-000000000000", "true,false", "Avbrutt", "Pagar");

    private static readonly string[] Felt = ["Versjon", "Status", "Arsak"];

    /// <summary>A case in follow-up with the mapping's goals, a visit with a progress note on the first, then <paramref name="steg"/>.</summary>
    private async Task<(Guid SakId, Guid MaalId)> SakAsync(string? innbygger = null, Func<Saksbygger, Guid, Saksbygger>? steg = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sak = await ActivatorUtilities.CreateInstance<Saksoppretter>(scope.ServiceProvider).OpprettAsync(new Saksbestilling
        {
            Status = Saksstatus.IOppfolging, Innbygger = innbygger, Saksbehandler = "saksbehandler@demo.no", Godkjenner = "teamleder@demo.no",
            Steg = b =>
            {
                var maalId = b.Kartlegging!.Maal[0].Id;
                b.RegistrerBesok(new Besoksinnhold(
                    Idag.AddDays(-1), null, null, 60, Besokstype.Hjemmebesok, Besoksutfall.Gjennomfort, null, [],
                    [new Maalnotat(maalId, "Betalte husleien selv denne måneden.")], "Internt notat om besøket"));
                return steg is null ? b : steg(b, maalId);
            },
        }, Ct);
        var maal = await app.MedDbAsync(db => db.Set<Domain.Kartlegging>().AsNoTracking().Where(k => k.SakId == sak.Id).Select(k => k.Maal).SingleAsync(Ct));
        return (sak.Id, maal[0].Id);
    }

    private Task<Maalstatus?> StatusAsync(Guid sakId) =>
        app.MedDbAsync(db => db.Set<Maalstatus>().AsNoTracking().SingleOrDefaultAsync(m => m.SakId == sakId, Ct));

    [Theory]
    [MemberData(nameof(Verdier))]
    public async Task Statusskjemaet_gir_aldri_500(string verdi)
    {
        var (sakId, maalId) = await SakAsync();
        var klient = await app.LoggInnAsync("bo-oppfolger@demo.no");
        var sti = $"/saker/{sakId}/oppfolging/maal/{maalId}";
        using var svar = await klient.PostSkjemaAsync(sti, Felt.ToDictionary(f => f, _ => verdi), sti);
        Assert.True(svar.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{sti} svarte {(int)svar.StatusCode}");
        var html = await svar.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Null(await StatusAsync(sakId));
        if (svar.StatusCode == HttpStatusCode.OK) Assert.Contains("For å gå videre må du rette opp dette", html, StringComparison.Ordinal);

        // An id that is not one of the case's goals is not found, posted or read.
        using var ukjent = await klient.GetAsync($"/saker/{sakId}/oppfolging/maal/{Guid.CreateVersion7()}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, ukjent.StatusCode);
    }

    [Fact]
    public async Task Avbrutt_uten_begrunnelse_gir_melding_ved_feltet_og_valget_beholdes()
    {
        var (sakId, maalId) = await SakAsync();
        var klient = await app.LoggInnAsync("bo-oppfolger@demo.no");
        var sti = $"/saker/{sakId}/oppfolging/maal/{maalId}";
        using (var svar = await klient.PostSkjemaAsync(sti, new() { ["Versjon"] = Guid.Empty.ToString(), ["Status"] = "Avbrutt", ["Arsak"] = "" }, sti))
        {
            Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
            var html = WebUtility.HtmlDecode(await svar.Content.ReadAsStringAsync(Ct));
            Assert.Contains("id=\"Arsak-feil\">Skriv kort hvorfor målet er avbrutt.", html, StringComparison.Ordinal);
            Assert.Matches("value=\"Avbrutt\"[^>]*checked", html);
        }

        Assert.Null(await StatusAsync(sakId));
        using (var svar = await klient.PostSkjemaAsync(sti, new() { ["Versjon"] = Guid.Empty.ToString(), ["Status"] = "Avbrutt", ["Arsak"] = "Ønsker å vente." }, sti))
        {
            Assert.Equal(HttpStatusCode.Redirect, svar.StatusCode);
        }

        Assert.Equal(Maalstatusverdi.Avbrutt, (await StatusAsync(sakId))!.Status);
        var side = WebUtility.HtmlDecode(await klient.GetStringAsync($"/saker/{sakId}/oppfolging/maal", Ct));
        Assert.Contains("Ønsker å vente.", side, StringComparison.Ordinal);
        Assert.Contains("Betalte husleien selv denne måneden.", side, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Innbyggeren_ser_maal_status_og_fremdrift_men_ikke_interne_notater()
    {
        var (sakId, _) = await SakAsync("ola.nordmann@demo.no", (b, maalId) => b.SettMaalstatus(maalId, Maalstatusverdi.Avbrutt, "Intern begrunnelse"));
        var klient = await app.LoggInnAsync("ola.nordmann@demo.no");
        using var svar = await klient.GetAsync($"/mine-saker/{sakId}", Ct);
        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        var html = WebUtility.HtmlDecode(await svar.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Målene dine og fremdriften", html, StringComparison.Ordinal);
        Assert.Contains("Dere har sluttet å arbeide med dette målet.", html, StringComparison.Ordinal);
        Assert.Contains($"{Idag.AddDays(-1):dd.MM.yyyy}: <span class=\"fritekst\">Betalte husleien selv denne måneden.</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Internt notat om besøket", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Intern begrunnelse", html, StringComparison.Ordinal);
    }
}
