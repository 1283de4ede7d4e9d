namespace BoOppfolging.Domain.Tests;

/// <summary>
/// The vedtak: hours by KPR's rule, what must be there before approval, totrinnskontroll (the approver is never
/// the drafter; a return needs a reason and a text; every sending kept), the lock once approved, and which
/// vedtak is in force on a date across an endringsvedtak.
/// </summary>
public sealed class VedtakTests
{
    private static readonly DateTimeOffset Naa = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Idag = new(2026, 11, 2);
    internal static readonly Guid Saksbehandler = Guid.CreateVersion7();
    internal static readonly Guid Teamleder = Guid.CreateVersion7();
    private static readonly Guid Hjemmel = Guid.CreateVersion7();

    internal static Vedtaksinnhold Innvilget(int kvarter = 18, Timeenhet enhet = Timeenhet.Uke, DateOnly? fra = null, DateOnly? til = null) => new(
        Vedtaksutfall.Innvilget, Hjemmel, [Hjelpeomrade.OkonomiOgNav], kvarter, enhet, fra ?? Idag.AddDays(14), til, (fra ?? Idag.AddDays(14)).AddMonths(6),
        ["Betale husleia selv"], "Helse- og omsorgstjenesteloven § 3-2.", "Du har ubetalte regninger.", "Behovet er stort.", null, null, null,
        Vedtak.Standardvilkar);

    private static (Sak Sak, Vedtak Vedtak) Utkast(Vedtaksinnhold? innhold = null)
    {
        var (sak, k) = KartleggingTests.Ferdig();
        Assert.True(sak.SkrivInnstilling(k, KartleggingTests.Innvilg(), null, Saksbehandler, Naa).IsSuccess);
        var vedtak = Vedtak.Nytt(sak.Id, innhold ?? Innvilget(), Saksbehandler, Naa);
        Assert.True(sak.UtarbeidVedtak(vedtak, k, Saksbehandler, Naa).IsSuccess);
        return (sak, vedtak);
    }

    internal static (Sak Sak, Vedtak Vedtak) Vedtatt(Vedtaksinnhold? innhold = null)
    {
        var (sak, vedtak) = Utkast(innhold);
        Assert.True(sak.SendVedtakTilGodkjenning(vedtak, null, true, Saksbehandler, Naa).IsSuccess);
        Assert.True(sak.GodkjennVedtak(vedtak, Teamleder, Naa.AddHours(1)).IsSuccess);
        return (sak, vedtak);
    }

    [Theory]
    [InlineData(18, Timeenhet.Uke, 270)] // 4,5 hours a week
    [InlineData(18, Timeenhet.Maaned, 67.5)] // 4,5 hours a month ÷ 4
    [InlineData(1, Timeenhet.Maaned, 3.75)] // a quarter hour a month
    [InlineData(40, Timeenhet.Maaned, 150)] // 10 hours a month = 2,5 a week (not 2,31 by 4,33)
    [InlineData(672, Timeenhet.Uke, 10080)] // 168 hours a week
    public void Minutter_per_uke_etter_KPRs_regel(int kvarter, Timeenhet enhet, decimal minutter)
    {
        var innhold = Innvilget(kvarter, enhet);

        Assert.Equal(minutter, innhold.MinutterPerUke);
        var (_, vedtak) = Utkast(innhold);
        Assert.Equal(minutter, vedtak.MinutterPerUke);
    }

    [Theory]
    [InlineData(0, Timeenhet.Uke, "vedtak_timer_null")]
    [InlineData(-4, Timeenhet.Uke, "vedtak_timer_null")]
    [InlineData(673, Timeenhet.Uke, "vedtak_timer_uke")] // 168,25 a week
    [InlineData(2689, Timeenhet.Maaned, "vedtak_timer_maaned")] // 672,25 a month = more than 168 a week
    [InlineData(672, Timeenhet.Uke, null)]
    [InlineData(2688, Timeenhet.Maaned, null)]
    public void Timene_er_mer_enn_null_og_hoyst_168_i_uka(int kvarter, Timeenhet enhet, string? kode)
    {
        var (_, vedtak) = Utkast(Vedtaksinnhold.Tomt);

        var lagret = vedtak.EndreUtkast(Innvilget(kvarter, enhet), null);

        Assert.Equal(kode, lagret.Error?.Kode);
        Assert.Equal(kode is null ? kvarter : null, vedtak.Innhold.Kvarter);
    }

