using BoOppfolging.Application.Samtykker;

namespace BoOppfolging.Web.Features.Shared;

/// <summary>
/// What <c>_Samtykker</c> and <c>TrekkSamtykke</c> show: the consents, for the citizen or for staff, where their links
/// go, and whether to offer a new one (staff register one; the citizen gives one for a pårørende) at <c>{LenkeBase}/ny</c>.
/// </summary>
public sealed record SamtykkeListe(SamtykkeOversikt Oversikt, bool ForAnsatt, string LenkeBase)
{
    public IReadOnlyList<SamtykkeVisning> Samtykker => Oversikt.Samtykker;
}

/// <summary>The page that asks before a consent is withdrawn (the citizen) or recorded as withdrawn (staff).</summary>
public sealed record TrekkSamtykkeViewModel(
    SamtykkeVisning Samtykke, bool ForAnsatt, string Handling, string Tilbake, Guid Versjon, string? Melding = null);
