using BoOppfolging.Application.Brev;
using BoOppfolging.Application.Brevtekster;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Iplos;
using BoOppfolging.Infrastructure.Vedtak;

namespace BoOppfolging.Infrastructure.Saksbygging;

/// <summary>
/// Issue 11, the vedtak: drafted from the innstilling, sent for approval, returned or approved by a second person
/// (never the drafter: the domain refuses, so a test cannot make one by mistake), and endrings- and opphørsvedtak
/// on the one in force, as <c>VedtakService</c> makes them. The vedtak are among the rows.
/// </summary>
public sealed partial class Saksbygger
{
    private readonly List<Domain.Vedtak> _vedtak = [];

    /// <summary>The vedtak made by these steps, in the order they were started.</summary>
    public IReadOnlyList<Domain.Vedtak> Vedtak => _vedtak;

    /// <summary>
    /// The first vedtak from the innstilling (<see cref="Sak.UtarbeidVedtak"/>): unless <paramref name="innhold"/> is given,
    /// complete and ready to send, made from the innstilling as the service makes its start, with the legal basis under
    /// helse- og omsorgstjenesteloven and the reasons written.
    /// </summary>
    public Saksbygger UtarbeidVedtak(Vedtaksinnhold? innhold = null, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null)
    {
        var tid = NesteTid(tidspunkt);
        var kartlegging = KartleggingForSaken();
        var vedtak = Domain.Vedtak.Nytt(Sak.Id, innhold ?? StandardVedtak(kartlegging), Hvem(utfortAv), tid);
        Sjekk(Sak.UtarbeidVedtak(vedtak, kartlegging, Hvem(utfortAv), tid), nameof(UtarbeidVedtak));
        _rader.Add(vedtak);
        _vedtak.Add(vedtak);
        return this;
    }

    /// <summary>An endringsvedtak or opphørsvedtak on the end of the chain (<see cref="Vedtakskjede.Siste"/>, <see cref="Sak.EndreVedtak"/>).</summary>
    public Saksbygger EndreVedtak(Vedtakstype type, string endringsgrunn, Vedtaksinnhold innhold, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null)
    {
        var tid = NesteTid(tidspunkt);
        var gjeldende = Vedtakskjede.Siste(_vedtak)
            ?? throw new InvalidOperationException($"Sak {Sak.Referanse}: ingen fattet vedtak med timer å endre.");
        var vedtak = Sjekk(Domain.Vedtak.Endre(gjeldende, _vedtak.Max(v => v.Nummer) + 1, type, endringsgrunn, innhold, Hvem(utfortAv), tid), nameof(EndreVedtak));
        Sjekk(Sak.EndreVedtak(vedtak, gjeldende, Hvem(utfortAv), tid), nameof(EndreVedtak));
        _rader.Add(vedtak);
        _vedtak.Add(vedtak);
        return this;
    }

    /// <summary>Changes the draft of the newest vedtak (<see cref="Domain.Vedtak.EndreUtkast"/>).</summary>
    public Saksbygger EndreVedtaksutkast(Func<Vedtaksinnhold, Vedtaksinnhold> endring, string? endringsgrunn = null)
    {
        var vedtak = SisteVedtak();
        return Sjekk(vedtak.EndreUtkast(endring(vedtak.Innhold), endringsgrunn ?? vedtak.Endringsgrunn), nameof(EndreVedtaksutkast));
    }

    /// <summary>The drafter sends the newest vedtak for approval; the IPLOS assessment is read from the builder's rows.</summary>
    public Saksbygger SendVedtakTilGodkjenning(Guid? utfortAv = null, DateTimeOffset? tidspunkt = null)
    {
        var vedtak = SisteVedtak();
        var erstattes = vedtak.ErstatterId is { } id ? _vedtak.Single(v => v.Id == id) : null;
        var iplos = GjeldendeIplos();
        var behov = iplos is not null && iplos.ViserBehovForPersonbistand(Iploskatalog.Filene().Single(l => l.Versjon == iplos.Variabelversjon));
        // As VedtakService: an end for lack of participation rests on a warning sent and not followed up as improved.
        var varslet = Medvirkningsvarsler.AsQueryable().Any(Medvirkningsvarsel.GrunnlagForOpphor);
        return Sjekk(Sak.SendVedtakTilGodkjenning(vedtak, erstattes, behov, Hvem(utfortAv), NesteTid(tidspunkt), varslet), nameof(SendVedtakTilGodkjenning));
    }

