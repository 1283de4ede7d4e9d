namespace BoOppfolging.Application.Brev;

/// <summary>Renders a letter as a PDF (A4, fonts embedded, text selectable). Infrastructure implements it with PDFsharp, as a tagged PDF.</summary>
public interface IBrevPdf
{
    byte[] LagPdf(Brevinnhold brev);
}
