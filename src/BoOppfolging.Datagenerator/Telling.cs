using BoOppfolging.Domain;

namespace BoOppfolging.Datagenerator;

/// <summary>What was made, counted as it is made: for the summary, and to see that the mix is as intended.</summary>
internal sealed class Telling
{
    private readonly SortedDictionary<Saksstatus, int> _status = [];

    public int Saker { get; private set; }
    public int Hendelser { get; private set; }
    public int OverFristen { get; private set; }
    public int IkkeTildelt { get; private set; }
    public int Haster { get; private set; }
    public int ForelopigSvarSendt { get; private set; }
    public int Brev { get; set; }
    public int SendteBrev { get; set; }
    public int Kontoer { get; set; }

    /// <summary>Visits done by "now" that are planned and not documented (the last week's, now and then) or not logged yet.</summary>
    public int BesokUdokumentert { get; set; }

    /// <summary>Time spent rendering the sent letters' PDFs (most of the generation time once the follow-up sends its vedtak letters).</summary>
    public TimeSpan PdfTid { get; set; }

    /// <summary>Visits logged days after they took place.</summary>
    public int BesokSentRegistrert { get; set; }
    public IReadOnlyDictionary<Saksstatus, int> Status => _status;

    public void Registrer(Sak sak, DateOnly idag)
    {
        Saker++;
        Hendelser += sak.Hendelser.Count;
        _status[sak.Status] = _status.GetValueOrDefault(sak.Status) + 1;
        if (Sak.ErForsinket(sak.Status, sak.Frist, idag)) OverFristen++;
        if (sak.SaksbehandlerId is null) IkkeTildelt++;
        if (sak.Hastegrad == Hastegrad.Haster) Haster++;
        if (sak.ForelopigSvarSendt is not null) ForelopigSvarSendt++;
    }
}
