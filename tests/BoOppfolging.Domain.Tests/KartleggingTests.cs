namespace BoOppfolging.Domain.Tests;

/// <summary>The vurderingsteam's phase: its transitions on the case, the mapping's rules, the innstilling's bounds, corrections kept.</summary>
public sealed class KartleggingTests
{
    private static readonly DateTimeOffset Naa = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Idag = new(2026, 11, 2);
    private static readonly Guid Medlem = Guid.CreateVersion7();
    private static readonly Guid Annet = Guid.CreateVersion7();

    private static (Sak Sak, Kartlegging Kartlegging) TilVurdering()
    {
        var sak = Sak.OpprettFraSoknad("BO-2026-000001", Guid.CreateVersion7(), null, Naa.AddDays(-10), Guid.CreateVersion7());
        Assert.True(sak.RegistrerMottakskontroll(new DateOnly(1980, 1, 1), true, true, null, Idag, Annet, Naa.AddDays(-9)).IsSuccess);
        Assert.True(sak.SendTilVurdering(Guid.CreateVersion7(), Annet, Naa.AddDays(-8)).IsSuccess);
        return (sak, new Kartlegging(sak.Id));
    }

    private static (Sak Sak, Kartlegging Kartlegging) IKartlegging()
    {
        var (sak, k) = TilVurdering();
        Assert.True(sak.RegistrerVurderingsmote(k, Idag, ["Kari Vik", "Ola Dal"], Vurderingskonklusjon.FyllerKriteriene, "Trenger praktisk hjelp.", Medlem, Naa).IsSuccess);
        return (sak, k);
    }

    private static Kartleggingsmote Mote(DateOnly? dato = null) =>
        new(dato ?? Idag, Motested.Hjemme, true, [new Motedeltaker("Per Vik", "bror", true)], "Jeg vil klare regningene selv.", Guid.Empty, default);

    private static Omradebehov Behov(Hjelpeomrade omrade = Hjelpeomrade.OkonomiOgNav) => new(omrade, "Regninger ligger ubetalt.", "Hjelp med budsjett.", Prioritet.Hoy);

    private static Maal EtMaal() => new(Guid.CreateVersion7(), "Betale husleia selv", Hjelpeomrade.OkonomiOgNav, "Ingen purringer på tre måneder", Idag.AddMonths(6));

    internal static Innstilling Innvilg(int kvarter = 20, Timeenhet enhet = Timeenhet.Uke) =>
        new(Innstillingsutfall.Innvilge, [Hjelpeomrade.OkonomiOgNav], kvarter, enhet, Idag.AddDays(14), Idag.AddYears(1), Idag.AddMonths(6), "Behovene er store.", Guid.Empty, default);

    internal static (Sak, Kartlegging) Ferdig()
    {
        var (sak, k) = IKartlegging();
        Assert.True(sak.RegistrerKartleggingsmote(k, Mote(), null, Medlem, Naa).IsSuccess);
        Assert.True(k.LagreBehov([Behov()], null, Medlem, Naa).IsSuccess);
        Assert.True(k.LagreMaal(EtMaal(), null, Medlem, Naa).IsSuccess);
        Assert.True(sak.FerdigstillKartlegging(k, FerdigIplos(sak.Id), Medlem, Naa).IsSuccess);
        return (sak, k);
    }

    private static IplosVurdering FerdigIplos(Guid sakId)
    {
        var liste = IplosTests.Liste();
        var v = new IplosVurdering(sakId, liste.Versjon, Idag, Medlem);
        Assert.True(v.Lagre(liste, Idag, liste.Variabler.ToDictionary(x => x.Kode, _ => 2), IplosTests.AlleDeltakelser(liste), Idag.AddMonths(6), Idag).IsSuccess);
        Assert.True(v.Ferdigstill(liste, null, Naa).IsSuccess);
        return v;
    }

