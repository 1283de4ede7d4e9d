using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Html;

namespace BoOppfolging.Web.Infrastruktur;

/// <summary>
/// A letter text's Markdown as HTML for the administrator's view of a version: Markdig with raw HTML
/// disabled (the letter engine's own pipeline), then HtmlSanitizer, so no input reaches the page as markup.
/// </summary>
public static class MarkdownHtml
{
    public static IHtmlContent Lag(string? markdown)
    {
        var html = Markdown.ToHtml(markdown ?? "", Application.Brevtekster.Brevflett.MarkdownPipeline);
        return new HtmlString(new HtmlSanitizer().Sanitize(html));
    }
}
