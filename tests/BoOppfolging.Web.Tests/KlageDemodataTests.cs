using BoOppfolging.Domain;
using BoOppfolging.Web.Tests.Infrastruktur;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Web.Tests;

/// <summary>
/// The demo data has complaints in every state (issue 13), each on an approved vedtak of its own case whose letter was sent, every
/// step on the case's timeline; the reversed ones are linked to their approved new vedtak; and the team leader's work list and a
/// complaint's page answer for them.
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
}
