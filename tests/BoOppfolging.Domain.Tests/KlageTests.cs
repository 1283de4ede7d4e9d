namespace BoOppfolging.Domain.Tests;

/// <summary>
/// The complaint (domain.md, "Complaints"): whether it came in time on the boundary days (the last day, the day after, a
/// deadline moved past a holiday, a letter posted in time), the one-year limit, the allowed moves between its states over every
/// pair, the formal check's outcomes, reconsideration, Statsforvalteren's result, withdrawal and the foreløpig svar rule.
/// </summary>
public sealed class KlageTests
{
    private static readonly Guid Saksbehandler = VedtakTests.Saksbehandler;

    /// <summary>The vedtak is approved 02.11.2026 (<see cref="VedtakTests.Vedtatt"/>); a day in Norwegian time at noon.</summary>
    private static DateTimeOffset Dag(DateOnly dato) => new(dato.ToDateTime(new TimeOnly(12, 0)), Norsktid.Sone.GetUtcOffset(dato.ToDateTime(new TimeOnly(12, 0))));

    private static readonly DateOnly Vedtaksdato = new(2026, 11, 2);

    private static readonly Klageinnhold Innhold = new("Jeg trenger flere timer enn det jeg har fått.", "Seks timer i uka.", null, null);

    private static (Sak Sak, Vedtak Vedtak) Vedtak(DateOnly? frist)
    {
        var (sak, vedtak) = VedtakTests.Vedtatt();
        if (frist is { } f) vedtak.SettKlagefrist(f);
        return (sak, vedtak);
    }

    private static Result<Klage> Motta(
        Sak sak, Vedtak vedtak, DateOnly mottatt, Klagekanal kanal = Klagekanal.Digital, Klageinnhold? innhold = null, DateOnly? postlagt = null) =>
        Klage.Motta(sak, vedtak, 1, kanal, Klagerrolle.Part, "Kari Nordmann", innhold ?? Innhold, mottatt, postlagt, signert: kanal != Klagekanal.Post,
            kanal == Klagekanal.Digital ? Guid.CreateVersion7() : null, kanal == Klagekanal.Digital ? null : Saksbehandler, null, Dag(mottatt));

    private static (Sak Sak, Klage Klage) Mottatt(DateOnly? mottatt = null, Klagekanal kanal = Klagekanal.Digital)
    {
        var (sak, vedtak) = Vedtak(new DateOnly(2026, 11, 30));
        var klage = Motta(sak, vedtak, mottatt ?? new DateOnly(2026, 11, 20), kanal).Value;
        Assert.True(sak.MottaKlage(klage, klage.InnsendtAv).IsSuccess);
        return (sak, klage);
    }

    private static readonly Formkrav AlleOppfylt = new(true, true, null, true, true, null);

    private static (Sak Sak, Klage Klage) UnderBehandling()
    {
        var (sak, klage) = Mottatt();
        Assert.True(sak.VurderKlagensFormkrav(klage, AlleOppfylt, Saksbehandler, Dag(new(2026, 11, 23))).IsSuccess);
        Assert.Equal(Klagestatus.UnderBehandling, klage.Status);
        return (sak, klage);
    }

