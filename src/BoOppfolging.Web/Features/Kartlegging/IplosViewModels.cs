using BoOppfolging.Application.Kartlegging;
using BoOppfolging.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace BoOppfolging.Web.Features.Kartlegging;

/// <summary>
/// The IPLOS scoring form: the dates, a score per variable and the participation items, each keyed by its code as the
/// fields are named (<c>Skaarer[hukommelse]</c>, <c>Behov[transport]</c>, <c>Mottar[transport]</c>), and which button was
/// pressed. The assessment it is about (the list, what was saved, the change table) is shown, not posted.
/// </summary>
public sealed class IplosSkjemaViewModel
{
    public const string Lagre = "lagre", Ferdigstill = "ferdigstill";

    public Guid Versjon { get; set; }
    public DateOnly? Dato { get; set; }
    public DateOnly? NesteVurdering { get; set; }
    public Dictionary<string, int?> Skaarer { get; set; } = [];
    public Dictionary<string, bool?> Behov { get; set; } = [];
    public Dictionary<string, MottarBistand?> Mottar { get; set; } = [];
    public string? Handling { get; set; }

    [BindNever, ValidateNever] public IplosVurderingVisning Vurdering { get; set; } = null!;

    public int? Skaar(string kode) => Skaarer.GetValueOrDefault(kode);

    public LagreIplosVurderingCommand ToCommand(Guid sakId, Guid vurderingId) =>
        new(sakId, vurderingId, Versjon, Dato, NesteVurdering, Skaarer, Behov, Mottar, Handling == Ferdigstill);

    /// <summary>The form as the draft was saved.</summary>
    public static IplosSkjemaViewModel Fra(IplosVurderingVisning vurdering) => new()
    {
        Versjon = vurdering.Versjon,
        Dato = vurdering.Dato,
        NesteVurdering = vurdering.NesteVurdering,
        Skaarer = vurdering.Skaarer.ToDictionary(s => s.Key, s => (int?)s.Value),
        Behov = vurdering.Deltakelse.ToDictionary(d => d.Kode, d => (bool?)d.BehovForBistand),
        Mottar = vurdering.Deltakelse.ToDictionary(d => d.Kode, d => (MottarBistand?)d.MottarBistand),
        Vurdering = vurdering,
    };
}
