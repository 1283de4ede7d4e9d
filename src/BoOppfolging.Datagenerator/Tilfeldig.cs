using System.Diagnostics.CodeAnalysis;

namespace BoOppfolging.Datagenerator;

/// <summary>
/// Every random choice the generator makes, from one seeded <see cref="Random"/>, drawn in a fixed
/// order: the same seed gives the same data.
/// </summary>
[SuppressMessage("Security", "CA5394:Do not use insecure randomness",
    Justification = "Test data must be reproducible from a seed; nothing drawn here is a secret or a key.")]
internal sealed class Tilfeldig(int seed)
{
    private readonly Random _random = new(seed);

    /// <summary>From <paramref name="min"/> up to, not including, <paramref name="maks"/>.</summary>
    public int Tall(int min, int maks) => _random.Next(min, maks);

    public double Desimal() => _random.NextDouble();

    public bool Sjanse(double sannsynlighet) => _random.NextDouble() < sannsynlighet;

    public T Velg<T>(IReadOnlyList<T> liste) => liste[_random.Next(liste.Count)];

    /// <summary>One of the values, each as likely as its weight.</summary>
    public T Vektet<T>(params ReadOnlySpan<(T Verdi, double Vekt)> valg)
    {
        var sum = 0.0;
        foreach (var (_, vekt) in valg) sum += vekt;
        var trekk = _random.NextDouble() * sum;
        foreach (var (verdi, vekt) in valg)
        {
            trekk -= vekt;
            if (trekk < 0) return verdi;
        }

        return valg[^1].Verdi;
    }

    public TimeSpan Varighet(TimeSpan min, TimeSpan maks) => min + ((maks - min) * _random.NextDouble());

    /// <summary>A Guid from the seed, for ids the domain leaves to the caller (a sent draft's id).</summary>
    public Guid Guid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