    /// <summary>
    /// The system's run on the end date of the approved opphørsvedtak at the end of the chain (as <c>Opphorskjoring</c>): the case
    /// is ended, on the timeline. Refused before the day.
    /// </summary>
    public Saksbygger AvsluttVedOpphor(DateTimeOffset? tidspunkt = null) =>
        Sjekk(Sak.AvsluttVedOpphor(SisteVedtak(), NesteTid(tidspunkt)), nameof(AvsluttVedOpphor));

    /// <summary>A team leader returns the newest vedtak to the drafter.</summary>
    public Saksbygger UnderkjennVedtak(
        Guid teamleder, IReadOnlyList<Underkjenningsarsak>? arsaker = null, string begrunnelse = "Begrunnelsen må si mer om hvorfor timetallet er riktig.",
        DateTimeOffset? tidspunkt = null) =>
        Sjekk(Sak.UnderkjennVedtak(SisteVedtak(), arsaker ?? [Underkjenningsarsak.MangelfullBegrunnelse], begrunnelse, teamleder, NesteTid(tidspunkt)),
            nameof(UnderkjennVedtak));

    /// <summary>A team leader approves the newest vedtak.</summary>
    public Saksbygger GodkjennVedtak(Guid teamleder, DateTimeOffset? tidspunkt = null) =>
        Sjekk(Sak.GodkjennVedtak(SisteVedtak(), teamleder, NesteTid(tidspunkt)), nameof(GodkjennVedtak));

    /// <summary>
    /// The newest vedtak's letter as <c>Vedtaksbrev</c> makes it in the service (the same values, from version 1 of the text): a
    /// draft linked to the vedtak, made again if it has one. <paramref name="part"/> is the header <c>BrevService.LagPartshodeAsync</c>
    /// would give; <paramref name="godkjenner"/> the approver's name once approved. Sent letters need their stored PDF and are not made here.
    /// </summary>
    public Saksbygger Vedtaksbrev(Partshode part, string? godkjenner, string klageadresse, DateTimeOffset? tidspunkt = null)
    {
        var vedtak = SisteVedtak();
        var hjemmel = Hjemmelkatalog.Standard().SingleOrDefault(h => h.Id == vedtak.HjemmelId);
        var erstatter = vedtak.ErstatterId is { } eid ? _vedtak.Single(v => v.Id == eid) : null;
        var bestilling = Application.Vedtak.Vedtaksbrev.Bestilling(
            vedtak, hjemmel, erstatter, part, godkjenner ?? Application.Vedtak.Vedtaksbrev.GodkjennerVenter, klageadresse);
        var laget = Standardtekster.Lag(bestilling);
        var json = Brevlagring.TilJson(laget.Innhold);
        var data = Flettelagring.TilJson(bestilling.Data);
        if (vedtak.BrevId is { } brevId)
        {
            var brev = _rader.OfType<Domain.Brev>().Single(b => b.Id == brevId);
            return Sjekk(brev.LagPaNytt(bestilling.Type, laget.BrevtekstversjonId, laget.Innhold.Tittel, json, data), nameof(Vedtaksbrev));
        }

        var nytt = new Domain.Brev(Sak.Id, bestilling.Type, laget.Innhold.Tittel, json, Aktor, NesteTid(tidspunkt), brevtekstversjonId: laget.BrevtekstversjonId);
        Sjekk(nytt.Flett(laget.Innhold.Tittel, json, data), nameof(Vedtaksbrev));
        _rader.Add(nytt);
        vedtak.KnyttBrev(nytt.Id);
        return this;
    }

    /// <summary>The newest vedtak's letter (after <see cref="Vedtaksbrev"/>).</summary>
    public Domain.Brev SisteVedtaksbrev =>
        SisteVedtak().BrevId is { } id ? _rader.OfType<Domain.Brev>().Single(b => b.Id == id) : throw new InvalidOperationException($"Sak {Sak.Referanse}: vedtaket har ikke brev.");