    [Fact]
    public void Et_medlem_tar_saken_og_det_staar_paa_tidslinjen_for_ansatte()
    {
        var (sak, k) = TilVurdering();

        Assert.True(sak.TaTilVurdering(k, Medlem, Medlem, Naa).IsSuccess);

        Assert.Equal(Medlem, k.AnsvarligId);
        var hendelse = sak.Hendelser.Last();
        Assert.Equal((HendelseType.SakTatt, true), (hendelse.Type, hendelse.Intern));
        Assert.Equal(KartleggingFeil.HarAlleredeSaken, sak.TaTilVurdering(k, Medlem, Medlem, Naa).Error);
    }

    [Fact]
    public void Fyller_kriteriene_starter_kartleggingen()
    {
        var (sak, k) = IKartlegging();

        Assert.Equal(Saksstatus.Kartlegging, sak.Status);
        Assert.Equal(Vurderingskonklusjon.FyllerKriteriene, k.SisteVurdering!.Konklusjon);
        Assert.Equal(["Kari Vik", "Ola Dal"], k.SisteVurdering.TilStede);
    }

    [Theory]
    [InlineData(Vurderingskonklusjon.FyllerIkkeKriteriene)]
    [InlineData(Vurderingskonklusjon.TrengerMerInformasjon)]
    public void De_andre_konklusjonene_holder_saken_til_vurdering(Vurderingskonklusjon konklusjon)
    {
        var (sak, k) = TilVurdering();

        Assert.True(sak.RegistrerVurderingsmote(k, Idag, ["Kari Vik"], konklusjon, "Begrunnelse.", Medlem, Naa).IsSuccess);

        Assert.Equal(Saksstatus.TilVurdering, sak.Status);
        Assert.Equal(HendelseType.Vurderingsmote, sak.Hendelser.Last().Type);
    }

    [Fact]
    public void Vurderingsmote_uten_til_stede_begrunnelse_eller_med_dato_fram_i_tid_avvises()
    {
        var (sak, k) = TilVurdering();

        Assert.Equal(KartleggingFeil.TilStedeMangler, sak.RegistrerVurderingsmote(k, Idag, [], Vurderingskonklusjon.FyllerKriteriene, "B", Medlem, Naa).Error);
        Assert.Equal(KartleggingFeil.BegrunnelseMangler, sak.RegistrerVurderingsmote(k, Idag, ["A"], Vurderingskonklusjon.FyllerKriteriene, " ", Medlem, Naa).Error);
        Assert.Equal(KartleggingFeil.MoteIFremtiden, sak.RegistrerVurderingsmote(k, Idag.AddDays(1), ["A"], Vurderingskonklusjon.FyllerKriteriene, "B", Medlem, Naa).Error);
        Assert.Equal(Saksstatus.TilVurdering, sak.Status);
        Assert.Empty(k.Vurderingsmoter);
    }

    [Fact]
    public void Kartleggingen_kan_ikke_ferdigstilles_foer_alt_er_der_og_sier_hva_som_mangler()
    {
        var (sak, k) = IKartlegging();

        var result = sak.FerdigstillKartlegging(k, null, Medlem, Naa);

        Assert.False(result.IsSuccess);
        Assert.Contains("et kartleggingsmøte med innbyggeren", result.Error!.Melding, StringComparison.Ordinal);
        Assert.Contains("minst ett mål", result.Error.Melding, StringComparison.Ordinal);
        Assert.Contains("en ferdig IPLOS-vurdering", result.Error.Melding, StringComparison.Ordinal);
        Assert.Null(k.Ferdigstilt);

        Assert.True(sak.RegistrerKartleggingsmote(k, Mote(), null, Medlem, Naa).IsSuccess);
        Assert.True(k.LagreBehov([Behov()], null, Medlem, Naa).IsSuccess);
        Assert.True(k.LagreMaal(EtMaal(), null, Medlem, Naa).IsSuccess);
        var uferdigIplos = new IplosVurdering(sak.Id, 1, Idag, Medlem);
        Assert.Contains("IPLOS", sak.FerdigstillKartlegging(k, uferdigIplos, Medlem, Naa).Error!.Melding, StringComparison.Ordinal);

        Assert.True(sak.FerdigstillKartlegging(k, FerdigIplos(sak.Id), Medlem, Naa).IsSuccess);
        Assert.NotNull(k.Ferdigstilt);
    }

