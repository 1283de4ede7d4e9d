namespace BoOppfolging.Domain.Tests;

/// <summary>
/// The follow-up's rules: delivered against granted hours per ISO week and month across an endringsvedtak in the middle of
/// a week and under a monthly grant, the warnings, the no-contact definition, the late-logging mark, the non-participation
/// threshold, a correction that keeps the original, and the contacts' history.
/// </summary>
public sealed class OppfolgingTests
{
    private static readonly DateTimeOffset Naa = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Start = new(2026, 11, 16); // a Monday, ISO week 47: the vedtak's from date (VedtakTests: today + 14)
    private static readonly Guid Oppfolger = Guid.CreateVersion7();

    /// <summary>4 hours a week from <see cref="Start"/>, then 7 hours a week from Thursday the same week.</summary>
    private static Vedtak[] FireTimerSaSyvFraTorsdag()
    {
        var (sak, forste) = VedtakTests.Vedtatt(VedtakTests.Innvilget(16, fra: Start));
        var endring = Vedtak.Endre(forste, 2, Vedtakstype.Endringsvedtak, "Behovet har økt.",
            VedtakTests.Innvilget(28, fra: Start.AddDays(3)), VedtakTests.Saksbehandler, Naa).Value;
        Assert.True(sak.EndreVedtak(endring, forste, VedtakTests.Saksbehandler, Naa).IsSuccess);
        Assert.True(sak.SendVedtakTilGodkjenning(endring, forste, true, VedtakTests.Saksbehandler, Naa).IsSuccess);
        Assert.True(sak.GodkjennVedtak(endring, VedtakTests.Teamleder, Naa.AddHours(2)).IsSuccess);
        return [forste, endring];
    }

    private static Timeforing Levert(DateOnly dato, int minutter) => new(dato, minutter, Besoksstatus.Registrert, Besoksutfall.Gjennomfort);

