namespace BoOppfolging.Domain;

/// <summary>What kind of risk a home visit carries.</summary>
public enum Risikotype
{
    Vold,
    Dyr,
    Annet,
}

/// <summary>The citizen's individuell plan (helse- og omsorgstjenesteloven § 7-1).</summary>
public enum IndividuellPlanStatus
{
    Nei,
    Har,
    Onsker,
}

/// <summary>A notice of eviction (varsel om utkastelse / begjæring om fravikelse) with its date: urgent.</summary>
public sealed record Utkastelsesvarsel(DateOnly Dato, string? Merknad);

/// <summary>The safety assessment for home visits: the risks, a note, and when it is to be reviewed.</summary>
public sealed record Sikkerhetsvurdering(IReadOnlyList<Risikotype> Risiko, string Merknad, DateOnly GjennomgaasDato);

/// <summary>
/// What everyone who visits must know, shown as flags on the case to every staff user who may see it:
/// a notice of eviction, the safety assessment for home visits, the need for an interpreter, and the
/// individuell plan. Its own aggregate: the vurderingsteam sets it during mapping and the bo-oppfølgere
/// keep it up to date later. The citizen sees that an interpreter is booked and the plan, never the
/// safety assessment's details.
/// </summary>
public sealed class Saksvarsler : IHarVersjon, ISaksdata
{
    public const int MaksTekst = 2000;

    private Saksvarsler() { } // for EF Core

    public Saksvarsler(Guid sakId) => SakId = sakId;

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid SakId { get; private set; }
    public Guid Versjon { get; private set; } = Guid.NewGuid();
    public Utkastelsesvarsel? Utkastelse { get; private set; }
    public Sikkerhetsvurdering? Sikkerhet { get; private set; }

    /// <summary>The language an interpreter is needed for; null when none is needed.</summary>
    public string? Tolkesprak { get; private set; }

    public IndividuellPlanStatus IndividuellPlan { get; private set; } = IndividuellPlanStatus.Nei;
    public string? Koordinator { get; private set; }
    public Guid? SistEndretAv { get; private set; }
    public DateTimeOffset? SistEndret { get; private set; }

    string? ISaksdata.Auditnavn => "Saksvarsler";

    public bool HarVarsler => Utkastelse is not null || Sikkerhet is not null || Tolkesprak is not null || IndividuellPlan != IndividuellPlanStatus.Nei;

    public void NyVersjon() => Versjon = Guid.NewGuid();

    public Result Lagre(
        Utkastelsesvarsel? utkastelse, Sikkerhetsvurdering? sikkerhet, string? tolkesprak, IndividuellPlanStatus plan, string? koordinator,
        Guid av, DateTimeOffset tidspunkt)
    {
        if (sikkerhet is not null && sikkerhet.Risiko.Count == 0) return Result.Fail(new Feil("risiko_mangler", "Velg minst én risiko, eller fjern sikkerhetsvurderingen.", "Risiko"));
        if (sikkerhet is not null && string.IsNullOrWhiteSpace(sikkerhet.Merknad)) return Result.Fail(new Feil("merknad_mangler", "Skriv hva den som besøker må vite.", "SikkerhetMerknad"));
        if (sikkerhet is not null && sikkerhet.GjennomgaasDato < Norsktid.Dato(tidspunkt)) return Result.Fail(new Feil("gjennomgang_passert", "Datoen for ny gjennomgang kan ikke ha passert.", "GjennomgaasDato"));
        if (plan == IndividuellPlanStatus.Nei && !string.IsNullOrWhiteSpace(koordinator)) return Result.Fail(new Feil("koordinator_uten_plan", "En koordinator hører til en individuell plan. Velg «Har» eller «Ønsker».", "Koordinator"));
        Utkastelse = utkastelse;
        Sikkerhet = sikkerhet is null ? null : sikkerhet with { Risiko = [.. sikkerhet.Risiko.Distinct().Order()], Merknad = sikkerhet.Merknad.Trim() };
        Tolkesprak = string.IsNullOrWhiteSpace(tolkesprak) ? null : tolkesprak.Trim();
        IndividuellPlan = plan;
        Koordinator = string.IsNullOrWhiteSpace(koordinator) ? null : koordinator.Trim();
        (SistEndretAv, SistEndret) = (av, tidspunkt);
        return Result.Ok();
    }

    /// <summary>
    /// The case has an individuell plan (<see cref="Domain.IndividuellPlan"/>), coordinated by <paramref name="koordinator"/>:
    /// set when the plan is saved, in the same save, so the flag and the plan never disagree.
    /// </summary>
    public Result SettIndividuellPlan(string? koordinator, Guid av, DateTimeOffset tidspunkt)
    {
        if (string.IsNullOrWhiteSpace(koordinator)) return Result.Fail(PlanFeil.KoordinatorMangler);
        var navn = koordinator.Trim();
        if (IndividuellPlan == IndividuellPlanStatus.Har && Koordinator == navn) return Result.Ok();
        (IndividuellPlan, Koordinator) = (IndividuellPlanStatus.Har, navn);
        (SistEndretAv, SistEndret) = (av, tidspunkt);
        return Result.Ok();
    }
}

public static class SaksvarselTekster
{
    public static string Visningsnavn(this Risikotype r) => r switch
    {
        Risikotype.Vold => "Risiko for vold",
        Risikotype.Dyr => "Dyr i hjemmet",
        Risikotype.Annet => "Annet",
        _ => r.ToString(),
    };

    public static string Visningsnavn(this IndividuellPlanStatus p) => p switch
    {
        IndividuellPlanStatus.Nei => "Nei",
        IndividuellPlanStatus.Har => "Har individuell plan",
        IndividuellPlanStatus.Onsker => "Ønsker individuell plan",
        _ => p.ToString(),
    };
}
