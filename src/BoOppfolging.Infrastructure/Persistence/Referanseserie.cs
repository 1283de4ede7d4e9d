namespace BoOppfolging.Infrastructure.Persistence;

/// <summary>The last reference number handed out in a year. Updated with optimistic concurrency.</summary>
public sealed class Referanseserie
{
    public int Aar { get; set; }
    public int SisteNummer { get; set; }
    public Guid Versjon { get; set; } = Guid.NewGuid();
}
