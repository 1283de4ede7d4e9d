using BoOppfolging.Domain;

namespace BoOppfolging.Domain.Tests;

/// <summary>The transition checklist: overdue on its boundary day, the overlap warning, the four weeks' end, and the items' own rules.</summary>
public sealed class OvergangTests
{
    private static readonly DateOnly Idag = new(2026, 12, 2);
    private static readonly DateTimeOffset Tid = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Av = Guid.CreateVersion7();

    private static Overgangsplan NyPlan(DateOnly? innflytting = null, DateOnly? institusjonSlutt = null)
    {
        var plan = new Overgangsplan(Guid.CreateVersion7());
        Assert.True(plan.Opprett(innflytting ?? Idag.AddDays(10), institusjonSlutt, Idag, Av, Tid).IsSuccess);
        return plan;
    }

    [Theory]
    [InlineData(-1, false)] // the date is tomorrow
    [InlineData(0, false)]  // on the day itself it is not overdue yet
    [InlineData(1, true)]   // the day after it is
    public void Et_punkt_er_forfalt_fra_dagen_etter_fristen(int dagerEtterFristen, bool forfalt)
    {
        var frist = new DateOnly(2026, 12, 1);
        Assert.Equal(forfalt, Overgangsregler.ErForfalt(frist, null, frist.AddDays(dagerEtterFristen)));
        Assert.Equal(forfalt, new Sjekkpunkt(Overgangspunkt.Visning, frist, "Bo-oppfølger").ErForfalt(frist.AddDays(dagerEtterFristen)));
    }

    [Fact]
    public void Et_punkt_som_er_gjort_er_aldri_forfalt()
    {
        var frist = new DateOnly(2026, 11, 1);
        Assert.False(Overgangsregler.ErForfalt(frist, frist.AddDays(5), Idag));
        Assert.False(new Sjekkpunkt(Overgangspunkt.Visning, frist, "Bruker", GjortDato: frist.AddDays(5)).ErForfalt(Idag));
    }

    [Fact]
    public void Fire_uker_slutter_28_dager_etter_innflyttingen_og_er_fristen_for_siste_punkt()
    {
        var plan = NyPlan(new DateOnly(2026, 12, 10));
        Assert.Equal(new DateOnly(2027, 1, 7), plan.FireUkerSlutt);
        Assert.Equal(plan.FireUkerSlutt, plan.Punkter.Single(p => p.Punkt == Overgangspunkt.FireUkerSlutt).Frist);
    }

    [Fact]
    public void Planen_lages_med_standardpunktene_i_rutinens_rekkefolge_med_frister_ut_fra_innflyttingen()
    {
        var innflytting = new DateOnly(2026, 12, 20);
        var plan = NyPlan(innflytting);
        Assert.Equal(Enum.GetValues<Overgangspunkt>(), plan.Punkter.Select(p => p.Punkt));
        Assert.Equal(10, plan.Punkter.Count);
        Assert.All(plan.Punkter, p => Assert.Equal(Overgangsregler.ForeslattFrist(p.Punkt, innflytting), p.Frist));
        Assert.Equal(innflytting.AddDays(-21), plan.Punkter[0].Frist);
        Assert.Equal("Boligkontoret", plan.Punkter[0].Ansvarlig);
        Assert.Equal("Institusjonen", plan.Punkter.Single(p => p.Punkt == Overgangspunkt.OverlappInstitusjon).Ansvarlig);
        Assert.Equal((0, (Guid?)Av), (plan.AntallGjort, plan.OpprettetAv));
        Assert.Equal(OvergangFeil.AlleredeOpprettet, plan.Opprett(innflytting, null, Idag, Av, Tid).Error);
    }

    [Theory]
    [InlineData(14, 14, false, false)] // two weeks is the usual
    [InlineData(15, 15, true, false)]  // more is flagged
    [InlineData(0, 0, false, false)]
    [InlineData(-3, -3, false, true)]  // the place ends before the move-in: a gap
    public void Overlappen_er_dagene_mellom_innflytting_og_institusjonens_slutt_og_mer_enn_to_uker_varsles(
        int sluttEtterInnflytting, int overlapp, bool forLang, bool hull)
    {
        var innflytting = new DateOnly(2026, 12, 10);
        var plan = NyPlan(innflytting, innflytting.AddDays(sluttEtterInnflytting));
        Assert.Equal(overlapp, plan.OverlappDager);
        Assert.Equal(forLang, Overgangsregler.ForLangOverlapp(plan.OverlappDager));
        Assert.Equal(hull, Overgangsregler.HarHull(plan.OverlappDager));
    }

    [Fact]
    public void Uten_kjent_slutt_paa_institusjonsplassen_er_overlappen_ukjent_og_varsles_ikke()
    {
        var plan = NyPlan();
        Assert.Null(plan.OverlappDager);
        Assert.False(Overgangsregler.ForLangOverlapp(plan.OverlappDager));
        Assert.False(Overgangsregler.HarHull(plan.OverlappDager));
    }

    [Fact]
    public void Et_punkt_kan_ikke_markeres_gjort_fram_i_tid_men_i_dag_og_for()
    {
        var plan = NyPlan();
        Assert.Equal(OvergangFeil.GjortFramITid, plan.MarkerGjort(Overgangspunkt.Visning, Idag.AddDays(1), Idag, Av, Tid).Error);
        Assert.Equal("GjortDato", OvergangFeil.GjortFramITid.Felt);
        Assert.False(plan.Punkter.Single(p => p.Punkt == Overgangspunkt.Visning).ErGjort);
        Assert.True(plan.MarkerGjort(Overgangspunkt.Visning, Idag, Idag, Av, Tid).IsSuccess);
        Assert.True(plan.MarkerGjort(Overgangspunkt.BoligTilbudt, Idag.AddDays(-3), Idag, Av, Tid).IsSuccess);
        Assert.Equal(OvergangFeil.AlleredeGjort, plan.MarkerGjort(Overgangspunkt.Visning, Idag, Idag, Av, Tid).Error);
        Assert.Equal(2, plan.AntallGjort);
    }

