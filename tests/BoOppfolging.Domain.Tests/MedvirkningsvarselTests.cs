namespace BoOppfolging.Domain.Tests;

/// <summary>
/// A warning about lack of participation: a deadline in the future and what happened; one open (sent, not followed up) at a
/// time; sent only while its deadline is ahead; a follow-up once, after the sending, with a note unless participation resumed.
/// </summary>
public sealed class MedvirkningsvarselTests
{
    private static readonly DateTimeOffset Naa = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Idag = Norsktid.Dato(Naa);
    private static readonly Guid SakId = Guid.CreateVersion7();
    private static readonly Guid Leder = Guid.CreateVersion7();

    private static Medvirkningsvarsel Varsel(IEnumerable<Medvirkningsvarsel>? tidligere = null, int fristDager = 14) =>
        Medvirkningsvarsel.Opprett(SakId, " Ikke truffet 03.11.2026. ", Idag.AddDays(fristDager), tidligere ?? [], Idag, Leder, Naa).Value;

    [Fact]
    public void Et_varsel_har_hva_som_skjedde_og_en_frist_fram_i_tid()
    {
        var varsel = Varsel();
        Assert.Equal(("Ikke truffet 03.11.2026.", Idag.AddDays(14), SakId, Leder), (varsel.HvaSkjedde, varsel.Frist, varsel.SakId, varsel.OpprettetAv));
        Assert.False(varsel.ErSendt);
        Assert.False(varsel.SkalFolgesOpp(Idag.AddDays(30)));

        Assert.Equal(MedvirkningFeil.FristPassert, Medvirkningsvarsel.Opprett(SakId, "x", Idag, [], Idag, Leder, Naa).Error);
        Assert.Equal(MedvirkningFeil.FristForLangt, Medvirkningsvarsel.Opprett(SakId, "x", Idag.AddDays(91), [], Idag, Leder, Naa).Error);
        var utenTekst = Medvirkningsvarsel.Opprett(SakId, "  ", Idag.AddDays(14), [], Idag, Leder, Naa);
        Assert.Equal((MedvirkningFeil.HvaSkjeddeMangler, "HvaSkjedde"), (utenTekst.Error, utenTekst.Error!.Felt));
        Assert.Equal("Frist", Medvirkningsvarsel.Opprett(SakId, "x", Idag.AddDays(-1), [], Idag, Leder, Naa).Error!.Felt);
        Assert.Equal("HvaSkjedde", Medvirkningsvarsel.Opprett(SakId, new string('x', Medvirkningsvarsel.MaksTekst + 1), Idag.AddDays(3), [], Idag, Leder, Naa).Error!.Felt);
    }

    [Fact]
    public void Et_sendt_varsel_som_ikke_er_fulgt_opp_stopper_et_nytt_men_et_usendt_gjor_det_ikke()
    {
        var usendt = Varsel();
        Assert.True(Medvirkningsvarsel.Opprett(SakId, "x", Idag.AddDays(3), [usendt], Idag, Leder, Naa).IsSuccess);

        var sendt = Varsel();
        Assert.True(sendt.MarkerSendt(Idag).IsSuccess);
        Assert.Equal(MedvirkningFeil.ApentVarsel, Medvirkningsvarsel.Opprett(SakId, "x", Idag.AddDays(3), [usendt, sendt], Idag, Leder, Naa).Error);

        Assert.True(sendt.FolgOpp(Idag, Medvirkningsutfall.Bedret, null, Idag, Leder, Naa).IsSuccess);
        Assert.True(Medvirkningsvarsel.Opprett(SakId, "x", Idag.AddDays(3), [usendt, sendt], Idag, Leder, Naa).IsSuccess);
    }

    [Fact]
    public void Brevet_sendes_bare_mens_fristen_er_fram_i_tid_og_bare_en_gang()
    {
        var varsel = Varsel(fristDager: 5);
        var forSent = varsel.MarkerSendt(Idag.AddDays(5));
        Assert.Equal(("frist_passert_ved_sending", "SendtDato"), (forSent.Error!.Kode, forSent.Error.Felt));
        Assert.Contains("25.11.2026", forSent.Error.Melding, StringComparison.Ordinal);
        Assert.False(varsel.ErSendt);

        Assert.True(varsel.MarkerSendt(Idag.AddDays(1)).IsSuccess);
        Assert.Equal(Idag.AddDays(1), varsel.Sendt);
        Assert.Equal(MedvirkningFeil.AlleredeSendt, varsel.MarkerSendt(Idag.AddDays(2)).Error);

        // Due a follow-up once the deadline has passed, not before.
        Assert.False(varsel.SkalFolgesOpp(Idag.AddDays(5)));
        Assert.True(varsel.SkalFolgesOpp(Idag.AddDays(6)));
    }

    [Fact]
    public void Oppfolgingen_krever_sendt_varsel_en_dato_etter_sendingen_og_et_notat_uten_bedring()
    {
        var varsel = Varsel();
        Assert.Equal(MedvirkningFeil.IkkeSendt, varsel.FolgOpp(Idag, Medvirkningsutfall.Bedret, null, Idag, Leder, Naa).Error);
        Assert.True(varsel.MarkerSendt(Idag).IsSuccess);

        var senere = Idag.AddDays(20);
        Assert.Equal(MedvirkningFeil.UtfallMangler, varsel.FolgOpp(senere, null, null, senere, Leder, Naa).Error);
        Assert.Equal(MedvirkningFeil.UtfallMangler, varsel.FolgOpp(senere, (Medvirkningsutfall)99, null, senere, Leder, Naa).Error);
        Assert.Equal(MedvirkningFeil.DatoFramITid, varsel.FolgOpp(senere.AddDays(1), Medvirkningsutfall.Bedret, null, senere, Leder, Naa).Error);
        Assert.Equal(MedvirkningFeil.DatoForSendt, varsel.FolgOpp(Idag.AddDays(-1), Medvirkningsutfall.Bedret, null, senere, Leder, Naa).Error);
        var utenNotat = varsel.FolgOpp(senere, Medvirkningsutfall.IkkeBedret, " ", senere, Leder, Naa);
        Assert.Equal((MedvirkningFeil.NotatMangler, "Notat"), (utenNotat.Error, utenNotat.Error!.Felt));
        Assert.False(varsel.ErFulgtOpp);

        Assert.True(varsel.FolgOpp(senere, Medvirkningsutfall.IkkeBedret, " Har ikke svart. ", senere, Leder, Naa.AddDays(20)).IsSuccess);
        Assert.Equal((senere, Medvirkningsutfall.IkkeBedret, "Har ikke svart.", (Guid?)Leder), (varsel.OppfolgingDato, varsel.Utfall, varsel.Oppfolgingsnotat, varsel.OppfolgetAv));
        Assert.False(varsel.SkalFolgesOpp(senere));
        Assert.Equal(MedvirkningFeil.AlleredeFulgtOpp, varsel.FolgOpp(senere, Medvirkningsutfall.Bedret, null, senere, Leder, Naa).Error);
    }
}
