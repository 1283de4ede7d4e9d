using BoOppfolging.Application.Brev;
using BoOppfolging.Domain;

namespace BoOppfolging.Application.Mottak;

/// <summary>A foreløpig svar takes effect when it is sent: the case's deadline moves to the date the letter promised.</summary>
public sealed class ForelopigSvarSendt : IBrevSendtHandler
{
    public Brevtype Type => Brevtype.ForelopigSvar;

    public Task<Result> BrevSendtAsync(SendtBrev sendt, CancellationToken ct) =>
        Task.FromResult(sendt.Brev.LovetDato is { } forventet
            ? sendt.Sak.RegistrerForelopigSvar(sendt.Brev.SendtDato!.Value, forventet, sendt.Tidspunkt)
            : Result.Ok());
}
