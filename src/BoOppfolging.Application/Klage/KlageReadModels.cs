using BoOppfolging.Application.Soknad;
using BoOppfolging.Domain;

namespace BoOppfolging.Application.Klage;

/// <summary>What the citizen writes in the complaint form; saved as a draft as it is, checked when sent.</summary>
public sealed record KlageInput(string? Uenighet, string? Onsket, string? NyeOpplysninger, string? ForsinkelseGrunn);

/// <summary>
/// The citizen's complaint form on one vedtak: which vedtak, its deadline and whether it has passed today (then the form asks
/// why the complaint comes now), the draft as saved and its files, whether a fullmektig must attach the power of attorney, and
/// an open complaint on the same vedtak already (then there is nothing to fill in).
/// </summary>
/// <param name="SenestEttAar">The last day a late complaint can be processed (a year after the vedtak): past it, no form.</param>
public sealed record KlageSkjema(
    Guid SakId, Guid VedtakId, string Vedtaksnavn, string Avgjort, DateOnly? Klagefrist, Fristvurdering Fristvurdering, DateOnly SenestEttAar,
    bool ErFullmektig, string PersonNavn, Guid? UtkastId, KlageInput Innhold, IReadOnlyList<VedleggVisning> Vedlegg, DateTimeOffset? SlettesEtter,
    Guid Versjon, Guid? ApenKlageId)
{
    public bool ForSent => !Fristvurdering.ErInnenFristen();
    public bool KanKlage => Fristvurdering != Fristvurdering.EtterEttAar && ApenKlageId is null;
}

/// <summary>The receipt after the complaint is committed: its reference, when, on which vedtak, the acknowledgement letter.</summary>
public sealed record KlageKvittering(Guid SakId, Guid KlageId, string Referanse, DateTimeOffset Registrert, string Vedtaksnavn, bool ForSent, Guid? BrevId);

/// <summary>One complaint as the citizen follows it in "Mine saker": where it stands in plain words, its letters, its files.</summary>
public sealed record MinKlage(
    Guid Id, string Referanse, string Vedtaksnavn, DateOnly Mottatt, Klagestatus Status, string StatusTekst, bool KanTrekkes, Guid Versjon,
    IReadOnlyList<KlagensBrev> Brev, IReadOnlyList<VedleggVisning> Vedlegg);

public sealed record KlagensBrev(Guid Id, string Tittel, DateOnly Sendt);
