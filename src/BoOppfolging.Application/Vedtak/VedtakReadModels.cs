using BoOppfolging.Domain;

namespace BoOppfolging.Application.Vedtak;

/// <summary>A legal basis to choose from, with its complaint rule.</summary>
public sealed record HjemmelValg(Guid Id, string Navn, string Sitat, int KlagefristUker, string Klageinstans, string? KprTjenestekode);

/// <summary>One sending for approval and what became of it, with names.</summary>
public sealed record BeslutningVisning(
    DateTimeOffset Sendt, string? SendtAv, Beslutningsutfall Utfall, DateTimeOffset? Besluttet, string? BesluttetAv,
    IReadOnlyList<Underkjenningsarsak> Arsaker, string? Begrunnelse);

/// <summary>A vedtak in the case's chain, for the case page.</summary>
public sealed record VedtakSammendrag(
    Guid Id, int Nummer, Vedtakstype Type, Vedtaksstatus Status, Vedtaksutfall? Utfall, string? Timer, DateOnly? Fra, DateOnly? Til,
    DateTimeOffset? Vedtatt, DateOnly? Klagefrist);

/// <summary>
/// The case page's vedtak panel: the chain, which one is in force on <see cref="Dato"/> (today unless asked), and
/// what the user may start (flags from the permission table).
/// </summary>
public sealed record VedtakPanelVisning(
    Guid SakId, Guid SakVersjon, IReadOnlyList<VedtakSammendrag> Vedtak, DateOnly Dato, VedtakSammendrag? IKraft, VedtakSammendrag? Siste,
    bool KanUtarbeide, bool KanEndre);

/// <summary>One vedtak with everything the draft form, the approver and the read-only view need.</summary>
public sealed record VedtakVisning(
    Guid SakId, string Referanse, string PersonNavn, DateOnly? SakFrist, Guid Id, Guid Versjon, int Nummer, Vedtakstype Type,
    Vedtaksstatus Status, Vedtaksinnhold Innhold, string? Endringsgrunn, VedtakSammendrag? Erstatter, HjemmelValg? Hjemmel,
    IReadOnlyList<HjemmelValg> Hjemler, string? OpprettetAv, string? Saksbehandler, string? GodkjentAv, DateTimeOffset? Vedtatt,
    DateOnly? Klagefrist, IReadOnlyList<BeslutningVisning> Beslutninger, BeslutningVisning? SisteUnderkjenning,
    IReadOnlyList<Feil> Mangler, bool IplosViserBehov, bool HarIplos,
    bool KanEndre, bool KanSende, bool KanTaTilbake, bool KanBeslutte, bool ErEgetVedtak, Brev.BrevVisning? Brev = null)
{
    public bool IplosAdvarsel => Innhold.GirTimer && !IplosViserBehov;
}

/// <summary>A vedtak waiting for approval, on the team leader's list.</summary>
public sealed record TilGodkjenningRad(
    Guid SakId, Guid VedtakId, string Referanse, string PersonNavn, Vedtakstype Type, Vedtaksutfall? Utfall, DateTimeOffset Sendt,
    string? SendtAv, DateOnly Frist, bool OverFristen, bool ErEget);

/// <summary>"Til godkjenning", a page at a time: the rows, how many wait in all, and the page.</summary>
public sealed record TilGodkjenningSide(IReadOnlyList<TilGodkjenningRad> Rader, int Totalt, int Side, int AntallSider);

/// <summary>An approved vedtak's letter waiting to be sent: to whom, and whether it can go by post.</summary>
public sealed record KlarTilUtsendingRad(
    Guid SakId, Guid BrevId, string Referanse, string PersonNavn, string Tittel, DateTimeOffset Vedtatt, string? GodkjentAv,
    string Mottaker, bool HarAdresse);

/// <summary>"Klar til utsending", a page at a time.</summary>
public sealed record KlarTilUtsendingSide(IReadOnlyList<KlarTilUtsendingRad> Rader, int Totalt, int Side, int AntallSider);

/// <summary>A letter of the batch just sent: where it went, how, and the complaint deadline it gave.</summary>
public sealed record SendtVedtaksbrevRad(
    Guid SakId, Guid BrevId, string Referanse, string PersonNavn, string Tittel, DateOnly SendtDato, Forsendelse Forsendelse, DateOnly? Klagefrist);
