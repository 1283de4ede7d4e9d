using System.Net;
using BoOppfolging.Domain;
using BoOppfolging.Web.Tests.Infrastruktur;

namespace BoOppfolging.Web.Tests;

/// <summary>No personal data in the application log: not the fødselsnummer, the name or the e-mail a user typed.</summary>
public sealed class LoggTests(BoOppfolgingApp app) : IClassFixture<BoOppfolgingApp>
{
    [Fact]
    public async Task Registrering_med_fodselsnummer_etterlater_ingen_spor_av_det_i_loggen()
    {
        var fnr = Fodselsnummer.LagSyntetisk(new DateOnly(1990, 4, 21), 321);
        var klient = app.NyKlient();

        // Once rejected (password mismatch: the form comes back) and once accepted, with the number in the URL too.
        using var avvist = await klient.PostSkjemaAsync("/konto/registrer", new()
        {
            ["Fornavn"] = "Loggfri", ["Etternavn"] = "Testperson", ["Fodselsnummer"] = fnr,
            ["Epost"] = "loggfri.testperson@demo.no", ["Passord"] = "Hemmelig-passord-1", ["BekreftPassord"] = "annet",
        });
        Assert.Equal(HttpStatusCode.OK, avvist.StatusCode);
        using var godtatt = await klient.PostSkjemaAsync("/konto/registrer", new()
        {
            ["Fornavn"] = "Loggfri", ["Etternavn"] = "Testperson", ["Fodselsnummer"] = fnr,
            ["Epost"] = "loggfri.testperson@demo.no", ["Passord"] = "Hemmelig-passord-1", ["BekreftPassord"] = "Hemmelig-passord-1",
        });
        Assert.Equal(HttpStatusCode.Redirect, godtatt.StatusCode);
        using var siste = await klient.GetAsync($"/mine-saker?sok={fnr}", TestContext.Current.CancellationToken);
        var sisteId = Assert.Single(siste.Headers.GetValues("X-Correlation-Id"));
        await app.Logg.VentPaaAsync(e => e.MessageTemplate.Text.StartsWith("HTTP", StringComparison.Ordinal) && MedId(e, sisteId));

        var logg = app.Logg.AltSomTekst();
        Assert.Contains("/konto/registrer", logg, StringComparison.Ordinal); // the log was captured
        Assert.DoesNotContain(fnr, logg, StringComparison.Ordinal);
        Assert.DoesNotContain(fnr[..6] + " " + fnr[6..], logg, StringComparison.Ordinal);
        Assert.DoesNotContain("Loggfri", logg, StringComparison.Ordinal);
        Assert.DoesNotContain("Testperson", logg, StringComparison.Ordinal);
        Assert.DoesNotContain("loggfri.testperson", logg, StringComparison.Ordinal);
        Assert.DoesNotContain("Hemmelig-passord-1", logg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hver_logglinje_fra_en_foresporsel_har_korrelasjons_id()
    {
        using var svar = await app.NyKlient().GetAsync("/", TestContext.Current.CancellationToken);
        var id = Assert.Single(svar.Headers.GetValues("X-Correlation-Id"));

        var alle = await app.Logg.VentPaaAsync(e => e.MessageTemplate.Text.StartsWith("HTTP", StringComparison.Ordinal) && MedId(e, id));
        var linjer = alle.Where(e => e.Properties.TryGetValue("KorrelasjonsId", out var v) && v.ToString().Trim('"') == id).ToList();

        Assert.NotEmpty(linjer);
        Assert.Contains(linjer, e => e.MessageTemplate.Text.StartsWith("HTTP", StringComparison.Ordinal));
    }

    private static bool MedId(Serilog.Events.LogEvent e, string id) =>
        e.Properties.TryGetValue("KorrelasjonsId", out var v) && v.ToString().Trim('"') == id;
}
