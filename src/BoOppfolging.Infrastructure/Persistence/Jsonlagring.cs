using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BoOppfolging.Infrastructure.Persistence;

/// <summary>
/// A phase aggregate's parts that are read and written whole with it and never queried one by one (the
/// vurderingsmøter of a mapping, an assessment's scores) are stored as a JSON column: one row per
/// aggregate, no child tables to join. Enums are written as names, so a stored copy still reads right
/// if an enum gains members. The comparer compares the JSON, so a list changed in place is saved.
/// </summary>
public static class Jsonlagring
{
    public static readonly JsonSerializerOptions Innstillinger = new(JsonSerializerDefaults.General)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static ValueConverter<List<T>, string> Liste<T>() => new(
        liste => JsonSerializer.Serialize(liste, Innstillinger),
        json => JsonSerializer.Deserialize<List<T>>(json, Innstillinger) ?? new List<T>());

    public static ValueComparer<List<T>> ListeSammenligner<T>() => new(
        (a, b) => JsonSerializer.Serialize(a, Innstillinger) == JsonSerializer.Serialize(b, Innstillinger),
        liste => JsonSerializer.Serialize(liste, Innstillinger).GetHashCode(StringComparison.Ordinal),
        liste => new List<T>(liste));

    public static ValueConverter<T, string> Verdi<T>()
        where T : class? => new(
        verdi => JsonSerializer.Serialize(verdi, Innstillinger),
        json => JsonSerializer.Deserialize<T>(json, Innstillinger)!);

    public static ValueComparer<T> VerdiSammenligner<T>()
        where T : class? => new(
        (a, b) => JsonSerializer.Serialize(a, Innstillinger) == JsonSerializer.Serialize(b, Innstillinger),
        verdi => JsonSerializer.Serialize(verdi, Innstillinger).GetHashCode(StringComparison.Ordinal),
        verdi => verdi);
}
