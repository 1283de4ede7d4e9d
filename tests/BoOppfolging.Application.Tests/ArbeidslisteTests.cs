using BoOppfolging.Application.Saker;
using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Saksbygging;
using BoOppfolging.Tests.Felles;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Tests;

/// <summary>
/// More than a page of open cases for one saksbehandler: their own and unassigned ones received on
/// the same days (so deadlines tie across the two), others' cases, closed cases, and a saksbehandler
/// who is also bo-oppfølger on others' cases.
/// </summary>
public sealed class Arbeidslisteoppsett : IAsyncLifetime
{
    public TestDatabase Database { get; } = new();

    public Guid Meg { get; } = Guid.CreateVersion7();
    public Guid Annen { get; } = Guid.CreateVersion7();
    public Guid Kombinert { get; } = Guid.CreateVersion7();

    public HashSet<Guid> EgneAapne { get; } = [];
    public HashSet<Guid> UfordelteAapne { get; } = [];
    public HashSet<Guid> AndresAapne { get; } = [];
    public HashSet<Guid> KombinertsEgne { get; } = [];
    public HashSet<Guid> KombinertErKontakt { get; } = [];

    public async ValueTask InitializeAsync()
    {
        await Database.InitializeAsync();
        var start = Database.Tid.GetUtcNow();
        await using var scope = Database.Scope();
        var db = scope.Db();
        var person = Testdata.NyPerson("Kari", "Nordmann");
        db.Personer.Add(person);

        for (var i = 0; i < 60; i++)
        {
            // Two cases a day, two in three mine (more than a page: a page further on needs more than a page of one part),
            // the rest unassigned; equal deadlines in the two parts, weekends add more ties.
            var mottatt = start.AddDays(-(i / 2)).AddMinutes(i);
            var min = i % 3 != 0;
            Ny(min ? EgneAapne : UfordelteAapne, mottatt, s => Tildel(s, min ? Meg : null));
        }

        for (var i = 0; i < 10; i++) Ny(AndresAapne, start.AddDays(-i), s => Tildel(s, Annen));
        for (var i = 0; i < 4; i++)
        {
            Ny(null, start.AddDays(-i - 3), s => Lukk(Tildel(s, Meg)));
            Ny(null, start.AddDays(-i - 3), Lukk);
        }

        Ny(KombinertsEgne, start.AddDays(-2), s => Tildel(s, Kombinert));
        Ny(KombinertsEgne, start.AddDays(-3), s => Tildel(s, Kombinert).TildelKontakter(Kombinert));
        for (var i = 0; i < 3; i++) Ny(KombinertErKontakt, start.AddDays(-i), s => Tildel(s, Annen).TildelKontakter(Kombinert));

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);

        void Ny(HashSet<Guid>? hvor, DateTimeOffset mottatt, Action<Saksbygger> endre)
        {
            var sak = Testdata.NySoknad(person, mottatt);
            endre(sak);
            sak.LeggTil(db);
            hvor?.Add(sak.Sak.Id);
        }

        // Each step a minute after the one before, as the builder takes them.
        Saksbygger Tildel(Saksbygger sak, Guid? saksbehandler) => saksbehandler is { } id ? sak.TildelSaksbehandler(id) : sak;

        void Lukk(Saksbygger sak) => sak.Trekk();
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}

public sealed class ArbeidslisteTests(Arbeidslisteoppsett oppsett) : IClassFixture<Arbeidslisteoppsett>
{
    private TestBruker Meg => new() { Id = oppsett.Meg, Roller = [Roller.Saksbehandler] };

