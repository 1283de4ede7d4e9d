using BoOppfolging.Application.Brev;
using BoOppfolging.Application.Kartlegging;
using BoOppfolging.Application.Soknad;
using BoOppfolging.Domain;
using BoOppfolging.Tests.Felles;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace BoOppfolging.Application.Tests;

/// <summary>Requests to the GP or another service and their answers, through the service, on a real SQLite file and document store.</summary>
public sealed class InnhentingServiceTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private const string Fastlegen = "fastlegen (Dr. Kari Bakke)";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Idag => Norsktid.Dato(database.Tid.GetUtcNow());

    private InnhentOpplysningerCommand Bestilling(Sak sak, Guid? samtykkeId) =>
        new(sak.Id, sak.Versjon, samtykkeId, false, null, "Opplysninger om diagnoser som påvirker evnen til å bo alene.", Idag.AddDays(14),
            "Storgata 1", "3001", "Drammen");

    private async Task<(bool Innhentinger, bool Brev)> HarAsync(Guid sakId)
    {
        await using var scope = database.Scope();
        return (await scope.Db().Set<Innhenting>().AnyAsync(i => i.SakId == sakId, Ct), await scope.Db().Brev.AnyAsync(b => b.SakId == sakId, Ct));
    }

    [Fact]
    public async Task Et_teammedlem_ber_fastlegen_om_opplysninger_med_samtykke_og_brevet_til_fastlegen_lages()
    {
        var (sak, medlem, bygger) = await database.SakHosTeametAsync();
        var samtykke = bygger.Samtykkene.Single(s => s.Kilde == Fastlegen);

        Guid brevId;
        await using (var scope = database.Scope(medlem))
        {
            var service = scope.Get<InnhentingService>();
            var skjema = (await service.HentSkjemaAsync(sak.Id, Ct)).Value;
            Assert.Equal(["NAV (NAV Sentrum)", Fastlegen], skjema.Samtykker.Select(s => s.Kilde).Order(StringComparer.Ordinal));
            var result = await service.BestillAsync(Bestilling(sak, samtykke.Id) with { Versjon = skjema.Versjon }, Ct);
            Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Melding)));
            brevId = result.Value;
        }

        await using (var scope = database.Scope(medlem))
        {
            var brev = (await scope.Get<BrevService>().HentAsync(sak.Id, brevId, Ct)).Value;
            Assert.Equal((Brevtype.Innhenting, Brevstatus.Utkast, Fastlegen), (brev.Type, brev.Status, brev.Innhold.Mottaker.Navn));
            Assert.Equal(["Storgata 1", "3001 Drammen"], brev.Innhold.Mottaker.Adresselinjer);

            // The letter as the GP gets it: its PDF read back, with the address and the consent it rests on.
            var pdf = await scope.Get<BrevService>().HentPdfAsync(sak.Id, brevId, Ct);
            using var dokument = PdfDocument.Open(pdf.Value.Innhold);
            var pdftekst = string.Join(" ", dokument.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            Assert.Contains("Storgata 1", pdftekst, StringComparison.Ordinal);
            Assert.Contains("3001 Drammen", pdftekst, StringComparison.Ordinal);
            Assert.Contains("Opplysninger om diagnoser som påvirker evnen til å bo alene.", pdftekst, StringComparison.Ordinal);
            Assert.Contains($"innen {Idag.AddDays(14):dd.MM.yyyy}", pdftekst, StringComparison.Ordinal);
            Assert.Equal("Forespørsel om opplysninger", dokument.Information.Title);
            var tekst = string.Join("\n", brev.Innhold.Seksjoner.SelectMany(s => s.Tekster()));
            Assert.Contains("Opplysninger om diagnoser som påvirker evnen til å bo alene.", tekst, StringComparison.Ordinal);
            Assert.Contains($"«{samtykke.Ordlyd}»", tekst, StringComparison.Ordinal);
            Assert.Contains($"innen {Idag.AddDays(14):dd.MM.yyyy}", tekst, StringComparison.Ordinal);

            var liste = (await scope.Get<InnhentingService>().ListAsync(sak.Id, Ct)).Value;
            var innhenting = Assert.Single(liste.Innhentinger);
            Assert.Equal((Fastlegen, brevId, false, true), (innhenting.Kilde, innhenting.BrevId, innhenting.BrevSendt, liste.KanInnhente));
            var hendelse = await scope.Db().Hendelser.AsNoTracking().SingleAsync(h => h.SakId == sak.Id && h.Type == HendelseType.OpplysningerInnhentet, Ct);
            Assert.Equal(($"Opplysninger bedt om fra {Fastlegen}", false), (hendelse.Tekst, hendelse.Intern));
        }
    }

    [Fact]
    public async Task En_kilde_uten_samtykke_eller_med_trukket_samtykke_avvises_med_grunnen_og_ingenting_lagres()
    {
        var (sak, medlem, bygger) = await database.SakHosTeametAsync(s => s.TrekkSamtykke(s.Samtykkene.Single(x => x.Kilde.StartsWith("NAV", StringComparison.Ordinal))));
        var nav = bygger.Samtykkene.Single(s => s.Kilde.StartsWith("NAV", StringComparison.Ordinal));
        var (_, _, annen) = await database.SakHosTeametAsync();

        await using (var scope = database.Scope(medlem))
        {
            var service = scope.Get<InnhentingService>();
            var skjema = (await service.HentSkjemaAsync(sak.Id, Ct)).Value;
            Assert.Equal([Fastlegen], skjema.Samtykker.Select(s => s.Kilde));
            Assert.Equal([nav.Kilde], skjema.Trukket);

            var annenKilde = await service.BestillAsync(Bestilling(sak, null) with { Versjon = skjema.Versjon, AnnenKilde = true, AnnenKildeNavn = "Psykolog Hansen" }, Ct);
            Assert.Equal(InnhentingFeil.UtenSamtykke, annenKilde.Error);

            var trukket = await service.BestillAsync(Bestilling(sak, nav.Id) with { Versjon = skjema.Versjon }, Ct);
            Assert.Equal(InnhentingFeil.SamtykkeTrukket(nav.Kilde), trukket.Error);

            // A consent on another case is no consent here.
            var annenSak = await service.BestillAsync(Bestilling(sak, annen.Samtykkene[0].Id) with { Versjon = skjema.Versjon }, Ct);
            Assert.Equal(InnhentingFeil.UtenSamtykke, annenSak.Error);

            var ugyldig = await service.BestillAsync(new(sak.Id, skjema.Versjon, null, false, null, "", Idag, "", "30", null), Ct);
            Assert.Equal(["SamtykkeId", "Hva", "Frist", "Adresse", "Postnummer", "Poststed"], ugyldig.Errors.Select(e => e.Felt));
        }

        Assert.Equal((false, false), await HarAsync(sak.Id));
    }

    [Fact]
    public async Task Bare_teamet_paa_saken_kan_be_om_opplysninger_og_bare_i_vurdering_og_kartlegging()
    {
        var saksbehandler = TestBruker.Med(Roller.Saksbehandler);
        var (sak, _, bygger) = await database.SakHosTeametAsync(s => s.TildelSaksbehandler(saksbehandler.Id!.Value, tidspunkt: s.Tid.AddMinutes(1)));
        var samtykke = bygger.Samtykkene[0];
        foreach (var ikke in new[] { saksbehandler, TestBruker.Med(Roller.Vurderingsteam), TestBruker.Med(Roller.BoOppfolger), TestBruker.Med(Roller.Innbygger, sak.PersonId) })
        {
            await using var scope = database.Scope(ikke);
            var service = scope.Get<InnhentingService>();
            Assert.True((await service.HentSkjemaAsync(sak.Id, Ct)).IsNotFound);
            Assert.True((await service.BestillAsync(Bestilling(sak, samtykke.Id), Ct)).IsNotFound);
        }

        Assert.Equal((false, false), await HarAsync(sak.Id));

        // The team leader may, but not once the innstilling is written.
        var (ferdig, medlem, ferdigBygger) = await database.SakHosTeametAsync(s => s.FerdigKartlegging());
        await using (var scope = database.Scope(medlem))
        {
            var skjema = await scope.Get<InnhentingService>().HentSkjemaAsync(ferdig.Id, Ct);
            Assert.Equal("ikke_tillatt_naa", skjema.Error!.Kode);
            var bestilt = await scope.Get<InnhentingService>().BestillAsync(Bestilling(ferdig, ferdigBygger.Samtykkene[0].Id), Ct);
            Assert.Equal("ikke_tillatt_naa", bestilt.Error!.Kode);
        }

        await using (var scope = database.Scope(TestBruker.Med(Roller.Teamleder)))
        {
            Assert.True((await scope.Get<InnhentingService>().BestillAsync(Bestilling(sak, samtykke.Id), Ct)).IsSuccess);
        }
    }

    [Fact]
    public async Task Svaret_registreres_med_dato_sammendrag_og_dokumenter_som_ikke_blandes_med_soknadens_vedlegg()
    {
        var (sak, medlem, bygger) = await database.SakHosTeametAsync(s => s.InnhentOpplysninger(s.Samtykkene.Single(x => x.Kilde == Fastlegen), "Legeerklæring"));
        var saksbehandler = TestBruker.Med(Roller.Teamleder);
        var innhentingId = bygger.Rader.OfType<Innhenting>().Single().Id;
        var pdf = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF"u8.ToArray();

        await using (var scope = database.Scope(medlem))
        {
            var service = scope.Get<InnhentingService>();
            var visning = (await service.HentAsync(sak.Id, innhentingId, Ct)).Value;
            Assert.True(visning.KanRegistrereSvar);

            // A file that is not PDF, JPEG or PNG is refused by its content, whatever its name says.
            var feilType = await service.RegistrerSvarAsync(new(sak.Id, innhentingId, visning.Versjon, Idag, "Diabetes type 2.",
                [new("svar.pdf", 5, new MemoryStream("hallo"u8.ToArray()))]), Ct);
            Assert.Equal(("vedlegg_feil_type", "Vedlegg"), (feilType.Error!.Kode, feilType.Error.Felt));
            var framITid = await service.RegistrerSvarAsync(new(sak.Id, innhentingId, visning.Versjon, Idag.AddDays(1), "", []), Ct);
            Assert.Equal(["Mottatt", "Sammendrag"], framITid.Errors.Select(e => e.Felt));
        }

        await using (var scope = database.Scope(medlem))
        {
            var service = scope.Get<InnhentingService>();
            var visning = (await service.HentAsync(sak.Id, innhentingId, Ct)).Value;
            Assert.Null(visning.SvarMottatt);
            var svar = await service.RegistrerSvarAsync(new(sak.Id, innhentingId, visning.Versjon, Idag, "Diabetes type 2, trenger hjelp med kosthold.",
                [new("C:\\Users\\lege\\legeerklæring.pdf", pdf.Length, new MemoryStream(pdf))]), Ct);
            Assert.True(svar.IsSuccess, string.Join("; ", svar.Errors.Select(e => e.Melding)));
            Assert.Equal(InnhentingSvarFeil.AlleredeRegistrert,
                (await service.RegistrerSvarAsync(new(sak.Id, innhentingId, (await service.HentAsync(sak.Id, innhentingId, Ct)).Value.Versjon, Idag, "Igjen", []), Ct)).Error);
        }

        await using (var scope = database.Scope(saksbehandler))
        {
            var innhenting = Assert.Single((await scope.Get<InnhentingService>().ListAsync(sak.Id, Ct)).Value.Innhentinger);
            Assert.Equal((Idag, "Diabetes type 2, trenger hjelp med kosthold.", false), (innhenting.SvarMottatt, innhenting.Sammendrag, innhenting.KanRegistrereSvar));
            var vedlegg = Assert.Single(innhenting.Vedlegg);
            Assert.Equal("legeerklæring.pdf", vedlegg.Filnavn);
            var fil = await scope.Get<SoknadService>().AapneVedleggAsync(sak.Id, vedlegg.Id, Ct);
            using var kopi = new MemoryStream();
            await fil!.Innhold.CopyToAsync(kopi, Ct);
            Assert.Equal(pdf, kopi.ToArray());
            Assert.Empty((await scope.Get<SoknadService>().HentForSakAsync(sak.Id, Ct))!.Vedlegg);
        }

        await using (var scope = database.Scope(TestBruker.Med(Roller.Innbygger, sak.PersonId)))
        {
            Assert.True((await scope.Get<InnhentingService>().ListAsync(sak.Id, Ct)).IsNotFound);
            var id = (await scope.Db().Vedlegg.AsNoTracking().SingleAsync(v => v.SakId == sak.Id, Ct)).Id;
            Assert.Null(await scope.Get<SoknadService>().AapneVedleggAsync(sak.Id, id, Ct));
        }
    }
}
