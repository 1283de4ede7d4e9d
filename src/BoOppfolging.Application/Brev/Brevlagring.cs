using System.Text.Json;

namespace BoOppfolging.Application.Brev;

/// <summary>A letter's content as it is kept on <see cref="Domain.Brev.InnholdJson"/>.</summary>
public static class Brevlagring
{
    private static readonly JsonSerializerOptions Valg = new(JsonSerializerDefaults.General);

    public static string TilJson(Brevinnhold innhold) => JsonSerializer.Serialize(innhold, Valg);

    public static Brevinnhold FraJson(string json) =>
        JsonSerializer.Deserialize<Brevinnhold>(json, Valg) ?? throw new InvalidOperationException("Brevinnholdet kunne ikke leses.");
}