    [Fact]
    public void Timeteksten_har_desimalkomma()
    {
        Assert.Equal("4,5 timer per uke", Timeberegning.Tekst(18, Timeenhet.Uke));
        Assert.Equal("1 time per måned", Timeberegning.Tekst(4, Timeenhet.Maaned));
        Assert.Equal("7,75 timer per uke", Timeberegning.Tekst(31, Timeenhet.Uke));
    }

    [Fact]
    public void Et_ufullstendig_utkast_kan_lagres_men_ikke_sendes_og_sidene_faar_vite_hva_som_mangler()
    {
        var (sak, vedtak) = Utkast(Vedtaksinnhold.Tomt);

        var sendt = sak.SendVedtakTilGodkjenning(vedtak, null, true, Saksbehandler, Naa);

        Assert.False(sendt.IsSuccess);
        Assert.Contains(sendt.Errors, f => f.Felt == "Utfall");
        Assert.Contains(sendt.Errors, f => f.Felt == "HjemmelId");
        Assert.Contains(sendt.Errors, f => f.Felt == "BegrunnelseFakta");
        Assert.Equal(Saksstatus.VedtakUnderArbeid, sak.Status);
        Assert.Equal(Vedtaksstatus.Utkast, vedtak.Status);
        Assert.Empty(vedtak.Beslutninger);
    }

    [Fact]
    public void Et_avslag_krever_annen_hjelp_og_et_delvis_innvilget_hva_som_ikke_innvilges()
    {
        var avslag = Innvilget() with { Utfall = Vedtaksutfall.Avslag, Omrader = [], Kvarter = null, Enhet = null };
        var (_, v1) = Utkast(avslag);
        Assert.Equal(["AnnenHjelp"], v1.Mangler(true).Select(f => f.Felt));

        var (_, v2) = Utkast(Innvilget() with { Utfall = Vedtaksutfall.DelvisInnvilget });
        Assert.Equal(["IkkeInnvilget"], v2.Mangler(true).Select(f => f.Felt));
    }

    [Fact]
    public void Timer_uten_IPLOS_skaar_paa_3_eller_mer_krever_en_begrunnelse()
    {
        var (sak, vedtak) = Utkast();

        var sendt = sak.SendVedtakTilGodkjenning(vedtak, null, iplosViserBehov: false, Saksbehandler, Naa);

        Assert.Equal("IplosBegrunnelse", Assert.Single(sendt.Errors).Felt);
        Assert.True(vedtak.EndreUtkast(vedtak.Innhold with { IplosBegrunnelse = "Kartleggingen viser store vansker med økonomien." }, null).IsSuccess);
        Assert.True(sak.SendVedtakTilGodkjenning(vedtak, null, iplosViserBehov: false, Saksbehandler, Naa).IsSuccess);
    }

    [Fact]
    public void Den_som_har_utarbeidet_eller_sendt_vedtaket_kan_aldri_godkjenne_eller_underkjenne_det()
    {
        var (sak, vedtak) = Utkast();
        var kollega = Guid.CreateVersion7();
        Assert.True(vedtak.EndreUtkast(vedtak.Innhold, null).IsSuccess);
        Assert.True(sak.SendVedtakTilGodkjenning(vedtak, null, true, kollega, Naa).IsSuccess); // a colleague sends the draft

        Assert.False(vedtak.KanBesluttesAv(Saksbehandler));
        Assert.False(vedtak.KanBesluttesAv(kollega));
        Assert.True(vedtak.KanBesluttesAv(Teamleder));
        Assert.Equal(VedtakFeil.EgetVedtak, sak.GodkjennVedtak(vedtak, Saksbehandler, Naa).Error);
        Assert.Equal(VedtakFeil.EgetVedtak, sak.GodkjennVedtak(vedtak, kollega, Naa).Error);
        Assert.Equal(VedtakFeil.EgetVedtak, sak.UnderkjennVedtak(vedtak, [Underkjenningsarsak.Annet], "Nei.", kollega, Naa).Error);
        Assert.Equal(Vedtaksstatus.TilGodkjenning, vedtak.Status);
        Assert.Equal(Saksstatus.TilGodkjenning, sak.Status);
    }

