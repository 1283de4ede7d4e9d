using BoOppfolging.Domain;

namespace BoOppfolging.Infrastructure.Saksbygging;

/// <summary>
/// Phase 1, second half, the mapping with the citizen: one step per intent method the mapping's service
/// calls (<c>KartleggingsarbeidService</c>), on the case's <see cref="Kartlegging"/>, which is among the rows.
/// <see cref="StartKartlegging"/> gets a case from <c>TilVurdering</c> into the mapping by a vurderingsmøte
/// that finds the criteria met.
/// </summary>
public sealed partial class Saksbygger
{
    /// <summary>The case's mapping once a step made it.</summary>
    public Kartlegging Kartleggingsarbeid =>
        _kartlegging ?? throw new InvalidOperationException($"Sak {Sak.Referanse}: saken har ingen kartlegging ennå (StartKartlegging).");

    /// <summary>A vurderingsmøte that finds the criteria met: the case goes to <c>Kartlegging</c>.</summary>
    public Saksbygger StartKartlegging(
        IReadOnlyList<string>? tilStede = null, string begrunnelse = "Søkeren fyller kriteriene for bo-oppfølging.", Guid? utfortAv = null,
        DateTimeOffset? tidspunkt = null)
    {
        var kartlegging = KartleggingForSaken();
        var tid = NesteTid(tidspunkt);
        return Sjekk(Sak.RegistrerVurderingsmote(
            kartlegging, Norsktid.Dato(tid), tilStede ?? ["Kristian Dahl", "Tone Haugen"], Vurderingskonklusjon.FyllerKriteriene, begrunnelse,
            Hvem(utfortAv), tid), nameof(StartKartlegging));
    }

    /// <summary>A kartleggingsmøte at the citizen's home that day, the citizen taking part, unless given.</summary>
    public Saksbygger RegistrerKartleggingsmote(
        string brukerensSyn = "Jeg vil klare å betale regningene selv og ha det ryddig hjemme.", Motested sted = Motested.Hjemme,
        IReadOnlyList<Motedeltaker>? andre = null, string? korrigering = null, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null)
    {
        var tid = NesteTid(tidspunkt);
        var av = Hvem(utfortAv);
        var mote = new Kartleggingsmote(Norsktid.Dato(tid), sted, true, andre ?? [], brukerensSyn, av, tid);
        return Sjekk(Sak.RegistrerKartleggingsmote(Kartleggingsarbeid, mote, korrigering, av, tid), nameof(RegistrerKartleggingsmote));
    }

    /// <summary>The needs per help area (the standard: money and NAV, high priority).</summary>
    public Saksbygger LagreBehov(IReadOnlyList<Omradebehov>? behov = null, string? korrigering = null, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null)
    {
        behov ??= [new Omradebehov(Hjelpeomrade.OkonomiOgNav, "Regningene hoper seg opp, og husleia er ikke betalt.", "Hjelp til å lage budsjett og betale faste regninger.", Prioritet.Hoy)];
        var tid = NesteTid(tidspunkt);
        var av = Hvem(utfortAv);
        Sjekk(Kartleggingsarbeid.LagreBehov(behov, korrigering, av, tid), nameof(LagreBehov));
        if (korrigering is not null) Sak.NoterKorrigering("Behov", av, tid);
        return this;
    }

    /// <summary>A goal in the citizen's words (the standard: paying the rent, six months ahead).</summary>
    public Saksbygger LagreMaal(Maal? maal = null, string? korrigering = null, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null)
    {
        var tid = NesteTid(tidspunkt);
        var av = Hvem(utfortAv);
        maal ??= new Maal(Guid.CreateVersion7(), "Jeg vil betale husleia selv hver måned.", Hjelpeomrade.OkonomiOgNav, "Ingen purringer på tre måneder.",
            Norsktid.Dato(tid).AddMonths(6));
        Sjekk(Kartleggingsarbeid.LagreMaal(maal, korrigering, av, tid), nameof(LagreMaal));
        if (korrigering is not null) Sak.NoterKorrigering("Mål", av, tid);
        return this;
    }

    /// <summary>
    /// A finished IPLOS assessment on <paramref name="liste"/>: every variable scored <paramref name="skaar"/>, every
    /// participation item answered, the next one in six months. The IPLOS pages' own steps belong to their phase file.
    /// </summary>
    public Saksbygger FerdigIplosvurdering(Iplosliste liste, int skaar = 2, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null)
    {
        ArgumentNullException.ThrowIfNull(liste);
        var tid = NesteTid(tidspunkt);
        var av = Hvem(utfortAv);
        var dato = Norsktid.Dato(tid);
        var vurdering = new IplosVurdering(Sak.Id, liste.Versjon, dato, av);
        Sjekk(vurdering.Lagre(
            liste, dato, liste.Variabler.ToDictionary(v => v.Kode, _ => skaar),
            [.. liste.Deltakelse.Select(d => new Deltakelsesvurdering(d.Kode, false, MottarBistand.Nei))], dato.AddMonths(6), dato), nameof(FerdigIplosvurdering));
        Sjekk(vurdering.Ferdigstill(liste, GjeldendeIplos(), tid), nameof(FerdigIplosvurdering));
        Sjekk(Sak.NoterIplosVurdering(vurdering, av, tid), nameof(FerdigIplosvurdering));
        _rader.Add(vurdering);
        return this;
    }

    /// <summary>Finishes the mapping; <paramref name="iplos"/> is the finished assessment (<see cref="FerdigIplosvurdering"/>) or null.</summary>
    public Saksbygger FerdigstillKartlegging(IplosVurdering? iplos = null, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null)
    {
        iplos ??= _rader.OfType<IplosVurdering>().LastOrDefault(v => v.Ferdig is not null);
        return Sjekk(Sak.FerdigstillKartlegging(Kartleggingsarbeid, iplos, Hvem(utfortAv), NesteTid(tidspunkt)), nameof(FerdigstillKartlegging));
    }

    /// <summary>The innstilling (the standard: innvilge 5 hours a week in the needs' areas for a year, evaluated after six months).</summary>
    public Saksbygger SkrivInnstilling(Innstilling? innstilling = null, string? korrigering = null, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null)
    {
        var tid = NesteTid(tidspunkt);
        var av = Hvem(utfortAv);
        var fra = Norsktid.Dato(tid).AddDays(14);
        var omrader = Kartleggingsarbeid.Behov.Select(b => b.Omrade).DefaultIfEmpty(Hjelpeomrade.OkonomiOgNav).ToList();
        innstilling ??= new Innstilling(
            Innstillingsutfall.Innvilge, omrader, 20, Timeenhet.Uke, fra, fra.AddYears(1), fra.AddMonths(6),
            "Innbyggeren trenger hjelp med økonomien for å beholde boligen.", av, tid);
        return Sjekk(Sak.SkrivInnstilling(Kartleggingsarbeid, innstilling, korrigering, av, tid), nameof(SkrivInnstilling));
    }
}
