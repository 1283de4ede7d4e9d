using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace BoOppfolging.Web.Infrastruktur;

/// <summary>
/// The Data Protection keys (log-in cookies, antiforgery tokens, password links) are stored in the
/// database. Outside Development they are encrypted with the public key of an X.509 certificate
/// read from a PFX file before they are stored, so a copy of the database alone does not give them
/// away. Production refuses to start without the certificate. A file works the same on Linux and
/// Windows (a mounted secret, or a file only the app's account may read).
/// </summary>
public static class Nokkelbeskyttelse
{
    public const string Sti = "DataProtection:Sertifikat:Sti";
    public const string Passord = "DataProtection:Sertifikat:Passord";

    /// <summary>Certificates used before a renewal, to read the keys they protected: <c>:0:Sti</c>, <c>:0:Passord</c>, ...</summary>
    public const string Tidligere = "DataProtection:TidligereSertifikater";

    public static IDataProtectionBuilder BeskyttNoklene(this IDataProtectionBuilder builder, IConfiguration configuration, IWebHostEnvironment environment)
    {
        if (environment.IsDevelopment()) return builder;

        var sti = configuration[Sti];
        if (string.IsNullOrWhiteSpace(sti))
        {
            if (environment.IsProduction())
            {
                throw new InvalidOperationException(
                    $"Data Protection-nøklene lagres i databasen og må krypteres med et sertifikat i produksjon. " +
                    $"Sett {Sti} til en PFX-fil med privat RSA-nøkkel, og {Passord} til passordet (se README).");
            }

            // Other environments (a test server) may go without; Data Protection then warns at start.
            return builder;
        }

        builder.ProtectKeysWithCertificate(Last(sti, configuration[Passord], Sti));
        var tidligere = configuration.GetSection(Tidligere).GetChildren()
            .Select(s => Last(s["Sti"], s["Passord"], $"{s.Path}:Sti"))
            .ToArray();
        if (tidligere.Length > 0) builder.UnprotectKeysWithAnyCertificate(tidligere);
        return builder;
    }

    private static X509Certificate2 Last(string? sti, string? passord, string innstilling)
    {
        if (string.IsNullOrWhiteSpace(sti) || !File.Exists(sti))
        {
            throw new InvalidOperationException($"Sertifikatfilen i {innstilling} finnes ikke: «{sti}».");
        }

        X509Certificate2 sertifikat;
        try
        {
            sertifikat = X509CertificateLoader.LoadPkcs12FromFile(sti, passord);
        }
        catch (CryptographicException e)
        {
            throw new InvalidOperationException(
                $"Sertifikatet i {innstilling} kunne ikke leses. Er filen en PFX (PKCS#12), og er passordet riktig?", e);
        }

        using var privatNokkel = sertifikat.GetRSAPrivateKey();
        if (privatNokkel is null)
        {
            sertifikat.Dispose();
            throw new InvalidOperationException(
                $"Sertifikatet i {innstilling} må ha en privat RSA-nøkkel: uten den kan nøklene ikke leses igjen.");
        }

        return sertifikat;
    }
}
