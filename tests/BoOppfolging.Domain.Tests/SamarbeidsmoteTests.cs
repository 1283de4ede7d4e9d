using BoOppfolging.Domain;

namespace BoOppfolging.Domain.Tests;

/// <summary>Samarbeidsmøter: the three-month rule's boundary days, and the meeting's own rules.</summary>
public sealed class SamarbeidsmoteTests
{
    private static readonly DateOnly Idag = new(2026, 11, 30);
    private static readonly DateTimeOffset Tid = new(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Av = Guid.CreateVersion7();

    [Theory]
    [InlineData("2026-08-30", false)] // exactly three calendar months ago still counts
    [InlineData("2026-08-29", true)]  // the day before does not
    [InlineData("2026-11-30", false)]
    public void Tre_maaneder_regnes_i_kalendermaaneder_fra_siste_mote(string siste, bool mangler) =>
        Assert.Equal(mangler, Oppfolgingsregler.ManglerMote(DateOnly.Parse(siste, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2025, 1, 1), Idag));

    [Fact]
    public void Uten_mote_regnes_fristen_fra_oppfolgingens_start()
    {
        Assert.False(Oppfolgingsregler.ManglerMote(null, new DateOnly(2026, 8, 30), Idag));
        Assert.True(Oppfolgingsregler.ManglerMote(null, new DateOnly(2026, 8, 29), Idag));
    }

    [Fact]
    public void En_kortere_maaned_gir_maanedens_siste_dag_som_grense()
    {
        // 31 May back three months is 28 February (2027 is no leap year): a meeting that day counts, the 27th does not.
        var idag = new DateOnly(2027, 5, 31);
        Assert.Equal(new DateOnly(2027, 2, 28), Oppfolgingsregler.MoteGrense(idag));
        Assert.False(Oppfolgingsregler.ManglerMote(new DateOnly(2027, 2, 28), new DateOnly(2026, 1, 1), idag));
        Assert.True(Oppfolgingsregler.ManglerMote(new DateOnly(2027, 2, 27), new DateOnly(2026, 1, 1), idag));
    }

    [Fact]
    public void En_mote_med_referat_deltakere_og_tiltak_registreres_trimmet()
    {
        var mote = Samarbeidsmote.Ny(Guid.CreateVersion7(), Guid.CreateVersion7());
        var result = mote.Registrer(
            Idag.AddDays(-1), Motetype.Boligmote, [new(" Nina Nav ", " NAV-veileder ")], true, " Planla flyttingen. ",
            [new(" Søke om depositum ", "NAV", Idag.AddDays(14))], Idag, Av, Tid);

        Assert.True(result.IsSuccess);
        Assert.Equal((Motetype.Boligmote, "Planla flyttingen."), (mote.Type, mote.Referat));
        Assert.Equal(new Samarbeidsdeltaker("Nina Nav", "NAV-veileder"), Assert.Single(mote.Deltakere));
        var tiltak = Assert.Single(mote.Tiltak);
        Assert.Equal(("Søke om depositum", true), (tiltak.Beskrivelse, tiltak.ErApent));
        Assert.Equal(MoteFeil.AlleredeRegistrert, mote.Registrer(Idag, Motetype.Samarbeidsmote, [], true, "Igjen", [], Idag, Av, Tid).Error);
    }

    [Fact]
    public void Et_mote_fram_i_tid_uten_referat_uten_deltakere_eller_med_frist_for_motet_avvises_ved_feltet()
    {
        Feil? Feil(DateOnly dato, string referat, IReadOnlyList<Samarbeidsdeltaker> deltakere, bool innbygger, IReadOnlyList<NyttTiltak> tiltak) =>
            Samarbeidsmote.Ny(Guid.CreateVersion7(), Guid.CreateVersion7()).Registrer(dato, Motetype.Samarbeidsmote, deltakere, innbygger, referat, tiltak, Idag, Av, Tid).Error;

        Assert.Equal(MoteFeil.FramITid, Feil(Idag.AddDays(1), "Referat", [], true, []));
        Assert.Equal("Referat", Feil(Idag, " ", [], true, [])?.Felt);
        Assert.Equal(MoteFeil.IngenDeltakere, Feil(Idag, "Referat", [], false, []));
        Assert.Equal(MoteFeil.DeltakerUfullstendig, Feil(Idag, "Referat", [new("Nina", " ")], false, []));
        Assert.Equal(MoteFeil.FristForMotet, Feil(Idag, "Referat", [], true, [new("Noe", "NAV", Idag.AddDays(-1))]));
        Assert.Equal(MoteFeil.TiltakUfullstendig, Feil(Idag, "Referat", [], true, [new("Noe", "", Idag)]));
    }

    [Fact]
    public void Et_utfort_tiltak_beholdes_med_hvem_og_naar_og_kan_ikke_markeres_to_ganger()
    {
        var mote = Samarbeidsmote.Ny(Guid.CreateVersion7(), Guid.CreateVersion7());
        mote.Registrer(Idag, Motetype.Samarbeidsmote, [], true, "Referat", [new("A", "NAV", Idag.AddDays(7)), new("B", "Bo-oppfølger", Idag.AddDays(3))], Idag, Av, Tid);
        var forste = mote.Tiltak[0].Id;

        Assert.True(mote.FullforTiltak(forste, " Søknaden er sendt. ", Av, Tid.AddDays(1)).IsSuccess);
        Assert.Equal(2, mote.Tiltak.Count);
        Assert.Equal((Tid.AddDays(1), (Guid?)Av, "Søknaden er sendt.", false), (mote.Tiltak[0].Fullfort!.Value, mote.Tiltak[0].FullfortAv, mote.Tiltak[0].Merknad, mote.Tiltak[0].ErApent));
        Assert.True(mote.Tiltak[1].ErApent);
        Assert.Equal(MoteFeil.TiltakFullfort, mote.FullforTiltak(forste, null, Av, Tid.AddDays(2)).Error);
        Assert.True(mote.FullforTiltak(Guid.NewGuid(), null, Av, Tid).IsNotFound);
    }

    [Fact]
    public void Et_forfalt_tiltak_er_apent_etter_fristen()
    {
        var tiltak = new Motetiltak(Guid.NewGuid(), "A", "NAV", Idag);
        Assert.False(tiltak.ErForfalt(Idag));
        Assert.True(tiltak.ErForfalt(Idag.AddDays(1)));
        Assert.False((tiltak with { Fullfort = Tid }).ErForfalt(Idag.AddDays(1)));
    }

    [Fact]
    public void En_rettelse_av_referatet_beholder_det_opprinnelige_med_hvem_og_hvorfor()
    {
        var mote = Samarbeidsmote.Ny(Guid.CreateVersion7(), Guid.CreateVersion7());
        mote.Registrer(Idag, Motetype.Evaluering, [], true, "Første versjon", [], Idag, Av, Tid);

        Assert.Equal("Arsak", mote.KorrigerReferat("Andre versjon", " ", Av, Tid).Error?.Felt);
        Assert.Equal(MoteFeil.IngenEndring, mote.KorrigerReferat("Første versjon", "Ingen grunn", Av, Tid).Error);
        Assert.True(mote.KorrigerReferat("Andre versjon", "Feil dato for avtalen", Av, Tid.AddHours(1)).IsSuccess);
        Assert.True(mote.KorrigerReferat("Tredje versjon", "Skrivefeil", Av, Tid.AddHours(2)).IsSuccess);

        Assert.Equal("Tredje versjon", mote.Referat);
        Assert.Equal("Første versjon", mote.OpprinneligReferat);
        Assert.Equal(["Første versjon", "Andre versjon"], mote.Korreksjoner.Select(k => k.Forrige));
        Assert.Equal(MoteFeil.IkkeRegistrert, Samarbeidsmote.Ny(Guid.NewGuid(), Guid.NewGuid()).KorrigerReferat("X", "Y", Av, Tid).Error);
    }
}
