using System.Diagnostics;
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

    /// <summary>
    /// Each request is sent with its own W3C trace id (`traceparent`), which ASP.NET Core makes the
    /// request's Activity and Serilog records on every event written while serving it. So the lines
    /// of a request are found without looking at the correlation id at all, and a line written
    /// outside the correlation scope (or with another id) is caught.
    /// </summary>
    [Fact]
    public async Task Hver_logglinje_fra_en_foresporsel_har_korrelasjons_id()
    {
        var ct = TestContext.Current.CancellationToken;
        var klient = app.NyKlient();
        var foresporsler = new List<(ActivityTraceId Spor, string Id, string Sti)>();

        async Task<HttpResponseMessage> SendAsync(HttpMethod metode, string sti, Dictionary<string, string>? skjema = null)
        {
            var spor = ActivityTraceId.CreateRandom();
            var id = "loggtest-" + Guid.NewGuid().ToString("N");
            using var melding = new HttpRequestMessage(metode, sti);
            if (skjema is not null) melding.Content = new FormUrlEncodedContent(skjema);
            melding.Headers.Add("traceparent", $"00-{spor.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
            melding.Headers.Add("X-Correlation-Id", id);
            foresporsler.Add((spor, id, sti));
            var svar = await klient.SendAsync(melding, ct);
            Assert.Equal(id, Assert.Single(svar.Headers.GetValues("X-Correlation-Id")));
            return svar;
        }

        // A page, a registration (the service writes its own line), a page behind log-in and a 404
        // re-executed to the error page.
        (await SendAsync(HttpMethod.Get, "/")).Dispose();
        using var skjemaside = await SendAsync(HttpMethod.Get, "/konto/registrer");
        var token = HttpKlientUtvidelser.AntiforgeryTokenI(await skjemaside.Content.ReadAsStringAsync(ct), "/konto/registrer");
        using var registrert = await SendAsync(HttpMethod.Post, "/konto/registrer", new()
        {
            ["Fornavn"] = "Spor", ["Etternavn"] = "Sporesen", ["Fodselsnummer"] = Fodselsnummer.LagSyntetisk(new DateOnly(1991, 5, 6), 456),
            ["Epost"] = "spor.sporesen@demo.no", ["Passord"] = "Hemmelig-passord-1", ["BekreftPassord"] = "Hemmelig-passord-1",
            ["__RequestVerificationToken"] = token,
        });
        Assert.Equal(HttpStatusCode.Redirect, registrert.StatusCode);
        (await SendAsync(HttpMethod.Get, "/mine-saker")).Dispose();
        using var ukjent = await SendAsync(HttpMethod.Get, "/finnes-ikke");
        Assert.Equal(HttpStatusCode.NotFound, ukjent.StatusCode);

        // The request line is written last, after the response has gone.
        foreach (var (spor, _, _) in foresporsler)
        {
            await app.Logg.VentPaaAsync(e => e.TraceId == spor && ErForesporselslinje(e));
        }

        var alle = app.Logg.Hendelser.ToList();

        foreach (var (spor, id, sti) in foresporsler)
        {
            var linjer = alle.Where(e => e.TraceId == spor).ToList();
            Assert.Contains(linjer, ErForesporselslinje);
            Assert.All(linjer, e => Assert.True(MedId(e, id),
                $"Logglinjen «{e.MessageTemplate.Text}» fra {sti} mangler korrelasjons-id {id}"));
        }

        // Not only the request lines: the registration's own line was among those checked.
        Assert.Contains(alle, e => e.TraceId == foresporsler[2].Spor && e.MessageTemplate.Text.StartsWith("Innbyggerkonto", StringComparison.Ordinal));
    }

    private static bool ErForesporselslinje(Serilog.Events.LogEvent e) =>
        e.MessageTemplate.Text.StartsWith("HTTP", StringComparison.Ordinal);

    private static bool MedId(Serilog.Events.LogEvent e, string id) =>
        e.Properties.TryGetValue("KorrelasjonsId", out var v) && v.ToString().Trim('"') == id;
}