    [Fact]
    public void En_ferdig_kartlegging_endres_bare_med_begrunnelse_og_den_tidligere_versjonen_tas_vare_paa()
    {
        var (_, k) = Ferdig();
        var nye = new[] { Behov(), Behov(Hjelpeomrade.Ernaering) };

        Assert.Equal(KartleggingFeil.KorrigeringUtenBegrunnelse, k.LagreBehov(nye, null, Annet, Naa.AddDays(1)).Error);
        Assert.Single(k.Behov);

        Assert.True(k.LagreBehov(nye, "Glemte ernæring i møtet.", Annet, Naa.AddDays(1)).IsSuccess);

        Assert.Equal(2, k.Behov.Count);
        var endring = Assert.Single(k.Endringer);
        Assert.Equal(("Behov", "Glemte ernæring i møtet.", Annet), (endring.Del, endring.Begrunnelse, endring.EndretAv));
        Assert.DoesNotContain("Ernæring", endring.Tidligere, StringComparison.Ordinal);
        Assert.Contains("Ernæring", endring.Ny, StringComparison.Ordinal);
    }

    [Fact]
    public void Et_kartleggingsmote_rettes_og_beholder_hvem_som_registrerte_det_og_etter_ferdigstilling_bare_med_begrunnelse()
    {
        var (sak, k) = Ferdig();
        var rettet = Mote() with { BrukerensSyn = "Jeg vil klare regningene og handlingen selv.", Andre = [new Motedeltaker("Per Vik", "bror", true), new Motedeltaker("Eva Li", "NAV-veileder", false)] };

        Assert.True(sak.EndreKartleggingsmote(k, 2, rettet, "Feil møte.", Annet, Naa.AddDays(1)).IsNotFound);
        Assert.Equal(KartleggingFeil.KorrigeringUtenBegrunnelse, sak.EndreKartleggingsmote(k, 1, rettet, null, Annet, Naa.AddDays(1)).Error);
        Assert.Equal(KartleggingFeil.MoteIFremtiden, sak.EndreKartleggingsmote(k, 1, rettet with { Dato = Idag.AddDays(3) }, "x", Annet, Naa.AddDays(1)).Error);
        var hendelser = sak.Hendelser.Count;

        // The same content again (a new list with the same participants) is no change.
        Assert.True(sak.EndreKartleggingsmote(k, 1, Mote(), "Ingen endring.", Annet, Naa.AddDays(1)).IsSuccess);
        Assert.Empty(k.Endringer);
        Assert.Equal(hendelser, sak.Hendelser.Count);

        Assert.True(sak.EndreKartleggingsmote(k, 1, rettet, "Innbyggerens ord ble skrevet ned ufullstendig.", Annet, Naa.AddDays(1)).IsSuccess);
        var mote = Assert.Single(k.Kartleggingsmoter);
        Assert.Equal(("Jeg vil klare regningene og handlingen selv.", 2, Medlem, Naa), (mote.BrukerensSyn, mote.Andre.Count, mote.RegistrertAv, mote.Registrert));
        var endring = Assert.Single(k.Endringer);
        Assert.Equal(("Kartleggingsmøter", Annet), (endring.Del, endring.EndretAv));
        Assert.Contains("Jeg vil klare regningene selv.", endring.Tidligere, StringComparison.Ordinal);
        Assert.DoesNotContain("Eva Li", endring.Tidligere, StringComparison.Ordinal);
        Assert.Contains("Eva Li (NAV-veileder)", endring.Ny, StringComparison.Ordinal);
        Assert.Equal(hendelser + 1, sak.Hendelser.Count);
    }

