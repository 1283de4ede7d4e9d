using BoOppfolging.Application.Mottak;
using BoOppfolging.Domain;

namespace BoOppfolging.Application.Kartlegging;

/// <summary>
/// The case page's "Vurdering" panel: who on the team has the case, the vurderingsmøter, and what this user
/// may do now (flags from the permission table). <see cref="Versjon"/> is the Kartlegging's own version, or
/// <see cref="Guid.Empty"/> while the case has none: every form on it carries this value back.
/// </summary>
public sealed record VurderingVisning(
    Guid SakId,
    string Referanse,
    string Navn,
    Saksstatus Status,
    Guid Versjon,
    string? Team,
    Guid? AnsvarligId,
    string? Ansvarlig,
    bool ErMin,
    IReadOnlyList<VurderingsmoteVisning> Vurderingsmoter,
    IReadOnlyList<Valg> Teammedlemmer,
    VurderingHandlinger Handlinger)
{
    public Vurderingskonklusjon? SisteKonklusjon => Vurderingsmoter.Count == 0 ? null : Vurderingsmoter[^1].Konklusjon;
}

public sealed record VurderingsmoteVisning(
    DateOnly Dato, IReadOnlyList<string> TilStede, Vurderingskonklusjon Konklusjon, string Begrunnelse, string? RegistrertAv, DateTimeOffset Registrert);

/// <summary>
/// What the user may do in the panel now. <see cref="KanHenvise"/> and <see cref="KanBeOmOpplysninger"/> are the
/// next step the last vurderingsmøte's conclusion calls for (the intake's pages, which the team may use in
/// Til vurdering), offered only after that conclusion.
/// </summary>
public sealed record VurderingHandlinger(
    bool KanTa, bool KanTildele, bool KanRegistrereVurderingsmote, bool KanHenvise, bool KanBeOmOpplysninger)
{
    public bool Noen => KanTa || KanTildele || KanRegistrereVurderingsmote || KanHenvise || KanBeOmOpplysninger;
}

/// <summary>The team's queue's filter: a status of the queue (or all three), whose cases, and the page.</summary>
public sealed record Vurderingsfilter
{
    /// <summary>Null or "": every state of the queue; otherwise one of <see cref="KartleggingService.KoStatuser"/> by name.</summary>
    public string? Status { get; init; }

    /// <summary>Null: everyone's; "mine": taken by me; "ikke-tatt": nobody has taken it.</summary>
    public string? Hvem { get; init; }

    public int Side { get; init; } = 1;
}

public sealed record VurderingskoElement(
    Guid Id,
    string Referanse,
    string Navn,
    Saksstatus Status,
    Hastegrad Hastegrad,
    DateTimeOffset Mottatt,
    DateOnly Frist,
    bool Forsinket,
    Guid? AnsvarligId,
    string? Ansvarlig,
    Guid Versjon,
    bool KanTa);

public sealed record Vurderingsko(IReadOnlyList<VurderingskoElement> Saker, int Totalt, int Side, int SideStorrelse, Vurderingsfilter Filter)
{
    public int AntallSider => Math.Max(1, (int)Math.Ceiling(Totalt / (double)SideStorrelse));
}
