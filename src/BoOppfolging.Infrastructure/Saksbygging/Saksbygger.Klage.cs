using BoOppfolging.Application.Brev;
using BoOppfolging.Application.Brevtekster;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Vedtak;

namespace BoOppfolging.Infrastructure.Saksbygging;

/// <summary>
/// Issue 13, klage: a complaint on the case's newest approved vedtak, received from "Mine saker" or registered from paper, and
/// its steps through the formal check, reconsideration and Statsforvalteren, as <c>KlageService</c> and
/// <c>KlagebehandlingService</c> take them. The letters on a complaint are made from the services' templates with <see cref="Klagebrev"/>
/// and registered sent with their stored PDF (<see cref="RegistrerKlagebrevSendt"/>). The complaints and their letters are among the rows.
/// </summary>
public sealed partial class Saksbygger
{
    private readonly List<Klage> _klager = [];

    public IReadOnlyList<Klage> Klager => _klager;

    /// <summary>
    /// A complaint on the newest approved vedtak (<see cref="Klage.Motta"/>, <see cref="Sak.MottaKlage"/>): by default sent in
    /// "Mine saker" by the person, on the day of the step, with what a citizen would write.
    /// </summary>
    public Saksbygger MottaKlage(
        Klagekanal kanal = Klagekanal.Digital, Klageinnhold? innhold = null, DateOnly? postlagt = null, bool signert = true,
        Klagerrolle rolle = Klagerrolle.Part, string? klagerNavn = null, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null)
    {
        var tid = NesteTid(tidspunkt);
        var vedtak = _vedtak.Where(v => v.Status == Vedtaksstatus.Vedtatt).OrderBy(v => v.Vedtatt).LastOrDefault()
            ?? throw new InvalidOperationException($"Sak {Sak.Referanse}: saken har ikke et fattet vedtak å klage på.");
        var digital = kanal == Klagekanal.Digital;
        var klage = Sjekk(Klage.Motta(
            Sak, vedtak, _klager.Count + 1, kanal, rolle, klagerNavn ?? Person?.FulltNavn ?? "Klager", innhold ?? Standardklage, Norsktid.Dato(tid), postlagt,
            signert, digital ? Hvem(utfortAv ?? Innsender) : null, digital ? null : Hvem(utfortAv), null, tid), nameof(MottaKlage));
        Sjekk(Sak.MottaKlage(klage, digital ? Hvem(utfortAv ?? Innsender) : Hvem(utfortAv)), nameof(MottaKlage));
        _rader.Add(klage);
        _klager.Add(klage);
        return this;
    }

    /// <summary>What a citizen writes who wants more help than the vedtak gives.</summary>
    public static readonly Klageinnhold Standardklage = new(
        "Jeg er uenig i antall timer. Jeg trenger hjelp med økonomien hver uke, ikke annenhver uke, for å klare husleia.",
        "Fire timer i uka til økonomi og innkjøp.", "Jeg har fått et nytt inkassovarsel etter at vedtaket ble gjort.", null);

    public Saksbygger VurderKlagensFormkrav(Formkrav? formkrav = null, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null) =>
        Sjekk(Sak.VurderKlagensFormkrav(SisteKlage(), formkrav ?? new Formkrav(true, true, null, true, true, null), Hvem(utfortAv), NesteTid(tidspunkt)),
            nameof(VurderKlagensFormkrav));

    public Saksbygger BeOmRettingAvKlage(DateOnly frist, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null) =>
        Sjekk(Sak.BeOmRettingAvKlage(SisteKlage(), frist, Hvem(utfortAv), NesteTid(tidspunkt)), nameof(BeOmRettingAvKlage));

    public Saksbygger AvvisKlage(string? begrunnelse = null, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null) =>
        Sjekk(Sak.AvvisKlage(SisteKlage(), begrunnelse, Hvem(utfortAv), NesteTid(tidspunkt)), nameof(AvvisKlage));

    public Saksbygger OpprettholdVedtakEtterKlage(string? vurdering = null, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null) =>
        Sjekk(Sak.OpprettholdVedtakEtterKlage(
            SisteKlage(), vurdering ?? "Kartleggingen viser at timene i vedtaket dekker behovet. Opplysningene i klagen endrer ikke det.", Hvem(utfortAv),
            NesteTid(tidspunkt)), nameof(OpprettholdVedtakEtterKlage));

    /// <summary>The oversendelsesbrev sent on the step's day: the complaint is with Statsforvalteren.</summary>
    public Saksbygger OversendKlage(Guid? utfortAv = null, DateTimeOffset? tidspunkt = null)
    {
        var tid = NesteTid(tidspunkt);
        return Sjekk(Sak.OversendKlage(SisteKlage(), Norsktid.Dato(tid), Hvem(utfortAv), tid), nameof(OversendKlage));
    }

    public Saksbygger RegistrerKlageresultat(Statsforvalterutfall utfall, string? merknad = null, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null)
    {
        var tid = NesteTid(tidspunkt);
        return Sjekk(Sak.RegistrerKlageresultat(SisteKlage(), utfall, Norsktid.Dato(tid), merknad, Hvem(utfortAv), tid), nameof(RegistrerKlageresultat));
    }

