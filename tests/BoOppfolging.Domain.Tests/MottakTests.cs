using BoOppfolging.Domain;

namespace BoOppfolging.Domain.Tests;

/// <summary>The intake rules on the case: screening, consent for referrals, duplicates, closing, deadlines.</summary>
public sealed class MottakTests
{
    private static readonly DateTimeOffset Naa = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Idag = new(2026, 11, 23);
    private static readonly Guid Saksbehandler = Guid.CreateVersion7();

    private static Sak Soknad(Guid? personId = null) => Sak.OpprettFraSoknad("BO-2026-000001", personId ?? Guid.CreateVersion7(), null, Naa, Guid.CreateVersion7());

    private static (Person, Sak) PersonMedSoknad(string? fnr = null, bool selvregistrert = false)
    {
        var person = new Person("Ida", "Berg", fnr is null ? null : Fodselsnummer.Parse(fnr, tillatSyntetisk: true).Value, new DateOnly(1990, 1, 1), selvregistrert);
        return (person, Soknad(person.Id));
    }

    private static Sak Henvendelse() => Sak.OpprettFraHenvendelse(
        "BO-2026-000002", Guid.CreateVersion7(), Kanal.Fastlege, Mottaksform.Telefon, "Dr. Lege", null, "22334455", null,
        "Trenger hjelp", Hastegrad.Haster, Naa, Saksbehandler).Sak;

    [Fact]
    public void Personen_er_18_aar_paa_fodselsdagen_og_ikke_dagen_for()
    {
        var sak = Soknad();
        Assert.True(sak.RegistrerMottakskontroll(Idag.AddYears(-18), true, true, null, Idag, Saksbehandler, Naa).IsSuccess);
        Assert.True(sak.Mottakskontroll!.Over18);

        var yngre = Soknad();
        yngre.RegistrerMottakskontroll(Idag.AddYears(-18).AddDays(1), true, true, null, Idag, Saksbehandler, Naa);
        Assert.False(yngre.Mottakskontroll!.Over18);
        Assert.False(yngre.Mottakskontroll.Godkjent);
    }

    [Fact]
    public void Mottakskontroll_uten_kjent_fodselsdato_avvises_og_endrer_ingenting()
    {
        var sak = Soknad();

        var result = sak.RegistrerMottakskontroll(null, true, true, null, Idag, Saksbehandler, Naa);

        Assert.Equal(MottakFeil.FodselsdatoUkjent, result.Error);
        Assert.Equal(Saksstatus.Mottatt, sak.Status);
        Assert.Null(sak.Mottakskontroll);
    }

    [Fact]
    public void Forste_mottakskontroll_flytter_saken_til_mottakskontroll_og_skrives_som_intern_hendelse()
    {
        var sak = Soknad();

        sak.RegistrerMottakskontroll(new DateOnly(1980, 1, 1), true, true, null, Idag, Saksbehandler, Naa);

        Assert.Equal(Saksstatus.Mottakskontroll, sak.Status);
        var hendelse = Assert.Single(sak.Hendelser, h => h.Type == HendelseType.Mottakskontroll);
        Assert.True(hendelse.Intern);
    }

    [Fact]
    public void En_soknad_som_er_kontrollert_kan_sendes_til_vurdering()
    {
        var sak = Soknad();
        sak.RegistrerMottakskontroll(new DateOnly(1980, 1, 1), true, true, null, Idag, Saksbehandler, Naa);
        var team = Guid.CreateVersion7();

        Assert.True(sak.SendTilVurdering(team, Saksbehandler, Naa).IsSuccess);
        Assert.Equal((Saksstatus.TilVurdering, (Guid?)team), (sak.Status, sak.TeamId));
    }

    [Fact]
    public void En_sak_utenfor_maalgruppen_kan_ikke_sendes_til_vurdering()
    {
        var sak = Soknad();
        sak.RegistrerMottakskontroll(new DateOnly(1980, 1, 1), false, true, null, Idag, Saksbehandler, Naa);

        Assert.Equal(MottakFeil.KontrollIkkeGodkjent, sak.SendTilVurdering(Guid.CreateVersion7(), Saksbehandler, Naa).Error);
        Assert.Equal(Saksstatus.Mottakskontroll, sak.Status);
    }

    [Fact]
    public void En_henvendelse_gaar_videre_forst_naar_personen_onsker_hjelp_og_samtykker()
    {
        var sak = Henvendelse();
        sak.RegistrerMottakskontroll(new DateOnly(1980, 1, 1), true, true, null, Idag, Saksbehandler, Naa);
        Assert.Equal(MottakFeil.ManglerOnskeOgSamtykke, sak.SendTilVurdering(Guid.CreateVersion7(), Saksbehandler, Naa).Error);

        sak.RegistrerKontakt(Idag, Kontaktform.Telefon, Kontaktresultat.OnskerHjelp, samtykke: false, null, Saksbehandler, Naa);
        Assert.Equal(MottakFeil.ManglerOnskeOgSamtykke, sak.SendTilVurdering(Guid.CreateVersion7(), Saksbehandler, Naa).Error);

        sak.RegistrerKontakt(Idag, Kontaktform.Hjemmebesok, Kontaktresultat.OnskerHjelp, samtykke: true, null, Saksbehandler, Naa);
        Assert.True(sak.SendTilVurdering(Guid.CreateVersion7(), Saksbehandler, Naa).IsSuccess);
    }

