using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace BoOppfolging.Web.Infrastruktur;

/// <summary>
/// A group of radio buttons or checkboxes in Designsystemet's markup: a fieldset with its legend,
/// optional description and the error message, tied with aria-describedby. The first box carries
/// the id the error summary links to. The user's choice is written back after a rejected post.
/// Usage: &lt;valg for="Boform" legend="Hvordan bor du nå?" type="radio" alternativer="Model.Boformer" /&gt;
/// </summary>
[HtmlTargetElement("valg", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ValgTagHelper : TagHelper
{
    [HtmlAttributeName("for")] public ModelExpression For { get; set; } = null!;
    [HtmlAttributeName("legend")] public string Legend { get; set; } = "";
    [HtmlAttributeName("beskrivelse")] public string? Beskrivelse { get; set; }
    [HtmlAttributeName("type")] public string Type { get; set; } = "radio";
    [HtmlAttributeName("alternativer")] public IEnumerable<SelectListItem> Alternativer { get; set; } = [];

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var navn = For.Name;
        var id = TagBuilder.CreateSanitizedId(navn, "_");
        var entry = ViewContext.ViewData.ModelState.TryGetValue(navn, out var e) ? e : null;
        var feil = entry is { Errors.Count: > 0 } ? entry.Errors[0].ErrorMessage : null;
        var valgt = entry?.RawValue switch
        {
            string[] flere => flere.ToHashSet(StringComparer.Ordinal),
            string en => [en],
            _ => Verdier(For.Model),
        };
        var enc = HtmlEncoder.Default;
        var beskrevetAv = new List<string>();
        if (!string.IsNullOrEmpty(Beskrivelse)) beskrevetAv.Add($"{id}-beskrivelse");
        if (feil is not null) beskrevetAv.Add($"{id}-feil");

        // "select": one choice from a longer list, a labelled select. Otherwise a fieldset of radios or checkboxes.
        var erNedtrekk = Type == "select";
        output.TagName = erNedtrekk ? "div" : "fieldset";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", erNedtrekk ? "ds-field" : "ds-fieldset");
        var beskrivelser = beskrevetAv.Count > 0 ? $" aria-describedby=\"{string.Join(' ', beskrevetAv)}\"" : "";
        if (!erNedtrekk && beskrevetAv.Count > 0) output.Attributes.SetAttribute("aria-describedby", string.Join(' ', beskrevetAv));
        var html = output.Content;
        html.AppendHtml(erNedtrekk
            ? $"<label class=\"ds-label\" data-weight=\"medium\" for=\"{id}\">{enc.Encode(Legend)}</label>"
            : $"<legend class=\"ds-label\" data-weight=\"medium\">{enc.Encode(Legend)}</legend>");
        if (!string.IsNullOrEmpty(Beskrivelse))
        {
            html.AppendHtml($"<div data-field=\"description\" id=\"{id}-beskrivelse\">{enc.Encode(Beskrivelse)}</div>");
        }

        if (feil is not null)
        {
            html.AppendHtml($"<p class=\"ds-validation-message\" data-field=\"validation\" id=\"{id}-feil\">{enc.Encode(feil)}</p>");
        }

        if (erNedtrekk)
        {
            html.AppendHtml($"<select class=\"ds-input\" id=\"{id}\" name=\"{enc.Encode(navn)}\"{beskrivelser}"
                + (feil is not null ? " aria-invalid=\"true\"" : "") + ">");
            foreach (var alternativ in Alternativer)
            {
                html.AppendHtml($"<option value=\"{enc.Encode(alternativ.Value)}\"" + (valgt.Contains(alternativ.Value) ? " selected" : "")
                    + $">{enc.Encode(alternativ.Text)}</option>");
            }

            html.AppendHtml("</select>");
            return;
        }

        var nummer = 0;
        foreach (var alternativ in Alternativer)
        {
            var boksId = nummer++ == 0 ? id : $"{id}-{nummer}";
            var erValgt = valgt.Contains(alternativ.Value);
            html.AppendHtml(
                $"<div class=\"ds-field\"><input class=\"ds-input\" type=\"{Type}\" id=\"{boksId}\" name=\"{enc.Encode(navn)}\" value=\"{enc.Encode(alternativ.Value)}\"" +
                (erValgt ? " checked" : "") + (feil is not null ? " aria-invalid=\"true\"" : "") +
                $" /><label class=\"ds-label\" for=\"{boksId}\">{enc.Encode(alternativ.Text)}</label></div>");
        }
    }

    private static HashSet<string> Verdier(object? modell) => modell switch
    {
        null => [],
        bool b => [b ? "true" : "false"],
        string s => [s],
        System.Collections.IEnumerable flere => [.. flere.Cast<object>().Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "")],
        _ => [Convert.ToString(modell, CultureInfo.InvariantCulture) ?? ""],
    };
}