    [Fact]
    public void For_en_ferdig_kartlegging_gaar_endringer_uten_historikk()
    {
        var (_, k) = IKartlegging();
        Assert.True(k.LagreBehov([Behov()], null, Medlem, Naa).IsSuccess);
        Assert.True(k.LagreBehov([Behov(Hjelpeomrade.Nettverk)], null, Medlem, Naa).IsSuccess);
        Assert.Empty(k.Endringer);
        Assert.Equal(Hjelpeomrade.Nettverk, Assert.Single(k.Behov).Omrade);
    }

    [Fact]
    public void Innstilling_etter_ferdig_kartlegging_sender_saken_til_innstilling()
    {
        var (sak, k) = Ferdig();

        Assert.True(sak.SkrivInnstilling(k, Innvilg(), null, Medlem, Naa).IsSuccess);

        Assert.Equal(Saksstatus.Innstilling, sak.Status);
        Assert.Equal(5m, k.Innstilling!.Timer);
    }

    [Fact]
    public void Innstillingen_kan_ikke_skrives_foer_kartleggingen_er_ferdig()
    {
        var (sak, k) = IKartlegging();
        Assert.Equal(KartleggingFeil.KartleggingIkkeFerdig, sak.SkrivInnstilling(k, Innvilg(), null, Medlem, Naa).Error);
        Assert.Equal(Saksstatus.Kartlegging, sak.Status);
    }

    [Fact]
    public void Fyller_ikke_kriteriene_gir_innstilling_om_avslag_uten_kartlegging_men_ikke_om_innvilgelse()
    {
        var (sak, k) = TilVurdering();
        Assert.Equal(KartleggingFeil.VurderingsmoteForInnstilling, sak.SkrivInnstilling(k, Innvilg(), null, Medlem, Naa).Error);
        Assert.True(sak.RegistrerVurderingsmote(k, Idag, ["A"], Vurderingskonklusjon.FyllerIkkeKriteriene, "Ikke i målgruppen.", Medlem, Naa).IsSuccess);

        Assert.Equal(KartleggingFeil.BareAvslagUtenKartlegging, sak.SkrivInnstilling(k, Innvilg(), null, Medlem, Naa).Error);
        var avslag = new Innstilling(Innstillingsutfall.Avslaa, [], null, null, null, null, null, "Fyller ikke kriteriene.", Guid.Empty, default);
        Assert.True(sak.SkrivInnstilling(k, avslag, null, Medlem, Naa).IsSuccess);

        Assert.Equal(Saksstatus.Innstilling, sak.Status);
    }

    [Fact]
    public void Fyller_ikke_kriteriene_kan_henvises_til_en_annen_tjeneste()
    {
        var (sak, k) = TilVurdering();
        Assert.True(sak.RegistrerVurderingsmote(k, Idag, ["A"], Vurderingskonklusjon.FyllerIkkeKriteriene, "Rus og psykiatri.", Medlem, Naa).IsSuccess);

        Assert.True(sak.HenvisTilAnnenTjeneste("Origo", "Omfattende behov.", Medlem, Naa).IsSuccess);
        Assert.Equal(Saksstatus.Henvist, sak.Status);
    }

    [Fact]
    public void En_korrigert_innstilling_beholder_den_tidligere()
    {
        var (sak, k) = Ferdig();
        Assert.True(sak.SkrivInnstilling(k, Innvilg(), null, Medlem, Naa).IsSuccess);

        Assert.Equal(KartleggingFeil.KorrigeringUtenBegrunnelse, sak.SkrivInnstilling(k, Innvilg(24), null, Medlem, Naa).Error);
        Assert.True(sak.SkrivInnstilling(k, Innvilg(24), "Regnet feil.", Medlem, Naa).IsSuccess);

        Assert.Equal(6m, k.Innstilling!.Timer);
        var endring = Assert.Single(k.Endringer);
        Assert.Contains("5 timer", endring.Tidligere, StringComparison.Ordinal);
        Assert.Contains("6 timer", endring.Ny, StringComparison.Ordinal);
        Assert.Equal(Saksstatus.Innstilling, sak.Status);
    }