    [Fact]
    public void Gjenaapning_krever_aarsak_og_tar_vare_paa_hvem_som_markerte_det_gjort_og_naar()
    {
        var plan = NyPlan();
        var markerte = Guid.CreateVersion7();
        Assert.True(plan.MarkerGjort(Overgangspunkt.KontraktSignert, Idag.AddDays(-1), Idag, markerte, Tid).IsSuccess);
        Assert.Equal(OvergangFeil.ArsakMangler, plan.Gjenapne(Overgangspunkt.KontraktSignert, " ", Av, Tid.AddHours(1)).Error);
        Assert.Equal(OvergangFeil.IkkeGjort, plan.Gjenapne(Overgangspunkt.Visning, "Feil punkt", Av, Tid.AddHours(1)).Error);

        Assert.True(plan.Gjenapne(Overgangspunkt.KontraktSignert, " Kontrakten var ikke signert av utleier. ", Av, Tid.AddHours(1)).IsSuccess);
        var punkt = plan.Punkter.Single(p => p.Punkt == Overgangspunkt.KontraktSignert);
        Assert.False(punkt.ErGjort);
        var g = Assert.Single(punkt.Gjenapninger);
        Assert.Equal(new Gjenapning(Idag.AddDays(-1), markerte, Tid, Tid.AddHours(1), Av, "Kontrakten var ikke signert av utleier."), g);

        // Ticked again and reopened again: both earlier marks are kept, oldest first.
        Assert.True(plan.MarkerGjort(Overgangspunkt.KontraktSignert, Idag, Idag, Av, Tid.AddHours(2)).IsSuccess);
        Assert.True(plan.Gjenapne(Overgangspunkt.KontraktSignert, "Ny kontrakt", Av, Tid.AddHours(3)).IsSuccess);
        Assert.Equal([Idag.AddDays(-1), Idag], plan.Punkter.Single(p => p.Punkt == Overgangspunkt.KontraktSignert).Gjenapninger.Select(x => x.GjortDato));
    }

    [Fact]
    public void Et_punkt_endres_med_frist_ansvarlig_og_merknad_og_ansvarlig_maa_vaere_med()
    {
        var plan = NyPlan();
        Assert.Equal("Ansvarlig", plan.EndrePunkt(Overgangspunkt.Moblering, Idag, " ", null, Av, Tid).Error?.Felt);
        Assert.True(plan.EndrePunkt(Overgangspunkt.Moblering, Idag.AddDays(3), " NAV ", " Søkt om grunnstønad. ", Av, Tid).IsSuccess);
        var punkt = plan.Punkter.Single(p => p.Punkt == Overgangspunkt.Moblering);
        Assert.Equal((Idag.AddDays(3), "NAV", "Søkt om grunnstønad."), (punkt.Frist, punkt.Ansvarlig, punkt.Merknad));
    }

    [Fact]
    public void En_flyttet_innflytting_flytter_fristene_for_punktene_som_ikke_er_gjort()
    {
        var innflytting = Idag.AddDays(30);
        var plan = NyPlan(innflytting);
        Assert.True(plan.MarkerGjort(Overgangspunkt.BoligTilbudt, Idag, Idag, Av, Tid).IsSuccess);
        var tilbudt = plan.Punkter[0].Frist;
        Assert.True(plan.EndrePeriode(innflytting.AddDays(7), innflytting.AddDays(10), Idag, Av, Tid).IsSuccess);
        Assert.Equal(tilbudt, plan.Punkter[0].Frist);
        Assert.Equal(innflytting.AddDays(7 - 14), plan.Punkter.Single(p => p.Punkt == Overgangspunkt.Visning).Frist);
        Assert.Equal(plan.FireUkerSlutt, plan.Punkter.Single(p => p.Punkt == Overgangspunkt.FireUkerSlutt).Frist);
        Assert.Equal(3, plan.OverlappDager);
    }

    [Fact]
    public void Datoer_mer_enn_ett_aar_fra_i_dag_avvises_ved_feltet()
    {
        var plan = new Overgangsplan(Guid.CreateVersion7());
        Assert.Equal("Innflytting", plan.Opprett(Idag.AddYears(30), null, Idag, Av, Tid).Error?.Felt);
        Assert.Equal("InstitusjonSlutt", plan.Opprett(Idag, Idag.AddYears(-2), Idag, Av, Tid).Error?.Felt);
        Assert.Empty(plan.Punkter);
        Assert.Equal(OvergangFeil.IkkeOpprettet, plan.EndrePeriode(Idag, null, Idag, Av, Tid).Error);
    }

    [Theory]
    [InlineData(Kanal.Spesialisthelsetjenesten, null, true)]
    [InlineData(Kanal.Kriminalomsorgen, null, true)]
    [InlineData(Kanal.Soknad, Boform.Institusjon, true)]
    [InlineData(Kanal.Soknad, Boform.Fengsel, true)]
    [InlineData(Kanal.Soknad, Boform.LeierPrivat, false)]
    [InlineData(Kanal.Fastlege, null, false)]
    public void Saken_kom_fra_institusjon_eller_fengsel_etter_kanalen_eller_boformen_i_soknaden(Kanal kanal, Boform? boform, bool fra) =>
        Assert.Equal(fra, Overgangsregler.KomFraInstitusjon(kanal, boform));
}
