using System.Globalization;
using BoOppfolging.Domain;

namespace BoOppfolging.Web.Infrastruktur;

/// <summary>Dates and times as Norwegian users read them: dd.MM.yyyy, in Norwegian time.</summary>
public static class Visning
{
    public static string Dato(DateTimeOffset tidspunkt) =>
        Norsktid.Tid(tidspunkt).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public static string Dato(DateOnly dato) => dato.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public static string DatoOgTid(DateTimeOffset tidspunkt) =>
        Norsktid.Tid(tidspunkt).ToString("dd.MM.yyyy 'kl.' HH:mm", CultureInfo.InvariantCulture);

    /// <summary>For the datetime attribute of &lt;time&gt;.</summary>
    public static string Iso(DateTimeOffset tidspunkt) =>
        Norsktid.Tid(tidspunkt).ToString("yyyy-MM-ddTHH:mmzzz", CultureInfo.InvariantCulture);

    /// <summary>A file size as people read it: "340 kB", "2,4 MB".</summary>
    public static string Filstorrelse(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} byte",
        < 1024 * 1024 => string.Create(Norsk, $"{Math.Max(1, bytes / 1024)} kB"),
        _ => string.Create(Norsk, $"{bytes / (1024d * 1024):0.0} MB"),
    };

    public static string JaNei(bool verdi) => verdi ? "Ja" : "Nei";

    private static readonly CultureInfo Norsk = new("nb-NO");
}
