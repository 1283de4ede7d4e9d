using BoOppfolging.Application.Saker;
using BoOppfolging.Domain;
using BoOppfolging.Tests.Felles;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Tests;

/// <summary>
/// Persons with one case each, for the work list's search: names with æ, ø, å, a double surname,
/// and one person renamed after it was saved.
/// </summary>
public sealed class Navnesokoppsett : IAsyncLifetime
{
    public TestDatabase Database { get; } = new();

    public Dictionary<string, Sak> Saker { get; } = [];

    public Guid OmdoptPersonId { get; private set; }

    public Guid AnnenSaksbehandler { get; } = Guid.CreateVersion7();

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        await Database.InitializeAsync();
        string[][] navn =
        [
            ["Kari", "Nordmann"], ["Ola", "Nordmann"], ["Marit", "Sandvik"], ["Øydis", "Ødegård"], ["Jørgen", "Sæther"],
            ["Åse", "Bråthen-Lie"], ["Per", "Hansen"],
        ];
        foreach (var n in navn)
        {
            var person = Testdata.NyPerson(n[0], n[1]);
            Saker[person.FulltNavn] = await Database.LagreSakAsync(person: await LagreAsync(person));
        }

        // Two more, one of them assigned: a saksbehandler finds only what they may see.
        var tid = Database.Tid.GetUtcNow();
        Saker["Ingrid Bakke"] = await Database.LagreSakAsync(person: await LagreAsync(Testdata.NyPerson("Ingrid", "Bakke")));
        Saker["Ingrid Berg"] = await Database.LagreSakAsync(
            s => s.TildelSaksbehandler(AnnenSaksbehandler, null, tid), await LagreAsync(Testdata.NyPerson("Ingrid", "Berg")));

        // Renamed in a unit of work of its own, as a change of name would be: loaded, changed, saved.
        OmdoptPersonId = Saker["Per Hansen"].PersonId;
        await using var scope = Database.Scope();
        var per = await scope.Db().Personer.SingleAsync(p => p.Id == OmdoptPersonId, ct);
        per.EndreNavn("Per", "Østby-Lund");
        await scope.Db().SaveChangesAsync(ct);
    }

    private async Task<Person> LagreAsync(Person person)
    {
        await using var scope = Database.Scope();
        scope.Db().Personer.Add(person);
        await scope.Db().SaveChangesAsync(TestContext.Current.CancellationToken);
        return person;
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}

public sealed class NavnesokTests(Navnesokoppsett oppsett) : IClassFixture<Navnesokoppsett>
{
    [Theory]
    [InlineData("kar", "Kari Nordmann")]
    [InlineData("ØYD", "Øydis Ødegård")]
    [InlineData("jør", "Jørgen Sæther")]
    [InlineData("åse", "Åse Bråthen-Lie")]
    public async Task Sok_finner_personen_paa_starten_av_fornavnet(string sok, string navn)
    {
        Assert.Equal([navn], await SokAsync(sok));
    }

    [Theory]
    [InlineData("nord", new[] { "Kari Nordmann", "Ola Nordmann" })]
    [InlineData("Nordmann", new[] { "Kari Nordmann", "Ola Nordmann" })]
    [InlineData("ødegå", new[] { "Øydis Ødegård" })]
    [InlineData("SÆTH", new[] { "Jørgen Sæther" })]
    [InlineData("bråthen", new[] { "Åse Bråthen-Lie" })]
    [InlineData("lie", new[] { "Åse Bråthen-Lie" })]
    public async Task Sok_finner_personen_paa_starten_av_etternavnet_eller_en_del_av_det(string sok, string[] navn)
    {
        Assert.Equal(navn, await SokAsync(sok));
    }

    [Theory]
    [InlineData("kari nord")]
    [InlineData("NORD KARI")]
    [InlineData("Kari Nordmann")]
    [InlineData("  kari   n ")]
    public async Task Sok_paa_fornavn_og_etternavn_finner_bare_den_som_har_begge(string sok)
    {
        Assert.Equal(["Kari Nordmann"], await SokAsync(sok));
    }

    [Theory]
    [InlineData("ØDEGÅRD ØYDIS")]
    [InlineData("øydis ødegård")]
    [InlineData("Øydis ØDEGÅRD")]
    [InlineData("bråthen-l")]
    [InlineData("ÅSE BRÅ")]
    public async Task Store_og_smaa_bokstaver_er_like_ogsaa_for_aeoeaa(string sok)
    {
        Assert.Single(await SokAsync(sok));
    }

    [Theory]
    [InlineData("ari")]
    [InlineData("mann")]
    [InlineData("rdm")]
    [InlineData("dvik")]
    [InlineData("kari ola")]
    [InlineData("-")]
    public async Task Sok_finner_ikke_personer_paa_midten_eller_slutten_av_et_ord(string sok)
    {
        Assert.Empty(await SokAsync(sok));
    }

    [Fact]
    public async Task En_person_som_har_byttet_navn_finnes_paa_det_nye_og_ikke_paa_det_gamle()
    {
        var ct = TestContext.Current.CancellationToken;

        Assert.Equal(["Per Østby-Lund"], await SokAsync("østby"));
        Assert.Equal(["Per Østby-Lund"], await SokAsync("per lund"));
        Assert.Empty(await SokAsync("hansen"));
        await using var scope = oppsett.Database.Scope();
        var lagret = await scope.Db().Personer.AsNoTracking().SingleAsync(p => p.Id == oppsett.OmdoptPersonId, ct);
        Assert.Equal(["lund", "per", "østby"], lagret.Navnedeler.Select(n => n.Del).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Fodselsnummer_og_referanse_finnes_fortsatt_bare_ved_eksakt_treff()
    {
        var ct = TestContext.Current.CancellationToken;
        var sak = oppsett.Saker["Marit Sandvik"];
        await using var scope = oppsett.Database.Scope();
        var fnr = (await scope.Db().Personer.AsNoTracking().SingleAsync(p => p.Id == sak.PersonId, ct)).Fodselsnummer!;

        Assert.Equal(["Marit Sandvik"], await SokAsync(fnr));
        Assert.Empty(await SokAsync(fnr[..10] + (fnr[10] == '0' ? '1' : '0')));
    }

    [Fact]
    public async Task Saksbehandleren_finner_bare_saker_hen_kan_se()
    {
        var annen = new TestBruker { Id = oppsett.AnnenSaksbehandler, Roller = [Roller.Saksbehandler] };

        Assert.Equal(["Ingrid Bakke", "Ingrid Berg"], await SokAsync("ingrid"));
        Assert.Equal(["Ingrid Bakke"], await SokAsync("ingrid", TestBruker.Med(Roller.Saksbehandler)));
        Assert.Equal(["Ingrid Bakke", "Ingrid Berg"], await SokAsync("ingrid", annen));
        Assert.Equal(["Ingrid Berg"], await SokAsync("ingrid b", annen, saksbehandler: "meg"));
    }

    /// <summary>The names in the list for a search (as the teamleder, who sees every case), in name order.</summary>
    private async Task<List<string>> SokAsync(string sok, TestBruker? bruker = null, string? saksbehandler = null)
    {
        await using var scope = oppsett.Database.Scope(bruker ?? TestBruker.Med(Roller.Teamleder));
        var liste = await scope.Get<SakService>().ListAsync(new Saksfilter { Sok = sok, Saksbehandler = saksbehandler }, TestContext.Current.CancellationToken);
        Assert.Equal(liste.Saker.Count, liste.Totalt);
        return liste.Saker.Select(s => s.Navn).Order(StringComparer.Ordinal).ToList();
    }
}