    [Fact]
    public async Task Saksbehandleren_ser_egne_og_ufordelte_aapne_saker_etter_frist_side_for_side()
    {
        var sider = await SiderAsync(Meg, new Saksfilter());

        Assert.Equal([25, 25, 10], sider.Select(s => s.Saker.Count));
        Assert.All(sider, s => Assert.Equal(60, s.Totalt));
        var saker = sider.SelectMany(s => s.Saker).ToList();
        Assert.Equal(oppsett.EgneAapne.Union(oppsett.UfordelteAapne).Order(), saker.Select(s => s.Id).Order());
        Assert.Equal(saker.Select(s => s.Frist).Order(), saker.Select(s => s.Frist));
        Assert.Equal(await ForventetAsync(Meg, q => q.OrderBy(s => s.Frist).ThenBy(s => s.Id)), saker.Select(s => s.Id));
    }

    [Fact]
    public async Task En_side_etter_den_siste_er_tom_men_teller_like_mange()
    {
        var liste = await ListAsync(Meg, new Saksfilter { Side = 4 });

        Assert.Empty(liste.Saker);
        Assert.Equal(60, liste.Totalt);
    }

    [Fact]
    public async Task Andre_sorteringer_gir_samme_rekkefolge_som_en_enkel_sporring()
    {
        var mottatt = await SiderAsync(Meg, new Saksfilter { Sortering = Sakssortering.Mottatt, Synkende = true });
        Assert.Equal(
            await ForventetAsync(Meg, q => q.OrderByDescending(s => s.Mottatt).ThenByDescending(s => s.Id)),
            mottatt.SelectMany(s => s.Saker).Select(s => s.Id));

        var referanse = await SiderAsync(Meg, new Saksfilter { Sortering = Sakssortering.Referanse });
        Assert.Equal(await ForventetAsync(Meg, q => q.OrderBy(s => s.Referanse)), referanse.SelectMany(s => s.Saker).Select(s => s.Id));

        var frist = await SiderAsync(Meg, new Saksfilter { Synkende = true });
        Assert.Equal(
            await ForventetAsync(Meg, q => q.OrderByDescending(s => s.Frist).ThenByDescending(s => s.Id)),
            frist.SelectMany(s => s.Saker).Select(s => s.Id));
    }

    /// <summary>
    /// The page is chosen by its keys and its cases read after, with the count in the same query: every
    /// order, both ways, gives the same pages as one plain query, for the parts (saksbehandler) and for one
    /// part (teamleder), and every page carries the whole count.
    /// </summary>
    [Theory]
    [InlineData(Sakssortering.Frist, false)]
    [InlineData(Sakssortering.Frist, true)]
    [InlineData(Sakssortering.Mottatt, false)]
    [InlineData(Sakssortering.Mottatt, true)]
    [InlineData(Sakssortering.Referanse, false)]
    [InlineData(Sakssortering.Referanse, true)]
    [InlineData(Sakssortering.Status, false)]
    [InlineData(Sakssortering.Status, true)]
    public async Task Hver_sortering_gir_samme_sider_og_antall_som_en_enkel_sporring(Sakssortering sortering, bool synkende)
    {
        foreach (var bruker in new[] { Meg, TestBruker.Med(Roller.Teamleder) })
        {
            var filter = new Saksfilter { Sortering = sortering, Synkende = synkende };
            var sider = await SiderAsync(bruker, filter);

            var forventet = await ForventetAsync(bruker, q => Sortert(q, sortering, synkende));
            Assert.Equal(forventet, sider.SelectMany(s => s.Saker).Select(s => s.Id));
            Assert.All(sider, s => Assert.Equal(forventet.Count, s.Totalt));
        }
    }

    private static IQueryable<Sak> Sortert(IQueryable<Sak> q, Sakssortering sortering, bool synkende) => (sortering, synkende) switch
    {
        (Sakssortering.Mottatt, false) => q.OrderBy(s => s.Mottatt).ThenBy(s => s.Id),
        (Sakssortering.Mottatt, true) => q.OrderByDescending(s => s.Mottatt).ThenByDescending(s => s.Id),
        (Sakssortering.Referanse, false) => q.OrderBy(s => s.Referanse),
        (Sakssortering.Referanse, true) => q.OrderByDescending(s => s.Referanse),
        (Sakssortering.Status, false) => q.OrderBy(s => s.Status).ThenBy(s => s.Frist).ThenBy(s => s.Id),
        (Sakssortering.Status, true) => q.OrderByDescending(s => s.Status).ThenBy(s => s.Frist).ThenBy(s => s.Id),
        (_, true) => q.OrderByDescending(s => s.Frist).ThenByDescending(s => s.Id),
        _ => q.OrderBy(s => s.Frist).ThenBy(s => s.Id),
    };

