using BoOppfolging.Domain;

namespace BoOppfolging.Domain.Tests;

/// <summary>The individuell plan (revised, never overwritten), the kriseplan and the samarbeidsavtale.</summary>
public sealed class PlanerTests
{
    private static readonly DateOnly Idag = new(2026, 12, 2);
    private static readonly DateTimeOffset Naa = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Oppfolger = Guid.CreateVersion7();
    private static readonly Guid Leder = Guid.CreateVersion7();

    private static IndividuellPlanInnhold Plan() => new(
        "Bo trygt i egen leilighet.", "Søster i nærheten.", "Hjelp med økonomi.",
        [new Plandeltaker("Ola Nordmann", "Innbygger", "Møter til avtalt tid."), new Plandeltaker("Bo-oppfølger", "Kommunen", null)],
        [new Plantiltak("Budsjett", "Hver måned", "Bo-oppfølger")], "Hjemmebesøk.", "NAV om økonomi.",
        Idag, Idag.AddYears(1), Idag.AddMonths(6), Idag, Samtykkeform.Muntlig, true);

    [Fact]
    public void En_revisjon_tar_vare_paa_forrige_versjon_med_hvem_og_naar_og_koordinatoren()
    {
        var plan = new IndividuellPlan(Guid.NewGuid());
        Assert.True(plan.Lagre(Plan() with { Maal = "  Bo trygt i egen leilighet.  " }, null, Idag, Oppfolger, Naa).IsSuccess);
        Assert.Equal(("Bo trygt i egen leilighet.", Oppfolger, Naa), (plan.Maal, plan.OpprettetAv!.Value, plan.Opprettet!.Value));
        Assert.Empty(plan.Revisjoner);

        var senere = Naa.AddDays(30);
        var revidert = Plan() with { Maal = "Bo trygt og ha en jobb.", Tiltak = [.. Plan().Tiltak, new Plantiltak("Arbeidstrening", null, "NAV")] };
        Assert.True(plan.Lagre(revidert, "Kari Koordinator", Idag.AddDays(30), Leder, senere).IsSuccess);

        Assert.Equal("Bo trygt og ha en jobb.", plan.Maal);
        Assert.Equal(2, plan.Tiltak.Count);
        var forrige = Assert.Single(plan.Revisjoner);
        Assert.Equal((Naa, Oppfolger, "Kari Koordinator", "Bo trygt i egen leilighet."), (forrige.Tidspunkt, forrige.Av, forrige.Koordinator, forrige.Innhold.Maal));
        Assert.Single(forrige.Innhold.Tiltak);
        // Who wrote the plan first is never moved by a revision.
        Assert.Equal((Oppfolger, Leder), (plan.OpprettetAv!.Value, plan.SistEndretAv!.Value));
    }

    [Fact]
    public void En_revisjon_som_ikke_endrer_noe_avvises_og_legger_ikke_til_en_versjon()
    {
        var plan = new IndividuellPlan(Guid.NewGuid());
        Assert.True(plan.Lagre(Plan(), null, Idag, Oppfolger, Naa).IsSuccess);
        var result = plan.Lagre(Plan() with { Behov = " Hjelp med økonomi. " }, "Kari", Idag, Oppfolger, Naa.AddHours(1));
        Assert.Equal(PlanFeil.IngenEndring, result.Error);
        Assert.Empty(plan.Revisjoner);
    }

    [Theory]
    [InlineData("maal", "Maal")]
    [InlineData("deltaker", "Deltakere")]
    [InlineData("deltaker_uten_rolle", "Deltakere")]
    [InlineData("tiltak", "Tiltak")]
    [InlineData("tiltak_uten_ansvarlig", "Tiltak")]
    [InlineData("periode", "PeriodeTil")]
    [InlineData("revisjon_etter_perioden", "Revisjonsdato")]
    [InlineData("revisjon_for_perioden", "Revisjonsdato")]
    [InlineData("samtykke_fram", "SamtykkeDato")]
    [InlineData("samtykke_mine_saker", "Samtykkeform")]
    public void En_ufullstendig_plan_avvises_ved_feltet_og_lagres_ikke(string hva, string felt)
    {
        var p = Plan();
        var ugyldig = hva switch
        {
            "maal" => p with { Maal = "  " },
            "deltaker" => p with { Deltakere = [] },
            "deltaker_uten_rolle" => p with { Deltakere = [new Plandeltaker("Ola", " ", null)] },
            "tiltak" => p with { Tiltak = [] },
            "tiltak_uten_ansvarlig" => p with { Tiltak = [new Plantiltak("Budsjett", null, "")] },
            "periode" => p with { PeriodeTil = p.PeriodeFra.AddDays(-1) },
            "revisjon_etter_perioden" => p with { Revisjonsdato = p.PeriodeTil.AddDays(1) },
            "revisjon_for_perioden" => p with { Revisjonsdato = p.PeriodeFra.AddDays(-1) },
            "samtykke_fram" => p with { SamtykkeDato = Idag.AddDays(1) },
            "samtykke_mine_saker" => p with { Samtykkeform = Samtykkeform.MineSaker },
            _ => throw new ArgumentOutOfRangeException(nameof(hva)),
        };
        var plan = new IndividuellPlan(Guid.NewGuid());
        Assert.Equal(felt, plan.Lagre(ugyldig, null, Idag, Oppfolger, Naa).Error?.Felt);
        Assert.Null(plan.Innhold);
        Assert.Null(plan.Opprettet);
    }

