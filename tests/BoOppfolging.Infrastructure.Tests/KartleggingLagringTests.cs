using BoOppfolging.Application.Kartlegging;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Iplos;
using BoOppfolging.Tests.Felles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoOppfolging.Infrastructure.Tests;

/// <summary>
/// The vurderingsteam's phase in a real SQLite file: the IPLOS variable list version 1 as seeded data, and
/// each aggregate saved and read back whole, also after a list was changed in place.
/// </summary>
public sealed class KartleggingLagringTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Iplosliste> SeedetListeAsync()
    {
        await using (var scope = database.Scope())
        {
            await Iploskatalog.SeedAsync(scope.Db(), Ct);
            await Iploskatalog.SeedAsync(scope.Db(), Ct); // twice: a start after the first adds nothing
        }

        return await database.Services.GetRequiredService<IIploskatalog>().GjeldendeAsync(Ct);
    }

    [Fact]
    public async Task IPLOS_versjon_1_har_alle_variablene_med_gruppe_og_de_seks_skaarene_med_offisiell_ordlyd()
    {
        var liste = await SeedetListeAsync();

        Assert.Equal(1, liste.Versjon);
        var forventet = new Dictionary<string, string[]>
        {
            ["Sosial fungering"] = ["Sosial deltakelse", "Beslutninger i dagliglivet", "Styre atferd"],
            ["Kognisjon"] = ["Hukommelse", "Kommunikasjon"],
            ["Husholdning"] = ["Skaffe seg varer og tjenester", "Alminnelig husarbeid", "Lage mat"],
            ["Egenomsorg"] = ["Spise", "Ivareta egen helse", "Personlig hygiene", "På- og avkledning", "Toalett"],
            ["Mobilitet"] = ["Bevege seg innendørs", "Bevege seg utendørs"],
            ["Sansning"] = ["Syn", "Hørsel"],
        };
        Assert.Equal(forventet.Keys, liste.Grupper().Select(g => g.Key));
        foreach (var gruppe in liste.Grupper()) Assert.Equal(forventet[gruppe.Key], gruppe.Select(v => v.Navn));
        Assert.Equal(17, liste.Variabler.Select(v => v.Kode).Distinct().Count());

        Assert.Equal([1, 2, 3, 4, 5, 9], liste.Skaarer.Select(s => s.Verdi));
        Assert.StartsWith("Utgjør ingen problemer/utfordringer for søker/tjenestemottaker.", liste.Skaar(1)!.Tekst, StringComparison.Ordinal);
        Assert.StartsWith("Middels behov for bistand/assistanse/helsehjelp.", liste.Skaar(3)!.Tekst, StringComparison.Ordinal);
        Assert.StartsWith("Ikke relevant.", liste.Skaar(9)!.Tekst, StringComparison.Ordinal);
        Assert.Equal([3, 4, 5], liste.Skaarer.Where(s => s.BehovForPersonbistand).Select(s => s.Verdi));
        Assert.DoesNotContain(liste.Skaarer, s => s.Tekst.Contains("Klarer ikke", StringComparison.Ordinal)); // not the older KITH wording
        Assert.Equal(["Arbeid eller utdanning", "Organisasjoner", "Kultur og fritid", "Transport"], liste.Deltakelse.Select(d => d.Navn));
    }

    [Fact]
    public async Task En_kartlegging_lagres_og_leses_hel_ogsaa_naar_en_liste_er_endret_paa_stedet_og_korrigeringen_tas_vare_paa()
    {
        var sak = await database.LagreSakAsync();
        var medlem = Guid.CreateVersion7();
        var idag = Norsktid.Dato(database.Tid.GetUtcNow());
        var naa = database.Tid.GetUtcNow();
        var maal = new Maal(Guid.CreateVersion7(), "Betale husleia selv", Hjelpeomrade.OkonomiOgNav, "Ingen purringer", idag.AddMonths(6));
        await using (var scope = database.Scope())
        {
            var k = new Kartlegging(sak.Id);
            Assert.True(k.RegistrerVurderingsmote(idag, ["Kari Vik"], Vurderingskonklusjon.FyllerKriteriene, "Trenger hjelp.", medlem, naa).IsSuccess);
            Assert.True(k.RegistrerKartleggingsmote(
                new(idag, Motested.Hjemme, true, [new("Per Vik", "bror", true)], "Jeg vil klare meg selv.", medlem, naa), null, medlem, naa).IsSuccess);
            Assert.True(k.LagreBehov([new(Hjelpeomrade.OkonomiOgNav, "Ubetalte regninger", "Budsjett", Prioritet.Hoy)], null, medlem, naa).IsSuccess);
            Assert.True(k.LagreMaal(maal, null, medlem, naa).IsSuccess);
            scope.Db().Set<Kartlegging>().Add(k);
            await scope.Db().SaveChangesAsync(Ct);
        }

        // A new unit of work: the lists changed in place must be saved, and the correction kept.
        await using (var scope = database.Scope())
        {
            var k = await scope.Db().Set<Kartlegging>().SingleAsync(x => x.SakId == sak.Id, Ct);
            Assert.True(k.Ferdigstill(medlem, naa).IsSuccess);
            Assert.True(k.LagreMaal(maal with { Tekst = "Betale husleia selv hver måned" }, "Innbyggeren ville presisere.", medlem, naa).IsSuccess);
            Assert.True(k.SkrivInnstilling(
                new(Innstillingsutfall.Innvilge, [Hjelpeomrade.OkonomiOgNav], 10, Timeenhet.Uke, idag, null, idag.AddMonths(3), "Behov for hjelp.", medlem, naa),
                null, medlem, naa).IsSuccess);
            await scope.Db().SaveChangesAsync(Ct);
        }

        await using (var scope = database.Scope())
        {
            var k = await scope.Db().Set<Kartlegging>().AsNoTracking().SingleAsync(x => x.SakId == sak.Id, Ct);
            Assert.Equal(["Kari Vik"], Assert.Single(k.Vurderingsmoter).TilStede);
            var mote = Assert.Single(k.Kartleggingsmoter);
            Assert.Equal((Motested.Hjemme, "Jeg vil klare meg selv.", "bror"), (mote.Sted, mote.BrukerensSyn, mote.Andre[0].Rolle));
            Assert.Equal(Prioritet.Hoy, Assert.Single(k.Behov).Prioritet);
            Assert.Equal("Betale husleia selv hver måned", Assert.Single(k.Maal).Tekst);
            Assert.Equal((2.5m, Timeenhet.Uke), (k.Innstilling!.Timer, k.Innstilling.Enhet));
            Assert.NotNull(k.Ferdigstilt);
            var endring = Assert.Single(k.Endringer);
            Assert.Equal(("Mål", "Innbyggeren ville presisere."), (endring.Del, endring.Begrunnelse));
            Assert.Contains("Betale husleia selv (", endring.Tidligere, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task En_IPLOS_vurdering_forberedelse_saksvarsler_og_innhenting_lagres_og_leses_hele()
    {
        var liste = await SeedetListeAsync();
        var sak = await database.LagreSakAsync();
        var idag = Norsktid.Dato(database.Tid.GetUtcNow());
        var naa = database.Tid.GetUtcNow();
        var av = Guid.CreateVersion7();
        await using (var scope = database.Scope())
        {
            var db = scope.Db();
            var v = new IplosVurdering(sak.Id, liste.Versjon, idag, av);
            Assert.True(v.Lagre(liste, idag, liste.Variabler.ToDictionary(x => x.Kode, x => x.Rekkefolge % 5 + 1),
                [.. liste.Deltakelse.Select(d => new Deltakelsesvurdering(d.Kode, true, MottarBistand.JaMenUdekketBehov))], idag.AddMonths(6), idag).IsSuccess);
            Assert.True(v.Ferdigstill(liste, null, naa).IsSuccess);
            db.Add(v);
            var f = new Forberedelse(sak.Id);
            Assert.True(f.Lagre("Jeg lager mat selv.", [new(Hjelpeomrade.Nettverk, "Bli kjent med folk")], ["Gå på kafé hver uke"], naa).IsSuccess);
            db.Add(f);
            var s = new Saksvarsler(sak.Id);
            Assert.True(s.Lagre(new(idag.AddDays(20), null), new([Risikotype.Dyr], "Stor hund, ring på først.", idag.AddMonths(3)), "arabisk", IndividuellPlanStatus.Har, "Lise Berg", av, naa).IsSuccess);
            db.Add(s);
            var samtykke = new Samtykke(sak.Id, "fastlegen (Dr. Lie)", "Jeg samtykker.", naa);
            db.Add(samtykke);
            var i = Innhenting.Bestill(samtykke, sak.Id, "Legeerklæring", idag.AddDays(14), idag, av, naa).Value;
            Assert.True(i.RegistrerSvar(idag, "Diabetes, trenger hjelp med mat.", [Guid.CreateVersion7()], idag).IsSuccess);
            db.Add(i);
            await db.SaveChangesAsync(Ct);
        }

        await using (var scope = database.Scope())
        {
            var db = scope.Db();
            var v = await db.Set<IplosVurdering>().AsNoTracking().SingleAsync(x => x.SakId == sak.Id, Ct);
            Assert.Empty(v.Mangler(liste));
            Assert.Equal(liste.Variabler.Select(x => x.Rekkefolge % 5 + 1), liste.Variabler.Select(x => v.SkaarFor(x.Kode)!.Value));
            Assert.All(v.Deltakelse, d => Assert.Equal(MottarBistand.JaMenUdekketBehov, d.MottarBistand));
            Assert.Equal(idag.AddMonths(6), v.NesteVurdering);
            var f = await db.Set<Forberedelse>().AsNoTracking().SingleAsync(x => x.SakId == sak.Id, Ct);
            Assert.Equal(("Jeg lager mat selv.", "Bli kjent med folk", "Gå på kafé hver uke"), (f.HvaJegKlarer, Assert.Single(f.Onsker).Tekst, Assert.Single(f.Maal)));
            var s = await db.Set<Saksvarsler>().AsNoTracking().SingleAsync(x => x.SakId == sak.Id, Ct);
            Assert.Equal((Risikotype.Dyr, "arabisk", IndividuellPlanStatus.Har), (Assert.Single(s.Sikkerhet!.Risiko), s.Tolkesprak, s.IndividuellPlan));
            Assert.Equal(idag.AddDays(20), s.Utkastelse!.Dato);
            var i = await db.Set<Innhenting>().AsNoTracking().SingleAsync(x => x.SakId == sak.Id, Ct);
            Assert.Equal(("fastlegen (Dr. Lie)", idag), (i.Kilde, i.SvarMottatt!.Value));
            Assert.Single(i.Vedlegg);
        }
    }
}
