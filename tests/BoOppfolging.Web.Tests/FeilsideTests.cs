using System.Net;
using BoOppfolging.Web.Tests.Infrastruktur;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace BoOppfolging.Web.Tests;

public sealed class FeilsideTests(FeilsideTests.App app) : IClassFixture<FeilsideTests.App>
{
    /// <summary>The app with one extra action that fails, to see what a user sees on a 500.</summary>
    public sealed class App : BoOppfolgingApp
    {
        protected override string Miljo => "Staging";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.AddControllersWithViews().AddApplicationPart(typeof(KastController).Assembly));
        }
    }

    [Fact]
    public async Task Serverfeil_viser_norsk_side_med_korrelasjons_id_og_ingen_stakksporing()
    {
        using var svar = await app.NyKlient("https://localhost").GetAsync("/test/kast", TestContext.Current.CancellationToken);
        var html = await svar.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var id = Assert.Single(svar.Headers.GetValues("X-Correlation-Id"));

        Assert.Equal(HttpStatusCode.InternalServerError, svar.StatusCode);
        Assert.Contains("Beklager, noe gikk galt hos oss", html, StringComparison.Ordinal);
        Assert.Contains(id, html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
        Assert.DoesNotContain("KastController", html, StringComparison.Ordinal);
        var logg = await app.Logg.VentPaaAsync(e => e.Exception is InvalidOperationException);
        Assert.Contains(logg, e => e.Exception is InvalidOperationException
            && e.Properties["KorrelasjonsId"].ToString().Trim('"') == id);
    }

    [Fact]
    public async Task Samtidig_endring_gir_409_med_forklaring_ikke_500()
    {
        using var svar = await app.NyKlient("https://localhost").GetAsync("/test/samtidig", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Conflict, svar.StatusCode);
        Assert.Contains("Noen andre har endret dette mens du arbeidet",
            await svar.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Utenfor_utvikling_sendes_hsts()
    {
        using var svar = await app.NyKlient("https://booppfolging.kommune.test").GetAsync("/", TestContext.Current.CancellationToken);

        Assert.True(svar.Headers.Contains("Strict-Transport-Security"));
    }
}

[AllowAnonymous]
public sealed class KastController : Controller
{
    [HttpGet("/test/kast")]
    public IActionResult Kast() => HttpContext is null ? Ok() : throw new InvalidOperationException("Testfeil");

    [HttpGet("/test/samtidig")]
    public IActionResult Samtidig() =>
        HttpContext is null ? Ok() : throw new Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException("Testkonflikt");
}
