using BoOppfolging.Application.Kartlegging;
using BoOppfolging.Domain;
using BoOppfolging.Tests.Felles;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Tests;

/// <summary>The citizen's preparation and their view of the finished mapping, through the service on a real SQLite file.</summary>
public sealed class ForberedelseServiceTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static LagreForberedelseCommand Forberedelse(Guid sakId, Guid versjon, params string?[] maal) => new(
        sakId, versjon, "Jeg lager frokost selv.",
        [new(Hjelpeomrade.OkonomiOgNav, "Få oversikt over regningene"), new(Hjelpeomrade.Nettverk, "  "), new(Hjelpeomrade.Ernaering, null)],
        maal);

    [Fact]
    public async Task Innbyggeren_forbereder_seg_endrer_det_senere_og_en_gammel_side_gir_konflikt()
    {
        var (sak, _, _) = await database.SakHosTeametAsync();
        var innbygger = TestBruker.Med(Roller.Innbygger, sak.PersonId);

        await using (var scope = database.Scope(innbygger))
        {
            var service = scope.Get<ForberedelseService>();
            var tom = (await service.HentAsync(sak.Id, Ct)).Value;
            Assert.Equal((Guid.Empty, true, null), (tom.Versjon, tom.KanEndre, tom.Lukket));
            Assert.True((await service.HentMinKartleggingAsync(sak.Id, Ct))!.KanForberede);

            var lagret = await service.LagreAsync(Forberedelse(sak.Id, Guid.Empty, "Betale husleia selv", "", "Gå på kafé hver uke"), Ct);
            Assert.True(lagret.IsSuccess, string.Join("; ", lagret.Errors.Select(e => e.Melding)));
        }

        await using (var scope = database.Scope(innbygger))
        {
            var service = scope.Get<ForberedelseService>();
            var visning = (await service.HentAsync(sak.Id, Ct)).Value;
            Assert.Equal("Jeg lager frokost selv.", visning.HvaJegKlarer);
            Assert.Equal([new Onske(Hjelpeomrade.OkonomiOgNav, "Få oversikt over regningene")], visning.Onsker);
            Assert.Equal(["Betale husleia selv", "Gå på kafé hver uke"], visning.Maal);
            Assert.NotEqual(Guid.Empty, visning.Versjon);

            // A page read before the first save (a second tab) is stale now.
            Assert.True((await service.LagreAsync(Forberedelse(sak.Id, Guid.Empty, "Noe annet"), Ct)).IsConflict);
            Assert.True((await service.LagreAsync(Forberedelse(sak.Id, visning.Versjon, "Betale husleia selv hver måned"), Ct)).IsSuccess);
        }

        await using var les = database.Scope();
        var f = await les.Db().Set<Forberedelse>().AsNoTracking().SingleAsync(x => x.SakId == sak.Id, Ct);
        Assert.Equal(["Betale husleia selv hver måned"], f.Maal);
        Assert.True(await les.Db().AuditLogg.AnyAsync(a => a.SakId == sak.Id && a.Beskrivelse == "Forberedelse" && a.Handling == AuditHandling.Opprett && a.BrukerId == innbygger.Id, Ct));
        Assert.True(await les.Db().AuditLogg.AnyAsync(a => a.SakId == sak.Id && a.Beskrivelse == "Forberedelse" && a.Handling == AuditHandling.Les && a.BrukerId == innbygger.Id, Ct));
    }

    [Fact]
    public async Task For_lange_og_for_mange_maal_gir_meldinger_ved_feltene_og_lagrer_ingenting()
    {
        var (sak, _, _) = await database.SakHosTeametAsync();
        await using var scope = database.Scope(TestBruker.Med(Roller.Innbygger, sak.PersonId));
        var service = scope.Get<ForberedelseService>();

        var forLangt = await service.LagreAsync(Forberedelse(sak.Id, Guid.Empty, "kort", new string('x', 501)) with { HvaJegKlarer = new string('y', 4001) }, Ct);
        Assert.Equal(["HvaJegKlarer", "Maal[1]"], forLangt.Errors.Select(e => e.Felt));
        Assert.Contains("høyst 500 tegn", forLangt.Errors[1].Melding, StringComparison.Ordinal);

        var forMange = await service.LagreAsync(Forberedelse(sak.Id, Guid.Empty, [.. Enumerable.Range(1, 11).Select(i => $"Mål {i}")]), Ct);
        Assert.Equal(("Maal", "Du kan skrive opptil 10 mål."), (forMange.Error!.Felt, forMange.Error.Melding));

        Assert.False(await scope.Db().Set<Forberedelse>().AnyAsync(f => f.SakId == sak.Id, Ct));
    }

    [Fact]
    public async Task En_annen_innbygger_og_de_ansatte_faar_ikke_funnet_forberedelsen()
    {
        var (sak, medlem, _) = await database.SakHosTeametAsync();
        foreach (var annen in new[] { TestBruker.Med(Roller.Innbygger, Guid.CreateVersion7()), medlem, TestBruker.Med(Roller.Teamleder) })
        {
            await using var scope = database.Scope(annen);
            var service = scope.Get<ForberedelseService>();
            Assert.True((await service.HentAsync(sak.Id, Ct)).IsNotFound);
            Assert.True((await service.LagreAsync(Forberedelse(sak.Id, Guid.Empty, "Et mål"), Ct)).IsNotFound);
            var min = await service.HentMinKartleggingAsync(sak.Id, Ct);
            Assert.True(min is null || !min.Vises);
        }

        await using var les = database.Scope();
        Assert.False(await les.Db().Set<Forberedelse>().AnyAsync(f => f.SakId == sak.Id, Ct));
    }

    [Fact]
    public async Task Naar_kartleggingen_er_ferdig_er_forberedelsen_lukket_og_innbyggeren_ser_kartleggingen_med_enkle_ord()
    {
        var (sak, _, _) = await database.SakHosTeametAsync(s => s.Forbered("Jeg lager mat selv.", maal: ["Betale husleia selv"]).FerdigKartlegging(innstilling: null));
        var innbygger = TestBruker.Med(Roller.Innbygger, sak.PersonId);
        await using (var scope = database.Scope(innbygger))
        {
            var service = scope.Get<ForberedelseService>();
            var visning = (await service.HentAsync(sak.Id, Ct)).Value;
            Assert.False(visning.KanEndre);
            Assert.Equal(ForberedelseFeil.Lukket.Melding, visning.Lukket);
            Assert.Equal(["Betale husleia selv"], visning.Maal);

            // The case is still in Kartlegging, so only the finished mapping closes it.
            var lagret = await service.LagreAsync(Forberedelse(sak.Id, visning.Versjon, "Nytt mål"), Ct);
            Assert.Equal(ForberedelseFeil.Lukket, lagret.Error);

            var min = (await service.HentMinKartleggingAsync(sak.Id, Ct))!;
            Assert.Equal((false, true), (min.KanForberede, min.HarForberedelse));
            var k = min.Ferdig!;
            Assert.Equal("hjemme hos deg", Assert.Single(k.Moter).Sted);
            Assert.Equal(["Penger, regninger, husleie og kontakt med NAV", "Mat: handle, lage mat og planlegge måltider"], k.Behov.Select(b => b.Omrade));
            Assert.Equal(["Jeg vil betale husleien selv hver måned.", "Jeg vil lage middag selv tre dager i uka."], k.Maal.Select(m => m.Tekst));
            Assert.Null(k.Innstilling);
        }

        await using var les = database.Scope();
        Assert.Equal(["Betale husleia selv"], (await les.Db().Set<Forberedelse>().AsNoTracking().SingleAsync(f => f.SakId == sak.Id, Ct)).Maal);
    }

    [Fact]
    public async Task Innbyggeren_ser_anbefalingen_med_enkle_ord_uten_begrunnelsen_og_kan_ikke_forberede_seg_etter_innstillingen()
    {
        var (sak, _, _) = await database.SakHosTeametAsync(s => s.FerdigKartlegging(Innstillingsutfall.DelvisInnvilge));
        await using var scope = database.Scope(TestBruker.Med(Roller.Innbygger, sak.PersonId));
        var service = scope.Get<ForberedelseService>();

        var min = (await service.HentMinKartleggingAsync(sak.Id, Ct))!;
        Assert.Equal("Vurderingsteamet anbefaler at du får bo-oppfølging til en del av det du har bedt om hjelp til.", min.Ferdig!.Innstilling);
        Assert.Equal((false, false), (min.KanForberede, min.HarForberedelse));

        // In Innstilling the permission table closes the form whatever the mapping says.
        var lagret = await service.LagreAsync(Forberedelse(sak.Id, Guid.Empty, "Et mål"), Ct);
        Assert.Equal("ikke_tillatt_naa", lagret.Error!.Kode);
    }
}
