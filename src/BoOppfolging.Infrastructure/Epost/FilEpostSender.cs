using System.Globalization;
using System.Text;
using BoOppfolging.Application.Common;
using Microsoft.Extensions.Options;

namespace BoOppfolging.Infrastructure.Epost;

public sealed class EpostOptions
{
    /// <summary>The pickup folder where the embedded default drops each e-mail as a .eml file.</summary>
    public string Mappe { get; set; } = "";
    public string Avsender { get; set; } = "ikke-svar@kommune.no";
}

/// <summary>
/// The embedded default: each e-mail is written as an RFC 822 file in a pickup folder, from which
/// an SMTP relay (or a developer) picks it up. Nothing about it is written to the application log.
/// </summary>
public sealed class FilEpostSender(IOptions<EpostOptions> options, TimeProvider timeProvider) : IEpostSender
{
    public async Task SendAsync(string mottaker, string emne, string tekst, CancellationToken ct)
    {
        var mappe = options.Value.Mappe;
        Directory.CreateDirectory(mappe);
        var tidspunkt = timeProvider.GetUtcNow();
        var navn = string.Create(CultureInfo.InvariantCulture, $"{tidspunkt:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        var innhold = new StringBuilder()
            .Append("From: ").Append(options.Value.Avsender).Append("\r\n")
            .Append("To: ").Append(mottaker).Append("\r\n")
            .Append("Subject: =?utf-8?B?").Append(Convert.ToBase64String(Encoding.UTF8.GetBytes(emne))).Append("?=\r\n")
            .Append("Date: ").Append(tidspunkt.ToString("r", CultureInfo.InvariantCulture)).Append("\r\n")
            .Append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
            .Append(tekst);
        await File.WriteAllTextAsync(Path.Combine(mappe, navn), innhold.ToString(), new UTF8Encoding(false), ct);
    }
}
