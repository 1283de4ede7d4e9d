namespace BoOppfolging.Domain.Tests;

/// <summary>Withdrawing a consent: kept with the time it ended, said on the timeline the citizen sees, once only.</summary>
public sealed class SamtykkeTests
{
    private static readonly DateTimeOffset Gitt = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Innbygger = Guid.CreateVersion7();

    private static (Sak, Samtykke) SakMedSamtykke()
    {
        var sak = Sak.OpprettFraSoknad("BO-2026-000001", Guid.CreateVersion7(), null, Gitt, Innbygger);
        return (sak, new Samtykke(sak.Id, "fastlegen (Dr. Åse Lie)", Samtykke.OrdlydFor("fastlegen (Dr. Åse Lie)"), Gitt));
    }

    [Fact]
    public void Et_trukket_samtykke_beholdes_med_tidspunktet_og_staar_paa_tidslinjen_innbyggeren_ser()
    {
        var (sak, samtykke) = SakMedSamtykke();
        var trukket = Gitt.AddDays(3);

        var result = sak.TrekkSamtykke(samtykke, Innbygger, trukket);

        Assert.True(result.IsSuccess);
        Assert.Equal(trukket, samtykke.Trukket);
        Assert.False(samtykke.ErGyldig);
        Assert.Equal("Jeg samtykker i at kommunen henter inn opplysninger fra fastlegen (Dr. Åse Lie) som trengs for å behandle søknaden min om bo-oppfølging.", samtykke.Ordlyd);
        var hendelse = sak.Hendelser.Last();
        Assert.Equal((HendelseType.SamtykkeTrukket, false, Innbygger, trukket), (hendelse.Type, hendelse.Intern, hendelse.UtfortAv, hendelse.Tidspunkt));
        Assert.Equal("Samtykke trukket tilbake: kommunen henter ikke lenger inn opplysninger fra fastlegen (Dr. Åse Lie)", hendelse.Tekst);
    }

    [Fact]
    public void Et_samtykke_kan_bare_trekkes_tilbake_en_gang()
    {
        var (sak, samtykke) = SakMedSamtykke();
        sak.TrekkSamtykke(samtykke, Innbygger, Gitt.AddDays(1));
        var hendelser = sak.Hendelser.Count;

        var igjen = sak.TrekkSamtykke(samtykke, Innbygger, Gitt.AddDays(2));

        Assert.Equal(SoknadFeil.SamtykkeAlleredeTrukket, igjen.Error);
        Assert.Equal(Gitt.AddDays(1), samtykke.Trukket);
        Assert.Equal(hendelser, sak.Hendelser.Count);
    }

    [Fact]
    public void Et_samtykke_i_en_annen_sak_kan_ikke_trekkes_gjennom_denne()
    {
        var (sak, _) = SakMedSamtykke();
        var (_, annet) = SakMedSamtykke();

        var result = sak.TrekkSamtykke(annet, Innbygger, Gitt.AddDays(1));

        Assert.True(result.IsNotFound);
        Assert.True(annet.ErGyldig);
    }
}
