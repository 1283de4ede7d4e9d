using BoOppfolging.Application.Kartlegging;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Iplos;
using BoOppfolging.Infrastructure.Saksbygging;
using BoOppfolging.Tests.Felles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoOppfolging.Application.Tests;

/// <summary>
/// The IPLOS assessment through <see cref="IplosService"/>, on a real SQLite file with variable list version 1 seeded as at
/// start: who may see and score it, one draft at a time, finishing names what is missing and saves nothing, the change per
/// variable on a reassessment, and the due list.
/// </summary>
public sealed class IplosServiceTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Idag => Norsktid.Dato(database.Tid.GetUtcNow());

    /// <summary>A vurderingsteam of its own, with one member, and the IPLOS list in the database.</summary>
    private async Task<(Guid TeamId, TestBruker Vurderer)> TeamAsync()
    {
        var vurderer = TestBruker.Med(Roller.Vurderingsteam);
        var team = new Team("Vurderingsteam " + Guid.NewGuid().ToString("N")[..6], Teamtype.Vurderingsteam);
        team.LeggTilMedlem(vurderer.Id!.Value);
        await using var scope = database.Scope();
        scope.Db().Team.Add(team);
        await scope.Db().SaveChangesAsync(Ct);
        await Iploskatalog.SeedAsync(scope.Db(), Ct);
        return (team.Id, vurderer);
    }

    /// <summary>An application with the team, taken on to the mapping by a vurderingsmøte that found the criteria met, then <paramref name="steg"/>.</summary>
    private Task<Sak> SakIKartleggingAsync(Guid teamId, Action<Saksbygger>? steg = null) =>
        database.LagreSakAsync(s =>
        {
            s.Som(Guid.CreateVersion7()).TilStatus(Saksstatus.TilVurdering, teamId).TilKartleggingForIplos();
            steg?.Invoke(s);
        });

    private async Task<Iplosliste> ListeAsync() => await database.Services.GetRequiredService<IIploskatalog>().GjeldendeAsync(Ct);

    private async Task<Guid> NyAsync(TestBruker bruker, Guid sakId)
    {
        await using var scope = database.Scope(bruker);
        var versjon = await scope.Db().Saker.Where(s => s.Id == sakId).Select(s => s.Versjon).SingleAsync(Ct);
        var ny = await scope.Get<IplosService>().NyAsync(sakId, versjon, Ct);
        Assert.True(ny.IsSuccess, string.Join("; ", ny.Errors.Select(e => e.Melding)));
        return ny.Value;
    }

    private async Task<IplosVurdering> LesAsync(Guid vurderingId)
    {
        await using var scope = database.Scope();
        return await scope.Db().Set<IplosVurdering>().AsNoTracking().SingleAsync(v => v.Id == vurderingId, Ct);
    }

    /// <summary>The form filled in: every variable scored (but <paramref name="utenSkaar"/>), every participation item answered, a next date.</summary>
    private static LagreIplosVurderingCommand Skjema(
        Iplosliste liste, Guid sakId, IplosVurdering vurdering, DateOnly dato, bool ferdigstill, Dictionary<string, int>? skaarer = null,
        params string[] utenSkaar) =>
        new(
            sakId, vurdering.Id, vurdering.Versjon, dato, dato.AddMonths(6),
            liste.Variabler.Where(v => !utenSkaar.Contains(v.Kode)).ToDictionary(v => v.Kode, v => (int?)(skaarer is not null && skaarer.TryGetValue(v.Kode, out var skaar) ? skaar : 2)),
            liste.Deltakelse.ToDictionary(d => d.Kode, d => (bool?)(d.Kode == "transport")),
            liste.Deltakelse.ToDictionary(d => d.Kode, d => (MottarBistand?)(d.Kode == "transport" ? MottarBistand.JaMenUdekketBehov : MottarBistand.Nei)),
            ferdigstill);

    [Fact]
    public async Task En_bo_oppfolger_og_et_medlem_av_et_annet_team_faar_ikke_funnet_og_saksbehandleren_kan_lese_men_ikke_vurdere()
    {
        var (teamId, vurderer) = await TeamAsync();
        var (_, annenVurderer) = await TeamAsync();
        var sak = await SakIKartleggingAsync(teamId, s => s.VurderIplos());
        var vurderingId = await NyAsync(vurderer, sak.Id);
        var liste = await ListeAsync();
        var utkast = await LesAsync(vurderingId);

        foreach (var bruker in new[] { TestBruker.Med(Roller.BoOppfolger), annenVurderer })
        {
            await using var scope = database.Scope(bruker);
            var iplos = scope.Get<IplosService>();
            Assert.True((await iplos.HentPanelAsync(sak.Id, Ct)).IsNotFound);
            Assert.True((await iplos.HentAsync(sak.Id, vurderingId, Ct)).IsNotFound);
            Assert.True((await iplos.NyAsync(sak.Id, sak.Versjon, Ct)).IsNotFound);
            Assert.True((await iplos.LagreAsync(Skjema(liste, sak.Id, utkast, Idag, ferdigstill: true), Ct)).IsNotFound);
            Assert.DoesNotContain((await iplos.ForfalteAsync(1, Ct)).Saker, f => f.SakId == sak.Id);
        }

        // The unassigned case is in the saksbehandler's inbox: the assessment is there to read, not to score.
        await using (var scope = database.Scope(TestBruker.Med(Roller.Saksbehandler)))
        {
            var iplos = scope.Get<IplosService>();
            var panel = await iplos.HentPanelAsync(sak.Id, Ct);
            Assert.True(panel.IsSuccess);
            Assert.Equal((false, false, 2), (panel.Value.KanVurdere, panel.Value.KanLageNy, panel.Value.Alle.Count));
            Assert.False((await iplos.HentAsync(sak.Id, vurderingId, Ct)).Value.KanEndre);
            Assert.True((await iplos.LagreAsync(Skjema(liste, sak.Id, utkast, Idag, ferdigstill: true), Ct)).IsNotFound);
        }

        Assert.Null((await LesAsync(vurderingId)).Ferdig);
    }

    [Fact]
    public async Task En_ny_vurdering_avvises_mens_saken_har_en_som_ikke_er_ferdigstilt()
    {
        var (teamId, vurderer) = await TeamAsync();
        var sak = await SakIKartleggingAsync(teamId);
        var liste = await ListeAsync();
        var forste = await NyAsync(vurderer, sak.Id);

        await using (var scope = database.Scope(vurderer))
        {
            var iplos = scope.Get<IplosService>();
            var panel = (await iplos.HentPanelAsync(sak.Id, Ct)).Value;
            Assert.Equal((true, false), (panel.KanVurdere, panel.KanLageNy));
            var andre = await iplos.NyAsync(sak.Id, panel.SakVersjon, Ct);
            Assert.Equal(IplosFeil.EnUferdigFinnes, andre.Error);
        }

        await using (var scope = database.Scope(vurderer))
        {
            var lagret = await scope.Get<IplosService>().LagreAsync(Skjema(liste, sak.Id, await LesAsync(forste), Idag, ferdigstill: true), Ct);
            Assert.True(lagret.IsSuccess, string.Join("; ", lagret.Errors.Select(e => e.Melding)));
        }

        var neste = await NyAsync(vurderer, sak.Id);
        Assert.NotEqual(forste, neste);
        await using var les = database.Scope();
        Assert.Equal(2, await les.Db().Set<IplosVurdering>().CountAsync(v => v.SakId == sak.Id, Ct));
    }

    [Fact]
    public async Task Databasen_tar_ikke_to_uferdige_vurderinger_i_samme_sak()
    {
        // Two "Ny IPLOS-vurdering" at once (a double click) both pass the service's check before either is saved;
        // the second save then meets the unique index on the case's unfinished assessment, and NyAsync answers
        // EnUferdigFinnes. A finished one beside a draft is allowed (the test above makes one after finishing).
        var (teamId, vurderer) = await TeamAsync();
        var sak = await SakIKartleggingAsync(teamId);
        await NyAsync(vurderer, sak.Id);

        await using var scope = database.Scope(vurderer);
        var liste = await ListeAsync();
        scope.Db().Set<IplosVurdering>().Add(new IplosVurdering(sak.Id, liste.Versjon, Idag, vurderer.Id!.Value));
        await Assert.ThrowsAsync<DbUpdateException>(() => scope.Db().SaveChangesAsync(Ct));
    }

    [Fact]
    public async Task Ferdigstilling_med_to_variabler_uten_skaar_navngir_begge_ved_feltene_og_lagrer_ingenting()
    {
        var (teamId, vurderer) = await TeamAsync();
        var sak = await SakIKartleggingAsync(teamId);
        var liste = await ListeAsync();
        var vurderingId = await NyAsync(vurderer, sak.Id);
        var utkast = await LesAsync(vurderingId);

        await using (var scope = database.Scope(vurderer))
        {
            var result = await scope.Get<IplosService>().LagreAsync(
                Skjema(liste, sak.Id, utkast, Idag, ferdigstill: true, utenSkaar: ["hukommelse", "horsel"]), Ct);
            Assert.False(result.IsSuccess);
            Assert.Equal(
                [("Skaarer[hukommelse]", "Velg en skår for «Hukommelse»."), ("Skaarer[horsel]", "Velg en skår for «Hørsel».")],
                result.Errors.Select(e => (e.Felt, e.Melding)));
        }

        var uendret = await LesAsync(vurderingId);
        Assert.Equal((utkast.Versjon, 0, (DateTimeOffset?)null), (uendret.Versjon, uendret.Skaarer.Count, uendret.Ferdig));

        // Saved as a draft without them, then finished with them: on the timeline.
        await using (var scope = database.Scope(vurderer))
        {
            Assert.True((await scope.Get<IplosService>().LagreAsync(
                Skjema(liste, sak.Id, utkast, Idag, ferdigstill: false, utenSkaar: ["hukommelse", "horsel"]), Ct)).IsSuccess);
        }

        var lagret = await LesAsync(vurderingId);
        Assert.Equal(15, lagret.Skaarer.Count);
        Assert.Null(lagret.Ferdig);
        await using (var scope = database.Scope(vurderer))
        {
            var ferdig = await scope.Get<IplosService>().LagreAsync(Skjema(liste, sak.Id, lagret, Idag, ferdigstill: true), Ct);
            Assert.True(ferdig.IsSuccess, string.Join("; ", ferdig.Errors.Select(e => e.Melding)));
        }

        var ferdigstilt = await LesAsync(vurderingId);
        Assert.Equal((17, 4, vurderer.Id), (ferdigstilt.Skaarer.Count, ferdigstilt.Deltakelse.Count, (Guid?)ferdigstilt.VurdertAv));
        Assert.NotNull(ferdigstilt.Ferdig);
        Assert.Contains(ferdigstilt.Deltakelse, d => d is { Kode: "transport", BehovForBistand: true, MottarBistand: MottarBistand.JaMenUdekketBehov });
        await using var les = database.Scope();
        Assert.True(await les.Db().Hendelser.AnyAsync(h => h.SakId == sak.Id && h.Type == HendelseType.IplosVurdert, Ct));
    }

    [Fact]
    public async Task Et_utkast_med_halvt_svar_paa_samfunnsdeltakelse_eller_neste_dato_foer_vurderingen_avvises_ved_feltene()
    {
        var (teamId, vurderer) = await TeamAsync();
        var sak = await SakIKartleggingAsync(teamId);
        var liste = await ListeAsync();
        var utkast = await LesAsync(await NyAsync(vurderer, sak.Id));
        var skjema = Skjema(liste, sak.Id, utkast, Idag, ferdigstill: false) with
        {
            NesteVurdering = Idag,
            Behov = new Dictionary<string, bool?> { ["transport"] = true },
            Mottar = new Dictionary<string, MottarBistand?>(),
            Skaarer = new Dictionary<string, int?> { ["syn"] = 7 },
        };

        await using var scope = database.Scope(vurderer);
        var result = await scope.Get<IplosService>().LagreAsync(skjema, Ct);

        var felter = result.Errors.ToDictionary(e => e.Felt ?? "", e => e.Melding);
        Assert.Equal("Neste vurdering må være etter denne vurderingens dato.", felter["NesteVurdering"]);
        Assert.StartsWith("Svar også på om bistand mottas", felter["Mottar[transport]"], StringComparison.Ordinal);
        // A score outside the list (only by a tampered form) is refused by the domain at its own field.
        var ugyldig = await scope.Get<IplosService>().LagreAsync(skjema with { NesteVurdering = null, Behov = new Dictionary<string, bool?>() }, Ct);
        Assert.Equal("Skaarer[syn]", ugyldig.Error!.Felt);
    }

    [Fact]
    public async Task En_revurdering_viser_endringen_per_variabel_siden_forrige_ferdige_vurdering()
    {
        var (teamId, vurderer) = await TeamAsync();
        var liste = await ListeAsync();
        var forst = liste.Variabler.ToDictionary(v => v.Kode, v => v.Kode switch { "hukommelse" => 2, "lage_mat" => 3, "syn" => 9, _ => 2 });
        var sak = await SakIKartleggingAsync(teamId, s => s.VurderIplos(forst, dato: Idag.AddMonths(-3), nesteVurdering: Idag.AddDays(10)));
        var vurderingId = await NyAsync(vurderer, sak.Id);
        await using (var scope = database.Scope(vurderer))
        {
            var naa = new Dictionary<string, int> { ["hukommelse"] = 4, ["lage_mat"] = 1, ["syn"] = 3 };
            var lagret = await scope.Get<IplosService>().LagreAsync(Skjema(liste, sak.Id, await LesAsync(vurderingId), Idag, ferdigstill: true, naa), Ct);
            Assert.True(lagret.IsSuccess, string.Join("; ", lagret.Errors.Select(e => e.Melding)));
        }

        await using (var scope = database.Scope(vurderer))
        {
            var vurdering = (await scope.Get<IplosService>().HentAsync(sak.Id, vurderingId, Ct)).Value;
            Assert.Equal(Idag.AddMonths(-3), vurdering.ForrigeDato);
            Assert.Equal(17, vurdering.Endringer.Count);
            var endring = vurdering.Endringer.ToDictionary(e => e.Variabel, e => (e.Forrige, e.Naa, e.Tekst));
            Assert.Equal((2, 4, "mer behov"), endring["Hukommelse"]);
            Assert.Equal((3, 1, "mindre behov"), endring["Lage mat"]);
            Assert.Equal((2, 2, "uendret"), endring["Sosial deltakelse"]);
            Assert.Equal((9, 3, "kan ikke sammenlignes (ikke relevant)"), endring["Syn"]);
        }

        // The first one is compared with nothing before it.
        Guid forsteId;
        await using (var scope = database.Scope())
        {
            forsteId = await scope.Db().Set<IplosVurdering>().Where(v => v.SakId == sak.Id && v.Id != vurderingId).Select(v => v.Id).SingleAsync(Ct);
        }

        await using (var scope = database.Scope(vurderer))
        {
            var forste = (await scope.Get<IplosService>().HentAsync(sak.Id, forsteId, Ct)).Value;
            Assert.Null(forste.ForrigeDato);
            Assert.Empty(forste.Endringer);
        }
    }

    [Fact]
    public async Task Forfallslisten_viser_den_nyeste_ferdige_vurderingen_i_hver_aapne_sak_som_forfaller_innen_30_dager()
    {
        var (teamId, vurderer) = await TeamAsync();
        var (annetTeam, _) = await TeamAsync();
        var tidligere = Idag.AddYears(-1);
        var forfalt = await SakIKartleggingAsync(teamId, s => s.VurderIplos(dato: tidligere, nesteVurdering: Idag.AddDays(-3)));
        var snart = await SakIKartleggingAsync(teamId, s => s.VurderIplos(dato: tidligere, nesteVurdering: Idag.AddDays(30)));
        var senere = await SakIKartleggingAsync(teamId, s => s.VurderIplos(dato: tidligere, nesteVurdering: Idag.AddDays(31)));
        // Reassessed since: the older one's passed date no longer counts. A draft does not make it due.
        var revurdert = await SakIKartleggingAsync(teamId, s => s
            .VurderIplos(dato: tidligere, nesteVurdering: Idag.AddDays(-40))
            .VurderIplos(dato: Idag.AddDays(-1), nesteVurdering: Idag.AddYears(1))
            .VurderIplos(ferdig: false));
        var henlagt = await SakIKartleggingAsync(teamId, s => s.VurderIplos(dato: tidligere, nesteVurdering: Idag.AddDays(-3)).Henlegg(Henleggelsesgrunn.FlyttetFraKommunen));
        var annet = await SakIKartleggingAsync(annetTeam, s => s.VurderIplos(dato: tidligere, nesteVurdering: Idag.AddDays(-3)));
        var paabegynt = await SakIKartleggingAsync(teamId, s => s.VurderIplos(dato: tidligere, nesteVurdering: Idag).VurderIplos(ferdig: false));
        // Reassessed through the form: finishing it replaces the one before (IplosVurdering.Erstattet), which leaves the list.
        var viaSkjema = await SakIKartleggingAsync(teamId, s => s.VurderIplos(dato: tidligere, nesteVurdering: Idag.AddDays(-40)));
        var nyId = await NyAsync(vurderer, viaSkjema.Id);
        await using (var skjema = database.Scope(vurderer))
        {
            Assert.True((await skjema.Get<IplosService>().LagreAsync(Skjema(await ListeAsync(), viaSkjema.Id, await LesAsync(nyId), Idag, ferdigstill: true), Ct)).IsSuccess);
        }

        await using (var les = database.Scope())
        {
            var paaSaken = await les.Db().Set<IplosVurdering>().AsNoTracking().Where(v => v.SakId == viaSkjema.Id).ToListAsync(Ct);
            Assert.Equal([nyId], paaSaken.Where(v => v.Erstattet is null).Select(v => v.Id));
        }

        Guid[] mine = [forfalt.Id, snart.Id, senere.Id, revurdert.Id, henlagt.Id, annet.Id, paabegynt.Id, viaSkjema.Id];

        await using var scope = database.Scope(vurderer);
        var liste = await scope.Get<IplosService>().ForfalteAsync(1, Ct);
        Assert.Equal((1, 1), (liste.Side, liste.AntallSider));
        // A page past the last (an old link) is the last page, not an empty list.
        var forLangt = await scope.Get<IplosService>().ForfalteAsync(99, Ct);
        Assert.Equal(1, forLangt.Side);
        Assert.Equal(liste.Saker.Select(f => f.SakId), forLangt.Saker.Select(f => f.SakId));

        var vist = liste.Saker.Where(f => mine.Contains(f.SakId)).ToList();
        Assert.Equal([forfalt.Id, paabegynt.Id, snart.Id], vist.Select(f => f.SakId));
        Assert.Equal([true, false, false], vist.Select(f => f.Forfalt));
        Assert.Equal([false, true, false], vist.Select(f => f.HarUtkast));
        Assert.Equal((tidligere, Idag.AddDays(-3), forfalt.Referanse), (vist[0].SisteVurdering, vist[0].NesteVurdering, vist[0].Referanse));
        Assert.Equal(Idag.AddDays(30), liste.Grense);

        // The team leader sees every team's cases.
        await using var leder = database.Scope(TestBruker.Med(Roller.Teamleder));
        Assert.Contains((await leder.Get<IplosService>().ForfalteAsync(1, Ct)).Saker, f => f.SakId == annet.Id);
    }
}
