using System.Security.Cryptography;
using System.Text;
using BoOppfolging.Infrastructure.Dokumenter;
using Microsoft.Extensions.Options;

namespace BoOppfolging.Infrastructure.Tests;

public sealed class DokumentlagerTests : IDisposable
{
    private readonly string _rot = Path.Combine(Path.GetTempPath(), "bo-dokumenter-" + Guid.NewGuid().ToString("N"));
    private readonly FilDokumentlager _lager;

    public DokumentlagerTests()
    {
        Directory.CreateDirectory(_rot);
        _lager = new FilDokumentlager(Options.Create(new DokumentlagerOptions { Mappe = Path.Combine(_rot, "dokumenter") }));
    }

    [Fact]
    public async Task Et_lagret_dokument_leses_tilbake_uendret_under_sha256_av_innholdet()
    {
        var ct = TestContext.Current.CancellationToken;
        var innhold = new byte[200_000]; // larger than the copy buffer
        Random.Shared.NextBytes(innhold);

        var nokkel = await LagreAsync(innhold);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(innhold)), nokkel);
        await using var lest = await _lager.AapneAsync(nokkel, ct);
        Assert.NotNull(lest);
        using var kopi = new MemoryStream();
        await lest.CopyToAsync(kopi, ct);
        Assert.Equal(innhold, kopi.ToArray());
    }

    [Fact]
    public async Task Samme_innhold_to_ganger_gir_samme_nokkel_og_en_fil()
    {
        var innhold = Encoding.UTF8.GetBytes("Vedtak om bo-oppfølging");

        var forste = await LagreAsync(innhold);
        var andre = await LagreAsync(innhold);
        var annet = await LagreAsync(Encoding.UTF8.GetBytes("Vedtak om bo-oppfølging."));

        Assert.Equal(forste, andre);
        Assert.NotEqual(forste, annet);
        var filer = Directory.GetFiles(Path.Combine(_rot, "dokumenter")).Select(Path.GetFileName).Order();
        Assert.Equal(new[] { forste, annet }.Order(), filer);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("../hemmelig.txt")]
    [InlineData("../aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")] // 64 characters, not hex
    [InlineData("")]
    public async Task En_nokkel_som_ikke_er_64_hex_tegn_gir_ingenting_selv_om_filen_finnes(string nokkel)
    {
        // Files the key would reach if it were used as a path.
        await File.WriteAllTextAsync(Path.Combine(_rot, "hemmelig.txt"), "hemmelig", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(_rot, new string('a', 61)), "hemmelig", TestContext.Current.CancellationToken);
        await LagreAsync([1, 2, 3]); // makes the folder

        Assert.Null(await _lager.AapneAsync(nokkel, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task En_gyldig_nokkel_som_ikke_er_lagret_gir_ingenting()
    {
        await LagreAsync([1, 2, 3]);

        Assert.Null(await _lager.AapneAsync(Convert.ToHexStringLower(SHA256.HashData([4, 5, 6])), TestContext.Current.CancellationToken));
    }

    public void Dispose() => Directory.Delete(_rot, recursive: true);

    private async Task<string> LagreAsync(byte[] innhold)
    {
        using var strom = new MemoryStream(innhold);
        return await _lager.LagreAsync(strom, TestContext.Current.CancellationToken);
    }
}
