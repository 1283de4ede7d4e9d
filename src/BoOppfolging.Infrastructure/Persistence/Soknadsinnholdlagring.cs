using System.Text.Json;
using System.Text.Json.Serialization;
using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BoOppfolging.Infrastructure.Persistence;

/// <summary>
/// An application's content is stored as one JSON document: it is read and written whole, never
/// queried field by field (the work list queries the case). Enums are written as names, so the
/// stored copy still reads right if an enum gains members.
/// </summary>
public static class Soknadsinnholdlagring
{
    private static readonly JsonSerializerOptions Innstillinger = new(JsonSerializerDefaults.General)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static readonly ValueConverter<Soknadsinnhold, string> Konverter = new(
        innhold => JsonSerializer.Serialize(innhold, Innstillinger),
        json => JsonSerializer.Deserialize<Soknadsinnhold>(json, Innstillinger) ?? new Soknadsinnhold());

    public static readonly ValueComparer<Soknadsinnhold> Sammenligner = new(
        (a, b) => ReferenceEquals(a, b),
        innhold => innhold.GetHashCode(),
        innhold => innhold);
}
