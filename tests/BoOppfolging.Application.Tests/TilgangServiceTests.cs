using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Saksbygging;
using BoOppfolging.Tests.Felles;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Tests;

/// <summary>
/// Six cases chosen so that each rule of <see cref="TilgangService.SynligeSaker"/> lets in some and
/// keeps out others. Users are plain ids: nothing in the rules needs an account row.
/// </summary>
public sealed class Tilgangsoppsett : IAsyncLifetime
{
    public TestDatabase Database { get; } = new();

    public Guid Saksbehandler1 { get; } = Guid.CreateVersion7();
    public Guid Saksbehandler2 { get; } = Guid.CreateVersion7();
    public Guid Vurderer { get; } = Guid.CreateVersion7();
    public Guid BoOppfolger1 { get; } = Guid.CreateVersion7();
    public Guid BoOppfolger2 { get; } = Guid.CreateVersion7();

    /// <summary>Case id to a readable name, for readable failures.</summary>
    public Dictionary<Guid, string> Navn { get; } = [];

    public Dictionary<string, Guid> PersonId { get; } = [];

    public async ValueTask InitializeAsync()
    {
        await Database.InitializeAsync();
        var tid = Database.Tid.GetUtcNow();
        await using var scope = Database.Scope();
        var db = scope.Db();

        var ola = Testdata.NyPerson("Ola", "Nordmann");
        var kari = Testdata.NyPerson("Kari", "Nordmann");
        db.Personer.AddRange(ola, kari);
        (PersonId["Ola"], PersonId["Kari"]) = (ola.Id, kari.Id);

        var teamA = new Team("Vurderingsteam A", Teamtype.Vurderingsteam);
        teamA.LeggTilMedlem(Vurderer);
        var teamB = new Team("Vurderingsteam B", Teamtype.Vurderingsteam);
        teamB.LeggTilMedlem(Saksbehandler2);
        db.Team.AddRange(teamA, teamB);

        Ny("Ufordelt", ola, _ => { });
        Ny("HosSaksbehandler1", ola, s => s.TildelSaksbehandler(Saksbehandler1, null, tid));
        Ny("HosSaksbehandler2OgTeamA", kari, s =>
        {
            s.TildelSaksbehandler(Saksbehandler2, null, tid);
            s.TildelTeam(teamA.Id, null, tid);
        });
        Ny("HosSaksbehandler1OgTeamB", kari, s =>
        {
            s.TildelSaksbehandler(Saksbehandler1, null, tid);
            s.TildelTeam(teamB.Id, null, tid);
        });
        Ny("BoOppfolger1Primaer", ola, s =>
        {
            s.TildelSaksbehandler(Saksbehandler2, null, tid);
            s.TildelKontakter(BoOppfolger1, BoOppfolger2, Saksbehandler2, tid);
        });
        Ny("BoOppfolger2Primaer", kari, s =>
        {
            s.TildelSaksbehandler(Saksbehandler2, null, tid);
            s.TildelKontakter(BoOppfolger2, null, Saksbehandler2, tid);
        });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);

        void Ny(string navn, Person person, Action<Saksbygger> endre)
        {
            var sak = Testdata.NySoknad(person, tid);
            endre(sak);
            sak.LeggTil(db);
            Navn[sak.Sak.Id] = navn;
        }
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}

public sealed class TilgangServiceTests(Tilgangsoppsett oppsett) : IClassFixture<Tilgangsoppsett>
{
    [Fact]
    public async Task Teamleder_ser_alle_saker()
    {
        var alle = oppsett.Navn.Values;

        Assert.Equal(alle.Order(), await SynligeAsync(TestBruker.Med(Roller.Teamleder)));
    }

    [Fact]
    public async Task Saksbehandler_ser_egne_og_ufordelte_saker_men_ikke_andre_saksbehandleres()
    {
        var saksbehandler1 = new TestBruker { Id = oppsett.Saksbehandler1, Roller = [Roller.Saksbehandler] };

        Assert.Equal(["HosSaksbehandler1", "HosSaksbehandler1OgTeamB", "Ufordelt"], await SynligeAsync(saksbehandler1));
    }

