using System.Text;
using BoOppfolging.Application.Brev;
using BoOppfolging.Application.Common;
using BoOppfolging.Application.Dokumenter;
using BoOppfolging.Application.Mottak;
using BoOppfolging.Application.Soknad;
using BoOppfolging.Domain;
using BoOppfolging.Tests.Felles;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Tests;

/// <summary>The sweep of the document store, on a real folder and a real SQLite file, with the app's fake clock.</summary>
public sealed class DokumentOppryddingTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Mappe => Path.Combine(database.DataMappe, "dokumenter");

    [Fact]
    public async Task En_fil_uten_referanse_eldre_enn_karenstiden_slettes_mens_refererte_og_unge_filer_beholdes()
    {
        var foreldrelos = await LagreAsync("en fil fra et sendeforsøk som feilet");
        var innbygger = await database.NyInnbyggerAsync("Vedlegg", "Beholdes");
        var vedlegg = await LastOppAsync(innbygger, "husleievarsel");
        var sendtBrev = await SendtBrevAsync();
        database.Tid.Advance(DokumentOpprydding.Karenstid + TimeSpan.FromHours(1));
        var ung = await LagreAsync("lagret nå, raden er ikke lagret ennå");
        var foer = Filer();

        var slettet = await SweepAsync();

        var etter = Filer();
        Assert.DoesNotContain(foreldrelos, etter);
        Assert.Contains(await NokkelAsync(vedlegg), etter);
        Assert.Contains(sendtBrev, etter);
        Assert.Contains(ung, etter);
        Assert.Equal(foer.Count - etter.Count, slettet);
    }

    [Fact]
    public async Task Et_slettet_vedlegg_forsvinner_fra_lageret_ved_neste_opprydding_etter_karenstiden()
    {
        var innbygger = await database.NyInnbyggerAsync("Vedlegg", "Slettes");
        var vedleggId = await LastOppAsync(innbygger, "feil fil");
        var nokkel = await NokkelAsync(vedleggId);
        await using (var scope = database.Scope(innbygger))
        {
            Assert.True((await scope.Get<SoknadService>().SlettVedleggAsync(vedleggId, Ct)).IsSuccess);
        }

        await SweepAsync();
        Assert.Contains(nokkel, Filer()); // young: its row may only just be gone, or not saved yet

        database.Tid.Advance(DokumentOpprydding.Karenstid + TimeSpan.FromMinutes(1));
        await SweepAsync();
        Assert.DoesNotContain(nokkel, Filer());
    }

    [Fact]
    public async Task Vedleggene_til_et_utkast_som_ryddes_bort_forsvinner_ved_samme_opprydding()
    {
        var innbygger = await database.NyInnbyggerAsync("Utkast", "Glemt");
        var nokkel = await NokkelAsync(await LastOppAsync(innbygger, "glemt utkast"));
        database.Tid.Advance(Soknadsutkast.Levetid + TimeSpan.FromDays(1));

        // As UtkastOpprydding runs them: the drafts first, then the store.
        await using (var scope = database.Scope())
        {
            Assert.True(await scope.Get<SoknadService>().SlettGamleUtkastAsync(Ct) >= 1);
        }

        await SweepAsync();
        Assert.DoesNotContain(nokkel, Filer());
    }

    /// <summary>The sweep knows the rows that keep documents by name; a new one must be added to it, or its files are deleted.</summary>
    [Fact]
    public async Task Oppryddingen_kjenner_hver_kolonne_som_holder_en_dokumentnokkel()
    {
        await using var scope = database.Scope();

        var kolonner = scope.Db().Model.GetEntityTypes()
            .SelectMany(e => e.GetProperties().Select(p => $"{e.ClrType.Name}.{p.Name}"))
            .Where(n => n.Contains("Dokument", StringComparison.OrdinalIgnoreCase) || n.EndsWith("Nokkel", StringComparison.OrdinalIgnoreCase))
            .Order();

        // Listed in DokumentOpprydding.Refererte. Add a new one there first, then here.
        Assert.Equal(["Brev.DokumentNokkel", "Vedlegg.DokumentNokkel"], kolonner);
    }

    private HashSet<string> Filer() =>
        Directory.Exists(Mappe) ? [.. Directory.GetFiles(Mappe).Select(f => Path.GetFileName(f))] : [];

    private async Task<int> SweepAsync()
    {
        await using var scope = database.Scope();
        return await scope.Get<DokumentOpprydding>().SlettUrefererteAsync(Ct);
    }

    private async Task<string> LagreAsync(string tekst)
    {
        await using var scope = database.Scope();
        using var innhold = new MemoryStream(Encoding.UTF8.GetBytes(tekst));
        return await scope.Get<IDokumentlager>().LagreAsync(innhold, Ct);
    }

    /// <summary>A small PDF (unique content) uploaded to the citizen's draft; returns the attachment.</summary>
    private async Task<Guid> LastOppAsync(TestBruker innbygger, string tekst)
    {
        await using var scope = database.Scope(innbygger);
        var bytes = Encoding.UTF8.GetBytes($"%PDF-1.4\n% {tekst} {Guid.NewGuid()}\n%%EOF\n");
        using var innhold = new MemoryStream(bytes);
        var result = await scope.Get<SoknadService>().LastOppVedleggAsync(VedleggType.Dokumentasjon, "fil.pdf", innhold, bytes.Length, Ct);
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Melding)));
        return result.Value;
    }

    private async Task<string> NokkelAsync(Guid vedleggId)
    {
        await using var scope = database.Scope();
        return await scope.Db().Vedlegg.Where(v => v.Id == vedleggId).Select(v => v.DokumentNokkel).SingleAsync(Ct);
    }

    /// <summary>A letter made and registered as sent through the services; returns its stored PDF's key.</summary>
    private async Task<string> SendtBrevAsync()
    {
        var saksbehandler = TestBruker.Med(Roller.Saksbehandler);
        var sak = await database.LagreSakAsync();
        Guid brevId;
        await using (var scope = database.Scope(saksbehandler))
        {
            var result = await scope.Get<MottakService>().BeOmOpplysningerAsync(
                new BeOmOpplysningerCommand(sak.Id, sak.Versjon, "Husleiekontrakten.", Norsktid.Dato(database.Tid.GetUtcNow()).AddDays(14)), Ct);
            brevId = result.Value;
        }

        await using (var scope = database.Scope(saksbehandler))
        {
            var brevService = scope.Get<BrevService>();
            var brev = await brevService.HentAsync(sak.Id, brevId, Ct);
            var sendt = await brevService.SendAsync(
                new SendBrevCommand(sak.Id, brevId, Norsktid.Dato(database.Tid.GetUtcNow()), Forsendelse.Digital, brev.Value.Versjon), Ct);
            Assert.True(sendt.IsSuccess, string.Join("; ", sendt.Errors.Select(e => e.Melding)));
            return (await scope.Db().Brev.SingleAsync(b => b.Id == brevId, Ct)).DokumentNokkel!;
        }
    }
}
