using BoOppfolging.Domain;

namespace BoOppfolging.Domain.Tests;

/// <summary>The evaluation of a service: what it needs, when the vedtak is next due, and the case's timeline.</summary>
public sealed class EvalueringTests
{
    // The vedtak is approved on 02.11.2026 (VedtakTests' clock); the evaluation is held later.
    private static readonly DateOnly Idag = new(2027, 3, 1);
    private static readonly DateTimeOffset Naa = new(2027, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid Av = Guid.CreateVersion7();
    private static readonly Guid MaalId = Guid.CreateVersion7();

    private static Result<Evaluering> Registrer(
        Vedtak vedtak, DateOnly? dato = null, string? vurdering = "Budsjettet holder.", Evalueringskonklusjon? konklusjon = Evalueringskonklusjon.Fortsette,
        DateOnly? neste = null, IReadOnlyList<Maalvurdering>? maal = null) =>
        Evaluering.Registrer(
            Guid.CreateVersion7(), vedtak.SakId, vedtak, dato ?? Idag, true, vurdering, maal ?? [], konklusjon,
            konklusjon == Evalueringskonklusjon.Fortsette ? neste ?? Idag.AddMonths(3) : neste, Idag, Av, Naa);

    [Fact]
    public void Fortsette_setter_neste_dato_og_endre_eller_avslutte_holder_saken_forfalt_fra_evalueringen()
    {
        var (_, vedtak) = VedtakTests.Vedtatt(VedtakTests.Innvilget(fra: new DateOnly(2026, 11, 16)));
        var fortsett = Registrer(vedtak, neste: Idag.AddMonths(6)).Value;
        Assert.Equal(Idag.AddMonths(6), Evaluering.Forfall(vedtak.Evalueringsdato, fortsett));

        var endre = Registrer(vedtak, dato: Idag.AddDays(-2), konklusjon: Evalueringskonklusjon.Endre, neste: Idag.AddMonths(3)).Value;
        Assert.Null(endre.NesteEvaluering); // a next date is for a service that goes on
        Assert.Equal(Idag.AddDays(-2), Evaluering.Forfall(vedtak.Evalueringsdato, endre));

        Assert.Equal(vedtak.Evalueringsdato, Evaluering.Forfall(vedtak.Evalueringsdato, null));
    }

    [Fact]
    public void Hver_regel_gir_sin_feil_ved_sitt_felt()
    {
        var (_, vedtak) = VedtakTests.Vedtatt(VedtakTests.Innvilget(fra: new DateOnly(2026, 11, 16), til: new DateOnly(2027, 6, 30)));

        Assert.Equal(EvalueringFeil.DatoFramITid, Registrer(vedtak, dato: Idag.AddDays(1)).Error);
        Assert.Equal("Dato", Registrer(vedtak, dato: new DateOnly(2026, 11, 1)).Error!.Felt);
        Assert.Equal(EvalueringFeil.VurderingMangler, Registrer(vedtak, vurdering: "  ").Error);
        Assert.Equal(EvalueringFeil.VurderingForLang, Registrer(vedtak, vurdering: new string('x', Evaluering.MaksVurdering + 1)).Error);
        Assert.Equal(EvalueringFeil.KonklusjonMangler, Registrer(vedtak, konklusjon: null).Error);
        Assert.Equal(EvalueringFeil.KonklusjonMangler, Registrer(vedtak, konklusjon: (Evalueringskonklusjon)9).Error);
        Assert.Equal(EvalueringFeil.NesteForIdag, Registrer(vedtak, neste: Idag).Error);
        Assert.Equal(EvalueringFeil.NesteForLangt, Registrer(vedtak, dato: Idag, neste: Idag.AddMonths(25)).Error);
        // The vedtak runs to 30.06.2027: a later evaluation would let it run out first.
        var etter = Registrer(vedtak, neste: new DateOnly(2027, 7, 1)).Error!;
        Assert.Equal("NesteEvaluering", etter.Felt);
        Assert.Contains("30.06.2027", etter.Melding, StringComparison.Ordinal);
        Assert.True(Registrer(vedtak, neste: new DateOnly(2027, 6, 30)).IsSuccess);

        Assert.Equal("Maal", Registrer(vedtak, maal: [new(MaalId, Maalstatusverdi.Avbrutt, " ")]).Error!.Felt);
        Assert.Equal("Maal", Registrer(vedtak, maal: [new(MaalId, (Maalstatusverdi)9, null)]).Error!.Felt);
        var med = Registrer(vedtak, maal: [new(MaalId, Maalstatusverdi.Avbrutt, " Flyttet fokus. ")]).Value;
        Assert.Equal("Flyttet fokus.", Assert.Single(med.Maal).Kommentar);
    }

    [Fact]
    public void Bare_et_fattet_vedtak_med_timer_pa_saken_kan_evalueres_og_saken_far_hendelsen()
    {
        var (sak, vedtak) = VedtakTests.Vedtatt(VedtakTests.Innvilget(fra: new DateOnly(2026, 11, 16)));
        var annenSak = Evaluering.Registrer(
            Guid.CreateVersion7(), Guid.CreateVersion7(), vedtak, Idag, true, "x", [], Evalueringskonklusjon.Avslutte, null, Idag, Av, Naa);
        Assert.Equal(EvalueringFeil.IngenVedtak, annenSak.Error);

        var evaluering = Registrer(vedtak, konklusjon: Evalueringskonklusjon.Avslutte).Value;
        Assert.True(sak.RegistrerEvaluering(evaluering, Av, Naa).IsSuccess);
        var hendelse = sak.Hendelser.Last();
        Assert.Equal(HendelseType.TjenestenEvaluert, hendelse.Type);
        Assert.False(hendelse.Intern);
        Assert.Equal("Tjenesten evaluert 01.03.2027: tjenesten skal avsluttes (opphørsvedtak)", hendelse.Tekst);
    }
}