    [Fact]
    public void Et_endringsvedtak_midt_i_uka_deler_uka_og_maaneden_etter_dagene()
    {
        var vedtak = FireTimerSaSyvFraTorsdag();
        Timeforing[] besok =
        [
            Levert(Start, 120), // Monday, under the first vedtak
            Levert(Start.AddDays(3), 180), // Thursday, under the endringsvedtak
            new(Start.AddDays(1), 60, Besoksstatus.Registrert, Besoksutfall.IkkeTruffet), // not delivered
            new(Start.AddDays(5), 90, Besoksstatus.Planlagt, null), // planned, a forecast
        ];

        var idag = Start.AddDays(4);
        var uke = Timeregnskap.Uker(vedtak, besok, Start, Start, idag).Single();
        Assert.Equal("Uke 47, 2026", uke.Navn);
        Assert.Equal(342.86m, uke.Innvilget); // 3 days of 240/7 and 4 days of 420/7
        Assert.Equal(300, uke.Levert);
        Assert.Equal(90, uke.Planlagt);
        Assert.False(uke.Ferdig);

        // The week before had no vedtak: nothing granted.
        Assert.Equal(0m, Timeregnskap.Uker(vedtak, besok, Start.AddDays(-7), Start.AddDays(-7), idag).Single().Innvilget);

        var november = Timeregnskap.Maaneder(vedtak, besok, Start, Start, idag).Single();
        Assert.Equal("november 2026", november.Navn);
        Assert.Equal(822.86m, november.Innvilget); // 16.–18.: 3 × 240/7; 19.–30.: 12 × 60
        Assert.Equal(300, november.Levert);
        var desember = Timeregnskap.Maaneder(vedtak, besok, new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 1), idag).Single();
        Assert.Equal(1860m, desember.Innvilget); // 31 days of 60 minutes
    }

    [Fact]
    public void Innvilget_over_en_periode_er_summen_av_dagenes_ramme_ogsaa_over_vedtaksskifter_og_maanedsskifter()
    {
        // The sum is taken per stretch between a vedtak's start or end and a month's start: it must equal the day-by-day sum
        // for any period, across the endringsvedtak on a Thursday and under a monthly grant that is shared by each month's days.
        var (_, maanedlig) = VedtakTests.Vedtatt(VedtakTests.Innvilget(40, Timeenhet.Maaned, fra: Start));
        foreach (var vedtak in new[] { FireTimerSaSyvFraTorsdag(), [maanedlig] })
        {
            for (var fra = Start.AddDays(-9); fra <= Start.AddDays(40); fra = fra.AddDays(3))
            {
                foreach (var lengde in new[] { 0, 1, 6, 13, 30, 61, 75 })
                {
                    var til = fra.AddDays(lengde);
                    var dagForDag = 0m;
                    for (var d = fra; d <= til; d = d.AddDays(1)) dagForDag += Timeregnskap.InnvilgetPaaDag(vedtak, d);
                    Assert.Equal(decimal.Round(dagForDag, 2), Timeregnskap.Innvilget(vedtak, fra, til));
                }
            }
        }

        Assert.Equal(0m, Timeregnskap.Innvilget(FireTimerSaSyvFraTorsdag(), Start, Start.AddDays(-1)));
    }

    [Fact]
    public void En_maanedlig_ramme_gir_hele_rammen_i_en_hel_maaned_og_dagenes_andel_i_en_uke()
    {
        var (_, vedtak) = VedtakTests.Vedtatt(VedtakTests.Innvilget(40, Timeenhet.Maaned, fra: Start)); // 10 hours a month
        var idag = new DateOnly(2027, 1, 1);

        var maaneder = Timeregnskap.Maaneder([vedtak], [], Start, new DateOnly(2026, 12, 31), idag);
        Assert.Equal([300m, 600m], maaneder.Select(m => m.Innvilget)); // November from the 16th: 15 of 30 days
        var uke49 = Timeregnskap.Uker([vedtak], [], new DateOnly(2026, 11, 30), new DateOnly(2026, 11, 30), idag).Single();
        Assert.Equal(136.13m, uke49.Innvilget); // 30 Nov: 600/30; 1.–6. Dec: 6 × 600/31
    }

    [Fact]
    public void Varslene_sier_hvilken_periode_og_hvor_mye()
    {
        var (_, vedtak) = VedtakTests.Vedtatt(VedtakTests.Innvilget(16, fra: Start)); // 240 minutes a week
        var idag = Start.AddDays(21); // Monday of the fourth week
        Timeforing[] besok =
        [
            Levert(Start, 300), // week 47: 60 over
            Levert(Start.AddDays(7), 180), // week 48: exactly 25 % under: warned
            Levert(Start.AddDays(14), 181), // week 49: less than 25 % under: fine
            Levert(idag, 200), new(idag.AddDays(2), 60, Besoksstatus.Planlagt, null), // week 50: heading 20 over
        ];

        var varsler = Timeregnskap.Varsler(Timeregnskap.Uker([vedtak], besok, Start, idag, idag), underProsent: 25);

        Assert.Equal(
            [("Uke 47, 2026", Timevarseltype.Over, 60m), ("Uke 48, 2026", Timevarseltype.Under, 60m), ("Uke 50, 2026", Timevarseltype.LiggerAnTilOver, 20m)],
            varsler.Select(v => (v.Periode.Navn, v.Type, v.Minutter)));
        Assert.Equal("4,5 t", Timeregnskap.Timer(270));
    }

    [Fact]
    public void Uten_kontakt_i_N_dager_er_en_definisjon_med_grensen_paa_dagen()
    {
        var idag = new DateOnly(2026, 12, 1);

        Assert.False(Oppfolgingsregler.UtenKontakt(idag.AddDays(-14), Start, idag, 14)); // 14 days ago: still within
        Assert.True(Oppfolgingsregler.UtenKontakt(idag.AddDays(-15), Start, idag, 14));
        Assert.Equal(idag.AddDays(-14), Oppfolgingsregler.KontaktGrense(idag, 14));
        // With no contact yet, the clock runs from the follow-up's start.
        Assert.False(Oppfolgingsregler.UtenKontakt(null, idag.AddDays(-3), idag, 14));
        Assert.True(Oppfolgingsregler.UtenKontakt(null, idag.AddDays(-30), idag, 14));
        Assert.Equal(30, Oppfolgingsregler.DagerSidenKontakt(null, idag.AddDays(-30), idag));
        // Only a visit that took place is contact.
        Assert.True(Oppfolgingsregler.ErKontakt(Besoksstatus.Registrert, Besoksutfall.Gjennomfort));
        Assert.False(Oppfolgingsregler.ErKontakt(Besoksstatus.Registrert, Besoksutfall.IkkeTruffet));
        Assert.False(Oppfolgingsregler.ErKontakt(Besoksstatus.Planlagt, null));
    }

    [Fact]
    public void Sen_registrering_regnes_i_norske_datoer()
    {
        var dato = new DateOnly(2026, 12, 1);

        Assert.False(Oppfolgingsregler.ErSenRegistrert(dato, new DateTimeOffset(2026, 12, 4, 22, 59, 0, TimeSpan.Zero), 3)); // 23:59 on the 4th in Oslo
        Assert.True(Oppfolgingsregler.ErSenRegistrert(dato, new DateTimeOffset(2026, 12, 4, 23, 0, 0, TimeSpan.Zero), 3)); // 00:00 on the 5th
    }

    [Fact]
    public void Manglende_medvirkning_er_antallet_innenfor_perioden()
    {
        var idag = new DateOnly(2026, 12, 1);
        (DateOnly, Besoksutfall?)[] tre =
        [
            (idag, Besoksutfall.IkkeTruffet), (idag.AddDays(-10), Besoksutfall.AvlystAvBruker), (idag.AddDays(-29), Besoksutfall.IkkeTruffet),
            (idag.AddDays(-5), Besoksutfall.AvlystAvTjenesten), (idag.AddDays(-6), Besoksutfall.Gjennomfort),
        ];

        Assert.True(Oppfolgingsregler.ManglendeMedvirkning(tre, idag, 3, 30));
        Assert.False(Oppfolgingsregler.ManglendeMedvirkning(tre, idag.AddDays(1), 3, 30)); // the oldest falls out of the 30 days
        Assert.False(Oppfolgingsregler.ManglendeMedvirkning(tre, idag, 4, 30)); // cancelled by the service does not count
    }

    [Fact]
    public void En_rettelse_beholder_originalen_og_sier_hvem_og_hvorfor()
    {
        var idag = new DateOnly(2026, 12, 1);
        var sakId = Guid.CreateVersion7();
        var forst = new Besoksinnhold(idag, new TimeOnly(10, 0), new TimeOnly(11, 30), 90, Besokstype.Hjemmebesok, Besoksutfall.Gjennomfort, null,
            [Hjelpeomrade.OkonomiOgNav], [], "Gikk gjennom budsjettet.");
        var besok = Besok.Registrer(sakId, Oppfolger, forst, idag, Oppfolger, Naa).Value;
        var versjon = besok.Versjon;
        var retter = Guid.CreateVersion7();

        Assert.Equal(BesokFeil.KorreksjonUtenArsak, besok.Korriger(forst with { Minutter = 60, Slutt = new TimeOnly(11, 0) }, " ", idag, retter, Naa).Error);
        Assert.Equal(BesokFeil.IngenEndring, besok.Korriger(forst, "Ingen endring", idag, retter, Naa).Error);
        Assert.True(besok.Korriger(forst with { Minutter = 60, Slutt = new TimeOnly(11, 0) }, "Feil sluttid", idag, retter, Naa.AddDays(1)).IsSuccess);

        Assert.Equal(60, besok.Minutter);
        Assert.Equal(forst, besok.Opprinnelig);
        var rettelse = besok.Korreksjoner.Single();
        Assert.Equal((retter, "Feil sluttid", Naa.AddDays(1)), (rettelse.Av, rettelse.Arsak, rettelse.Tidspunkt));
        Assert.Equal(Naa, besok.Registrert); // when it was logged never moves
        Assert.Equal(versjon, besok.Versjon); // the pipeline gives the new version on save
    }

    [Fact]
    public void Et_besok_registreres_ikke_foer_det_har_skjedd_og_et_som_ikke_ble_gjennomfort_trenger_en_grunn()
    {
        var idag = new DateOnly(2026, 12, 1);
        var sakId = Guid.CreateVersion7();
        var innhold = new Besoksinnhold(idag, null, null, 60, Besokstype.Telefon, Besoksutfall.Gjennomfort, null, [], [], null);

        Assert.Equal(BesokFeil.FramITid, Besok.Registrer(sakId, Oppfolger, innhold with { Dato = idag.AddDays(1) }, idag, Oppfolger, Naa).Error);
        Assert.Equal(BesokFeil.ArsakMangler, Besok.Registrer(sakId, Oppfolger, innhold with { Utfall = Besoksutfall.AvlystAvBruker }, idag, Oppfolger, Naa).Error);
        Assert.Equal(BesokFeil.Varighet, Besok.Registrer(sakId, Oppfolger, innhold with { Minutter = 0 }, idag, Oppfolger, Naa).Error);
        Assert.Equal(BesokFeil.SluttForStart, Besok.Registrer(sakId, Oppfolger, innhold with { Start = new TimeOnly(10, 0), Slutt = new TimeOnly(9, 0) }, idag, Oppfolger, Naa).Error);
        Assert.Equal(BesokFeil.PlanlagtTilbakeITid, Besok.Planlegg(sakId, Oppfolger, idag.AddDays(-1), null, 60, Besokstype.Hjemmebesok, idag, Oppfolger, Naa).Error);

        // A planned visit cancelled by the citizen is documented with that outcome and its reason, never removed.
        var planlagt = Besok.Planlegg(sakId, Oppfolger, idag, new TimeOnly(13, 0), 60, Besokstype.Hjemmebesok, idag, Oppfolger, Naa).Value;
        Assert.Equal(new TimeOnly(14, 0), planlagt.Slutt);
        Assert.True(Oppfolgingsregler.ErUdokumentert(planlagt.Status, planlagt.Dato, idag.AddDays(1)));
        Assert.True(planlagt.Dokumenter(innhold with { Minutter = 0, Utfall = Besoksutfall.AvlystAvBruker, Arsak = "Syk" }, idag, Oppfolger, Naa).IsSuccess);
        Assert.Equal((Besoksstatus.Registrert, Besoksutfall.AvlystAvBruker, "Syk"), (planlagt.Status, planlagt.Utfall!.Value, planlagt.Arsak));
        Assert.Equal(BesokFeil.AlleredeRegistrert, planlagt.Dokumenter(innhold, idag, Oppfolger, Naa).Error);
    }

    [Fact]
    public void Kontaktene_tildeles_fra_en_dato_og_historikken_beholdes()
    {
        var (sak, _) = VedtakTests.Vedtatt(VedtakTests.Innvilget(16, fra: Start));
        var (a, b, c) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        var idag = new DateOnly(2026, 12, 1);
        var leder = VedtakTests.Teamleder;

        Assert.Equal(KontaktFeil.FraFramITid, sak.TildelKontakter(a, b, idag.AddDays(1), null, [], idag, leder, Naa).Error);
        var forste = sak.TildelKontakter(a, b, idag.AddDays(-7), null, [], idag, leder, Naa).Value.ToList();
        Assert.Equal(Saksstatus.IOppfolging, sak.Status); // the first assignment starts the follow-up

        Assert.Equal(KontaktFeil.FraForForrige(idag.AddDays(-7)), sak.TildelKontakter(c, b, idag.AddDays(-8), null, forste, idag, leder, Naa).Error);
        Assert.Equal(KontaktFeil.IngenEndring, sak.TildelKontakter(a, b, idag, null, forste, idag, leder, Naa).Error);
        var andre = sak.TildelKontakter(c, b, idag, "A har permisjon", forste, idag, leder, Naa).Value;

        var a1 = forste.Single(p => p.BrukerId == a);
        Assert.Equal(idag.AddDays(-1), a1.Til); // ended the day before the next took over
        Assert.Null(forste.Single(p => p.BrukerId == b).Til); // the secondary contact stays
        Assert.Equal((c, Kontaktrolle.Primaerkontakt, idag, "A har permisjon"), (andre.Single().BrukerId, andre.Single().Rolle, andre.Single().Fra, andre.Single().Begrunnelse));
        Assert.Equal((c, b), (sak.PrimaerkontaktId!.Value, sak.SekundaerkontaktId!.Value));
        Assert.Equal(Saksstatus.IOppfolging, sak.Status);
    }
}
