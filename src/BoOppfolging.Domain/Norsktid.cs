namespace BoOppfolging.Domain;

/// <summary>Norwegian time: the calendar day and clock a caseworker or a citizen would say. One place for the time zone.</summary>
public static class Norsktid
{
    public static readonly TimeZoneInfo Sone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    public static DateTimeOffset Tid(DateTimeOffset tidspunkt) => TimeZoneInfo.ConvertTime(tidspunkt, Sone);

    public static DateOnly Dato(DateTimeOffset tidspunkt) => DateOnly.FromDateTime(Tid(tidspunkt).DateTime);
}
