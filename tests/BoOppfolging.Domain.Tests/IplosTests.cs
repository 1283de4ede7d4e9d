namespace BoOppfolging.Domain.Tests;

/// <summary>
/// The IPLOS assessment's rules on a small list (the real version 1 is data, checked in Infrastructure.Tests):
/// a draft may leave variables out, a finished one has them all and a next date, and a reassessment is
/// compared variable by variable.
/// </summary>
public sealed class IplosTests
{
    private static readonly DateOnly Idag = new(2026, 11, 2);
    private static readonly DateTimeOffset Naa = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Sak = Guid.CreateVersion7();

    public static Iplosliste Liste() => new(
        1,
        "test",
        [
            new("sosial_deltakelse", "Sosial deltakelse", "Sosial fungering", 1),
            new("alminnelig_husarbeid", "Alminnelig husarbeid", "Husholdning", 2),
            new("lage_mat", "Lage mat", "Husholdning", 3),
        ],
        [
            new(1, "Ingen problemer", false), new(2, "Utfordringer", false), new(3, "Middels behov", true),
            new(4, "Store behov", true), new(5, "Fullt behov", true), new(9, "Ikke relevant", false),
        ],
        [new("arbeid", "Arbeid eller utdanning", 1), new("transport", "Transport", 2)]);

    public static IReadOnlyList<Deltakelsesvurdering> AlleDeltakelser(Iplosliste liste) =>
        [.. liste.Deltakelse.Select(d => new Deltakelsesvurdering(d.Kode, true, MottarBistand.JaMenUdekketBehov))];

    [Fact]
    public void Et_utkast_kan_mangle_variabler_men_kan_ikke_ferdigstilles_og_sier_hvilke_som_mangler()
    {
        var liste = Liste();
        var v = new IplosVurdering(Sak, 1, Idag, Guid.CreateVersion7());

        Assert.True(v.Lagre(liste, Idag, new Dictionary<string, int> { ["lage_mat"] = 3 }, AlleDeltakelser(liste), Idag.AddMonths(6), Idag).IsSuccess);
        var result = v.Ferdigstill(liste, null, Naa);

        Assert.False(result.IsSuccess);
        Assert.Equal("iplos_mangler", result.Error!.Kode);
        Assert.Contains("Sosial deltakelse, Alminnelig husarbeid", result.Error.Melding, StringComparison.Ordinal);
        Assert.Equal(["sosial_deltakelse", "alminnelig_husarbeid"], v.Mangler(liste).Select(m => m.Kode));
        Assert.Null(v.Ferdig);
    }

    [Fact]
    public void Ferdigstilling_krever_deltakelse_og_neste_vurderingsdato()
    {
        var liste = Liste();
        var alle = liste.Variabler.ToDictionary(x => x.Kode, _ => 1);
        var v = new IplosVurdering(Sak, 1, Idag, Guid.CreateVersion7());

        Assert.True(v.Lagre(liste, Idag, alle, [AlleDeltakelser(liste)[0]], null, Idag).IsSuccess);
        Assert.Equal("iplos_deltakelse_mangler", v.Ferdigstill(liste, null, Naa).Error!.Kode);
        Assert.True(v.Lagre(liste, Idag, alle, AlleDeltakelser(liste), null, Idag).IsSuccess);
        Assert.Equal(IplosFeil.NesteMangler, v.Ferdigstill(liste, null, Naa).Error);
        Assert.True(v.Lagre(liste, Idag, alle, AlleDeltakelser(liste), Idag.AddMonths(12), Idag).IsSuccess);

        Assert.True(v.Ferdigstill(liste, null, Naa).IsSuccess);
        Assert.Equal(IplosFeil.AlleredeFerdig, v.Lagre(liste, Idag, alle, AlleDeltakelser(liste), Idag.AddMonths(3), Idag).Error);
    }

