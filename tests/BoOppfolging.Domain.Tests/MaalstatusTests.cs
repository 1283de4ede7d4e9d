namespace BoOppfolging.Domain.Tests;

/// <summary>
/// A goal's status: not started without a row, every change kept, a reason required to stop it, the same status twice
/// refused; and the timeline joining status changes with the progress notes from registered visits only, a corrected
/// visit giving its current note, newest first.
/// </summary>
public sealed class MaalstatusTests
{
    private static readonly DateTimeOffset Naa = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Idag = Norsktid.Dato(Naa);
    private static readonly Guid SakId = Guid.CreateVersion7();
    private static readonly Guid MaalId = Guid.CreateVersion7();
    private static readonly Guid AnnetMaal = Guid.CreateVersion7();
    private static readonly Guid Oppfolger = Guid.CreateVersion7();

    private static Besoksinnhold Innhold(DateOnly dato, params Maalnotat[] maal) =>
        new(dato, null, null, 60, Besokstype.Hjemmebesok, Besoksutfall.Gjennomfort, null, [], maal, "Internt notat");

    private static Besok Registrert(DateOnly dato, DateTimeOffset registrert, params Maalnotat[] maal) =>
        Besok.Registrer(SakId, Oppfolger, Innhold(dato, maal), Idag, Oppfolger, registrert).Value;

    [Fact]
    public void Uten_rad_er_maalet_ikke_startet_og_tidslinjen_tom()
    {
        var forlop = Maalforlopsregler.For(MaalId, null, []);
        Assert.Equal(Maalstatusverdi.IkkeStartet, forlop.Status);
        Assert.Empty(forlop.Tidslinje);
    }

    [Fact]
    public void Hver_endring_tas_vare_paa_og_avbrutt_krever_en_begrunnelse()
    {
        var status = new Maalstatus(SakId, MaalId);
        Assert.True(status.Sett(Maalstatusverdi.Pagar, null, Oppfolger, Naa).IsSuccess);

        var utenArsak = status.Sett(Maalstatusverdi.Avbrutt, "  ", Oppfolger, Naa.AddDays(1));
        Assert.Equal(MaalstatusFeil.ArsakMangler, utenArsak.Error);
        Assert.Equal("Arsak", utenArsak.Error!.Felt);
        Assert.Equal(Maalstatusverdi.Pagar, status.Status);

        Assert.Equal(MaalstatusFeil.ArsakForLang, status.Sett(Maalstatusverdi.Avbrutt, new string('x', Maalstatus.MaksArsak + 1), Oppfolger, Naa).Error);
        Assert.True(status.Sett(Maalstatusverdi.Avbrutt, " Flyttet til annen kommune. ", Oppfolger, Naa.AddDays(1)).IsSuccess);
        Assert.True(status.Sett(Maalstatusverdi.Pagar, null, Oppfolger, Naa.AddDays(2)).IsSuccess);

        Assert.Equal(Maalstatusverdi.Pagar, status.Status);
        Assert.Equal([Maalstatusverdi.Pagar, Maalstatusverdi.Avbrutt, Maalstatusverdi.Pagar], status.Historikk.Select(h => h.Status));
        Assert.Equal("Flyttet til annen kommune.", status.Historikk[1].Arsak);
        Assert.Equal(Naa.AddDays(2), status.SistEndret);
    }

    [Fact]
    public void Samme_status_igjen_og_ukjent_status_avvises()
    {
        var status = new Maalstatus(SakId, MaalId);
        Assert.Equal(MaalstatusFeil.IngenEndring, status.Sett(Maalstatusverdi.IkkeStartet, null, Oppfolger, Naa).Error);
        Assert.Equal(MaalstatusFeil.UkjentStatus, status.Sett((Maalstatusverdi)99, null, Oppfolger, Naa).Error);
        Assert.True(status.Sett(Maalstatusverdi.Nadd, null, Oppfolger, Naa).IsSuccess);
        Assert.Equal(MaalstatusFeil.IngenEndring, status.Sett(Maalstatusverdi.Nadd, "igjen", Oppfolger, Naa).Error);
        Assert.Single(status.Historikk);
    }

