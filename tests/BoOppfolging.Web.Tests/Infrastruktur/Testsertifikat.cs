using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace BoOppfolging.Web.Tests.Infrastruktur;

/// <summary>A self-signed certificate with an RSA key, written as a password-protected PFX file, as an operator would provide it.</summary>
public sealed record Testsertifikat(string Sti, string Passord, byte[] Offentlig)
{
    public static Testsertifikat Lag(string mappe)
    {
        Directory.CreateDirectory(mappe);
        using var rsa = RSA.Create(2048);
        var foresporsel = new CertificateRequest("CN=BoOppfolging nøkkelbeskyttelse (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        foresporsel.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment, critical: false));
        using var sertifikat = foresporsel.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var passord = Guid.NewGuid().ToString("N");
        var sti = Path.Combine(mappe, $"nokler-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(sti, sertifikat.Export(X509ContentType.Pfx, passord));
        return new Testsertifikat(sti, passord, sertifikat.RawData);
    }
}
