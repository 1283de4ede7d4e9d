using System.Net;
using BoOppfolging.Application.Common;
using BoOppfolging.Domain;
using BoOppfolging.Web.Tests.Infrastruktur;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Moq;

namespace BoOppfolging.Web.Tests;

/// <summary>
/// The boundaries we do not own fail: the e-mail sender and the document store throw. The user gets
/// a Norwegian answer, never a 500, and nothing is left half done.
/// </summary>
public sealed class GrensefeilTests(GrensefeilTests.App app) : IClassFixture<GrensefeilTests.App>
{
    /// <summary>The app with an e-mail sender and a document store that always throw.</summary>
    public sealed class App : BoOppfolgingApp
    {
        public Mock<IEpostSender> Epost { get; } = new(MockBehavior.Strict);
        public Mock<IDokumentlager> Dokumentlager { get; } = new(MockBehavior.Strict);

        /// <summary>The demo's letters must go through the mocked store at start, so this app seeds its own.</summary>
        protected override bool FraStartdatabase => false;

        public App()
        {
            // The exception names the address, as an SMTP server's answer can: it must not reach the log.
            Epost.Setup(e => e.SendAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
                .Returns((string mottaker, string _, string _, CancellationToken _) =>
                    Task.FromException(new IOException($"550 Mailbox {mottaker} unavailable")));
            // The demo's sent letters are stored while the app starts; from then on the store is full.
            Dokumentlager.Setup(d => d.LagreAsync(It.IsAny<Stream>(), It.IsAny<CancellationToken>()))
                .Returns(() => _startet
                    ? Task.FromException<string>(new IOException("No space left on device"))
                    : Task.FromResult("demo-" + Guid.NewGuid().ToString("N")));
        }

        private volatile bool _startet;

        protected override IHost CreateHost(IHostBuilder builder)
        {
            var host = base.CreateHost(builder);
            _startet = true;
            return host;
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton(Epost.Object);
                services.AddSingleton(Dokumentlager.Object);
            });
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ny_ansattkonto_blir_opprettet_og_administratoren_faar_vite_at_eposten_ikke_gikk()
    {
        const string epost = "eva.epostlos@kommune.no";
        var admin = await app.LoggInnAsync("admin@demo.no");

        using var svar = await admin.PostSkjemaAsync("/admin/brukere/ny", new()
        {
            ["Fornavn"] = "Eva", ["Etternavn"] = "Epostløs", ["Epost"] = epost, ["Roller"] = Roller.Saksbehandler,
        });

        // The account is whole: it exists with its role, and the administrator lands on its page.
        Assert.Equal(HttpStatusCode.Redirect, svar.StatusCode);
        var (brukerId, roller) = await app.MedDbAsync(async db =>
        {
            var id = await db.Users.Where(u => u.Email == epost).Select(u => u.Id).SingleAsync(Ct);
            return (id, await db.UserRoles.Where(r => r.UserId == id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync(Ct));
        });
        Assert.Equal([Roller.Saksbehandler], roller);
        Assert.Equal($"/admin/brukere/{brukerId}", svar.Headers.Location!.OriginalString);
        app.Epost.Verify(e => e.SendAsync(epost, It.IsAny<string>(), It.Is<string>(t => t.Contains("/konto/nytt-passord", StringComparison.Ordinal)), It.IsAny<CancellationToken>()), Times.Once);

        var side = await admin.GetStringAsync(svar.Headers.Location, Ct);
        Assert.Contains("men e-posten med lenke for å velge passord kunne ikke sendes", WebUtility.HtmlDecode(side), StringComparison.Ordinal);
        Assert.DoesNotContain("Den ansatte har fått en e-post", WebUtility.HtmlDecode(side), StringComparison.Ordinal);

        // Logged with the account id, never the address.
        await app.Logg.VentPaaAsync(e => e.MessageTemplate.Text.StartsWith("E-post med passordlenke", StringComparison.Ordinal));
        Assert.Contains(app.Logg.Hendelser, e => e.MessageTemplate.Text.StartsWith("E-post med passordlenke", StringComparison.Ordinal)
            && e.Properties["BrukerId"].ToString() == brukerId.ToString());
        Assert.DoesNotContain("eva.epostlos", app.Logg.AltSomTekst(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Glemt_passord_svarer_det_samme_naar_eposten_feiler_og_avslorer_ingen_konto()
    {
        var klient = app.NyKlient();

        using var kjent = await klient.PostSkjemaAsync("/konto/glemt-passord", new() { ["Epost"] = "vurderingsteam@demo.no" });
        using var ukjent = await klient.PostSkjemaAsync("/konto/glemt-passord", new() { ["Epost"] = "finnes.ikke@demo.no" });

        Assert.Equal(HttpStatusCode.Redirect, kjent.StatusCode);
        Assert.Equal("/konto/glemt-passord/sendt", kjent.Headers.Location!.OriginalString);
        Assert.Equal(ukjent.StatusCode, kjent.StatusCode);
        Assert.Equal(ukjent.Headers.Location, kjent.Headers.Location);
        // The sender was really tried (and failed) for the known account only.
        app.Epost.Verify(e => e.SendAsync("vurderingsteam@demo.no", It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once);
        app.Epost.Verify(e => e.SendAsync("finnes.ikke@demo.no", It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.DoesNotContain("vurderingsteam@demo.no", app.Logg.AltSomTekst(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brev_som_ikke_kan_lagres_i_dokumentlageret_forblir_utkast_og_saken_er_uendret()
    {
        var sb = await app.MedDbAsync(db => db.Users.Where(u => u.Email == "saksbehandler@demo.no").Select(u => u.Id).SingleAsync(Ct));
        var sakId = await app.MedDbAsync(db => db.Saker
            .Where(s => s.SaksbehandlerId == sb && s.Status == Saksstatus.Mottakskontroll && s.ForelopigSvarSendt == null)
            .OrderBy(s => s.Referanse).Select(s => s.Id).FirstAsync(Ct));
        var klient = await app.LoggInnAsync("saksbehandler@demo.no");

        // A foreløpig svar as a draft: sending it would move the case's deadline.
        var brevside = await Testbrev.LagForelopigSvarAsync(klient, sakId, Ct);
        var brevId = Testbrev.BrevId(brevside);
        var for_ = await app.MedDbAsync(db => db.Saker.AsNoTracking().SingleAsync(s => s.Id == sakId, Ct));
        var hendelserFor = await app.MedDbAsync(db => db.Hendelser.CountAsync(h => h.SakId == sakId, Ct));

        var lagringerFor = app.Dokumentlager.Invocations.Count(i => i.Method.Name == nameof(IDokumentlager.LagreAsync));
        using var svar = await Testbrev.RegistrerSendtAsync(klient, brevside, Ct);

        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        Assert.Contains(BrevFeil.IkkeArkivert.Melding, WebUtility.HtmlDecode(await svar.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal(lagringerFor + 1, app.Dokumentlager.Invocations.Count(i => i.Method.Name == nameof(IDokumentlager.LagreAsync)));

        var brev = await app.MedDbAsync(db => db.Brev.AsNoTracking().SingleAsync(b => b.Id == brevId, Ct));
        Assert.Equal(Brevstatus.Utkast, brev.Status);
        Assert.Null(brev.DokumentNokkel);
        Assert.Null(brev.SendtDato);
        var etter = await app.MedDbAsync(db => db.Saker.AsNoTracking().SingleAsync(s => s.Id == sakId, Ct));
        Assert.Equal((for_.Versjon, for_.Frist, for_.ForelopigSvarSendt), (etter.Versjon, etter.Frist, etter.ForelopigSvarSendt));
        Assert.Equal(hendelserFor, await app.MedDbAsync(db => db.Hendelser.CountAsync(h => h.SakId == sakId, Ct)));
    }
}