    [Theory]
    [InlineData(168 * 4, Timeenhet.Uke, null)]
    [InlineData(168 * 4 + 1, Timeenhet.Uke, "for_mange_timer_uke")]
    [InlineData(744 * 4, Timeenhet.Maaned, null)]
    [InlineData(744 * 4 + 1, Timeenhet.Maaned, "for_mange_timer_maaned")]
    [InlineData(0, Timeenhet.Uke, "timer_mangler")]
    [InlineData(1, Timeenhet.Uke, null)]
    public void Timer_er_hele_kvarter_og_hoyst_168_i_uka(int kvarter, Timeenhet enhet, string? feil)
    {
        Assert.Equal(feil, Innvilg(kvarter, enhet).Sjekk()?.Kode);
    }

    [Fact]
    public void Innstillingen_krever_omraader_periode_og_evaluering_innenfor_perioden()
    {
        var i = Innvilg();
        Assert.Equal("omrader_mangler", (i with { Omrader = [] }).Sjekk()?.Kode);
        Assert.Equal("periode_mangler", (i with { Fra = null }).Sjekk()?.Kode);
        Assert.Equal("periode_baklengs", (i with { Til = i.Fra!.Value.AddDays(-1) }).Sjekk()?.Kode);
        Assert.Equal("evalueringsdato_mangler", (i with { Evalueringsdato = null }).Sjekk()?.Kode);
        Assert.Equal("evaluering_utenfor", (i with { Evalueringsdato = i.Til!.Value.AddDays(1) }).Sjekk()?.Kode);
        Assert.Equal("begrunnelse_mangler", (i with { Begrunnelse = "" }).Sjekk()?.Kode);
        Assert.Null((i with { Til = null }).Sjekk());
    }

    [Fact]
    public void Et_hjelpeomraade_har_ett_behov_og_begge_tekstene()
    {
        var (_, k) = IKartlegging();
        Assert.Equal(KartleggingFeil.OmradeToGanger, k.LagreBehov([Behov(), Behov()], null, Medlem, Naa).Error);
        Assert.Equal(KartleggingFeil.BehovUfullstendig, k.LagreBehov([Behov() with { HjelpSomTrengs = "" }], null, Medlem, Naa).Error);
    }

    [Fact]
    public void Kartleggingsmote_uten_deltakere_eller_brukerens_syn_avvises()
    {
        var (sak, k) = IKartlegging();
        Assert.Equal(KartleggingFeil.IngenDeltakere, sak.RegistrerKartleggingsmote(k, Mote() with { BrukerenDeltok = false, Andre = [] }, null, Medlem, Naa).Error);
        Assert.Equal(KartleggingFeil.BrukerensSynMangler, sak.RegistrerKartleggingsmote(k, Mote() with { BrukerensSyn = "" }, null, Medlem, Naa).Error);
        Assert.Equal(KartleggingFeil.MoteIFremtiden, sak.RegistrerKartleggingsmote(k, Mote(Idag.AddDays(1)), null, Medlem, Naa).Error);
        Assert.Empty(k.Kartleggingsmoter);
    }

    [Fact]
    public void Kartleggingsmote_kan_ikke_registreres_foer_kriteriene_er_vurdert()
    {
        var (sak, k) = TilVurdering();
        Assert.Equal(KartleggingFeil.IkkeIKartlegging, sak.RegistrerKartleggingsmote(k, Mote(), null, Medlem, Naa).Error);
    }

    [Fact]
    public void En_annen_sak_sin_kartlegging_er_ikke_funnet()
    {
        var (sak, _) = TilVurdering();
        Assert.True(sak.RegistrerVurderingsmote(new Kartlegging(Guid.CreateVersion7()), Idag, ["A"], Vurderingskonklusjon.FyllerKriteriene, "B", Medlem, Naa).IsNotFound);
        Assert.Equal(Saksstatus.TilVurdering, sak.Status);
    }
}