    // The deadline is 30.11.2026 (a Monday).
    [Theory]
    [InlineData("2026-11-30", Fristvurdering.InnenFristen)] // the last day
    [InlineData("2026-12-01", Fristvurdering.EtterFristen)] // the day after
    [InlineData("2026-11-02", Fristvurdering.InnenFristen)] // the day of the vedtak
    public void Fristen_holder_til_og_med_siste_dag(string kom, Fristvurdering forventet)
    {
        Assert.Equal(forventet, Klagefristregler.Vurder(new DateOnly(2026, 11, 30), Vedtaksdato, DateOnly.Parse(kom, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void En_frist_som_ender_paa_juledag_flyttes_til_neste_arbeidsdag_og_klagen_er_rettidig_da()
    {
        // A letter sent digitally 27.11.2026: four weeks is Friday 25.12 (a holiday); 26 and 27.12 are a weekend, so 28.12.
        var frist = Klagefrist.Frist(new DateOnly(2026, 11, 27), Forsendelse.Digital, postgangDager: 3, uker: 4);
        Assert.Equal(new DateOnly(2026, 12, 28), frist);

        Assert.Equal(Fristvurdering.InnenFristen, Klagefristregler.Vurder(frist, Vedtaksdato, new DateOnly(2026, 12, 25)));
        Assert.Equal(Fristvurdering.InnenFristen, Klagefristregler.Vurder(frist, Vedtaksdato, new DateOnly(2026, 12, 28)));
        Assert.Equal(Fristvurdering.EtterFristen, Klagefristregler.Vurder(frist, Vedtaksdato, new DateOnly(2026, 12, 29)));
    }

    [Fact]
    public void Ett_aar_etter_vedtaket_er_siste_dag_en_sen_klage_kan_behandles()
    {
        var frist = new DateOnly(2026, 11, 30);
        Assert.Equal(Fristvurdering.EtterFristen, Klagefristregler.Vurder(frist, Vedtaksdato, new DateOnly(2027, 11, 2)));
        Assert.Equal(Fristvurdering.EtterEttAar, Klagefristregler.Vurder(frist, Vedtaksdato, new DateOnly(2027, 11, 3)));
        // Without a deadline (the letter is not registered as sent) it is in time, but never past the year.
        Assert.Equal(Fristvurdering.FristIkkeStartet, Klagefristregler.Vurder(null, Vedtaksdato, new DateOnly(2027, 11, 2)));
        Assert.Equal(Fristvurdering.EtterEttAar, Klagefristregler.Vurder(null, Vedtaksdato, new DateOnly(2027, 11, 3)));
        // A vedtak of 29.02.2028: the year ends 28.02.2029.
        Assert.Equal(new DateOnly(2029, 2, 28), Klagefristregler.SisteDagEttAar(new DateOnly(2028, 2, 29)));
    }

    [Fact]
    public void En_klage_i_posten_er_rettidig_naar_den_er_postlagt_innen_fristen()
    {
        var (sak, vedtak) = Vedtak(new DateOnly(2026, 11, 30));
        var klage = Motta(sak, vedtak, new DateOnly(2026, 12, 2), Klagekanal.Post, postlagt: new DateOnly(2026, 11, 30)).Value;
        Assert.Equal(Fristvurdering.InnenFristen, klage.Fristvurdering);
        Assert.False(klage.Signert);

        var uten = Motta(sak, vedtak, new DateOnly(2026, 12, 2), Klagekanal.Post).Value;
        Assert.Equal(Fristvurdering.EtterFristen, uten.Fristvurdering);
        Assert.Equal(KlageFeil.PostlagtUtenforPerioden, Motta(sak, vedtak, new DateOnly(2026, 12, 2), Klagekanal.Post, postlagt: new DateOnly(2026, 12, 3)).Error);
    }

    [Fact]
    public void En_sen_klage_fra_Mine_saker_maa_si_hvorfor_den_kommer_naa()
    {
        var (sak, vedtak) = Vedtak(new DateOnly(2026, 11, 30));
        var sen = new DateOnly(2026, 12, 10);
        Assert.Equal(KlageFeil.ForsinkelseGrunnMangler, Motta(sak, vedtak, sen).Error);

        var klage = Motta(sak, vedtak, sen, innhold: Innhold with { ForsinkelseGrunn = "  Jeg var innlagt på sykehus.  " }).Value;
        Assert.Equal(Fristvurdering.EtterFristen, klage.Fristvurdering);
        Assert.Equal("Jeg var innlagt på sykehus.", klage.Innhold.ForsinkelseGrunn);
        Assert.True(klage.Signert); // sent logged in
        Assert.Equal(new DateOnly(2026, 11, 30), klage.Klagefrist);
        Assert.Equal($"{sak.Referanse}-K1", klage.Referanse);

        // On paper it is registered as it came; the formal check weighs the delay.
        Assert.True(Motta(sak, vedtak, sen, Klagekanal.Post).IsSuccess);
    }

    [Fact]
    public void Bare_et_fattet_vedtak_paa_samme_sak_kan_paaklages_og_aldri_foer_det_ble_fattet()
    {
        var (sak, vedtak) = Vedtak(new DateOnly(2026, 11, 30));
        var (annenSak, _) = Vedtak(null);
        Assert.True(Motta(annenSak, vedtak, new DateOnly(2026, 11, 20)).IsNotFound);
        Assert.Equal(KlageFeil.MottattForVedtaket, Motta(sak, vedtak, new DateOnly(2026, 11, 1), Klagekanal.Post).Error);
        Assert.Equal(KlageFeil.UenighetMangler, Motta(sak, vedtak, new DateOnly(2026, 11, 20), innhold: Innhold with { Uenighet = " " }).Error);
        var framITid = Klage.Motta(sak, vedtak, 1, Klagekanal.Post, Klagerrolle.Part, "Kari", Innhold, new DateOnly(2026, 11, 21), null, true, null,
            Saksbehandler, null, Dag(new DateOnly(2026, 11, 20)));
        Assert.Equal(KlageFeil.MottattFramITid, framITid.Error);
    }

    [Fact]
    public void Klagen_er_paa_sakens_tidslinje_og_synlig_for_innbyggeren_og_vedtaket_er_uendret()
    {
        var (sak, vedtak) = Vedtak(new DateOnly(2026, 11, 30));
        var versjon = vedtak.Versjon;
        var klage = Motta(sak, vedtak, new DateOnly(2026, 11, 20)).Value;
        var status = sak.Status;

        Assert.True(sak.MottaKlage(klage, klage.InnsendtAv).IsSuccess);
        var hendelse = Assert.Single(sak.Hendelser, h => h.Type == HendelseType.Klage);
        Assert.False(hendelse.Intern);
        Assert.Contains(klage.Referanse, hendelse.Tekst, StringComparison.Ordinal);
        Assert.Equal(status, sak.Status);
        Assert.Equal(versjon, vedtak.Versjon);
        Assert.Equal(Vedtaksstatus.Vedtatt, vedtak.Status);
    }

    public static TheoryData<Klagestatus, Klagestatus> AlleParene()
    {
        var data = new TheoryData<Klagestatus, Klagestatus>();
        foreach (var fra in Enum.GetValues<Klagestatus>())
        {
            foreach (var til in Enum.GetValues<Klagestatus>()) data.Add(fra, til);
        }

        return data;
    }

    private static readonly HashSet<(Klagestatus, Klagestatus)> Tillatte =
    [
        (Klagestatus.Mottatt, Klagestatus.Formkrav), (Klagestatus.Mottatt, Klagestatus.Trukket),
        (Klagestatus.Formkrav, Klagestatus.UnderBehandling), (Klagestatus.Formkrav, Klagestatus.Avvist), (Klagestatus.Formkrav, Klagestatus.Trukket),
        (Klagestatus.UnderBehandling, Klagestatus.Omgjort), (Klagestatus.UnderBehandling, Klagestatus.DelvisOmgjort),
        (Klagestatus.UnderBehandling, Klagestatus.OversendtStatsforvalteren), (Klagestatus.UnderBehandling, Klagestatus.Trukket),
        (Klagestatus.DelvisOmgjort, Klagestatus.OversendtStatsforvalteren), (Klagestatus.DelvisOmgjort, Klagestatus.Trukket),
        (Klagestatus.OversendtStatsforvalteren, Klagestatus.Medhold), (Klagestatus.OversendtStatsforvalteren, Klagestatus.DelvisMedhold),
        (Klagestatus.OversendtStatsforvalteren, Klagestatus.IkkeMedhold), (Klagestatus.OversendtStatsforvalteren, Klagestatus.OpphevetOgSendtTilbake),
        (Klagestatus.OversendtStatsforvalteren, Klagestatus.AvvistAvStatsforvalteren), (Klagestatus.OversendtStatsforvalteren, Klagestatus.Trukket),
    ];

    [Theory]
    [MemberData(nameof(AlleParene))]
    public void Tabellen_over_lovlige_overganger_gjelder_for_hvert_par(Klagestatus fra, Klagestatus til)
    {
        Assert.Equal(Tillatte.Contains((fra, til)), fra.KanGaaTil(til));
    }

    [Fact]
    public void Bare_mottatt_formkrav_og_under_behandling_er_hos_enheten_og_avsluttede_har_ingen_vei_videre()
    {
        Assert.Equal(
            [Klagestatus.Mottatt, Klagestatus.Formkrav, Klagestatus.UnderBehandling],
            Enum.GetValues<Klagestatus>().Where(s => s.ErHosEnheten()));
        Assert.Equal(
            [Klagestatus.Omgjort, Klagestatus.Avvist, Klagestatus.Trukket, Klagestatus.Medhold, Klagestatus.DelvisMedhold, Klagestatus.IkkeMedhold,
                Klagestatus.OpphevetOgSendtTilbake, Klagestatus.AvvistAvStatsforvalteren],
            Enum.GetValues<Klagestatus>().Where(s => s.ErAvsluttet()));
    }

    [Fact]
    public void Oppfylte_formkrav_sender_klagen_til_ny_vurdering()
    {
        var (sak, klage) = UnderBehandling();
        Assert.Equal(Saksbehandler, klage.FormkravVurdertAv);
        Assert.True(klage.Formkrav!.Oppfylt);
        Assert.Empty(klage.Formkrav.Mangler);
        Assert.Contains(sak.Hendelser, h => h.Tekst.Contains("formkravene er oppfylt", StringComparison.Ordinal));
    }

    [Fact]
    public void En_mangel_som_kan_rettes_gir_frist_til_aa_rette_og_kan_saa_avvises_med_brev_fra_manglene()
    {
        var (sak, klage) = Mottatt(kanal: Klagekanal.Post);
        var idag = Dag(new DateOnly(2026, 11, 23));
        var usignert = new Formkrav(true, true, null, true, Signert: false, "Brevet mangler underskrift.");

        Assert.True(sak.VurderKlagensFormkrav(klage, usignert, Saksbehandler, idag).IsSuccess);
        Assert.Equal(Klagestatus.Formkrav, klage.Status);
        Assert.True(klage.Formkrav!.KanRettes);
        Assert.Equal(["Klagen er ikke underskrevet."], klage.Formkrav.Mangler);

        Assert.Equal(KlageFeil.RettingFristPassert, sak.BeOmRettingAvKlage(klage, new DateOnly(2026, 11, 23), Saksbehandler, idag).Error);
        Assert.True(sak.BeOmRettingAvKlage(klage, new DateOnly(2026, 12, 7), Saksbehandler, idag).IsSuccess);
        Assert.Equal(new DateOnly(2026, 12, 7), klage.RettingFrist);

        Assert.True(sak.AvvisKlage(klage, "Vi har ikke fått en underskrevet klage innen fristen.", Saksbehandler, Dag(new DateOnly(2026, 12, 8))).IsSuccess);
        Assert.Equal(Klagestatus.Avvist, klage.Status);
        Assert.NotNull(klage.Avsluttet);
        Assert.True(klage.Status.ErAvsluttet());
    }

    [Fact]
    public void En_klage_rettet_innen_fristen_gaar_videre_naar_formkravene_registreres_paa_nytt()
    {
        var (sak, klage) = Mottatt(kanal: Klagekanal.Post);
        Assert.True(sak.VurderKlagensFormkrav(klage, AlleOppfylt with { Signert = false }, Saksbehandler, Dag(new(2026, 11, 23))).IsSuccess);
        Assert.True(sak.BeOmRettingAvKlage(klage, new DateOnly(2026, 12, 7), Saksbehandler, Dag(new(2026, 11, 23))).IsSuccess);

        Assert.True(sak.VurderKlagensFormkrav(klage, AlleOppfylt, Saksbehandler, Dag(new(2026, 12, 1))).IsSuccess);
        Assert.Equal(Klagestatus.UnderBehandling, klage.Status);
        Assert.Null(klage.RettingFrist);
    }

    [Fact]
    public void En_for_sen_klage_uten_unntak_kan_ikke_rettes_bare_avvises()
    {
        var (sak, klage) = Mottatt(new DateOnly(2026, 12, 10), Klagekanal.Post);
        var forSen = new Formkrav(true, FristOverholdt: false, null, true, true, null);
        Assert.True(sak.VurderKlagensFormkrav(klage, forSen, Saksbehandler, Dag(new(2026, 12, 11))).IsSuccess);
        Assert.False(klage.Formkrav!.KanRettes);
        Assert.Equal(KlageFeil.KanIkkeRettes, sak.BeOmRettingAvKlage(klage, new DateOnly(2026, 12, 20), Saksbehandler, Dag(new(2026, 12, 11))).Error);
        Assert.Contains("etter klagefristen", Assert.Single(klage.Formkrav.Mangler), StringComparison.Ordinal);
        Assert.True(sak.AvvisKlage(klage, null, Saksbehandler, Dag(new(2026, 12, 11))).IsSuccess);
    }

    [Fact]
    public void Et_unntak_fra_fristen_slipper_en_sen_klage_gjennom_men_aldri_etter_ett_aar()
    {
        var (sak, klage) = Mottatt(new DateOnly(2026, 12, 10), Klagekanal.Post);
        var unntak = new Formkrav(true, FristOverholdt: false, Fristunntak.IkkeKlandres, true, true, "Innlagt på sykehus i hele fristen.");
        Assert.Equal(KlageFeil.UnntakUtenFristbrudd, sak.VurderKlagensFormkrav(klage, unntak with { FristOverholdt = true }, Saksbehandler, Dag(new(2026, 12, 11))).Error);
        Assert.True(sak.VurderKlagensFormkrav(klage, unntak, Saksbehandler, Dag(new(2026, 12, 11))).IsSuccess);
        Assert.Equal(Klagestatus.UnderBehandling, klage.Status);

        var (sak2, sen) = Mottatt(new DateOnly(2027, 11, 3), Klagekanal.Post);
        Assert.Equal(Fristvurdering.EtterEttAar, sen.Fristvurdering);
        Assert.Equal(KlageFeil.EttAarPassert, sak2.VurderKlagensFormkrav(sen, unntak, Saksbehandler, Dag(new(2027, 11, 4))).Error);
        Assert.Equal(Klagestatus.Formkrav, sen.Status); // the check began, nothing is recorded
        Assert.Null(sen.Formkrav);
    }

    [Fact]
    public void En_klage_kan_ikke_avvises_uten_at_et_formkrav_har_sviktet()
    {
        var (sak, klage) = Mottatt();
        Assert.Equal(KlageFeil.FormkravIkkeVurdert, sak.AvvisKlage(klage, null, Saksbehandler, Dag(new(2026, 11, 23))).Error);
        var (sak2, underBehandling) = UnderBehandling();
        Assert.Equal(KlageFeil.FormkravIkkeVurdert, sak2.AvvisKlage(underBehandling, null, Saksbehandler, Dag(new(2026, 11, 23))).Error);
    }

    [Fact]
    public void Opprettholdt_sendes_til_Statsforvalteren_og_resultatet_registreres_med_dato_og_instruks()
    {
        var (sak, klage) = UnderBehandling();
        var dag = Dag(new DateOnly(2026, 12, 1));
        Assert.Equal(KlageFeil.IkkeOpprettholdt, sak.OversendKlage(klage, new DateOnly(2026, 12, 1), Saksbehandler, dag).Error);
        Assert.Equal(KlageFeil.VurderingMangler, sak.OpprettholdVedtakEtterKlage(klage, " ", Saksbehandler, dag).Error);
        Assert.True(sak.OpprettholdVedtakEtterKlage(klage, "Vi opprettholder.", Saksbehandler, dag).IsSuccess);
        Assert.True(sak.OpprettholdVedtakEtterKlage(klage, "Vi opprettholder vedtaket.", Saksbehandler, dag).IsSuccess); // written again before it is sent
        Assert.Equal(Klagestatus.UnderBehandling, klage.Status);
        Assert.True(sak.Hendelser.Last().Intern);
        Assert.Equal(KlageFeil.DatoFramITid, sak.OversendKlage(klage, new DateOnly(2026, 12, 2), Saksbehandler, dag).Error);
        Assert.True(sak.OversendKlage(klage, new DateOnly(2026, 12, 1), Saksbehandler, dag).IsSuccess);
        Assert.False(sak.Hendelser.Last().Intern);
        Assert.Equal("Vi opprettholder vedtaket.", klage.Vurdering);
        Assert.Equal(Klagestatus.OversendtStatsforvalteren, klage.Status);
        Assert.Equal(Klagekonklusjon.Opprettholdt, klage.Konklusjon);

        var senere = Dag(new DateOnly(2027, 2, 1));
        Assert.Equal(KlageFeil.ResultatForOversendt,
            sak.RegistrerKlageresultat(klage, Statsforvalterutfall.IkkeMedhold, new DateOnly(2026, 11, 30), null, Saksbehandler, senere).Error);
        Assert.Equal(KlageFeil.InstruksMangler,
            sak.RegistrerKlageresultat(klage, Statsforvalterutfall.OpphevetOgSendtTilbake, new DateOnly(2027, 1, 20), "", Saksbehandler, senere).Error);
        Assert.True(sak.RegistrerKlageresultat(
            klage, Statsforvalterutfall.OpphevetOgSendtTilbake, new DateOnly(2027, 1, 20), "Kartlegg behovet for hjelp til økonomi på nytt.", Saksbehandler, senere).IsSuccess);
        Assert.Equal(Klagestatus.OpphevetOgSendtTilbake, klage.Status);
        Assert.Equal(KlageFeil.KanIkkeTrekkes, sak.TrekkKlage(klage, Saksbehandler, senere).Error);
    }

    [Fact]
    public void Medhold_hos_Statsforvalteren_knyttes_til_det_nye_vedtaket()
    {
        var (sak, vedtak) = Vedtak(new DateOnly(2026, 11, 30));
        var klage = Motta(sak, vedtak, new DateOnly(2026, 11, 20)).Value;
        Assert.True(sak.MottaKlage(klage, klage.InnsendtAv).IsSuccess);
        Assert.True(sak.VurderKlagensFormkrav(klage, AlleOppfylt, Saksbehandler, Dag(new(2026, 11, 23))).IsSuccess);
        Oversend(sak, klage, new DateOnly(2026, 12, 1));
        var tilOppfolging = Klagestatuser.TilOppfolging.Compile();
        Assert.True(tilOppfolging(klage));
        var annet = VedtakTests.Vedtatt().Vedtak;
        Assert.Equal(KlageFeil.TrengerIkkeNyttVedtak, sak.KnyttNyttVedtakTilKlage(klage, annet, Saksbehandler, Dag(new(2026, 12, 2))).Error);
        Assert.True(sak.RegistrerKlageresultat(klage, Statsforvalterutfall.Medhold, new DateOnly(2027, 1, 20), null, Saksbehandler, Dag(new(2027, 1, 25))).IsSuccess);
        Assert.True(sak.KnyttNyttVedtakTilKlage(klage, annet, Saksbehandler, Dag(new(2027, 1, 25))).IsNotFound); // another case's vedtak

        // Decided, and closed as a complaint, but the unit still owes the new vedtak: it stays on the work list until that is approved.
        Assert.DoesNotContain(klage.Status, Klagestatuser.Apne);
        Assert.True(tilOppfolging(klage));
        var nytt = GodkjentEndring(sak, vedtak);
        Assert.True(sak.KnyttNyttVedtakTilKlage(klage, nytt, Saksbehandler, Dag(new(2027, 1, 26))).IsSuccess);
        Assert.Equal(nytt.Id, klage.NyttVedtakId);
        Assert.False(tilOppfolging(klage));
    }

    [Fact]
    public void Omgjoring_krever_at_det_nye_vedtaket_er_godkjent()
    {
        var (sak, vedtak) = Vedtak(new DateOnly(2026, 11, 30));
        var klage = Motta(sak, vedtak, new DateOnly(2026, 11, 20)).Value;
        Assert.True(sak.VurderKlagensFormkrav(klage, AlleOppfylt, Saksbehandler, Dag(new(2026, 11, 23))).IsSuccess);
        var utkast = Domain.Vedtak.Endre(vedtak, 2, Vedtakstype.Endringsvedtak, "Omgjort etter klage.", VedtakTests.Innvilget(kvarter: 24), Saksbehandler,
            Dag(new(2026, 11, 24))).Value;

        Assert.Equal(KlageFeil.IkkeOmgjoring, sak.FullforOmgjoringEtterKlage(klage, utkast, Saksbehandler, Dag(new(2026, 11, 24))).Error);
        Assert.Equal(KlageFeil.VurderingMangler, sak.OmgjorEtterKlage(klage, true, " ", Saksbehandler, Dag(new(2026, 11, 24))).Error);
        Assert.True(sak.OmgjorEtterKlage(klage, true, "Behovet er større.", Saksbehandler, Dag(new(2026, 11, 24))).IsSuccess);
        Assert.True(klage.VenterPaaNyttVedtak);
        Assert.Equal(KlageFeil.NyttVedtakIkkeFattet, sak.FullforOmgjoringEtterKlage(klage, utkast, Saksbehandler, Dag(new(2026, 11, 24))).Error);
        Assert.True(sak.FullforOmgjoringEtterKlage(klage, vedtak, Saksbehandler, Dag(new(2026, 11, 24))).IsNotFound); // the vedtak complained about
        Assert.Equal(Klagestatus.UnderBehandling, klage.Status);
    }

    [Fact]
    public void Delvis_omgjort_kan_sendes_videre_og_helt_omgjort_er_avsluttet()
    {
        var (sak, vedtak) = Vedtak(new DateOnly(2026, 11, 30));
        var klage = Motta(sak, vedtak, new DateOnly(2026, 11, 20)).Value;
        Assert.True(sak.VurderKlagensFormkrav(klage, AlleOppfylt, Saksbehandler, Dag(new(2026, 11, 23))).IsSuccess);
        var nytt = GodkjentEndring(sak, vedtak);

        Assert.True(sak.OmgjorEtterKlage(klage, delvis: true, "Du får flere timer, men ikke hjelp til rengjøring.", Saksbehandler, Dag(new(2026, 11, 25))).IsSuccess);
        Assert.True(sak.FullforOmgjoringEtterKlage(klage, nytt, VedtakTests.Teamleder, Dag(new(2026, 11, 25))).IsSuccess);
        Assert.False(klage.VenterPaaNyttVedtak);
        Assert.Equal(Klagestatus.DelvisOmgjort, klage.Status);
        Assert.Equal(nytt.Id, klage.NyttVedtakId);
        Assert.Null(klage.Avsluttet);
        Oversend(sak, klage, new DateOnly(2026, 11, 26));
        Assert.Equal(Klagekonklusjon.DelvisOmgjort, klage.Konklusjon);

        var (sak2, vedtak2) = Vedtak(new DateOnly(2026, 11, 30));
        var hel = Motta(sak2, vedtak2, new DateOnly(2026, 11, 20)).Value;
        Assert.True(sak2.VurderKlagensFormkrav(hel, AlleOppfylt, Saksbehandler, Dag(new(2026, 11, 23))).IsSuccess);
        Assert.True(sak2.OmgjorEtterKlage(hel, delvis: false, "Vi gir deg medhold.", Saksbehandler, Dag(new(2026, 11, 25))).IsSuccess);
        Assert.Equal(Klagestatus.UnderBehandling, hel.Status);
        Assert.True(sak2.FullforOmgjoringEtterKlage(hel, GodkjentEndring(sak2, vedtak2), VedtakTests.Teamleder, Dag(new(2026, 11, 25))).IsSuccess);
        Assert.Equal(Klagestatus.Omgjort, hel.Status);
        Assert.True(hel.Status.ErAvsluttet());
    }

    private static void Oversend(Sak sak, Klage klage, DateOnly dato)
    {
        Assert.True(sak.OpprettholdVedtakEtterKlage(klage, "Vi opprettholder vedtaket.", Saksbehandler, Dag(dato)).IsSuccess);
        Assert.True(sak.OversendKlage(klage, dato, Saksbehandler, Dag(dato)).IsSuccess);
    }

    private static Vedtak GodkjentEndring(Sak sak, Vedtak gjeldende)
    {
        var tid = Dag(new(2026, 11, 24));
        var endring = Domain.Vedtak.Endre(gjeldende, 2, Vedtakstype.Endringsvedtak, "Omgjort etter klage.", VedtakTests.Innvilget(kvarter: 24), Saksbehandler, tid).Value;
        Assert.True(sak.EndreVedtak(endring, gjeldende, Saksbehandler, tid).IsSuccess);
        Assert.True(sak.SendVedtakTilGodkjenning(endring, gjeldende, true, Saksbehandler, tid).IsSuccess);
        Assert.True(sak.GodkjennVedtak(endring, VedtakTests.Teamleder, tid).IsSuccess);
        return endring;
    }

    [Theory]
    [InlineData(Klagestatus.Mottatt)]
    [InlineData(Klagestatus.UnderBehandling)]
    [InlineData(Klagestatus.OversendtStatsforvalteren)]
    public void Klagen_kan_trekkes_til_den_er_avgjort(Klagestatus fra)
    {
        var (sak, klage) = fra == Klagestatus.Mottatt ? Mottatt() : UnderBehandling();
        if (fra == Klagestatus.OversendtStatsforvalteren)
            Oversend(sak, klage, new DateOnly(2026, 12, 1));

        Assert.True(sak.TrekkKlage(klage, Saksbehandler, Dag(new(2026, 12, 2))).IsSuccess);
        Assert.Equal(Klagestatus.Trukket, klage.Status);
        Assert.NotNull(klage.Trukket);
        Assert.Equal(KlageFeil.KanIkkeTrekkes, sak.TrekkKlage(klage, Saksbehandler, Dag(new(2026, 12, 2))).Error);
    }

    [Fact]
    public void En_klage_som_har_ventet_en_maaned_trenger_foreloepig_svar_og_hvert_svar_flytter_datoen()
    {
        var (_, klage) = Mottatt(new DateOnly(2026, 11, 20));
        Assert.Equal(new DateOnly(2026, 12, 21), klage.SvarFrist); // 20.12.2026 is a Sunday
        Assert.False(klage.TrengerForelopigSvar(new DateOnly(2026, 12, 21)));
        Assert.True(klage.TrengerForelopigSvar(new DateOnly(2026, 12, 22)));

        Assert.Equal(KlageFeil.ForventetForTidlig, klage.RegistrerForelopigSvar(new DateOnly(2026, 12, 21)).Error);
        Assert.True(klage.RegistrerForelopigSvar(new DateOnly(2027, 1, 15)).IsSuccess);
        Assert.True(klage.RegistrerForelopigSvar(new DateOnly(2027, 2, 15)).IsSuccess);
        Assert.Equal(2, klage.AntallForelopigeSvar);
        Assert.Equal(new DateOnly(2027, 2, 15), klage.SvarFrist);
        Assert.False(klage.TrengerForelopigSvar(new DateOnly(2027, 2, 1)));
    }

    [Fact]
    public void Et_opphevet_avslag_gaar_tilbake_til_innstillingen_og_et_omgjort_avslag_til_nytt_vedtak()
    {
        var (sak, vedtak) = VedtakTests.Vedtatt(VedtakTests.Innvilget() with { Utfall = Vedtaksutfall.Avslag, AnnenHjelp = "NAV." });
        Assert.Equal(Saksstatus.Avslag, sak.Status);
        vedtak.SettKlagefrist(new DateOnly(2026, 11, 30));
        var klage = Motta(sak, vedtak, new DateOnly(2026, 11, 20)).Value;
        Assert.True(sak.VurderKlagensFormkrav(klage, AlleOppfylt, Saksbehandler, Dag(new(2026, 11, 23))).IsSuccess);
        Assert.Equal(KlageFeil.TrengerIkkeNyttVedtak, sak.VurderPaaNyttEtterOpphevelse(klage, Saksbehandler, Dag(new(2026, 11, 23))).Error);
        Oversend(sak, klage, new DateOnly(2026, 12, 1));
        Assert.True(sak.RegistrerKlageresultat(klage, Statsforvalterutfall.OpphevetOgSendtTilbake, new DateOnly(2027, 1, 20), "Kartlegg på nytt.", Saksbehandler, Dag(new(2027, 1, 25))).IsSuccess);

        Assert.True(sak.VurderPaaNyttEtterOpphevelse(klage, Saksbehandler, Dag(new(2027, 1, 25))).IsSuccess);
        Assert.Equal(Saksstatus.Innstilling, sak.Status);
        // Processed anew from that day: a new month (25.02.2027), not the application's date long past.
        Assert.Equal(new DateOnly(2027, 2, 25), sak.Frist);
        Assert.Null(sak.ForelopigSvarSendt);
        Assert.False(Sak.ErForsinket(sak.Status, sak.Frist, new DateOnly(2027, 2, 1)));
        Assert.Contains(sak.Hendelser, h => h.Type == HendelseType.StatusEndret && h.Tekst.Contains("opphevet", StringComparison.Ordinal));

        // A refusal reversed: a new vedtak linked to the complaint reopens the case for work on it.
        var (sak2, avslag2) = VedtakTests.Vedtatt(VedtakTests.Innvilget() with { Utfall = Vedtaksutfall.Avslag, AnnenHjelp = "NAV." });
        avslag2.SettKlagefrist(new DateOnly(2026, 11, 30));
        var klage2 = Motta(sak2, avslag2, new DateOnly(2026, 11, 20)).Value;
        Assert.True(sak2.VurderKlagensFormkrav(klage2, AlleOppfylt, Saksbehandler, Dag(new(2026, 11, 23))).IsSuccess);
        var nytt = Domain.Vedtak.Nytt(sak2.Id, VedtakTests.Innvilget(), Saksbehandler, Dag(new(2026, 11, 24)), nummer: 2);
        nytt.KnyttTilKlage(klage2.Id);
        Assert.Equal(KlageFeil.IkkeOmgjoring, sak2.UtarbeidVedtakEtterKlage(nytt, klage2, Saksbehandler, Dag(new(2026, 11, 24))).Error);
        Assert.True(sak2.OmgjorEtterKlage(klage2, false, "Behovet er dokumentert.", Saksbehandler, Dag(new(2026, 11, 24))).IsSuccess);
        Assert.True(sak2.UtarbeidVedtakEtterKlage(nytt, klage2, Saksbehandler, Dag(new(2026, 11, 24))).IsSuccess);
        Assert.Equal(Saksstatus.VedtakUnderArbeid, sak2.Status);
        // Due when the complaint is to be answered (a month after it came: 20.12.2026 is a Sunday).
        Assert.Equal(new DateOnly(2026, 12, 21), sak2.Frist);
    }

    [Fact]
    public void Et_omgjort_opphorsvedtak_gjenopptar_tjenesten_og_aapner_en_avsluttet_sak_naar_det_nye_vedtaket_godkjennes()
    {
        var (sak, grant) = VedtakTests.Vedtatt();
        var dag = Dag(new DateOnly(2026, 11, 20));
        var opphor = Domain.Vedtak.Endre(grant, 2, Vedtakstype.Opphorsvedtak, "Ønsker ikke lenger hjelp.",
            Vedtaksinnhold.Tomt with
            {
                HjemmelId = grant.HjemmelId, Fra = new DateOnly(2026, 11, 20), Opphorsgrunn = Opphorsgrunn.OnskerIkke, Oppsummering = "Økonomi.",
                BegrunnelseFakta = "Sagt opp.", BegrunnelseVurdering = "Avsluttes.",
            }, Saksbehandler, dag).Value;
        Assert.True(sak.EndreVedtak(opphor, grant, Saksbehandler, dag).IsSuccess);
        Assert.True(sak.SendVedtakTilGodkjenning(opphor, grant, true, Saksbehandler, dag).IsSuccess);
        Assert.True(sak.GodkjennVedtak(opphor, VedtakTests.Teamleder, dag).IsSuccess);
        Assert.Equal(Saksstatus.Avsluttet, sak.Status);
        opphor.SettKlagefrist(new DateOnly(2026, 12, 18));

        var klage = Motta(sak, opphor, new DateOnly(2026, 11, 25)).Value;
        Assert.True(sak.VurderKlagensFormkrav(klage, AlleOppfylt, Saksbehandler, Dag(new(2026, 11, 26))).IsSuccess);
        var nytt = Domain.Vedtak.Gjenoppta(opphor, grant, 3, "Omgjort etter klage.", Saksbehandler, Dag(new(2026, 11, 27))).Value;
        nytt.KnyttTilKlage(klage.Id);
        Assert.Equal(KlageFeil.IkkeOmgjoring, sak.GjenopptaTjenestenEtterKlage(nytt, opphor, klage, Saksbehandler, Dag(new(2026, 11, 27))).Error);
        Assert.True(sak.OmgjorEtterKlage(klage, false, "Fraværet skyldtes sykdom.", Saksbehandler, Dag(new(2026, 11, 27))).IsSuccess);
        Assert.True(sak.GjenopptaTjenestenEtterKlage(nytt, opphor, klage, Saksbehandler, Dag(new(2026, 11, 27))).IsSuccess);
        Assert.Equal((Vedtakstype.Endringsvedtak, (Guid?)opphor.Id, new DateOnly(2026, 11, 20)), (nytt.Type, nytt.ErstatterId, nytt.Innhold.Fra));
        Assert.Equal(Saksstatus.Avsluttet, sak.Status); // until it is approved

        Assert.True(sak.SendVedtakTilGodkjenning(nytt, opphor, true, Saksbehandler, Dag(new(2026, 11, 27))).IsSuccess);
        Assert.True(sak.GodkjennVedtak(nytt, VedtakTests.Teamleder, Dag(new(2026, 11, 28))).IsSuccess);
        Assert.Equal(Saksstatus.Vedtatt, sak.Status);
        Assert.True(sak.FullforOmgjoringEtterKlage(klage, nytt, VedtakTests.Teamleder, Dag(new(2026, 11, 28))).IsSuccess);
        Assert.Equal(nytt, Vedtakskjede.IKraft([grant, opphor, nytt], new DateOnly(2026, 12, 1)));
    }
}