    [Fact]
    public void Revisjonsdatoen_som_har_passert_er_forfalt()
    {
        var plan = new IndividuellPlan(Guid.NewGuid());
        Assert.False(plan.RevisjonForfalt(Idag));
        plan.Lagre(Plan(), null, Idag, Oppfolger, Naa);
        Assert.False(plan.RevisjonForfalt(Idag.AddMonths(6)));
        Assert.True(plan.RevisjonForfalt(Idag.AddMonths(6).AddDays(1)));
    }

    [Fact]
    public void Saksvarslene_faar_planen_og_koordinatoren_fra_planen()
    {
        var varsler = new Saksvarsler(Guid.NewGuid());
        Assert.Equal("Koordinator", varsler.SettIndividuellPlan(" ", Oppfolger, Naa).Error?.Felt);
        Assert.Equal(IndividuellPlanStatus.Nei, varsler.IndividuellPlan);
        Assert.True(varsler.SettIndividuellPlan(" Kari Koordinator ", Oppfolger, Naa).IsSuccess);
        Assert.Equal((IndividuellPlanStatus.Har, "Kari Koordinator", Oppfolger), (varsler.IndividuellPlan, varsler.Koordinator, varsler.SistEndretAv!.Value));
        // The same koordinator again changes nothing (not even who last changed the flags).
        Assert.True(varsler.SettIndividuellPlan("Kari Koordinator", Leder, Naa.AddDays(1)).IsSuccess);
        Assert.Equal(Oppfolger, varsler.SistEndretAv!.Value);
    }

    [Fact]
    public void Kriseplanen_trenger_varselsignaler_tiltak_og_noen_aa_ringe_med_et_telefonnummer()
    {
        var krise = new Kriseplan(Guid.NewGuid());
        List<Krisekontakt> kontakter = [new(" Søster Nordmann ", "+47 900 00 000", "søster"), new("Legevakt", "116 117", " ")];
        string? Felt(string signaler, string tiltak, IReadOnlyList<Krisekontakt> k, DateOnly? avtalt = null) =>
            new Kriseplan(Guid.NewGuid()).Lagre(signaler, tiltak, k, avtalt, Idag, Oppfolger, Naa).Error?.Felt;

        Assert.Equal("Varselsignaler", Felt(" ", "Ring søster.", kontakter));
        Assert.Equal("Tiltak", Felt("Svarer ikke.", "", kontakter));
        Assert.Equal("Kontakter", Felt("Svarer ikke.", "Ring søster.", []));
        Assert.Equal("Kontakter", Felt("Svarer ikke.", "Ring søster.", [new("Søster", " ", null)]));
        Assert.Equal("Kontakter", Felt("Svarer ikke.", "Ring søster.", [new("Søster", "ring meg", null)]));
        Assert.Equal("AvtaltMedInnbygger", Felt("Svarer ikke.", "Ring søster.", kontakter, Idag.AddDays(1)));

        Assert.True(krise.Lagre(" Svarer ikke. ", "Ring søster.", kontakter, Idag, Idag, Oppfolger, Naa).IsSuccess);
        Assert.Equal("Svarer ikke.", krise.Varselsignaler);
        Assert.Equal([new("Søster Nordmann", "+47 900 00 000", "søster"), new Krisekontakt("Legevakt", "116 117", null)], krise.Kontakter);
        Assert.Equal(Idag, krise.AvtaltMedInnbygger);
    }

    [Theory]
    [InlineData("22 00 00 00", true)]
    [InlineData("+47 900 00 000", true)]
    [InlineData("113", true)]
    [InlineData("12", false)]
    [InlineData("22-00-00-00", false)]
    [InlineData("+", false)]
    [InlineData("1234567890123456", false)]
    public void Telefonnummer(string telefon, bool gyldig) => Assert.Equal(gyldig, Planer.ErTelefon(telefon));

    [Fact]
    public void Samarbeidsavtalen_har_de_avtalte_pliktene_og_signeres_ikke_foer_den_er_inngaatt()
    {
        string? Felt(DateOnly avtalt, IReadOnlyList<Samarbeidsplikt> plikter, string? andre, DateOnly? signert) =>
            new Samarbeidsavtale(Guid.NewGuid()).Lagre(avtalt, plikter, andre, null, signert, Idag, Oppfolger, Naa).Error?.Felt;

        Assert.Equal("AvtaltDato", Felt(Idag.AddDays(1), [Samarbeidsplikt.BetaleHusleie], null, null));
        Assert.Equal("Plikter", Felt(Idag, [], " ", null));
        Assert.Equal("SignertDato", Felt(Idag.AddDays(-3), [Samarbeidsplikt.BetaleHusleie], null, Idag.AddDays(-4)));
        Assert.Equal("SignertDato", Felt(Idag, [Samarbeidsplikt.BetaleHusleie], null, Idag.AddDays(1)));
        // Free text alone is enough; the standard list is a default, not a requirement.
        Assert.Null(Felt(Idag, [], "Holde dyret i bånd i oppgangen.", null));

        var avtale = new Samarbeidsavtale(Guid.NewGuid());
        Assert.True(avtale.Lagre(
            Idag.AddDays(-1), [Samarbeidsplikt.SlippeInn, Samarbeidsplikt.BetaleHusleie, Samarbeidsplikt.SlippeInn], " ", " Komme til avtalt tid. ", Idag,
            Idag, Oppfolger, Naa).IsSuccess);
        Assert.Equal([Samarbeidsplikt.BetaleHusleie, Samarbeidsplikt.SlippeInn], avtale.Plikter);
        Assert.Equal<(string?, string?, DateOnly?)>((null, "Komme til avtalt tid.", Idag), (avtale.AndrePlikter, avtale.TjenestensPlikter, avtale.SignertDato));
        Assert.All(Enum.GetValues<Samarbeidsplikt>(), p => Assert.NotEqual(p.ToString(), p.Visningsnavn()));
    }
}