    [Fact]
    public void En_underkjenning_krever_minst_en_aarsak_og_en_tekst_og_gaar_tilbake_til_saksbehandler()
    {
        var (sak, vedtak) = Utkast();
        Assert.True(sak.SendVedtakTilGodkjenning(vedtak, null, true, Saksbehandler, Naa).IsSuccess);

        Assert.Equal(VedtakFeil.ArsakMangler, sak.UnderkjennVedtak(vedtak, [], "Begrunnelsen er for tynn.", Teamleder, Naa).Error);
        Assert.Equal(VedtakFeil.UnderkjenningBegrunnelseMangler, sak.UnderkjennVedtak(vedtak, [Underkjenningsarsak.MangelfullBegrunnelse], " ", Teamleder, Naa).Error);
        Assert.Equal(Saksstatus.TilGodkjenning, sak.Status);

        Assert.True(sak.UnderkjennVedtak(vedtak, [Underkjenningsarsak.MangelfullBegrunnelse], "Begrunnelsen er for tynn.", Teamleder, Naa.AddMinutes(5)).IsSuccess);

        Assert.Equal(Saksstatus.VedtakUnderArbeid, sak.Status);
        Assert.Equal(Vedtaksstatus.Utkast, vedtak.Status);
        var retur = vedtak.SisteUnderkjenning!;
        Assert.Equal((Teamleder, Naa.AddMinutes(5), "Begrunnelsen er for tynn."), (retur.BesluttetAv!.Value, retur.Besluttet!.Value, retur.Begrunnelse));
        Assert.Equal([Underkjenningsarsak.MangelfullBegrunnelse], retur.Arsaker);
    }

    [Fact]
    public void Hvert_forsok_tas_vare_paa_og_saksbehandler_kan_ta_vedtaket_tilbake_foer_det_er_besluttet()
    {
        var (sak, vedtak) = Utkast();
        Assert.True(sak.SendVedtakTilGodkjenning(vedtak, null, true, Saksbehandler, Naa).IsSuccess);
        Assert.Equal(VedtakFeil.BareAvsenderKanTaTilbake, sak.TaVedtakTilbake(vedtak, Teamleder, Naa).Error);
        Assert.True(sak.TaVedtakTilbake(vedtak, Saksbehandler, Naa.AddMinutes(1)).IsSuccess);
        Assert.Equal(Saksstatus.VedtakUnderArbeid, sak.Status);
        Assert.True(sak.SendVedtakTilGodkjenning(vedtak, null, true, Saksbehandler, Naa.AddMinutes(2)).IsSuccess);
        Assert.True(sak.UnderkjennVedtak(vedtak, [Underkjenningsarsak.FeilOmfang], "For mange timer.", Teamleder, Naa.AddMinutes(3)).IsSuccess);
        Assert.True(vedtak.EndreUtkast(Innvilget(12), null).IsSuccess);
        Assert.True(sak.SendVedtakTilGodkjenning(vedtak, null, true, Saksbehandler, Naa.AddMinutes(4)).IsSuccess);
        Assert.True(sak.GodkjennVedtak(vedtak, Teamleder, Naa.AddMinutes(5)).IsSuccess);

        Assert.Equal(
            [Beslutningsutfall.TattTilbake, Beslutningsutfall.Underkjent, Beslutningsutfall.Godkjent],
            vedtak.Beslutninger.Select(b => b.Utfall));
        Assert.Equal(Saksstatus.Vedtatt, sak.Status);
        Assert.Equal((Teamleder, Saksbehandler), (vedtak.GodkjentAv!.Value, vedtak.SaksbehandlerId!.Value));
    }

