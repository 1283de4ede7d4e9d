namespace BoOppfolging.Application.Common;

/// <summary>Sends e-mail to a user (password reset, notices). The embedded default drops files in a folder.</summary>
public interface IEpostSender
{
    Task SendAsync(string mottaker, string emne, string tekst, CancellationToken ct);
}
