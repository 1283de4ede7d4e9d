namespace BoOppfolging.Application.Common;

/// <summary>Hands out readable, unique case references (BO-2026-000123), also under concurrent use.</summary>
public interface IReferanseGenerator
{
    Task<string> NesteAsync(int aar, CancellationToken ct);
}