    [Fact]
    public void Et_godkjent_vedtak_kan_aldri_endres()
    {
        var (sak, vedtak) = Vedtatt();

        Assert.Equal(VedtakFeil.Last, vedtak.EndreUtkast(Innvilget(4), null).Error);
        Assert.Equal(VedtakFeil.Last, vedtak.SendTilGodkjenning(true, Saksbehandler, Naa).Error);
        Assert.Equal(VedtakFeil.IkkeTilGodkjenning, vedtak.Godkjenn(Guid.CreateVersion7(), Naa).Error);
        Assert.Equal(VedtakFeil.IkkeTilGodkjenning, vedtak.Underkjenn([Underkjenningsarsak.Annet], "x", Guid.CreateVersion7(), Naa).Error);
        Assert.Equal(VedtakFeil.IkkeTilGodkjenning, vedtak.TaTilbake(Saksbehandler, Naa).Error);
        Assert.Equal(18, vedtak.Innhold.Kvarter);
        Assert.Equal(Saksstatus.Vedtatt, sak.Status);
    }

    [Fact]
    public void Et_avslag_avslutter_saken()
    {
        var (sak, _) = Vedtatt(Innvilget() with { Utfall = Vedtaksutfall.Avslag, AnnenHjelp = "NAV-kontoret kan hjelpe med økonomisk rådgivning." });

        Assert.Equal(Saksstatus.Avslag, sak.Status);
    }

    [Fact]
    public void Et_endringsvedtak_erstatter_det_gjeldende_fra_sin_dato_og_et_opphorsvedtak_avslutter()
    {
        var fra = Idag.AddDays(14);
        var (sak, forste) = Vedtatt(Innvilget(18, fra: fra));
        var endringsdato = fra.AddMonths(2);

        Assert.Equal(VedtakFeil.EndringsgrunnMangler, Vedtak.Endre(forste, 2, Vedtakstype.Endringsvedtak, " ", Innvilget(), Saksbehandler, Naa).Error);
        var endring = Vedtak.Endre(forste, 2, Vedtakstype.Endringsvedtak, "Behovet har økt.", Innvilget(30, fra: endringsdato), Saksbehandler, Naa).Value;
        Assert.True(sak.EndreVedtak(endring, forste, Saksbehandler, Naa).IsSuccess);
        var forTidlig = Vedtak.Endre(forste, 3, Vedtakstype.Endringsvedtak, "Feil dato.", Innvilget(30, fra: fra.AddDays(-1)), Saksbehandler, Naa).Value;
        Assert.Equal(VedtakFeil.FraForGjeldende, sak.SendVedtakTilGodkjenning(forTidlig, forste, true, Saksbehandler, Naa).Error);
        Assert.True(sak.SendVedtakTilGodkjenning(endring, forste, true, Saksbehandler, Naa).IsSuccess);
        Assert.True(sak.GodkjennVedtak(endring, Teamleder, Naa).IsSuccess);
        Assert.Equal(Saksstatus.Vedtatt, sak.Status);

        Vedtak[] kjede = [forste, endring];
        Assert.Null(Vedtakskjede.IKraft(kjede, fra.AddDays(-1)));
        Assert.Same(forste, Vedtakskjede.IKraft(kjede, fra));
        Assert.Same(forste, Vedtakskjede.IKraft(kjede, endringsdato.AddDays(-1)));
        Assert.Same(endring, Vedtakskjede.IKraft(kjede, endringsdato));
        Assert.Equal(450m, Vedtakskjede.IKraft(kjede, endringsdato.AddYears(1))!.MinutterPerUke);
        Assert.Equal(Vedtaksstatus.Vedtatt, forste.Status); // the replaced one is never changed

        var opphorsdato = endringsdato.AddMonths(3);
        var opphor = Vedtak.Endre(endring, 3, Vedtakstype.Opphorsvedtak, "Innbyggeren ønsker ikke tjenesten lenger.",
            Vedtaksinnhold.Tomt with
            {
                HjemmelId = Hjemmel, Fra = opphorsdato, BegrunnelseFakta = "Ønsket selv å avslutte.", BegrunnelseVurdering = "Tjenesten er frivillig.",
                Opphorsgrunn = Opphorsgrunn.OnskerIkke, Oppsummering = "Budsjett og husleie er på plass.",
            },
            Saksbehandler, Naa).Value;
        Assert.True(sak.EndreVedtak(opphor, endring, Saksbehandler, Naa).IsSuccess);
        Assert.True(sak.SendVedtakTilGodkjenning(opphor, endring, true, Saksbehandler, Naa).IsSuccess);
        Assert.True(sak.GodkjennVedtak(opphor, Teamleder, Naa).IsSuccess);

        kjede = [forste, endring, opphor];
        Assert.Same(endring, Vedtakskjede.IKraft(kjede, opphorsdato.AddDays(-1)));
        Assert.Null(Vedtakskjede.IKraft(kjede, opphorsdato));
        Assert.Equal(Saksstatus.Vedtatt, sak.Status); // until the end date
        Assert.True(sak.AvsluttVedOpphor(opphor, Norsktid.Tidspunkt(opphorsdato, new TimeOnly(0, 30))).IsSuccess);
        Assert.Equal(Saksstatus.Avsluttet, sak.Status);
        Assert.Contains(sak.Hendelser, h => h.Tekst.EndsWith("(innbyggeren ønsker ikke lenger tjenesten)", StringComparison.Ordinal));
    }

