using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using BoOppfolging.Domain;

namespace BoOppfolging.Web.Tests.Infrastruktur;

/// <summary>Letters made the way a saksbehandler makes them: through the case's forms.</summary>
public static partial class Testbrev
{
    /// <summary>A foreløpig svar as a draft on the case; returns the letter page's path.</summary>
    public static async Task<string> LagForelopigSvarAsync(HttpClient saksbehandler, Guid sakId, CancellationToken ct)
    {
        var skjema = $"/saker/{sakId}/mottak/forelopig-svar";
        using var laget = await saksbehandler.PostSkjemaAsync(skjema, new()
        {
            ["Versjon"] = SkjultVerdi(await saksbehandler.GetStringAsync(skjema, ct), "Versjon"),
            ["Begrunnelse"] = "Vi venter på opplysninger fra fastlegen.",
            ["ForventetAvgjort"] = Idag.AddDays(45).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        return laget.StatusCode == HttpStatusCode.Redirect
            ? laget.Headers.Location!.OriginalString
            : throw new InvalidOperationException($"Foreløpig svar ble ikke laget: {(int)laget.StatusCode}");
    }

    /// <summary>Registers the letter as sent today, digitally, with the version its page shows.</summary>
    public static async Task<HttpResponseMessage> RegistrerSendtAsync(HttpClient saksbehandler, string brevside, CancellationToken ct) =>
        await saksbehandler.PostSkjemaAsync($"{brevside}/send", new()
        {
            ["Versjon"] = SkjultVerdi(await saksbehandler.GetStringAsync(brevside, ct), "Versjon"),
            ["SendtDato"] = Idag.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Forsendelse"] = nameof(Forsendelse.Digital),
        }, brevside);

    public static Guid BrevId(string brevside) => Guid.Parse(brevside.Split('/')[^1]);

    private static DateOnly Idag => Norsktid.Dato(DateTimeOffset.UtcNow);

    private static string SkjultVerdi(string html, string navn) =>
        WebUtility.HtmlDecode(SkjultFelt().Matches(html).Single(m => m.Groups[1].Value == navn).Groups[2].Value);

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex SkjultFelt();
}
