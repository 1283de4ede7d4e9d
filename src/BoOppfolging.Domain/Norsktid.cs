namespace BoOppfolging.Domain;

/// <summary>Norwegian time: the calendar day and clock a caseworker or a citizen would say. One place for the time zone.</summary>
public static class Norsktid
{
    public static readonly TimeZoneInfo Sone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    public static DateTimeOffset Tid(DateTimeOffset tidspunkt) => TimeZoneInfo.ConvertTime(tidspunkt, Sone);

    public static DateOnly Dato(DateTimeOffset tidspunkt) => DateOnly.FromDateTime(Tid(tidspunkt).DateTime);

    /// <summary>The moment a Norwegian clock shows <paramref name="klokka"/> on <paramref name="dato"/>.</summary>
    public static DateTimeOffset Tidspunkt(DateOnly dato, TimeOnly klokka)
    {
        var lokal = dato.ToDateTime(klokka);
        return new DateTimeOffset(lokal, Sone.GetUtcOffset(lokal));
    }
}
