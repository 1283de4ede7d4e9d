using BoOppfolging.Application.Kartlegging;
using BoOppfolging.Application.Vedtak;
using BoOppfolging.Domain;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace BoOppfolging.Web.Features.Vedtak;

/// <summary>The vedtak page: the draft form (when the user may change it), or the vedtak read-only with the approver's form.</summary>
public sealed class VedtakViewModel
{
    public VedtakVisning Vedtak { get; set; } = null!;
    public Guid Versjon { get; set; }

    public Vedtaksutfall? Utfall { get; set; }
    public Guid? HjemmelId { get; set; }
    public List<Hjelpeomrade> Omrader { get; set; } = [];

    /// <summary>Hours as typed, with a decimal comma in quarter hours ("4,5"), kept as typed after a rejection.</summary>
    public string? Timer { get; set; }
    public Timeenhet? Enhet { get; set; }
    public DateOnly? Fra { get; set; }

    /// <summary>An opphørsvedtak's reason and closing summary.</summary>
    public Opphorsgrunn? Opphorsgrunn { get; set; }
    public string? Oppsummering { get; set; }
    public DateOnly? Til { get; set; }
    public DateOnly? Evalueringsdato { get; set; }
    public string? Mal { get; set; }
    public string? BegrunnelseRegler { get; set; }
    public string? BegrunnelseFakta { get; set; }
    public string? BegrunnelseVurdering { get; set; }
    public string? IkkeInnvilget { get; set; }
    public string? AnnenHjelp { get; set; }
    public string? IplosBegrunnelse { get; set; }
    public string? Vilkar { get; set; }
    public string? Endringsgrunn { get; set; }

    /// <summary>The team leader's return (underkjenning): at least one reason, and what must be fixed.</summary>
    public List<Underkjenningsarsak> Arsaker { get; set; } = [];
    public string? Begrunnelse { get; set; }

    public static IEnumerable<SelectListItem> Arsakvalg =>
        Enum.GetValues<Underkjenningsarsak>().Select(a => new SelectListItem(a.Visningsnavn(), a.ToString()));

    /// <summary>Which button was pressed: "send" sends for approval in the same save.</summary>
    public string? Knapp { get; set; }

    public void FyllFra(VedtakVisning v)
    {
        var i = v.Innhold;
        (Utfall, HjemmelId, Omrader, Enhet, Fra, Til, Evalueringsdato) = (i.Utfall, i.HjemmelId, [.. i.Omrader], i.Enhet, i.Fra, i.Til, i.Evalueringsdato);
        Timer = i.Kvarter is { } k ? Timeinput.Tekst(k) : null;
        Mal = string.Join("\n", i.Mal);
        Vilkar = string.Join("\n", i.Vilkar);
        (BegrunnelseRegler, BegrunnelseFakta, BegrunnelseVurdering, IkkeInnvilget, AnnenHjelp, IplosBegrunnelse, Endringsgrunn) =
            (i.BegrunnelseRegler, i.BegrunnelseFakta, i.BegrunnelseVurdering, i.IkkeInnvilget, i.AnnenHjelp, i.IplosBegrunnelse, v.Endringsgrunn);
        (Opphorsgrunn, Oppsummering) = (i.Opphorsgrunn, i.Oppsummering);
    }

    public LagreVedtakCommand ToCommand(Guid sakId, Guid vedtakId) => new(
        sakId, vedtakId, Versjon, Utfall, HjemmelId, Omrader, Timer, Enhet, Fra, Til, Evalueringsdato, Mal, BegrunnelseRegler, BegrunnelseFakta,
        BegrunnelseVurdering, IkkeInnvilget, AnnenHjelp, IplosBegrunnelse, Vilkar, Endringsgrunn, Knapp == "send", Opphorsgrunn, Oppsummering);

    public static IEnumerable<SelectListItem> Opphorsgrunnvalg =>
        Enum.GetValues<Opphorsgrunn>().Select(g => new SelectListItem(g.Visningsnavn(), g.ToString()));

    public static IEnumerable<SelectListItem> Utfallvalg => Enum.GetValues<Vedtaksutfall>().Select(u => new SelectListItem(u.Visningsnavn(), u.ToString()));

    public static IEnumerable<SelectListItem> Enheter => [new("Per uke", nameof(Timeenhet.Uke)), new("Per måned", nameof(Timeenhet.Maaned))];

    public IEnumerable<SelectListItem> Hjemmelvalg() =>
        Vedtak.Hjemler.Select(h => new SelectListItem($"{h.Navn} (klagefrist {h.KlagefristUker} uker)", h.Id.ToString()));

    public static IEnumerable<SelectListItem> Omradevalg =>
        Enum.GetValues<Hjelpeomrade>().Select(o => new SelectListItem(o.Visningsnavn(), o.ToString()));
}

/// <summary>Starting an endrings- or opphørsvedtak: which, and why.</summary>
public sealed class EndringViewModel
{
    public VedtakPanelVisning Panel { get; set; } = null!;
    public Guid Versjon { get; set; }
    public Vedtakstype? Type { get; set; }
    public string? Endringsgrunn { get; set; }

    public static IEnumerable<SelectListItem> Typevalg =>
    [
        new("Endringsvedtak: endre timer, hjelpeområder eller periode fra en dato", nameof(Vedtakstype.Endringsvedtak)),
        new("Opphørsvedtak: avslutte tjenesten fra en dato", nameof(Vedtakstype.Opphorsvedtak)),
    ];

    public NyttEndringsvedtakCommand ToCommand(Guid sakId) => new(sakId, Versjon, Type ?? (Vedtakstype)(-1), Endringsgrunn);
}
