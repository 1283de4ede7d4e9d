using BoOppfolging.Application.Brevtekster;
using BoOppfolging.Domain;

namespace BoOppfolging.Application.Brev;

/// <summary>
/// What a letter of one type can only say when it is sent: the vedtak letter's complaint deadline depends on the
/// sent date and the channel (<see cref="Vedtak.Vedtaksbrevsending"/>). <see cref="BrevService.SendAsync"/> asks
/// every one of the letter's type for the final values before it checks the letter and makes the PDF, dates the
/// letter the day it is sent, and makes it again from its own text version: the stored PDF is the letter as sent.
/// Refusing (the vedtak is not approved yet, say) stops the send; the letter stays a draft. Register one per type
/// in <c>Application/DependencyInjection.cs</c>, beside the phase it belongs to.
/// </summary>
public interface IBrevFerdigstilling
{
    Brevtype Type { get; }

    /// <summary>Whether the saksbehandler may still write in the draft's free-text areas (not once the vedtak is sent for approval).</summary>
    Task<Result> KanSkriveFritekstAsync(Domain.Brev brev, CancellationToken ct);

    Task<Result<Flettedata>> FerdigstillAsync(Domain.Brev brev, Flettedata data, DateOnly sendt, Forsendelse forsendelse, CancellationToken ct);
}
