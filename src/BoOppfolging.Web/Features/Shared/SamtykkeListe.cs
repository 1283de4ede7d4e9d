using BoOppfolging.Application.Samtykker;

namespace BoOppfolging.Web.Features.Shared;

/// <summary>What <c>_Samtykker</c> and <c>TrekkSamtykke</c> show: the consents, for the citizen or for staff, and where their links go.</summary>
public sealed record SamtykkeListe(IReadOnlyList<SamtykkeVisning> Samtykker, bool ForAnsatt, string LenkeBase);

/// <summary>The page that asks before a consent is withdrawn (the citizen) or recorded as withdrawn (staff).</summary>
public sealed record TrekkSamtykkeViewModel(
    SamtykkeVisning Samtykke, bool ForAnsatt, string Handling, string Tilbake, Guid Versjon, string? Melding = null);
