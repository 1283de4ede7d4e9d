namespace BoOppfolging.Application.Brev;

/// <summary>Renders a letter as a PDF (A4, fonts embedded, text selectable). Infrastructure implements it with PDFsharp, as a tagged PDF.</summary>
public interface IBrevPdf
{
    byte[] LagPdf(Brevinnhold brev);

    /// <summary>
    /// Several stored letters in one file, each from a new page, for printing a batch (<see cref="BrevService.HentSamletPdfAsync"/>).
    /// The letters' pages are copied as they are; the file is for the printer, and each citizen reads their own tagged letter.
    /// </summary>
    byte[] SlaSammen(IReadOnlyList<byte[]> pdfer, string tittel);
}