    [Fact]
    public void En_ny_ferdig_vurdering_erstatter_den_gjeldende_og_en_tilbakedatert_erstattes_selv()
    {
        var liste = Liste();
        var forste = Ferdig(liste, Idag.AddMonths(-6), null, Naa.AddMonths(-6));
        Assert.Null(forste.Erstattet);

        var andre = Ferdig(liste, Idag, forste, Naa);
        Assert.Equal(Naa, forste.Erstattet);
        Assert.Null(andre.Erstattet);

        // Dated before the current one (registered late): the current one stays current.
        var sen = Ferdig(liste, Idag.AddMonths(-3), andre, Naa.AddHours(1));
        Assert.Equal(Naa.AddHours(1), sen.Erstattet);
        Assert.Null(andre.Erstattet);

        // Only the case's current one can be replaced: not one replaced already, not another case's.
        var ny = new IplosVurdering(Sak, 1, Idag, Guid.CreateVersion7());
        Assert.True(ny.Lagre(liste, Idag, liste.Variabler.ToDictionary(x => x.Kode, _ => 2), AlleDeltakelser(liste), Idag.AddMonths(6), Idag).IsSuccess);
        Assert.Equal(IplosFeil.IkkeGjeldende, ny.Ferdigstill(liste, forste, Naa).Error);
        var annenSak = new IplosVurdering(Guid.CreateVersion7(), 1, Idag, Guid.CreateVersion7());
        Assert.True(annenSak.Lagre(liste, Idag, liste.Variabler.ToDictionary(x => x.Kode, _ => 2), AlleDeltakelser(liste), Idag.AddMonths(6), Idag).IsSuccess);
        Assert.Equal(IplosFeil.IkkeGjeldende, annenSak.Ferdigstill(liste, andre, Naa).Error);
        Assert.Null(annenSak.Ferdig);
    }

    private static IplosVurdering Ferdig(Iplosliste liste, DateOnly dato, IplosVurdering? gjeldende, DateTimeOffset tid)
    {
        var v = new IplosVurdering(Sak, 1, dato, Guid.CreateVersion7());
        Assert.True(v.Lagre(liste, dato, liste.Variabler.ToDictionary(x => x.Kode, _ => 2), AlleDeltakelser(liste), dato.AddMonths(6), Idag).IsSuccess);
        Assert.True(v.Ferdigstill(liste, gjeldende, tid).IsSuccess);
        return v;
    }

    [Fact]
    public void En_skaar_utenfor_skalaen_en_ukjent_variabel_og_en_neste_dato_for_vurderingen_avvises()
    {
        var liste = Liste();
        var v = new IplosVurdering(Sak, 1, Idag, Guid.CreateVersion7());

        Assert.Equal("iplos_ugyldig_skaar", v.Lagre(liste, Idag, new Dictionary<string, int> { ["lage_mat"] = 6 }, [], null, Idag).Error!.Kode);
        Assert.Equal("Skaar_lage_mat", v.Lagre(liste, Idag, new Dictionary<string, int> { ["lage_mat"] = 0 }, [], null, Idag).Error!.Felt);
        Assert.Equal("iplos_ukjent_variabel", v.Lagre(liste, Idag, new Dictionary<string, int> { ["flyge"] = 1 }, [], null, Idag).Error!.Kode);
        Assert.Equal(IplosFeil.NesteForTidlig, v.Lagre(liste, Idag, new Dictionary<string, int>(), [], Idag, Idag).Error);
        Assert.Equal(IplosFeil.DatoIFremtiden, v.Lagre(liste, Idag.AddDays(1), new Dictionary<string, int>(), [], null, Idag).Error);
        Assert.Empty(v.Skaarer);
    }

    [Fact]
    public void En_revurdering_viser_endringen_per_variabel_og_9_er_ingen_endring()
    {
        var liste = Liste();
        var forrige = new IplosVurdering(Sak, 1, Idag.AddMonths(-6), Guid.CreateVersion7());
        forrige.Lagre(liste, Idag.AddMonths(-6), new Dictionary<string, int> { ["sosial_deltakelse"] = 4, ["alminnelig_husarbeid"] = 3, ["lage_mat"] = 9 }, [], null, Idag);
        var naa = new IplosVurdering(Sak, 1, Idag, Guid.CreateVersion7());
        naa.Lagre(liste, Idag, new Dictionary<string, int> { ["sosial_deltakelse"] = 2, ["alminnelig_husarbeid"] = 3, ["lage_mat"] = 3 }, [], null, Idag);

        var endringer = naa.Sammenlign(forrige, liste);

        Assert.Equal(
            [("sosial_deltakelse", 4, 2, -2), ("alminnelig_husarbeid", 3, 3, 0), ("lage_mat", 9, 3, (int?)null)],
            endringer.Select(e => (e.Variabel.Kode, e.Forrige, e.Naa, e.Endring)).Select(t => (t.Kode, t.Forrige!.Value, t.Naa!.Value, t.Endring)));
        Assert.All(naa.Sammenlign(null, liste), e => Assert.Null(e.Forrige));
    }

    [Fact]
    public void En_vurdering_laget_med_en_annen_versjon_av_listen_avvises()
    {
        var v = new IplosVurdering(Sak, 2, Idag, Guid.CreateVersion7());
        Assert.Equal(IplosFeil.FeilVersjon, v.Lagre(Liste(), Idag, new Dictionary<string, int>(), [], null, Idag).Error);
    }
}