    [Fact]
    public void Tidslinjen_har_statusendringer_og_notater_fra_registrerte_besok_nyeste_forst()
    {
        var status = new Maalstatus(SakId, MaalId);
        Assert.True(status.Sett(Maalstatusverdi.Pagar, null, Oppfolger, Naa.AddDays(-10)).IsSuccess);
        Assert.True(status.Sett(Maalstatusverdi.Nadd, null, Oppfolger, Naa).IsSuccess);

        var eldre = Registrert(Idag.AddDays(-7), Naa.AddDays(-7), new Maalnotat(MaalId, "Laget middag to ganger."), new Maalnotat(AnnetMaal, "Annet mål."));
        var nyere = Registrert(Idag.AddDays(-2), Naa.AddDays(-2), new Maalnotat(MaalId, "Laget middag tre ganger."));
        var utenNotat = Registrert(Idag.AddDays(-1), Naa.AddDays(-1), new Maalnotat(AnnetMaal, "Bare det andre målet."));
        var planlagt = Besok.Planlegg(SakId, Oppfolger, Idag.AddDays(2), null, 60, Besokstype.Hjemmebesok, Idag, Oppfolger, Naa).Value;

        var forlop = Maalforlopsregler.For(MaalId, status, [eldre, planlagt, nyere, utenNotat]);

        Assert.Equal(Maalstatusverdi.Nadd, forlop.Status);
        Assert.Equal(
            [
                (Maalhendelsestype.Status, (string?)null),
                (Maalhendelsestype.Fremdrift, "Laget middag tre ganger."),
                (Maalhendelsestype.Fremdrift, "Laget middag to ganger."),
                (Maalhendelsestype.Status, null),
            ],
            forlop.Tidslinje.Select(h => (h.Type, h.Tekst)));
        Assert.Equal(nyere.Id, forlop.Tidslinje[1].BesokId);
        Assert.Equal(Idag.AddDays(-2), forlop.Tidslinje[1].Dato);
    }

    [Fact]
    public void Endringer_paa_samme_tidspunkt_kommer_nyeste_forst()
    {
        var status = new Maalstatus(SakId, MaalId);
        Assert.True(status.Sett(Maalstatusverdi.Pagar, null, Oppfolger, Naa).IsSuccess);
        Assert.True(status.Sett(Maalstatusverdi.Nadd, null, Oppfolger, Naa).IsSuccess);
        Assert.Equal([Maalstatusverdi.Nadd, Maalstatusverdi.Pagar], Maalforlopsregler.For(MaalId, status, []).Tidslinje.Select(h => h.Status!.Value));
    }

    [Fact]
    public void Et_rettet_besok_gir_sitt_gjeldende_notat()
    {
        var besok = Registrert(Idag.AddDays(-3), Naa.AddDays(-3), new Maalnotat(MaalId, "Feil notat."));
        Assert.True(besok.Korriger(Innhold(Idag.AddDays(-3), new Maalnotat(MaalId, "Riktig notat.")), "Skrev feil.", Idag, Oppfolger, Naa).IsSuccess);

        var tidslinje = Maalforlopsregler.For(MaalId, null, [besok]).Tidslinje;

        Assert.Equal("Riktig notat.", Assert.Single(tidslinje).Tekst);
    }

    [Fact]
    public void En_rad_for_et_annet_maal_telles_ikke()
    {
        var annen = new Maalstatus(SakId, AnnetMaal);
        Assert.True(annen.Sett(Maalstatusverdi.Nadd, null, Oppfolger, Naa).IsSuccess);
        var forlop = Maalforlopsregler.For(MaalId, annen, []);
        Assert.Equal(Maalstatusverdi.IkkeStartet, forlop.Status);
        Assert.Empty(forlop.Tidslinje);
    }
}
