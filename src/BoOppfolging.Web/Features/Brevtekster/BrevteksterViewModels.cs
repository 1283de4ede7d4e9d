using BoOppfolging.Application.Brevtekster;
using BoOppfolging.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace BoOppfolging.Web.Features.Brevtekster;

/// <summary>A section in the editor. A section left with no heading, text or free-text area is dropped on save, as is one marked <see cref="Fjern"/>.</summary>
public sealed class SeksjonViewModel
{
    public string? Overskrift { get; set; }
    public string? Tekst { get; set; }
    public string? Betingelse { get; set; }
    public bool ErFritekst { get; set; }
    public string? FritekstNokkel { get; set; }
    public string? FritekstLedetekst { get; set; }
    public bool FritekstPaakrevd { get; set; }
    public bool Fjern { get; set; }

    public bool ErTom => string.IsNullOrWhiteSpace(Overskrift) && string.IsNullOrWhiteSpace(Tekst) && string.IsNullOrWhiteSpace(Betingelse)
        && !ErFritekst && string.IsNullOrWhiteSpace(FritekstNokkel) && string.IsNullOrWhiteSpace(FritekstLedetekst);

    public static SeksjonViewModel Fra(Brevtekstseksjon s) => new()
    {
        Overskrift = s.Overskrift,
        Tekst = s.Tekst,
        Betingelse = s.Betingelse,
        ErFritekst = s.Fritekst is not null,
        FritekstNokkel = s.Fritekst?.Nokkel,
        FritekstLedetekst = s.Fritekst?.Ledetekst,
        FritekstPaakrevd = s.Fritekst?.Paakrevd ?? false,
    };

    public BrevtekstseksjonInput TilInput() =>
        new(Overskrift, Tekst, Betingelse, ErFritekst, FritekstNokkel, FritekstLedetekst, FritekstPaakrevd);
}

/// <summary>
/// The page of one version: the editor (title, sections, one empty section to add) for a draft, the text for
/// a published one; the publish form (<see cref="GyldigFra"/>); the catalogue and the history beside it.
/// </summary>
public sealed class BrevtekstViewModel
{
    public Guid Versjon { get; set; }
    public string? Tittel { get; set; }
    public List<SeksjonViewModel> Seksjoner { get; set; } = [];
    public DateOnly? GyldigFra { get; set; }

    [BindNever]
    public BrevtekstDetaljer? Detaljer { get; set; }

    /// <summary>The sections to save: the empty ones (the spare one at the end, say) and those marked for removal left out.</summary>
    public LagreBrevtekstCommand ToCommand(Guid id) =>
        new(id, Versjon, Tittel, [.. SeksjonerSomLagres().Select(s => s.TilInput())]);

    public List<SeksjonViewModel> SeksjonerSomLagres() => [.. Seksjoner.Where(s => !s.Fjern && !s.ErTom)];

    public static BrevtekstViewModel Fra(BrevtekstDetaljer d) => new()
    {
        Versjon = d.Versjonstoken,
        Tittel = d.Tittel,
        Seksjoner = [.. d.Seksjoner.Select(SeksjonViewModel.Fra)],
        Detaljer = d,
    };
}

/// <summary>The preview page: the conditions chosen, and the letter made from the sample case.</summary>
public sealed record ForhandsvisningViewModel(Brevforhandsvisning Visning);

public static class BrevtekstVisning
{
    public static string Status(BrevtekstversjonKort v, DateOnly idag) => v.Status switch
    {
        Brevtekststatus.Utkast => "Utkast",
        _ when v.GyldigFra > idag => "Planlagt",
        _ => "Publisert",
    };
}