    /// <summary>To be reversed in full or in part (<see cref="Sak.OmgjorEtterKlage"/>): then draft the new vedtak, and complete with <see cref="FullforOmgjoringEtterKlage"/>.</summary>
    public Saksbygger OmgjorEtterKlage(bool delvis, string begrunnelse, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null) =>
        Sjekk(Sak.OmgjorEtterKlage(SisteKlage(), delvis, begrunnelse, Hvem(utfortAv), NesteTid(tidspunkt)), nameof(OmgjorEtterKlage));

    /// <summary>The newest vedtak, approved, reverses the complaint's vedtak (<see cref="Sak.FullforOmgjoringEtterKlage"/>), as approving it does in the service.</summary>
    public Saksbygger FullforOmgjoringEtterKlage(Guid? utfortAv = null, DateTimeOffset? tidspunkt = null)
    {
        var vedtak = SisteVedtak();
        vedtak.KnyttTilKlage(SisteKlage().Id);
        return Sjekk(Sak.FullforOmgjoringEtterKlage(SisteKlage(), vedtak, Hvem(utfortAv), NesteTid(tidspunkt)), nameof(FullforOmgjoringEtterKlage));
    }

    public Saksbygger TrekkKlage(Guid? utfortAv = null, DateTimeOffset? tidspunkt = null) =>
        Sjekk(Sak.TrekkKlage(SisteKlage(), Hvem(utfortAv ?? Innsender), NesteTid(tidspunkt)), nameof(TrekkKlage));

    /// <summary>A foreløpig svar sent on the complaint, promising a result by <paramref name="forventet"/>.</summary>
    public Saksbygger RegistrerKlageForelopigSvar(DateOnly forventet) =>
        Sjekk(SisteKlage().RegistrerForelopigSvar(forventet), nameof(RegistrerKlageForelopigSvar));

    /// <summary>
    /// The facts every letter on the newest complaint names (<see cref="Brevmaler.Klagefakta.Av"/>), with the legal basis of the vedtak
    /// complained about from the standard catalogue, as the services read it.
    /// </summary>
    public Brevmaler.Klagefakta Klagefakta()
    {
        var klage = SisteKlage();
        var vedtak = _vedtak.Single(v => v.Id == klage.VedtakId);
        return Brevmaler.Klagefakta.Av(klage, vedtak, Hjemmelkatalog.Standard().SingleOrDefault(h => h.Id == vedtak.HjemmelId));
    }

    /// <summary>The newest complaint (after <see cref="MottaKlage"/>), for the values its letters are made from.</summary>
    public Klage SisteKlagen => SisteKlage();

    private Domain.Brev? _klagebrev;

    /// <summary>
    /// A letter on the newest complaint as the complaint services make it from <paramref name="bestilling"/> (a <c>Brevmaler.Klage…</c>
    /// template, version 1 of the text), linked to the complaint. The caller renders and stores <see cref="SisteKlagebrev"/>'s content
    /// and gives the stored file to <see cref="RegistrerKlagebrevSendt"/>, as <c>BrevService</c> archives a letter it sends.
    /// </summary>
    public Saksbygger Klagebrev(Brevbestilling bestilling, DateTimeOffset? tidspunkt = null)
    {
        ArgumentNullException.ThrowIfNull(bestilling);
        if (_klagebrev is not null) throw new InvalidOperationException($"Sak {Sak.Referanse}: registrer forrige klagebrev sendt først.");
        var klage = SisteKlage();
        var laget = Standardtekster.Lag(bestilling);
        var json = Brevlagring.TilJson(laget.Innhold);
        var brev = new Domain.Brev(Sak.Id, bestilling.Type, laget.Innhold.Tittel, json, Aktor, NesteTid(tidspunkt), brevtekstversjonId: laget.BrevtekstversjonId);
        Sjekk(brev.Flett(laget.Innhold.Tittel, json, Flettelagring.TilJson(bestilling.Data)), nameof(Klagebrev));
        brev.KnyttTilKlage(klage.Id);
        _rader.Add(brev);
        _klagebrev = brev;
        return this;
    }

    /// <summary>The letter made by <see cref="Klagebrev"/> and not yet registered sent.</summary>
    public Domain.Brev SisteKlagebrev =>
        _klagebrev ?? throw new InvalidOperationException($"Sak {Sak.Referanse}: lag klagebrevet først.");

    /// <summary>The letter made by <see cref="Klagebrev"/> registered sent on its date by <paramref name="forsendelse"/>, with its stored PDF.</summary>
    public Saksbygger RegistrerKlagebrevSendt(Forsendelse forsendelse, string dokumentNokkel, string sha256, long storrelse, DateTimeOffset? tidspunkt = null)
    {
        var brev = SisteKlagebrev;
        var tid = NesteTid(tidspunkt);
        Sjekk(brev.MarkerSendt(Brevlagring.FraJson(brev.InnholdJson).Dato, forsendelse, dokumentNokkel, sha256, storrelse, Aktor, tid), nameof(RegistrerKlagebrevSendt));
        Sak.RegistrerBrevSendt(brev, Aktor, tid);
        _klagebrev = null;
        return this;
    }

    private Klage SisteKlage() =>
        _klager.Count > 0 ? _klager[^1] : throw new InvalidOperationException($"Sak {Sak.Referanse}: saken har ingen klage ennå.");
}