    [Fact]
    public void Et_opphorsvedtak_krever_grunn_og_oppsummering_og_manglende_medvirkning_krever_varsel()
    {
        var (sak, forste) = Vedtatt(Innvilget(18, fra: Idag));
        var innhold = Vedtaksinnhold.Tomt with { HjemmelId = Hjemmel, Fra = Idag.AddDays(14), BegrunnelseFakta = "Tre avlyste besøk.", BegrunnelseVurdering = "Vurdert." };
        var opphor = Vedtak.Endre(forste, 2, Vedtakstype.Opphorsvedtak, "Har ikke tatt del.", innhold, Saksbehandler, Naa).Value;
        Assert.True(sak.EndreVedtak(opphor, forste, Saksbehandler, Naa).IsSuccess);

        Assert.Equal(["Opphorsgrunn", "Oppsummering"], opphor.Mangler(true).Select(f => f.Felt));
        Assert.True(opphor.EndreUtkast(innhold with { Opphorsgrunn = Opphorsgrunn.ManglendeMedvirkning, Oppsummering = "Kort." }, "Har ikke tatt del.").IsSuccess);
        var uten = sak.SendVedtakTilGodkjenning(opphor, forste, true, Saksbehandler, Naa);
        Assert.Contains("varsel", Assert.Single(uten.Errors).Melding, StringComparison.Ordinal);
        Assert.Equal(Vedtaksstatus.Utkast, opphor.Status);

        Assert.True(sak.SendVedtakTilGodkjenning(opphor, forste, true, Saksbehandler, Naa, medvirkningVarslet: true).IsSuccess);
        Assert.Equal(Vedtaksstatus.TilGodkjenning, opphor.Status);

        // Approved with its end two weeks ahead: the case goes on until the day, and only then is ended.
        Assert.True(sak.GodkjennVedtak(opphor, Teamleder, Naa).IsSuccess);
        Assert.Equal(Saksstatus.Vedtatt, sak.Status);
        Assert.Equal(VedtakFeil.OpphorIkkeNaadd, sak.AvsluttVedOpphor(opphor, Naa.AddDays(13)).Error);
        Assert.True(sak.AvsluttVedOpphor(opphor, Naa.AddDays(14)).IsSuccess);
        Assert.Equal(Saksstatus.Avsluttet, sak.Status);
        Assert.False(sak.AvsluttVedOpphor(opphor, Naa.AddDays(15)).IsSuccess);
    }

    [Fact]
    public void Et_vedtak_med_sluttdato_gjelder_ikke_etter_den()
    {
        var fra = Idag.AddDays(14);
        var (_, vedtak) = Vedtatt(Innvilget(fra: fra, til: fra.AddMonths(6)));

        Assert.Same(vedtak, Vedtakskjede.IKraft([vedtak], fra.AddMonths(6)));
        Assert.Null(Vedtakskjede.IKraft([vedtak], fra.AddMonths(6).AddDays(1)));
    }

    [Fact]
    public void Vedtaket_startes_bare_fra_en_innstilling()
    {
        var (sak, k) = KartleggingTests.Ferdig();
        var vedtak = Vedtak.Nytt(sak.Id, Innvilget(), Saksbehandler, Naa);

        Assert.Equal(VedtakFeil.IkkeInnstilling, sak.UtarbeidVedtak(vedtak, k, Saksbehandler, Naa).Error);
        Assert.Equal(Saksstatus.Kartlegging, sak.Status);
    }
}
