using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace BoOppfolging.Web.Infrastruktur;

/// <summary>
/// One form field in Designsystemet's markup: label, optional description, input and the error
/// message next to it, tied together with aria-describedby and aria-invalid. The user's input is
/// written back (never for passwords). Usage: &lt;felt for="Epost" label="E-post" type="email" autocomplete="email" /&gt;
/// </summary>
[HtmlTargetElement("felt", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FeltTagHelper : TagHelper
{
    [HtmlAttributeName("for")] public ModelExpression For { get; set; } = null!;
    [HtmlAttributeName("label")] public string Label { get; set; } = "";
    [HtmlAttributeName("beskrivelse")] public string? Beskrivelse { get; set; }
    [HtmlAttributeName("type")] public string Type { get; set; } = "text";
    [HtmlAttributeName("autocomplete")] public string? Autocomplete { get; set; }
    [HtmlAttributeName("inputmode")] public string? Inputmode { get; set; }
    [HtmlAttributeName("maxlength")] public int? Maxlength { get; set; }
    [HtmlAttributeName("readonly")] public bool Skrivebeskyttet { get; set; }

    /// <summary>With type="file": the file types the picker offers (the server checks the content anyway).</summary>
    [HtmlAttributeName("accept")] public string? Accept { get; set; }

    /// <summary>With type="file": several files may be chosen at once (the scanned pages of a letter).</summary>
    [HtmlAttributeName("flere")] public bool Flere { get; set; }

    /// <summary>With type="textarea": the number of rows.</summary>
    [HtmlAttributeName("rader")] public int Rader { get; set; } = 4;

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var navn = For.Name;
        var id = TagBuilder.CreateSanitizedId(navn, "_");
        var feil = ViewContext.ViewData.ModelState.TryGetValue(navn, out var entry) && entry.Errors.Count > 0
            ? entry.Errors[0].ErrorMessage : null;
        var beskrevetAv = new List<string>();
        var enc = HtmlEncoder.Default;

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "ds-field");
        var html = output.Content;
        html.AppendHtml($"<label class=\"ds-label\" data-weight=\"medium\" for=\"{id}\">{enc.Encode(Label)}</label>");
        if (!string.IsNullOrEmpty(Beskrivelse))
        {
            beskrevetAv.Add($"{id}-beskrivelse");
            html.AppendHtml($"<div data-field=\"description\" id=\"{id}-beskrivelse\">{enc.Encode(Beskrivelse)}</div>");
        }

        if (feil is not null) beskrevetAv.Add($"{id}-feil");

        var verdi = Type is "password" or "file" ? null
            : entry?.AttemptedValue ?? For.Model switch
            {
                DateOnly dato when Type == "date" => dato.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                TimeOnly tid when Type == "time" => tid.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                var annet => annet?.ToString(),
            };
        var erTekstomraade = Type == "textarea";
        var input = new TagBuilder(erTekstomraade ? "textarea" : "input") { TagRenderMode = erTekstomraade ? TagRenderMode.Normal : TagRenderMode.SelfClosing };
        input.Attributes["class"] = "ds-input";
        input.Attributes["id"] = id;
        input.Attributes["name"] = navn;
        if (erTekstomraade)
        {
            input.Attributes["rows"] = Rader.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (verdi is not null) input.InnerHtml.Append(verdi);
        }
        else
        {
            input.Attributes["type"] = Type;
            if (verdi is not null) input.Attributes["value"] = verdi;
            if (Accept is not null) input.Attributes["accept"] = Accept;
            if (Flere && Type == "file") input.Attributes["multiple"] = "multiple";
        }

        if (Autocomplete is not null) input.Attributes["autocomplete"] = Autocomplete;
        if (Inputmode is not null) input.Attributes["inputmode"] = Inputmode;
        if (Maxlength is not null) input.Attributes["maxlength"] = Maxlength.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Skrivebeskyttet) input.Attributes["readonly"] = "readonly";
        if (feil is not null) input.Attributes["aria-invalid"] = "true";
        if (beskrevetAv.Count > 0) input.Attributes["aria-describedby"] = string.Join(' ', beskrevetAv);
        html.AppendHtml(input);

        if (feil is not null)
        {
            html.AppendHtml($"<p class=\"ds-validation-message\" data-field=\"validation\" id=\"{id}-feil\">{enc.Encode(feil)}</p>");
        }
    }
}