    [Fact]
    public void En_senere_kontakt_der_personen_ikke_vil_ha_hjelp_stopper_saken_igjen()
    {
        var sak = Henvendelse();
        sak.RegistrerKontakt(Idag, Kontaktform.Telefon, Kontaktresultat.OnskerHjelp, true, null, Saksbehandler, Naa);
        sak.RegistrerKontakt(Idag, Kontaktform.Telefon, Kontaktresultat.OnskerIkkeHjelp, false, null, Saksbehandler, Naa);

        Assert.False(sak.OnskerHjelpOgSamtykker);
    }

    [Fact]
    public void Henvisning_avslutter_saken_med_grunn_og_gir_en_henvisning()
    {
        var sak = Soknad();
        sak.RegistrerMottakskontroll(new DateOnly(1980, 1, 1), false, true, null, Idag, Saksbehandler, Naa);

        var henvisning = sak.HenvisTilAnnenTjeneste("Origo", "Rus og psykisk helse", Saksbehandler, Naa);

        Assert.True(henvisning.IsSuccess);
        Assert.Equal(("Origo", sak.Id), (henvisning.Value.Tjeneste, henvisning.Value.SakId));
        Assert.Equal(Saksstatus.Henvist, sak.Status);
        Assert.Equal(Henleggelsesgrunn.IkkeIMaalgruppenOgHenvist, sak.Henleggelsesgrunn);
    }

    [Fact]
    public void En_ny_sak_kobles_til_personens_aapne_sak_og_henlegges_som_duplikat()
    {
        var (person, aapen) = PersonMedSoknad();
        var ny = Soknad(person.Id);

        Assert.True(ny.KobleTil(aapen, person, person, Saksbehandler, Naa).IsSuccess);

        Assert.Equal((Saksstatus.Henlagt, Henleggelsesgrunn.Duplikat, (Guid?)aapen.Id), (ny.Status, ny.Henleggelsesgrunn!.Value, ny.KobletTilSakId));
        Assert.Contains(aapen.Hendelser, h => h.Type == HendelseType.SakKoblet && h.Tekst.Contains(ny.Referanse, StringComparison.Ordinal));
    }

    [Fact]
    public void En_selvregistrert_persons_soknad_kobles_til_den_kjente_personens_sak_med_samme_nummer_og_beholder_sin_egen_person()
    {
        var fnr = Fodselsnummer.LagSyntetisk(new DateOnly(1990, 1, 1), 210);
        var (kjent, aapen) = PersonMedSoknad(fnr);
        var (selvregistrert, ny) = PersonMedSoknad(fnr, selvregistrert: true);

        Assert.True(ny.KobleTil(aapen, selvregistrert, kjent, Saksbehandler, Naa).IsSuccess);
        Assert.Equal(selvregistrert.Id, ny.PersonId); // the citizen still sees their own application
    }

    [Fact]
    public void En_sak_kan_ikke_kobles_til_en_annen_persons_sak_eller_en_avsluttet_sak()
    {
        var (person, ny) = PersonMedSoknad(Fodselsnummer.LagSyntetisk(new DateOnly(1990, 1, 1), 220));
        var (annen, annenSak) = PersonMedSoknad(Fodselsnummer.LagSyntetisk(new DateOnly(1990, 1, 1), 230));
        Assert.Equal(MottakFeil.AnnenPerson, ny.KobleTil(annenSak, person, annen, Saksbehandler, Naa).Error);

        var avsluttet = Soknad(person.Id);
        avsluttet.Trekk(Saksbehandler, Naa);
        Assert.Equal(MottakFeil.AnnenSakAvsluttet, ny.KobleTil(avsluttet, person, person, Saksbehandler, Naa).Error);
        Assert.Equal(MottakFeil.SammeSak, ny.KobleTil(ny, person, person, Saksbehandler, Naa).Error);
        Assert.Equal(Saksstatus.Mottatt, ny.Status);
    }

    [Fact]
    public void Henleggelse_skrives_paa_tidslinjen_med_grunnen_innbyggeren_ser()
    {
        var sak = Soknad();

        sak.Henlegg(Henleggelsesgrunn.FlyttetFraKommunen, null, Saksbehandler, Naa);

        var hendelse = sak.Hendelser.Last();
        Assert.False(hendelse.Intern);
        Assert.Contains("flyttet fra kommunen", hendelse.Tekst, StringComparison.Ordinal);
    }

    [Fact]
    public void Foreløpig_svar_flytter_fristen_til_datoen_brevet_lover()
    {
        var sak = Soknad();
        var lovet = Idag.AddDays(45);

        sak.RegistrerForelopigSvar(Idag, lovet, Naa);

        Assert.Equal((lovet, (DateOnly?)Idag), (sak.Frist, sak.ForelopigSvarSendt));
    }

    [Theory]
    [InlineData(Saksstatus.Mottatt, -1, true)]
    [InlineData(Saksstatus.Kartlegging, -1, true)]
    [InlineData(Saksstatus.Mottatt, 0, false)]
    [InlineData(Saksstatus.Henlagt, -10, false)]
    [InlineData(Saksstatus.IOppfolging, -10, false)]
    public void En_sak_er_over_fristen_bare_naar_den_er_uavgjort_og_fristen_er_passert(Saksstatus status, int dagerTilFrist, bool forsinket) =>
        Assert.Equal(forsinket, Sak.ErForsinket(status, Idag.AddDays(dagerTilFrist), Idag));

    [Fact]
    public void Fristen_er_en_maaned_etter_mottak()
    {
        var sak = Sak.OpprettFraSoknad("BO-2026-000003", Guid.CreateVersion7(), null, new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero), Guid.CreateVersion7());

        Assert.Equal(new DateOnly(2026, 12, 2), sak.Frist);
    }
}
