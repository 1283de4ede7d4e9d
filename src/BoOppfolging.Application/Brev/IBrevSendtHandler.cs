using BoOppfolging.Domain;

namespace BoOppfolging.Application.Brev;

/// <summary>
/// What sending a letter of one type does to its case besides the letter itself: the foreløpig svar
/// moves the deadline (<see cref="Mottak.ForelopigSvarSendt"/>); a vedtak letter will, say, start the
/// complaint deadline. Register one per effect in <c>Application/DependencyInjection.cs</c>.
/// <see cref="BrevService"/> runs every handler of the letter's <see cref="Type"/> after marking it
/// sent, in the same unit of work and before the one save: a handler that fails stops the send, and the
/// letter stays a draft. A type with no handler is just sent.
/// </summary>
public interface IBrevSendtHandler
{
    Brevtype Type { get; }

    Task<Result> BrevSendtAsync(SendtBrev sendt, CancellationToken ct);
}

/// <summary>A letter just marked sent (<see cref="Domain.Brev.SendtDato"/> set), its case (tracked: changes are saved with the letter), who registered it, and when.</summary>
public sealed record SendtBrev(Domain.Brev Brev, Sak Sak, Guid? UtfortAv, DateTimeOffset Tidspunkt);
