using BoOppfolging.Application.Soknad;
using BoOppfolging.Domain;

namespace BoOppfolging.Web.Features.Shared;

/// <summary>What <c>_Soknadsinnhold</c> shows: the application's content, whose it is, and whether the steps can be edited.</summary>
public sealed record SoknadsinnholdVisning(
    Soknadsinnhold Innhold, string Navn, string? Fodselsnummer, IReadOnlyList<VedleggVisning> Vedlegg, string VedleggUrl,
    bool Redigerbar, int Overskriftsnivaa = 2);
