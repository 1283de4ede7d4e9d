using BoOppfolging.Domain;

namespace BoOppfolging.Domain.Tests;

public sealed class SakTests
{
    private static readonly DateTimeOffset Tid = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Ny_sak_er_mottatt_og_har_en_hendelse_paa_tidslinjen()
    {
        var sak = Sak.Opprett("BO-2026-000001", Guid.NewGuid(), Kanal.Soknad, Tid, null);

        Assert.Equal(Saksstatus.Mottatt, sak.Status);
        var hendelse = Assert.Single(sak.Hendelser);
        Assert.Equal(HendelseType.SakOpprettet, hendelse.Type);
        Assert.False(hendelse.Intern);
    }

    [Fact]
    public void Lovlig_overgang_endrer_status_og_skriver_hendelse()
    {
        var sak = Sak.Opprett("BO-2026-000002", Guid.NewGuid(), Kanal.Soknad, Tid, null);

        var result = sak.Henlegg(Henleggelsesgrunn.FlyttetFraKommunen, null, Guid.NewGuid(), Tid.AddHours(1));

        Assert.True(result.IsSuccess);
        Assert.Equal(Saksstatus.Henlagt, sak.Status);
        Assert.Equal(HendelseType.StatusEndret, sak.Hendelser.Last().Type);
        Assert.Equal(2, sak.Hendelser.Count);
    }

    [Fact]
    public void Ulovlig_overgang_avvises_og_endrer_ingenting()
    {
        var sak = Sak.Opprett("BO-2026-000003", Guid.NewGuid(), Kanal.Soknad, Tid, null);
        Assert.True(sak.Trekk(Guid.NewGuid(), Tid).IsSuccess);
        var hendelser = sak.Hendelser.Count;

        var result = sak.Henlegg(Henleggelsesgrunn.FlyttetFraKommunen, null, Guid.NewGuid(), Tid.AddHours(1));

        Assert.False(result.IsSuccess);
        Assert.Equal("ulovlig_statusendring", result.Error!.Kode);
        Assert.Equal(Saksstatus.Trukket, sak.Status);
        Assert.Null(sak.Henleggelsesgrunn);
        Assert.Equal(hendelser, sak.Hendelser.Count);
    }

