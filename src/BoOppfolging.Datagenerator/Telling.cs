using BoOppfolging.Domain;

namespace BoOppfolging.Datagenerator;

/// <summary>What was made, counted as it is made: for the summary, and to see that the mix is as intended.</summary>
internal sealed class Telling
{
    private readonly SortedDictionary<Saksstatus, int> _status = [];
    private readonly SortedDictionary<Klagestatus, int> _klager = [];

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

    /// <summary>The complaints (issue 13) by the state they ended in or stand in now.</summary>
    public IReadOnlyDictionary<Klagestatus, int> Klager => _klager;

    /// <summary>Complaints that came after the deadline (some postmarked in time and so in time).</summary>
    public int KlagerEtterFristen { get; private set; }

    /// <summary>Complaints whose answer date was moved by a foreløpig svar.</summary>
    public int KlagerMedForelopigSvar { get; private set; }

    /// <summary>Complaints on a refusal.</summary>
    public int KlagerPaAvslag { get; private set; }

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

    /// <summary>A case's complaints, with the vedtak they are about (<paramref name="vedtak"/>, the case's).</summary>
    public void RegistrerKlager(IEnumerable<Klage> klager, IReadOnlyList<Vedtak> vedtak)
    {
        foreach (var klage in klager)
        {
            _klager[klage.Status] = _klager.GetValueOrDefault(klage.Status) + 1;
            if (!klage.Fristvurdering.ErInnenFristen()) KlagerEtterFristen++;
            if (klage.AntallForelopigeSvar > 0) KlagerMedForelopigSvar++;
            if (vedtak.Single(v => v.Id == klage.VedtakId).Innhold.Utfall == Vedtaksutfall.Avslag) KlagerPaAvslag++;
        }
    }
}