    [Fact]
    public async Task Saksbehandler_i_et_team_ser_ikke_teamets_saker_uten_rollen_vurderingsteam()
    {
        // Saksbehandler 2 is a member of team B, but only as saksbehandler.
        var saksbehandler2 = new TestBruker { Id = oppsett.Saksbehandler2, Roller = [Roller.Saksbehandler] };

        Assert.Equal(
            ["BoOppfolger1Primaer", "BoOppfolger2Primaer", "HosSaksbehandler2OgTeamA", "Ufordelt"],
            await SynligeAsync(saksbehandler2));
    }

    [Fact]
    public async Task Vurderingsteam_ser_bare_saker_tildelt_eget_team()
    {
        var vurderer = new TestBruker { Id = oppsett.Vurderer, Roller = [Roller.Vurderingsteam] };

        Assert.Equal(["HosSaksbehandler2OgTeamA"], await SynligeAsync(vurderer));
    }

    [Fact]
    public async Task Vurderingsteamets_regel_leser_brukerens_team_en_gang_og_ikke_per_sak()
    {
        var vurderer = new TestBruker { Id = oppsett.Vurderer, Roller = [Roller.Vurderingsteam] };
        await using var scope = oppsett.Database.Scope(vurderer);

        var sql = scope.Get<TilgangService>().SynligeSaker().ToQueryString();

        // "TeamId IN (SELECT TeamId ... WHERE BrukerId = @me)": a subquery that names no column of the case. A correlated
        // EXISTS (... WHERE m.TeamId = s.TeamId ...) is run again for every case the query passes over.
        Assert.Matches("\"TeamId\" IN \\(\\s*SELECT \"\\w+\"\\.\"TeamId\"", sql);
        Assert.DoesNotContain("EXISTS", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vurderingsteam_som_ikke_er_med_i_noe_team_ser_ingen_saker()
    {
        Assert.Empty(await SynligeAsync(TestBruker.Med(Roller.Vurderingsteam)));
    }

    [Fact]
    public async Task Bo_oppfolger_ser_saker_der_hen_er_primaer_eller_sekundaerkontakt()
    {
        var boOppfolger1 = new TestBruker { Id = oppsett.BoOppfolger1, Roller = [Roller.BoOppfolger] };
        var boOppfolger2 = new TestBruker { Id = oppsett.BoOppfolger2, Roller = [Roller.BoOppfolger] };

        Assert.Equal(["BoOppfolger1Primaer"], await SynligeAsync(boOppfolger1));
        Assert.Equal(["BoOppfolger1Primaer", "BoOppfolger2Primaer"], await SynligeAsync(boOppfolger2));
    }

    [Fact]
    public async Task Innbygger_ser_bare_saker_om_seg_selv()
    {
        var ola = TestBruker.Med(Roller.Innbygger, oppsett.PersonId["Ola"]);
        var kari = TestBruker.Med(Roller.Innbygger, oppsett.PersonId["Kari"]);

        Assert.Equal(["BoOppfolger1Primaer", "HosSaksbehandler1", "Ufordelt"], await SynligeAsync(ola));
        Assert.Equal(["BoOppfolger2Primaer", "HosSaksbehandler1OgTeamB", "HosSaksbehandler2OgTeamA"], await SynligeAsync(kari));
    }

    [Fact]
    public async Task Innbygger_uten_tilknyttet_person_ser_ingen_saker()
    {
        Assert.Empty(await SynligeAsync(TestBruker.Med(Roller.Innbygger)));
    }

    [Fact]
    public async Task Administrator_ser_ingen_saker_bare_paa_grunn_av_rollen()
    {
        Assert.Empty(await SynligeAsync(TestBruker.Med(Roller.Administrator)));
    }

    [Fact]
    public async Task Anonym_ser_ingen_saker_heller_ikke_med_en_rolle()
    {
        Assert.Empty(await SynligeAsync(TestBruker.Anonym));
        Assert.Empty(await SynligeAsync(new TestBruker { Roller = [Roller.Teamleder] }));
    }

    [Fact]
    public async Task KanSeSak_svarer_som_listen()
    {
        var ct = TestContext.Current.CancellationToken;
        var saksbehandler1 = new TestBruker { Id = oppsett.Saksbehandler1, Roller = [Roller.Saksbehandler] };
        await using var scope = oppsett.Database.Scope(saksbehandler1);
        var tilgang = scope.Get<TilgangService>();

        foreach (var (id, navn) in oppsett.Navn)
        {
            var forventet = navn is "Ufordelt" or "HosSaksbehandler1" or "HosSaksbehandler1OgTeamB";
            Assert.True(forventet == await tilgang.KanSeSakAsync(id, ct), navn);
        }
    }

    [Fact]
    public async Task Saksbehandlerens_deler_er_egne_og_ufordelte_saker()
    {
        var saksbehandler1 = new TestBruker { Id = oppsett.Saksbehandler1, Roller = [Roller.Saksbehandler] };

        Assert.Equal([["HosSaksbehandler1", "HosSaksbehandler1OgTeamB"], ["Ufordelt"]], await DeleneAsync(saksbehandler1));
    }

    [Fact]
    public async Task Saksbehandler_med_en_rolle_til_faar_resten_som_en_egen_del()
    {
        var saksbehandler2 = new TestBruker { Id = oppsett.Saksbehandler2, Roller = [Roller.Saksbehandler, Roller.Vurderingsteam] };

        Assert.Equal(
            [["BoOppfolger1Primaer", "BoOppfolger2Primaer", "HosSaksbehandler2OgTeamA"], ["Ufordelt"], ["HosSaksbehandler1OgTeamB"]],
            await DeleneAsync(saksbehandler2));
    }

    [Fact]
    public async Task Delene_er_til_sammen_de_synlige_sakene_uten_overlapp_for_alle_roller()
    {
        TestBruker[] brukere =
        [
            TestBruker.Med(Roller.Teamleder),
            new() { Id = oppsett.Saksbehandler1, Roller = [Roller.Saksbehandler] },
            new() { Id = oppsett.Saksbehandler2, Roller = [Roller.Saksbehandler] },
            new() { Id = oppsett.Saksbehandler2, Roller = [Roller.Saksbehandler, Roller.Vurderingsteam] },
            new() { Id = oppsett.Saksbehandler1, Roller = [Roller.Saksbehandler, Roller.Teamleder] },
            new() { Id = oppsett.Saksbehandler1, Roller = [Roller.Saksbehandler, Roller.Administrator] },
            new() { Id = oppsett.Vurderer, Roller = [Roller.Vurderingsteam] },
            new() { Id = oppsett.BoOppfolger1, Roller = [Roller.BoOppfolger] },
            new() { Id = oppsett.BoOppfolger1, Roller = [Roller.BoOppfolger, Roller.Saksbehandler] },
            new() { Id = oppsett.Saksbehandler1, Roller = [Roller.Saksbehandler, Roller.Innbygger], PersonId = oppsett.PersonId["Kari"] },
            TestBruker.Med(Roller.Innbygger, oppsett.PersonId["Ola"]),
            TestBruker.Med(Roller.Administrator),
            TestBruker.Anonym,
            new() { Roller = [Roller.Saksbehandler] },
        ];

        foreach (var bruker in brukere)
        {
            var deler = await DeleneAsync(bruker);
            var hvem = string.Join("+", bruker.Roller);
            Assert.True(deler.SelectMany(d => d).Order().SequenceEqual(await SynligeAsync(bruker)), hvem);
            Assert.True(deler.SelectMany(d => d).Distinct().Count() == deler.Sum(d => d.Count), hvem + ": en sak i to deler");
        }
    }

    /// <summary>Each part's cases by name, in the order of the parts.</summary>
    private async Task<List<List<string>>> DeleneAsync(TestBruker bruker)
    {
        await using var scope = oppsett.Database.Scope(bruker);
        var deler = new List<List<string>>();
        foreach (var del in scope.Get<TilgangService>().SynligeSakerIDeler())
        {
            var ider = await del.Select(s => s.Id).ToListAsync(TestContext.Current.CancellationToken);
            deler.Add(ider.Select(id => oppsett.Navn.GetValueOrDefault(id, id.ToString())).Order().ToList());
        }

        return deler;
    }

    private async Task<List<string>> SynligeAsync(TestBruker bruker)
    {
        await using var scope = oppsett.Database.Scope(bruker);
        var ider = await scope.Get<TilgangService>().SynligeSaker()
            .Select(s => s.Id)
            .ToListAsync(TestContext.Current.CancellationToken);
        return ider.Select(id => oppsett.Navn.GetValueOrDefault(id, id.ToString())).Order().ToList();
    }
}