    [Fact]
    public void Status_endres_bare_gjennom_hensiktsmetoder()
    {
        // Every transition is an intent method that checks its own preconditions (docs/architecture.md).
        var offentlige = typeof(Sak).GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance);
        Assert.DoesNotContain(offentlige, m => m.Name == "EndreStatus");
        Assert.Null(typeof(Sak).GetProperty(nameof(Sak.Status))!.GetSetMethod());
    }

    /// <summary>The lifecycle table, written out in full: a move added or removed in <see cref="SaksstatusRegler"/> fails here.</summary>
    private static readonly Dictionary<Saksstatus, Saksstatus[]> ForventetTabell = new()
    {
        [Saksstatus.Mottatt] = [Saksstatus.Mottakskontroll, Saksstatus.Henlagt, Saksstatus.Trukket],
        [Saksstatus.Mottakskontroll] = [Saksstatus.TilVurdering, Saksstatus.Henvist, Saksstatus.Henlagt, Saksstatus.Trukket],
        [Saksstatus.TilVurdering] = [Saksstatus.Kartlegging, Saksstatus.Innstilling, Saksstatus.Mottakskontroll, Saksstatus.Henvist, Saksstatus.Henlagt, Saksstatus.Trukket],
        [Saksstatus.Kartlegging] = [Saksstatus.Innstilling, Saksstatus.Henlagt, Saksstatus.Trukket],
        [Saksstatus.Innstilling] = [Saksstatus.VedtakUnderArbeid, Saksstatus.Kartlegging, Saksstatus.Henlagt, Saksstatus.Trukket],
        [Saksstatus.VedtakUnderArbeid] = [Saksstatus.TilGodkjenning, Saksstatus.Henlagt, Saksstatus.Trukket],
        [Saksstatus.TilGodkjenning] = [Saksstatus.Vedtatt, Saksstatus.Avslag, Saksstatus.VedtakUnderArbeid, Saksstatus.Trukket],
        [Saksstatus.Vedtatt] = [Saksstatus.IOppfolging, Saksstatus.Avsluttet],
        [Saksstatus.IOppfolging] = [Saksstatus.Avsluttet],
        [Saksstatus.Avsluttet] = [Saksstatus.Vedtatt],
        [Saksstatus.Avslag] = [Saksstatus.Innstilling, Saksstatus.VedtakUnderArbeid],
        [Saksstatus.Henvist] = [],
        [Saksstatus.Henlagt] = [],
        [Saksstatus.Trukket] = [],
    };

    public static TheoryData<Saksstatus, Saksstatus> AlleParAvTilstander()
    {
        var data = new TheoryData<Saksstatus, Saksstatus>();
        foreach (var fra in Enum.GetValues<Saksstatus>())
        {
            foreach (var til in Enum.GetValues<Saksstatus>()) data.Add(fra, til);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AlleParAvTilstander))]
    public void Overgangstabellen_er_som_avtalt_for_hvert_par_av_tilstander(Saksstatus fra, Saksstatus til)
    {
        Assert.True(ForventetTabell.ContainsKey(fra), $"{fra} mangler i den forventede tabellen: legg den til med sine overganger.");
        Assert.Equal(ForventetTabell[fra].Contains(til), fra.KanGaaTil(til));
    }

    [Fact]
    public void Under_behandling_er_en_eksplisitt_mengde_og_avsluttede_har_ingen_overganger_bortsett_fra_et_avslag_som_omgjores_etter_klage()
    {
        Saksstatus[] underBehandling =
        [
            Saksstatus.Mottatt, Saksstatus.Mottakskontroll, Saksstatus.TilVurdering, Saksstatus.Kartlegging,
            Saksstatus.Innstilling, Saksstatus.VedtakUnderArbeid, Saksstatus.TilGodkjenning,
        ];
        Saksstatus[] avsluttede = [Saksstatus.Avsluttet, Saksstatus.Avslag, Saksstatus.Henvist, Saksstatus.Henlagt, Saksstatus.Trukket];
        foreach (var status in Enum.GetValues<Saksstatus>())
        {
            Assert.Equal(underBehandling.Contains(status), status.ErUnderBehandling());
            Assert.Equal(avsluttede.Contains(status), status.ErAvsluttet());
            Assert.Equal(avsluttede.Contains(status) && status is not (Saksstatus.Avslag or Saksstatus.Avsluttet), status.LovligeOverganger().Count == 0);
        }

        Assert.Equal(underBehandling, SaksstatusRegler.UnderBehandling);
        Assert.Equal([Saksstatus.Innstilling, Saksstatus.VedtakUnderArbeid], Saksstatus.Avslag.LovligeOverganger());
        Assert.Equal([Saksstatus.Vedtatt], Saksstatus.Avsluttet.LovligeOverganger());
    }

    [Fact]
    public void Innbyggeren_kan_trekke_saken_til_vedtak_er_fattet()
    {
        Assert.True(Saksstatus.TilGodkjenning.KanTrekkes());
        Assert.False(Saksstatus.Vedtatt.KanTrekkes());
        Assert.False(Saksstatus.IOppfolging.KanTrekkes());
    }

    [Fact]
    public void Avsluttet_sak_kan_ikke_faa_ny_saksbehandler()
    {
        var sak = Sak.Opprett("BO-2026-000004", Guid.NewGuid(), Kanal.Soknad, Tid, null);
        Assert.True(sak.Henlegg(Henleggelsesgrunn.FlyttetFraKommunen, null, Guid.NewGuid(), Tid).IsSuccess);

        var result = sak.TildelSaksbehandler(Guid.NewGuid(), null, Tid);

        Assert.Equal(SakFeil.SakenErAvsluttet, result.Error);
    }

    [Fact]
    public void Primaer_og_sekundaerkontakt_maa_vaere_to_personer()
    {
        var sak = Sak.Opprett("BO-2026-000005", Guid.NewGuid(), Kanal.Soknad, Tid, null);
        var id = Guid.NewGuid();

        Assert.Equal(SakFeil.SammeKontakt, sak.TildelKontakter(id, id, Norsktid.Dato(Tid), null, [], Norsktid.Dato(Tid), Guid.NewGuid(), Tid).Error);
    }
}