    /// <summary>
    /// The newest vedtak's letter made final for sending on <paramref name="sendt"/> by <paramref name="forsendelse"/>, as
    /// <c>BrevService.SendAsync</c> does (<c>Vedtaksbrev.Ferdigstill</c>: dated that day, with the complaint deadline): the
    /// caller then renders and stores <see cref="SisteVedtaksbrev"/>'s content and gives the stored file to <see cref="RegistrerVedtaksbrevSendt"/>.
    /// </summary>
    public Saksbygger FerdigstillVedtaksbrev(DateOnly sendt, Forsendelse forsendelse, int postgangDager)
    {
        var vedtak = SisteVedtak();
        if (vedtak.Status != Vedtaksstatus.Vedtatt) throw new InvalidOperationException($"Sak {Sak.Referanse}: vedtaket er ikke godkjent.");
        var brev = SisteVedtaksbrev;
        var hjemmel = Hjemmelkatalog.Standard().Single(h => h.Id == vedtak.HjemmelId);
        var data = Application.Vedtak.Vedtaksbrev.Ferdigstill(Flettelagring.FraJson(brev.FlettedataJson!), hjemmel, sendt, forsendelse, postgangDager);
        var forrige = Brevlagring.FraJson(brev.InnholdJson);
        var hode = new Brevhode(forrige.Avsender, forrige.Mottaker, sendt, forrige.Referanse, forrige.SignaturNavn, forrige.SignaturTittel);
        var laget = Standardtekster.Lag(new Brevbestilling(brev.Type, hode, data));
        _sendes = (sendt, forsendelse, Application.Vedtak.Vedtaksbrev.Klagefristen(hjemmel, sendt, forsendelse, postgangDager));
        return Sjekk(brev.Flett(laget.Innhold.Tittel, Brevlagring.TilJson(laget.Innhold), Flettelagring.TilJson(data)), nameof(FerdigstillVedtaksbrev));
    }

    /// <summary>The letter made final by <see cref="FerdigstillVedtaksbrev"/> registered sent with its stored PDF; the vedtak gets its complaint deadline.</summary>
    public Saksbygger RegistrerVedtaksbrevSendt(string dokumentNokkel, string sha256, long storrelse, DateTimeOffset? tidspunkt = null)
    {
        var (sendt, forsendelse, frist) = _sendes ?? throw new InvalidOperationException($"Sak {Sak.Referanse}: ferdigstill brevet først.");
        var brev = SisteVedtaksbrev;
        var tid = NesteTid(tidspunkt);
        Sjekk(brev.MarkerSendt(sendt, forsendelse, dokumentNokkel, sha256, storrelse, Aktor, tid), nameof(RegistrerVedtaksbrevSendt));
        Sak.RegistrerBrevSendt(brev, Aktor, tid);
        SisteVedtak().SettKlagefrist(frist);
        _sendes = null;
        return this;
    }

    private (DateOnly Sendt, Forsendelse Forsendelse, DateOnly Frist)? _sendes;

    private Domain.Vedtak SisteVedtak() =>
        _vedtak.Count > 0 ? _vedtak[^1] : throw new InvalidOperationException($"Sak {Sak.Referanse}: saken har ikke noe vedtak ennå.");

    /// <summary>A complete vedtak made from the innstilling, with the reasons a caseworker would write.</summary>
    private Vedtaksinnhold StandardVedtak(Kartlegging kartlegging)
    {
        var i = kartlegging.Innstilling ?? throw new InvalidOperationException($"Sak {Sak.Referanse}: saken har ingen innstilling.");
        var start = Vedtaksinnhold.FraInnstilling(i, kartlegging.Maal);
        var gir = start.GirTimer;
        return start with
        {
            HjemmelId = Hjemmelkatalog.HelseOgOmsorgId,
            BegrunnelseRegler = "Etter helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav b skal kommunen tilby personlig assistanse, herunder praktisk bistand og opplæring, til den som har behov for det.",
            BegrunnelseFakta = "Kartleggingen viser at du har vansker med å betale regninger og husleie i tide, og at du ønsker hjelp til å planlegge måltider og innkjøp.",
            IkkeInnvilget = start.Utfall == Vedtaksutfall.DelvisInnvilget ? "Hjelp til nettverksbygging innvilges ikke nå, fordi du selv ønsker å vente med det." : null,
            AnnenHjelp = gir ? null : "Du kan kontakte NAV-kontoret for økonomisk rådgivning, eller Frivilligsentralen for sosiale aktiviteter.",
            IplosBegrunnelse = gir ? "Selv om ingen IPLOS-skår er 3 eller mer, viser kartleggingen at du trenger opplæring for å klare økonomien og boligen på sikt." : null,
        };
    }
}
