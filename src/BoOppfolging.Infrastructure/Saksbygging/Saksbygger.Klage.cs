using BoOppfolging.Domain;

namespace BoOppfolging.Infrastructure.Saksbygging;

/// <summary>
/// Issue 13, klage: a complaint on the case's newest approved vedtak, received from "Mine saker" or registered from paper, and
/// its steps through the formal check, reconsideration and Statsforvalteren, as <c>KlageService</c> and
/// <c>KlagebehandlingService</c> take them (the letters are the services' and are not made here). The complaints are among the rows.
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

    private Klage SisteKlage() =>
        _klager.Count > 0 ? _klager[^1] : throw new InvalidOperationException($"Sak {Sak.Referanse}: saken har ingen klage ennå.");
}
