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
        var sak = Sak.Opprett("BO-2026-000002", Guid.NewGuid(), Kanal.Fastlege, Tid, null);

        var result = sak.EndreStatus(Saksstatus.Mottakskontroll, Guid.NewGuid(), Tid.AddHours(1));

        Assert.True(result.IsSuccess);
        Assert.Equal(Saksstatus.Mottakskontroll, sak.Status);
        Assert.Equal(2, sak.Hendelser.Count);
    }

    [Fact]
    public void Ulovlig_overgang_avvises_og_endrer_ingenting()
    {
        var sak = Sak.Opprett("BO-2026-000003", Guid.NewGuid(), Kanal.Soknad, Tid, null);

        var result = sak.EndreStatus(Saksstatus.Vedtatt, Guid.NewGuid(), Tid.AddHours(1));

        Assert.False(result.IsSuccess);
        Assert.Equal("ulovlig_statusendring", result.Error!.Kode);
        Assert.Equal(Saksstatus.Mottatt, sak.Status);
        Assert.Single(sak.Hendelser);
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
        sak.EndreStatus(Saksstatus.Henlagt, null, Tid);

        var result = sak.TildelSaksbehandler(Guid.NewGuid(), null, Tid);

        Assert.Equal(SakFeil.SakenErAvsluttet, result.Error);
    }

    [Fact]
    public void Primaer_og_sekundaerkontakt_maa_vaere_to_personer()
    {
        var sak = Sak.Opprett("BO-2026-000005", Guid.NewGuid(), Kanal.Soknad, Tid, null);
        var id = Guid.NewGuid();

        Assert.Equal(SakFeil.SammeKontakt, sak.TildelKontakter(id, id, null, Tid).Error);
    }
}
