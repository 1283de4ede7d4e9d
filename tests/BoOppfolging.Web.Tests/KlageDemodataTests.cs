using BoOppfolging.Domain;
using BoOppfolging.Web.Tests.Infrastruktur;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Web.Tests;

/// <summary>
/// The demo data has complaints in every state (issue 13), each on an approved vedtak of its own case whose letter was sent, every
/// step on the case's timeline; the reversed ones are linked to their approved new vedtak; every complaint has the letters the
/// services would have sent on it, stored and readable; and the team leader's work list and a complaint's page answer for them.
/// </summary>
public sealed class KlageDemodataTests(BoOppfolgingApp app) : IClassFixture<BoOppfolgingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Demodataene_har_klager_i_hver_tilstand_paa_sendte_vedtak()
    {
        var (klager, vedtak, hendelser) = await app.MedDbAsync(async db => (
            await db.Set<Klage>().AsNoTracking().ToListAsync(Ct),
            await db.Set<Domain.Vedtak>().AsNoTracking().IgnoreAutoIncludes().ToListAsync(Ct),
            await db.Hendelser.AsNoTracking().Where(h => h.Type == HendelseType.Klage).ToListAsync(Ct)));

        Assert.Empty(Enum.GetValues<Klagestatus>().Except(klager.Select(k => k.Status)));
        foreach (var klage in klager)
        {
            var paaklaget = vedtak.Single(v => v.Id == klage.VedtakId);
            Assert.Equal((klage.SakId, Vedtaksstatus.Vedtatt), (paaklaget.SakId, paaklaget.Status));
            Assert.NotNull(klage.Klagefrist);
            Assert.Contains(hendelser, h => h.SakId == klage.SakId && h.Tekst.Contains(klage.Referanse, StringComparison.Ordinal));
            if (klage.Status is Klagestatus.Omgjort or Klagestatus.DelvisOmgjort)
                Assert.Equal(Vedtaksstatus.Vedtatt, vedtak.Single(v => v.Id == klage.NyttVedtakId).Status);
        }

        var klient = await app.LoggInnAsync("teamleder@demo.no");
        var liste = await klient.GetStringAsync("/klager?alle=true", Ct);
        var eldste = klager.Where(k => k.Status.ErHosEnheten()).OrderBy(k => k.Mottatt).First();
        Assert.Contains(eldste.Referanse, liste, StringComparison.Ordinal);
        Assert.Contains("trenger foreløpig svar", liste, StringComparison.Ordinal);
        var side = await klient.GetAsync($"/saker/{eldste.SakId}/klager/{eldste.Id}", Ct);
        Assert.Equal(System.Net.HttpStatusCode.OK, side.StatusCode);
    }

    [Fact]
    public async Task Demodataenes_klager_har_brevene_tjenesten_ville_sendt()
    {
        var (klager, vedtak, brev) = await app.MedDbAsync(async db => (
            await db.Set<Klage>().AsNoTracking().ToListAsync(Ct),
            await db.Set<Domain.Vedtak>().AsNoTracking().IgnoreAutoIncludes().ToListAsync(Ct),
            await db.Brev.AsNoTracking().ToListAsync(Ct)));

        foreach (var klage in klager)
        {
            var sine = brev.Where(b => b.KlageId == klage.Id).ToList();
            Assert.All(sine, b => Assert.Equal((Brevstatus.Sendt, klage.SakId), (b.Status, b.SakId)));
            Assert.All(sine, b => Assert.False(string.IsNullOrEmpty(b.DokumentNokkel)));
            var typer = sine.Select(b => b.Type).ToList();
            Assert.Contains(Brevtype.Klagekvittering, typer);
            if (klage.RettingFrist is not null) Assert.Contains(Brevtype.KlageRetting, typer);
            Assert.Equal(klage.Status == Klagestatus.Avvist, typer.Contains(Brevtype.KlageAvvist));
            Assert.Equal(klage.Oversendt is not null, typer.Contains(Brevtype.KlageOversendelse));
            Assert.Equal(klage.Oversendt is not null, typer.Contains(Brevtype.KlageOversendelseKopi));
            if (klage.Status is Klagestatus.Omgjort or Klagestatus.DelvisOmgjort)
                Assert.Equal(Brevstatus.Sendt, brev.Single(b => b.Id == vedtak.Single(v => v.Id == klage.NyttVedtakId).BrevId).Status);
        }

        // The stored PDF of a letter on a complaint answers, checked against its hash, for staff.
        var avvisning = brev.Single(b => b.Type == Brevtype.KlageAvvist);
        var klient = await app.LoggInnAsync("saksbehandler@demo.no");
        var pdf = await klient.GetAsync($"/saker/{avvisning.SakId}/brev/{avvisning.Id}/pdf", Ct);
        Assert.Equal(System.Net.HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal(avvisning.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await pdf.Content.ReadAsByteArrayAsync(Ct))));
    }
}