    [Fact]
    public async Task Filteret_paa_saksbehandler_virker_paa_begge_delene()
    {
        var egne = await SiderAsync(Meg, new Saksfilter { Saksbehandler = "meg" });
        var ufordelte = await ListAsync(Meg, new Saksfilter { Saksbehandler = "ingen" });
        var andres = await ListAsync(Meg, new Saksfilter { Saksbehandler = oppsett.Annen.ToString() });

        Assert.Equal(oppsett.EgneAapne.Order(), egne.SelectMany(s => s.Saker).Select(s => s.Id).Order());
        Assert.Equal(oppsett.UfordelteAapne.Order(), ufordelte.Saker.Select(s => s.Id).Order());
        Assert.Equal((40, 20, 0), (egne[0].Totalt, ufordelte.Totalt, andres.Totalt));
    }

    [Fact]
    public async Task Saksbehandler_som_ogsaa_er_bo_oppfolger_ser_hver_sak_en_gang()
    {
        var kombinert = new TestBruker { Id = oppsett.Kombinert, Roller = [Roller.Saksbehandler, Roller.BoOppfolger] };

        var sider = await SiderAsync(kombinert, new Saksfilter());

        var forventet = oppsett.KombinertsEgne.Union(oppsett.UfordelteAapne).Union(oppsett.KombinertErKontakt).ToList();
        Assert.All(sider, s => Assert.Equal(forventet.Count, s.Totalt));
        Assert.Equal(forventet.Order(), sider.SelectMany(s => s.Saker).Select(s => s.Id).Order());
        Assert.Equal(await ForventetAsync(kombinert, q => q.OrderBy(s => s.Frist).ThenBy(s => s.Id)), sider.SelectMany(s => s.Saker).Select(s => s.Id));
    }

    [Fact]
    public async Task Teamlederen_ser_alle_aapne_saker()
    {
        var teamleder = TestBruker.Med(Roller.Teamleder);

        var sider = await SiderAsync(teamleder, new Saksfilter());

        Assert.All(sider, s => Assert.Equal(75, s.Totalt));
        Assert.Equal(await ForventetAsync(teamleder, q => q.OrderBy(s => s.Frist).ThenBy(s => s.Id)), sider.SelectMany(s => s.Saker).Select(s => s.Id));
    }

    private async Task<SakListe> ListAsync(TestBruker bruker, Saksfilter filter)
    {
        await using var scope = oppsett.Database.Scope(bruker);
        return await scope.Get<SakService>().ListAsync(filter, TestContext.Current.CancellationToken);
    }

    /// <summary>Every page of the list, from the first, until a page is not full.</summary>
    private async Task<List<SakListe>> SiderAsync(TestBruker bruker, Saksfilter filter)
    {
        var sider = new List<SakListe>();
        for (var side = 1; sider.Count == 0 || sider[^1].Saker.Count == SakService.SideStorrelse; side++)
        {
            sider.Add(await ListAsync(bruker, filter with { Side = side }));
        }

        return sider;
    }

    /// <summary>The open cases the user may see, in one plain query on <see cref="TilgangService.SynligeSaker"/>, sorted by the database.</summary>
    private async Task<List<Guid>> ForventetAsync(TestBruker bruker, Func<IQueryable<Sak>, IQueryable<Sak>> sorter)
    {
        await using var scope = oppsett.Database.Scope(bruker);
        var aapne = scope.Get<TilgangService>().SynligeSaker().Where(s => !SaksstatusRegler.Avsluttede.Contains(s.Status));
        return await sorter(aapne).Select(s => s.Id).ToListAsync(TestContext.Current.CancellationToken);
    }
}
