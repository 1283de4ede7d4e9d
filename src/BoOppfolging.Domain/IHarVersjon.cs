namespace BoOppfolging.Domain;

/// <summary>
/// An entity that several people edit. <see cref="Versjon"/> is the optimistic concurrency token:
/// the data layer gives it a new value on every save, and a save against an older value fails.
/// </summary>
public interface IHarVersjon
{
    Guid Versjon { get; }
    void NyVersjon();
}
