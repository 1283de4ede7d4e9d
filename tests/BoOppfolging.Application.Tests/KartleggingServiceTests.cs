using BoOppfolging.Application.Kartlegging;
using BoOppfolging.Application.Mottak;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Identity;
using BoOppfolging.Tests.Felles;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Tests;

/// <summary>
/// The vurderingsteam's first slice through the service, on a real SQLite file: taking a case, the team
/// leader giving it to a member, the vurderingsmøte, the queue, and who may do what.
/// </summary>
public sealed class KartleggingServiceTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Idag => Norsktid.Dato(database.Tid.GetUtcNow());

    /// <summary>A vurderingsteam with <paramref name="antall"/> members, each a real account with the role (the team leader chooses among them).</summary>
    private async Task<(Guid TeamId, TestBruker[] Medlemmer)> TeamAsync(int antall = 2)
    {
        await using var scope = database.Scope();
        var db = scope.Db();
        var rolle = await db.Roles.SingleOrDefaultAsync(r => r.NormalizedName == "VURDERINGSTEAM", Ct);
        if (rolle is null)
        {
            rolle = new IdentityRole<Guid>(Roller.Vurderingsteam) { Id = Guid.CreateVersion7(), NormalizedName = "VURDERINGSTEAM" };
            db.Roles.Add(rolle);
        }

        var team = new Team("Vurderingsteam " + Guid.NewGuid().ToString("N")[..6], Teamtype.Vurderingsteam);
        var medlemmer = new TestBruker[antall];
        for (var i = 0; i < antall; i++)
        {
            var konto = new ApplicationUser { UserName = $"{Guid.NewGuid():N}@test.no", Fornavn = "Medlem", Etternavn = $"Nummer{i + 1}" };
            db.Users.Add(konto);
            db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = konto.Id, RoleId = rolle.Id });
            team.LeggTilMedlem(konto.Id);
            medlemmer[i] = new TestBruker { Id = konto.Id, Roller = [Roller.Vurderingsteam] };
        }

        db.Team.Add(team);
        await db.SaveChangesAsync(Ct);
        return (team.Id, medlemmer);
    }

    private Task<Sak> TilVurderingAsync(Guid teamId) =>
        database.LagreSakAsync(s => s.Som(Guid.CreateVersion7()).TilStatus(Saksstatus.TilVurdering, teamId));

    private async Task<Domain.Kartlegging?> KartleggingAsync(Guid sakId)
    {
        await using var scope = database.Scope();
        return await scope.Db().Set<Domain.Kartlegging>().AsNoTracking().SingleOrDefaultAsync(k => k.SakId == sakId, Ct);
    }

    private async Task<Sak> SakAsync(Guid sakId)
    {
        await using var scope = database.Scope();
        return await scope.Db().Saker.AsNoTracking().Include(s => s.Hendelser).SingleAsync(s => s.Id == sakId, Ct);
    }

    private async Task<T> SomAsync<T>(TestBruker bruker, Func<KartleggingService, Task<T>> handling)
    {
        await using var scope = database.Scope(bruker);
        return await handling(scope.Get<KartleggingService>());
    }

    private RegistrerVurderingsmoteCommand Mote(Guid sakId, Guid versjon, Vurderingskonklusjon konklusjon) =>
        new(sakId, versjon, Idag, [" Kari Nordmann ", "Per Hansen"], konklusjon, "Søkeren bor i egen leilighet og trenger hjelp til å mestre boforholdet.");

    [Fact]
    public async Task Et_medlem_tar_saken_og_kartleggingen_lages_med_medlemmet_som_ansvarlig()
    {
        var (teamId, medlemmer) = await TeamAsync();
        var sak = await TilVurderingAsync(teamId);

        var result = await SomAsync(medlemmer[0], k => k.TaAsync(sak.Id, Guid.Empty, Ct));

        Assert.True(result.IsSuccess, result.Error?.Melding);
        Assert.Equal(medlemmer[0].Id, (await KartleggingAsync(sak.Id))!.AnsvarligId);
        Assert.Contains((await SakAsync(sak.Id)).Hendelser, h => h.Type == HendelseType.SakTatt && h.Intern);
        var visning = await SomAsync(medlemmer[0], k => k.HentAsync(sak.Id, Ct));
        Assert.True(visning.Value.ErMin);
        Assert.Equal("Medlem Nummer1", visning.Value.Ansvarlig);
        Assert.False(visning.Value.Handlinger.KanTa);
    }

    [Fact]
    public async Task Tom_versjon_godtas_bare_saa_lenge_saken_ikke_har_kartlegging()
    {
        var (teamId, medlemmer) = await TeamAsync();
        var sak = await TilVurderingAsync(teamId);
        Assert.True((await SomAsync(medlemmer[0], k => k.TaAsync(sak.Id, Guid.Empty, Ct))).IsSuccess);

        // The second member read the case before the first took it.
        var sent = await SomAsync(medlemmer[1], k => k.TaAsync(sak.Id, Guid.Empty, Ct));
        Assert.True(sent.IsConflict);
        Assert.Equal(medlemmer[0].Id, (await KartleggingAsync(sak.Id))!.AnsvarligId);

        // Having seen who has it, the second member takes it over.
        var versjon = (await KartleggingAsync(sak.Id))!.Versjon;
        Assert.True((await SomAsync(medlemmer[1], k => k.TaAsync(sak.Id, versjon, Ct))).IsSuccess);
        var etter = await KartleggingAsync(sak.Id);
        Assert.Equal(medlemmer[1].Id, etter!.AnsvarligId);
        Assert.NotEqual(versjon, etter.Versjon);
        Assert.True((await SomAsync(medlemmer[0], k => k.TaAsync(sak.Id, versjon, Ct))).IsConflict);
    }

    [Fact]
    public async Task Flere_som_tar_en_sak_uten_kartlegging_samtidig_gir_en_ansvarlig_og_ellers_konflikt_aldri_en_feil()
    {
        var (teamId, medlemmer) = await TeamAsync(4);
        var sak = await TilVurderingAsync(teamId);

        // All read "no Kartlegging yet"; whoever saves second meets the first's row (the version, or the unique case id).
        var resultater = await Task.WhenAll(medlemmer.Select(m => Task.Run(() => SomAsync(m, k => k.TaAsync(sak.Id, Guid.Empty, Ct)), Ct)));

        var vant = Assert.Single(resultater, r => r.IsSuccess);
        Assert.All(resultater.Where(r => r != vant), r => Assert.True(r.IsConflict, r.Error?.Kode));
        var kartlegging = await KartleggingAsync(sak.Id);
        Assert.Contains(kartlegging!.AnsvarligId!.Value, medlemmer.Select(m => m.Id!.Value));
        Assert.Single((await SakAsync(sak.Id)).Hendelser, h => h.Type == HendelseType.SakTatt);
    }

    [Fact]
    public async Task Et_medlem_av_et_annet_team_og_en_bo_oppfolger_faar_ikke_funnet_saken()
    {
        var (teamId, _) = await TeamAsync(1);
        var (_, andre) = await TeamAsync(1);
        var sak = await TilVurderingAsync(teamId);
        var boOppfolger = TestBruker.Med(Roller.BoOppfolger);

        foreach (var bruker in new[] { andre[0], boOppfolger })
        {
            Assert.True((await SomAsync(bruker, k => k.TaAsync(sak.Id, Guid.Empty, Ct))).IsNotFound);
            Assert.True((await SomAsync(bruker, k => k.RegistrerVurderingsmoteAsync(Mote(sak.Id, Guid.Empty, Vurderingskonklusjon.FyllerKriteriene), Ct))).IsNotFound);
            Assert.True((await SomAsync(bruker, k => k.HentAsync(sak.Id, Ct))).IsNotFound);
            Assert.DoesNotContain((await SomAsync(bruker, k => k.KoAsync(new Vurderingsfilter(), Ct))).Saker, s => s.Id == sak.Id);
        }

        Assert.Null(await KartleggingAsync(sak.Id));
        Assert.Equal(Saksstatus.TilVurdering, (await SakAsync(sak.Id)).Status);
    }

    [Fact]
    public async Task Et_ugyldig_vurderingsmote_gir_norske_meldinger_ved_feltene_og_lagrer_ingenting()
    {
        var (teamId, medlemmer) = await TeamAsync(1);
        var sak = await TilVurderingAsync(teamId);

        var result = await SomAsync(medlemmer[0], k => k.RegistrerVurderingsmoteAsync(
            new RegistrerVurderingsmoteCommand(sak.Id, Guid.Empty, Idag.AddDays(1), [], null, new string('x', Domain.Kartlegging.MaksTekst + 1)), Ct));

        var felter = result.Errors.ToDictionary(e => e.Felt!, e => e.Melding);
        Assert.Equal("Møtet kan ikke ha en dato fram i tid.", felter["Dato"]);
        Assert.Equal("Skriv hvem som var til stede, ett navn på hver linje.", felter["TilStede"]);
        Assert.Equal("Velg hva teamet konkluderte med.", felter["Konklusjon"]);
        Assert.Equal("Begrunnelsen kan ha høyst 4000 tegn.", felter["Begrunnelse"]);

        var tom = await SomAsync(medlemmer[0], k => k.RegistrerVurderingsmoteAsync(
            Mote(sak.Id, Guid.Empty, Vurderingskonklusjon.FyllerKriteriene) with { Begrunnelse = "  ", TilStede = [new string('x', 501)] }, Ct));
        var tomFelter = tom.Errors.ToDictionary(e => e.Felt!, e => e.Melding);
        Assert.Equal("Skriv begrunnelsen for konklusjonen.", tomFelter["Begrunnelse"]);
        Assert.Equal("Hvert navn kan ha høyst 500 tegn.", tomFelter["TilStede"]);

        Assert.Null(await KartleggingAsync(sak.Id));
        Assert.Equal(Saksstatus.TilVurdering, (await SakAsync(sak.Id)).Status);
    }

    [Fact]
    public async Task Fyller_kriteriene_sender_saken_til_kartlegging_med_motet_paa_saken()
    {
        var (teamId, medlemmer) = await TeamAsync(1);
        var sak = await TilVurderingAsync(teamId);

        var result = await SomAsync(medlemmer[0], k => k.RegistrerVurderingsmoteAsync(Mote(sak.Id, Guid.Empty, Vurderingskonklusjon.FyllerKriteriene), Ct));

        Assert.True(result.IsSuccess, result.Error?.Melding);
        Assert.Equal(Saksstatus.Kartlegging, (await SakAsync(sak.Id)).Status);
        var mote = Assert.Single((await KartleggingAsync(sak.Id))!.Vurderingsmoter);
        Assert.Equal((Idag, Vurderingskonklusjon.FyllerKriteriene, medlemmer[0].Id!.Value), (mote.Dato, mote.Konklusjon, mote.RegistrertAv));
        Assert.Equal(["Kari Nordmann", "Per Hansen"], mote.TilStede);

        // A second meeting is for a case still to be assessed: in Kartlegging the state refuses it, with the reason.
        var versjon = (await KartleggingAsync(sak.Id))!.Versjon;
        var igjen = await SomAsync(medlemmer[0], k => k.RegistrerVurderingsmoteAsync(Mote(sak.Id, versjon, Vurderingskonklusjon.FyllerKriteriene), Ct));
        Assert.Equal("ikke_tillatt_naa", igjen.Error!.Kode);
        var visning = (await SomAsync(medlemmer[0], k => k.HentAsync(sak.Id, Ct))).Value;
        Assert.False(visning.Handlinger.KanRegistrereVurderingsmote);
        Assert.Equal(Vurderingskonklusjon.FyllerKriteriene, visning.SisteKonklusjon);
    }

    [Fact]
    public async Task Fyller_ikke_kriteriene_tilbyr_henvisning_som_teamet_kan_gjore_selv()
    {
        var (teamId, medlemmer) = await TeamAsync(1);
        var sak = await TilVurderingAsync(teamId);
        var foer = (await SomAsync(medlemmer[0], k => k.HentAsync(sak.Id, Ct))).Value.Handlinger;
        Assert.Equal((true, false, false), (foer.KanRegistrereVurderingsmote, foer.KanHenvise, foer.KanBeOmOpplysninger));

        Assert.True((await SomAsync(medlemmer[0], k => k.RegistrerVurderingsmoteAsync(Mote(sak.Id, Guid.Empty, Vurderingskonklusjon.FyllerIkkeKriteriene), Ct))).IsSuccess);

        Assert.Equal(Saksstatus.TilVurdering, (await SakAsync(sak.Id)).Status);
        var etter = (await SomAsync(medlemmer[0], k => k.HentAsync(sak.Id, Ct))).Value.Handlinger;
        Assert.Equal((true, false), (etter.KanHenvise, etter.KanBeOmOpplysninger));
        await using var scope = database.Scope(medlemmer[0]);
        var henvist = await scope.Get<MottakService>().HenvisAsync(
            new HenvisCommand(sak.Id, (await SakAsync(sak.Id)).Versjon, "Origo", "Behovet gjelder rus, som Origo har ansvaret for."), Ct);
        Assert.True(henvist.IsSuccess, henvist.Error?.Melding);
        Assert.Equal(Saksstatus.Henvist, (await SakAsync(sak.Id)).Status);
    }

    [Fact]
    public async Task Trenger_mer_informasjon_tilbyr_aa_be_om_opplysninger()
    {
        var (teamId, medlemmer) = await TeamAsync(1);
        var sak = await TilVurderingAsync(teamId);

        Assert.True((await SomAsync(medlemmer[0], k => k.RegistrerVurderingsmoteAsync(Mote(sak.Id, Guid.Empty, Vurderingskonklusjon.TrengerMerInformasjon), Ct))).IsSuccess);

        var h = (await SomAsync(medlemmer[0], k => k.HentAsync(sak.Id, Ct))).Value.Handlinger;
        Assert.Equal((false, true), (h.KanHenvise, h.KanBeOmOpplysninger));
        await using var scope = database.Scope(medlemmer[0]);
        var bedt = await scope.Get<MottakService>().BeOmOpplysningerAsync(
            new BeOmOpplysningerCommand(sak.Id, (await SakAsync(sak.Id)).Versjon, "Uttalelse fra fastlegen om helsesituasjonen.", Idag.AddDays(14)), Ct);
        Assert.True(bedt.IsSuccess, bedt.Error?.Melding);
        Assert.Equal(Saksstatus.TilVurdering, (await SakAsync(sak.Id)).Status);
    }

    [Fact]
    public async Task Teamlederen_gir_saken_bare_til_et_medlem_av_sakens_team()
    {
        var (teamId, medlemmer) = await TeamAsync(2);
        var (_, andre) = await TeamAsync(1);
        var sak = await TilVurderingAsync(teamId);
        var teamleder = TestBruker.Med(Roller.Teamleder);

        var visning = (await SomAsync(teamleder, k => k.HentAsync(sak.Id, Ct))).Value;
        Assert.True(visning.Handlinger.KanTildele);
        Assert.False(visning.Handlinger.KanTa);
        Assert.Equal(medlemmer.Select(m => m.Id!.Value).Order(), visning.Teammedlemmer.Select(m => m.Id).Order());

        var utenfor = await SomAsync(teamleder, k => k.TildelAsync(new TildelVurdererCommand(sak.Id, Guid.Empty, andre[0].Id), Ct));
        Assert.Equal(("ukjent_vurderer", "VurdererId"), (utenfor.Error!.Kode, utenfor.Error.Felt));
        var ingen = await SomAsync(teamleder, k => k.TildelAsync(new TildelVurdererCommand(sak.Id, Guid.Empty, null), Ct));
        Assert.Equal(("Velg hvem i teamet som skal ha saken.", "VurdererId"), (ingen.Error!.Melding, ingen.Error.Felt));
        Assert.Null(await KartleggingAsync(sak.Id));

        Assert.True((await SomAsync(teamleder, k => k.TildelAsync(new TildelVurdererCommand(sak.Id, Guid.Empty, medlemmer[1].Id), Ct))).IsSuccess);
        Assert.Equal(medlemmer[1].Id, (await KartleggingAsync(sak.Id))!.AnsvarligId);

        // A member cannot give cases away: that is the team leader's, and the table never gives it to the member.
        var versjon = (await KartleggingAsync(sak.Id))!.Versjon;
        Assert.True((await SomAsync(medlemmer[1], k => k.TildelAsync(new TildelVurdererCommand(sak.Id, versjon, medlemmer[0].Id), Ct))).IsNotFound);
    }

    [Fact]
    public async Task Koen_viser_teamets_saker_i_vurdering_med_hvem_som_har_dem_og_filtrerer_paa_mine_og_ikke_tatt()
    {
        var (teamId, medlemmer) = await TeamAsync(2);
        var ikkeTatt = await TilVurderingAsync(teamId);
        var min = await TilVurderingAsync(teamId);
        var andres = await TilVurderingAsync(teamId);
        var iKartlegging = await TilVurderingAsync(teamId);
        var imottak = await database.LagreSakAsync(s => s.Som(Guid.CreateVersion7()).TilStatus(Saksstatus.Mottakskontroll).TildelTeam(teamId));
        Assert.True((await SomAsync(medlemmer[0], k => k.TaAsync(min.Id, Guid.Empty, Ct))).IsSuccess);
        Assert.True((await SomAsync(medlemmer[1], k => k.TaAsync(andres.Id, Guid.Empty, Ct))).IsSuccess);
        Assert.True((await SomAsync(medlemmer[1], k => k.RegistrerVurderingsmoteAsync(Mote(iKartlegging.Id, Guid.Empty, Vurderingskonklusjon.FyllerKriteriene), Ct))).IsSuccess);

        var alle = await SomAsync(medlemmer[0], k => k.KoAsync(new Vurderingsfilter(), Ct));
        Assert.Equal(4, alle.Totalt);
        Assert.Equal([ikkeTatt.Id, min.Id, andres.Id, iKartlegging.Id], alle.Saker.Select(s => s.Id));
        Assert.DoesNotContain(alle.Saker, s => s.Id == imottak.Id);
        var rader = alle.Saker.ToDictionary(s => s.Id);
        Assert.Equal(((string?)null, true), (rader[ikkeTatt.Id].Ansvarlig, rader[ikkeTatt.Id].KanTa));
        Assert.Equal(("Medlem Nummer1", false), (rader[min.Id].Ansvarlig, rader[min.Id].KanTa));
        Assert.Equal(("Medlem Nummer2", true), (rader[andres.Id].Ansvarlig, rader[andres.Id].KanTa));
        Assert.Equal(Saksstatus.Kartlegging, rader[iKartlegging.Id].Status);
        Assert.Equal(Guid.Empty, rader[ikkeTatt.Id].Versjon);

        Assert.Equal([min.Id], (await SomAsync(medlemmer[0], k => k.KoAsync(new Vurderingsfilter { Hvem = "mine" }, Ct))).Saker.Select(s => s.Id));
        // iKartlegging has a Kartlegging without anyone holding it: still not taken.
        Assert.Equal([ikkeTatt.Id, iKartlegging.Id], (await SomAsync(medlemmer[0], k => k.KoAsync(new Vurderingsfilter { Hvem = "ikke-tatt" }, Ct))).Saker.Select(s => s.Id));
        var kartlegging = await SomAsync(medlemmer[0], k => k.KoAsync(new Vurderingsfilter { Status = nameof(Saksstatus.Kartlegging) }, Ct));
        Assert.Equal([iKartlegging.Id], kartlegging.Saker.Select(s => s.Id));
        Assert.Equal(1, kartlegging.Totalt);
        // A status outside the queue is not a way to list other cases: the filter falls back to the queue's states.
        Assert.Equal(4, (await SomAsync(medlemmer[0], k => k.KoAsync(new Vurderingsfilter { Status = nameof(Saksstatus.Mottakskontroll) }, Ct))).Totalt);
        // The team leader sees them too, but takes none.
        var teamleder = await SomAsync(TestBruker.Med(Roller.Teamleder), k => k.KoAsync(new Vurderingsfilter(), Ct));
        Assert.Contains(teamleder.Saker, s => s.Id == ikkeTatt.Id);
        Assert.DoesNotContain(teamleder.Saker, s => s.KanTa);
    }
}
