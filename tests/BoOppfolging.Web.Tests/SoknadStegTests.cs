using System.Net;
using BoOppfolging.Web.Tests.Infrastruktur;

namespace BoOppfolging.Web.Tests;

/// <summary>The application's steps as posted by a browser, including what a keyboard user's Enter key sends.</summary>
public sealed class SoknadStegTests(BoOppfolgingApp app) : IClassFixture<BoOppfolgingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(4, "Fastlege", "Fullmakten er lastet opp.", "Lagre og gå videre")]
    [InlineData(5, "BekreftetRiktig", "Filen er lastet opp.", "Lagre og se over søknaden")]
    public async Task Enter_i_et_tekstfelt_velger_opplastingsknappen_og_sier_at_ingen_fil_er_valgt_uten_aa_paasta_opplasting(
        int steg, string felt, string ikkeMelding, string lagreknapp)
    {
        var klient = await app.LoggInnAsync("ola.nordmann@demo.no");

        // Enter in a text field submits with the form's first button, "Last opp ...", and no file.
        using var svar = await klient.PostSkjemaAsync($"/soknad/steg/{steg}",
            new() { ["Handling"] = "lastopp", [felt] = steg == 4 ? "Dr. Åse <b>Lie</b>" : "true" }, "/soknad/steg/1");

        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        var html = await svar.Content.ReadAsStringAsync(Ct);
        Assert.Contains($"Du har ikke valgt noen fil. Velg filen først, eller trykk «{lagreknapp}» for å lagre siden uten fil.", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain(ikkeMelding, html, StringComparison.Ordinal);
        if (steg == 4)
        {
            // What was typed is kept, and shown as text.
            Assert.Contains("&lt;b&gt;Lie&lt;/b&gt;", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<b>Lie</b>", html, StringComparison.Ordinal);
        }
    }
}
