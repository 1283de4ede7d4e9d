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

    [Theory]
    [InlineData("fastlegen (Dr. Åse Lie)", Samtykkeformaal.Fastlege)]
    [InlineData("NAV (NAV Ås)", Samtykkeformaal.Nav)]
    [InlineData("Psykisk helsetjeneste", Samtykkeformaal.AnnenTjeneste)]
    [InlineData("pårørende (Eva Vik, datter)", Samtykkeformaal.Parorende)]
    public void Et_samtykke_fra_soknaden_faar_sitt_formaal_fra_kilden(string kilde, Samtykkeformaal formaal)
    {
        var samtykke = new Samtykke(Guid.CreateVersion7(), kilde, Samtykke.OrdlydFor(kilde), Gitt);

        Assert.Equal((formaal, null, null), (samtykke.Formaal, samtykke.Form, samtykke.RegistrertAv));
        Assert.Equal(formaal == Samtykkeformaal.Parorende, samtykke.GjelderParorende);
    }

    [Fact]
    public void Et_registrert_samtykke_for_en_paarorende_har_egen_ordlyd_og_staar_paa_tidslinjen_og_et_trukket_gjelder_ikke()
    {
        var (sak, _) = SakMedSamtykke();
        var ansatt = Guid.CreateVersion7();
        var samtykke = Samtykke.Registrer(sak.Id, Samtykkeformaal.Parorende, "Eva Vik", "datter", Samtykkeform.Muntlig, Gitt.AddDays(1), ansatt).Value;

        Assert.True(sak.RegistrerSamtykke(samtykke, ansatt, Gitt.AddDays(2)).IsSuccess);

        Assert.Equal(
            ("pårørende Eva Vik (datter)", "Jeg samtykker i at Eva Vik (datter) kan delta i kartleggingen av hva jeg trenger hjelp til, og få opplysninger om saken min om bo-oppfølging."),
            (samtykke.Kilde, samtykke.Ordlyd));
        Assert.True(samtykke.GjelderParorende);
        // It names Eva: her name (whitespace and case aside) and no one else's.
        Assert.True(samtykke.GjelderParorendeMedNavn("Eva Vik"));
        Assert.True(samtykke.GjelderParorendeMedNavn(" eva  vik "));
        Assert.False(samtykke.GjelderParorendeMedNavn("Ola Vik"));
        Assert.False(samtykke.GjelderParorendeMedNavn("  "));
        var hendelse = sak.Hendelser.Last();
        Assert.Equal((HendelseType.SamtykkeGitt, false, ansatt), (hendelse.Type, hendelse.Intern, hendelse.UtfortAv));
        Assert.Equal("Samtykke gitt: pårørende Eva Vik (datter) kan delta i kartleggingen og få opplysninger om saken", hendelse.Tekst);

        sak.TrekkSamtykke(samtykke, Innbygger, Gitt.AddDays(3));
        Assert.False(samtykke.GjelderParorende);
        Assert.False(samtykke.GjelderParorendeMedNavn("Eva Vik"));
        Assert.Equal("Samtykke trukket tilbake: pårørende Eva Vik (datter) deltar ikke lenger i kartleggingen og får ikke opplysninger om saken", sak.Hendelser.Last().Tekst);
    }

    [Fact]
    public void Et_samtykke_kan_ikke_registreres_med_en_dato_fram_i_tid_eller_uten_navn_og_relasjon()
    {
        var (sak, _) = SakMedSamtykke();
        var ansatt = Guid.CreateVersion7();
        var framITid = Samtykke.Registrer(sak.Id, Samtykkeformaal.Nav, null, null, Samtykkeform.Skriftlig, Gitt.AddDays(2), ansatt).Value;
        var hendelser = sak.Hendelser.Count;

        Assert.Equal(SamtykkeFeil.FramITid, sak.RegistrerSamtykke(framITid, ansatt, Gitt.AddDays(1)).Error);
        Assert.Equal(hendelser, sak.Hendelser.Count);
        Assert.Equal(SamtykkeFeil.NavnMangler, Samtykke.Registrer(sak.Id, Samtykkeformaal.Parorende, " ", "datter", Samtykkeform.Muntlig, Gitt, ansatt).Error);
        Assert.Equal(SamtykkeFeil.RelasjonMangler, Samtykke.Registrer(sak.Id, Samtykkeformaal.Parorende, "Eva Vik", null, Samtykkeform.Muntlig, Gitt, ansatt).Error);
        Assert.Equal(SamtykkeFeil.NavnMangler, Samtykke.Registrer(sak.Id, Samtykkeformaal.AnnenTjeneste, null, null, Samtykkeform.Muntlig, Gitt, ansatt).Error);
        Assert.Equal("fastlegen", Samtykke.Registrer(sak.Id, Samtykkeformaal.Fastlege, null, null, Samtykkeform.Muntlig, Gitt, ansatt).Value.Kilde);
    }
}
