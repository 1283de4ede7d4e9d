using BoOppfolging.Domain;

namespace BoOppfolging.Application.Kartlegging;

/// <summary>One assessment in a list: when, by whom, the next date, and whether it is finished.</summary>
public sealed record IplosSammendrag(Guid Id, DateOnly Dato, string? VurdertAv, DateOnly? NesteVurdering, DateTimeOffset? Ferdig)
{
    public bool ErFerdig => Ferdig is not null;
}

/// <summary>
/// The case page's IPLOS panel: the newest finished assessment, the drafts, every assessment to open, and what the
/// user may do (<see cref="KanVurdere"/>: score a draft; <see cref="KanLageNy"/>: start one, when no draft is unfinished).
/// </summary>
public sealed record IplosPanelVisning(
    Guid SakId,
    Guid SakVersjon,
    IplosSammendrag? Siste,
    bool SisteErForfalt,
    IReadOnlyList<IplosSammendrag> Utkast,
    IReadOnlyList<IplosSammendrag> Alle,
    bool KanVurdere,
    bool KanLageNy)
{
    /// <summary>Nothing to show and nothing to do: the panel stays away (a case still in intake, say).</summary>
    public bool ErTom => Alle.Count == 0 && !KanLageNy;
}

/// <summary>One variable's change since the previous finished assessment, in words.</summary>
public sealed record IplosEndringVisning(string Variabel, int? Forrige, int? Naa, int? Endring)
{
    public string Tekst => Endring switch
    {
        > 0 => "mer behov",
        < 0 => "mindre behov",
        0 => "uendret",
        null when Forrige is null || Naa is null => "ikke vurdert begge ganger",
        _ => "kan ikke sammenlignes (ikke relevant)",
    };
}

/// <summary>
/// One assessment with its variable list (the version it was made with): the scores, the participation items, who made
/// it, the change per variable since the finished one before it, and whether this user may go on scoring it.
/// </summary>
public sealed record IplosVurderingVisning(
    Guid SakId,
    string Referanse,
    string Navn,
    Guid Id,
    Guid Versjon,
    Iplosliste Liste,
    DateOnly Dato,
    string? VurdertAv,
    DateOnly? NesteVurdering,
    DateTimeOffset? Ferdig,
    IReadOnlyDictionary<string, int> Skaarer,
    IReadOnlyList<Deltakelsesvurdering> Deltakelse,
    DateOnly? ForrigeDato,
    IReadOnlyList<IplosEndringVisning> Endringer,
    bool KanEndre)
{
    public bool ErFerdig => Ferdig is not null;
}

/// <summary>A case whose newest finished assessment is due within 30 days or overdue.</summary>
public sealed record ForfaltIplos(Guid SakId, string Referanse, string Navn, DateOnly SisteVurdering, DateOnly NesteVurdering, bool Forfalt, bool HarUtkast);

/// <summary>The due list: one page of the cases (<see cref="IplosService.PerSide"/>, the most overdue first), how many there are, and the page.</summary>
public sealed record ForfalteIplos(IReadOnlyList<ForfaltIplos> Saker, int Totalt, DateOnly Grense, int Side, int AntallSider);
