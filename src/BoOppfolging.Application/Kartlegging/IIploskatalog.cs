using BoOppfolging.Domain;

namespace BoOppfolging.Application.Kartlegging;

/// <summary>
/// The IPLOS variable lists in the database: the newest, which a new assessment uses, and any earlier
/// one, which an assessment made with it is shown and compared with.
/// </summary>
public interface IIploskatalog
{
    Task<Iplosliste> GjeldendeAsync(CancellationToken ct);

    Task<Iplosliste?> VersjonAsync(int versjon, CancellationToken ct);
}
