using System.Security.Cryptography;
using System.Text;
using BoOppfolging.Infrastructure.Dokumenter;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BoOppfolging.Infrastructure.Tests;

public sealed class DokumentlagerTests : IDisposable
{
    private readonly string _rot = Path.Combine(Path.GetTempPath(), "bo-dokumenter-" + Guid.NewGuid().ToString("N"));
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _tid = new(Start);
    private readonly FilDokumentlager _lager;

    public DokumentlagerTests()
    {
        Directory.CreateDirectory(_rot);
        _lager = new FilDokumentlager(Options.Create(new DokumentlagerOptions { Mappe = Path.Combine(_rot, "dokumenter") }), _tid);
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

    [Fact]
    public async Task Listen_har_hvert_lagrede_dokument_med_tiden_det_ble_lagret_og_ingen_andre_filer()
    {
        var ct = TestContext.Current.CancellationToken;
        var forste = await LagreAsync([1]);
        _tid.Advance(TimeSpan.FromHours(3));
        var andre = await LagreAsync([2]);
        await File.WriteAllTextAsync(Path.Combine(_rot, "dokumenter", ".halvferdig.tmp"), "x", ct);
        await File.WriteAllTextAsync(Path.Combine(_rot, "dokumenter", "notat.txt"), "x", ct);

        var liste = await _lager.ListAsync(ct).ToListAsync(ct);

        Assert.Equal(
            new[] { (forste, Start), (andre, Start.AddHours(3)) }.OrderBy(d => d.Item1),
            liste.Select(d => (d.Nokkel, d.Lagret)).OrderBy(d => d.Item1));
    }

    [Fact]
    public async Task Et_dokument_lagret_foer_grensen_slettes_men_ikke_et_lagret_etter()
    {
        var ct = TestContext.Current.CancellationToken;
        var gammel = await LagreAsync([1, 1]);
        _tid.Advance(TimeSpan.FromDays(2));
        var ung = await LagreAsync([2, 2]);
        var grense = _tid.GetUtcNow().AddDays(-1);

        Assert.True(await _lager.SlettAsync(gammel, grense, ct));
        Assert.False(await _lager.SlettAsync(ung, grense, ct));
        Assert.False(await _lager.SlettAsync(gammel, grense, ct)); // gone already

        Assert.Null(await _lager.AapneAsync(gammel, ct));
        await using var lest = await _lager.AapneAsync(ung, ct);
        Assert.NotNull(lest);
        Assert.Equal([ung], Directory.GetFiles(Path.Combine(_rot, "dokumenter")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Samme_innhold_lagret_paa_nytt_er_ungt_igjen_og_slettes_ikke()
    {
        var ct = TestContext.Current.CancellationToken;
        var nokkel = await LagreAsync([7, 7, 7]);
        _tid.Advance(TimeSpan.FromDays(2));

        // A new upload of the same bytes, whose row is not saved yet when the sweep comes.
        Assert.Equal(nokkel, await LagreAsync([7, 7, 7]));

        Assert.False(await _lager.SlettAsync(nokkel, _tid.GetUtcNow().AddDays(-1), ct));
        await using var lest = await _lager.AapneAsync(nokkel, ct);
        Assert.NotNull(lest);
        Assert.Equal([nokkel], Directory.GetFiles(Path.Combine(_rot, "dokumenter")).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("../hemmelig.txt")]
    [InlineData(".halvferdig.tmp")]
    public async Task Slett_med_en_nokkel_som_ikke_er_64_hex_tegn_sletter_ingenting(string nokkel)
    {
        var ct = TestContext.Current.CancellationToken;
        await LagreAsync([1, 2, 3]); // makes the folder
        await File.WriteAllTextAsync(Path.Combine(_rot, "hemmelig.txt"), "hemmelig", ct);
        await File.WriteAllTextAsync(Path.Combine(_rot, "dokumenter", ".halvferdig.tmp"), "x", ct);

        Assert.False(await _lager.SlettAsync(nokkel, _tid.GetUtcNow().AddYears(1), ct));
        Assert.True(File.Exists(Path.Combine(_rot, "hemmelig.txt")));
        Assert.True(File.Exists(Path.Combine(_rot, "dokumenter", ".halvferdig.tmp")));
    }

    public void Dispose() => Directory.Delete(_rot, recursive: true);

    private async Task<string> LagreAsync(byte[] innhold)
    {
        using var strom = new MemoryStream(innhold);
        return await _lager.LagreAsync(strom, TestContext.Current.CancellationToken);
    }
}
