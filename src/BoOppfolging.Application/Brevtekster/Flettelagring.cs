using System.Text.Json;

namespace BoOppfolging.Application.Brevtekster;

/// <summary>
/// A letter's <see cref="Flettedata"/> as stored on the draft (<c>Domain.Brev.FlettedataJson</c>), in a frozen
/// record of its own so renaming a property here never changes what drafts already hold.
/// </summary>
public static class Flettelagring
{
    private sealed record Lagret(Dictionary<string, Verdi> Felt, List<string> Betingelser, Dictionary<string, string> Fritekst);

    private sealed record Verdi(string? Tekst, List<string>? Punkter);

    public static string TilJson(Flettedata data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var lagret = new Lagret(
            data.Felt.ToDictionary(f => f.Key, f => new Verdi(f.Value.Verdi, f.Value.Punkter?.ToList()), StringComparer.Ordinal),
            [.. data.Betingelser.Order(StringComparer.Ordinal)],
            data.Fritekst.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal));
        return JsonSerializer.Serialize(lagret);
    }

    public static Flettedata FraJson(string json)
    {
        var lagret = JsonSerializer.Deserialize<Lagret>(json) ?? throw new InvalidOperationException("Flettedata kunne ikke leses.");
        return new Flettedata(
            (lagret.Felt ?? []).ToDictionary(f => f.Key, f => new Flettverdi(f.Value.Tekst, f.Value.Punkter), StringComparer.Ordinal),
            (lagret.Betingelser ?? []).ToHashSet(StringComparer.Ordinal),
            lagret.Fritekst ?? new Dictionary<string, string>(StringComparer.Ordinal));
    }
}
