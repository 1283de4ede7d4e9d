using BoOppfolging.Application.Common;
using BoOppfolging.Application.Soknad;
using BoOppfolging.Domain;

namespace BoOppfolging.Application.Dokumenter;

/// <summary>A file checked and stored: the key in the document store, its type told from its bytes, its cleaned name and size.</summary>
public sealed record MottattFil(string Nokkel, string Innholdstype, string Filnavn, long Storrelse);

/// <summary>
/// The one check every uploaded file goes through (the application's, a complaint's, a scanned letter): not empty, at most
/// <see cref="Vedlegg.MaksStorrelse"/>, and PDF, JPEG or PNG by its first bytes (<see cref="Filtype"/>), whatever its name or the
/// browser says. Only a file that passes is stored. The messages name the field they belong next to.
/// </summary>
public sealed class Filmottak(IDokumentlager dokumentlager)
{
    public async Task<Result<MottattFil>> TaImotAsync(string? filnavn, Stream innhold, long lengde, string felt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(innhold);
        if (lengde <= 0) return Result<MottattFil>.Fail(new Feil("vedlegg_tomt", "Filen er tom. Velg en annen fil.", felt));
        if (lengde > Vedlegg.MaksStorrelse) return Result<MottattFil>.Fail(ForStor(felt));

        var starten = new byte[Filtype.SignaturLengde];
        var lest = await innhold.ReadAtLeastAsync(starten, starten.Length, throwOnEndOfStream: false, ct);
        var innholdstype = Filtype.Gjenkjenn(starten.AsSpan(0, lest));
        if (innholdstype is null) return Result<MottattFil>.Fail(new Feil("vedlegg_feil_type", "Filen må være PDF, JPEG eller PNG.", felt));

        // The first bytes are already read: store them and the rest as one stream.
        var hele = new MemoryStream();
        await hele.WriteAsync(starten.AsMemory(0, lest), ct);
        await innhold.CopyToAsync(hele, ct);
        if (hele.Length > Vedlegg.MaksStorrelse) return Result<MottattFil>.Fail(ForStor(felt));

        hele.Position = 0;
        var nokkel = await dokumentlager.LagreAsync(hele, ct);
        return new MottattFil(nokkel, innholdstype, Filnavn(filnavn, innholdstype), hele.Length);
    }

    private static Feil ForStor(string felt) => new("vedlegg_for_stort", "Filen er for stor. En fil kan være høyst 10 MB.", felt);

    /// <summary>The original file name, cleaned for display; never used as a path.</summary>
    public static string Filnavn(string? navn, string innholdstype)
    {
        var rent = Path.GetFileName(navn ?? "").Trim();
        rent = new string([.. rent.Where(c => !char.IsControl(c))]);
        if (rent.Length == 0) rent = innholdstype switch { "application/pdf" => "vedlegg.pdf", "image/png" => "vedlegg.png", _ => "vedlegg.jpg" };
        return rent.Length <= 200 ? rent : rent[^200..];
    }
}
