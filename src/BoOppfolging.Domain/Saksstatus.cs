namespace BoOppfolging.Domain;

/// <summary>
/// Where a case stands in its lifecycle (see docs/architecture.md). Stored as the name, so a
/// new state never renumbers the old ones.
/// </summary>
public enum Saksstatus
{
    Mottatt,
    Mottakskontroll,
    TilVurdering,
    Kartlegging,
    Innstilling,
    VedtakUnderArbeid,
    TilGodkjenning,
    Vedtatt,
    IOppfolging,
    Avsluttet,
    Avslag,
    Henvist,
    Henlagt,
    Trukket,
}

public static class SaksstatusRegler
{
    private static readonly Dictionary<Saksstatus, Saksstatus[]> Overganger = new()
    {
        [Saksstatus.Mottatt] = [Saksstatus.Mottakskontroll, Saksstatus.Henlagt, Saksstatus.Trukket],
        [Saksstatus.Mottakskontroll] = [Saksstatus.TilVurdering, Saksstatus.Henvist, Saksstatus.Henlagt, Saksstatus.Trukket],
        // Innstilling straight from TilVurdering: the criteria are not met and the team recommends avslag.
        [Saksstatus.TilVurdering] = [Saksstatus.Kartlegging, Saksstatus.Innstilling, Saksstatus.Mottakskontroll, Saksstatus.Henvist, Saksstatus.Henlagt, Saksstatus.Trukket],
        [Saksstatus.Kartlegging] = [Saksstatus.Innstilling, Saksstatus.Henlagt, Saksstatus.Trukket],
        [Saksstatus.Innstilling] = [Saksstatus.VedtakUnderArbeid, Saksstatus.Kartlegging, Saksstatus.Henlagt, Saksstatus.Trukket],
        [Saksstatus.VedtakUnderArbeid] = [Saksstatus.TilGodkjenning, Saksstatus.Henlagt, Saksstatus.Trukket],
        [Saksstatus.TilGodkjenning] = [Saksstatus.Vedtatt, Saksstatus.Avslag, Saksstatus.VedtakUnderArbeid, Saksstatus.Trukket],
        [Saksstatus.Vedtatt] = [Saksstatus.IOppfolging, Saksstatus.Avsluttet],
        [Saksstatus.IOppfolging] = [Saksstatus.Avsluttet],
        // Ended, unless a complaint on the opphørsvedtak restores the service: the approved vedtak that does so reopens the case.
        [Saksstatus.Avsluttet] = [Saksstatus.Vedtatt],
        // A refusal is final, unless a complaint on it changes that, the only way out of a closed state: reversed (by the unit, or
        // Statsforvalteren's medhold), a new vedtak is drafted (Sak.UtarbeidVedtakEtterKlage); set aside and sent back (opphevet),
        // the case goes back to the innstilling for a new assessment (Sak.VurderPaaNyttEtterOpphevelse).
        [Saksstatus.Avslag] = [Saksstatus.Innstilling, Saksstatus.VedtakUnderArbeid],
        [Saksstatus.Henvist] = [],
        [Saksstatus.Henlagt] = [],
        [Saksstatus.Trukket] = [],
    };

    public static bool KanGaaTil(this Saksstatus fra, Saksstatus til) => Overganger[fra].Contains(til);

    public static IReadOnlyList<Saksstatus> LovligeOverganger(this Saksstatus fra) => Overganger[fra];

    /// <summary>A case in one of these states is closed: nothing more happens on it.</summary>
    public static bool ErAvsluttet(this Saksstatus status) =>
        status is Saksstatus.Avsluttet or Saksstatus.Avslag or Saksstatus.Henvist or Saksstatus.Henlagt or Saksstatus.Trukket;

    /// <summary>Every closed state, for queries (<see cref="ErAvsluttet"/>).</summary>
    public static readonly Saksstatus[] Avsluttede = [.. Enum.GetValues<Saksstatus>().Where(ErAvsluttet)];

    /// <summary>
    /// Every state that is not closed, for queries: "status IN (the open ones)" lets the database
    /// seek an index on the status, where "NOT IN (the closed ones)" makes it read every entry.
    /// </summary>
    public static readonly Saksstatus[] Apne = [.. Enum.GetValues<Saksstatus>().Where(s => !s.ErAvsluttet())];

    /// <summary>Every state that awaits a decision, for queries (<see cref="ErUnderBehandling"/>).</summary>
    public static readonly Saksstatus[] UnderBehandling = [.. Enum.GetValues<Saksstatus>().Where(ErUnderBehandling)];

    /// <summary>
    /// Not closed and no vedtak yet: the case awaits a decision, and its deadline counts. An explicit set,
    /// never the order of the enum's members (a state added in the middle would silently join or leave it).
    /// </summary>
    public static bool ErUnderBehandling(this Saksstatus status) => status is
        Saksstatus.Mottatt or Saksstatus.Mottakskontroll or Saksstatus.TilVurdering or Saksstatus.Kartlegging
        or Saksstatus.Innstilling or Saksstatus.VedtakUnderArbeid or Saksstatus.TilGodkjenning;

    /// <summary>Still with the forvaltningsenhet's intake: received or being screened.</summary>
    public static bool ErIMottak(this Saksstatus status) => status is Saksstatus.Mottatt or Saksstatus.Mottakskontroll;

    /// <summary>The citizen may withdraw until a vedtak is made.</summary>
    public static bool KanTrekkes(this Saksstatus status) => status.KanGaaTil(Saksstatus.Trukket);

    /// <summary>Status in plain words, for the citizen and for staff.</summary>
    public static string Visningsnavn(this Saksstatus status) => status switch
    {
        Saksstatus.Mottatt => "Mottatt",
        Saksstatus.Mottakskontroll => "Mottakskontroll",
        Saksstatus.TilVurdering => "Til vurdering",
        Saksstatus.Kartlegging => "Kartlegging",
        Saksstatus.Innstilling => "Innstilling",
        Saksstatus.VedtakUnderArbeid => "Vedtak under arbeid",
        Saksstatus.TilGodkjenning => "Vedtak til godkjenning",
        Saksstatus.Vedtatt => "Vedtatt",
        Saksstatus.IOppfolging => "I oppfølging",
        Saksstatus.Avsluttet => "Avsluttet",
        Saksstatus.Avslag => "Avslag",
        Saksstatus.Henvist => "Henvist til annen tjeneste",
        Saksstatus.Henlagt => "Henlagt",
        Saksstatus.Trukket => "Trukket",
        _ => status.ToString(),
    };
}
