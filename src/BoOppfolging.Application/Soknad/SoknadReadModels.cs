using BoOppfolging.Domain;

namespace BoOppfolging.Application.Soknad;

/// <summary>The citizen's draft as the steps show it: what is filled in, with the account's name and number.</summary>
public sealed record UtkastVisning(
    Guid Id, string Navn, string Fodselsnummer, Soknadsinnhold Innhold, int? ForsteManglendeSteg,
    IReadOnlyList<VedleggVisning> Vedlegg, DateTimeOffset SlettesEtter, Guid Versjon);

public sealed record VedleggVisning(Guid Id, VedleggType Type, string Filnavn, long Storrelse);

public sealed record KvitteringVisning(Guid SakId, string Referanse, DateTimeOffset Sendt, string Navn, DateOnly Frist, Guid? KvitteringBrevId);

/// <summary>An attachment's stored content, for someone allowed to see it.</summary>
public sealed record VedleggInnhold(Stream Innhold, string Innholdstype, string Filnavn);

/// <summary>An application as it was sent, for the staff case page.</summary>
public sealed record SendtSoknadVisning(Soknadsinnhold Innhold, string Navn, DateTimeOffset Sendt, IReadOnlyList<VedleggVisning> Vedlegg);
