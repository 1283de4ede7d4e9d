using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Iplos;

namespace BoOppfolging.Infrastructure.Saksbygging;

/// <summary>
/// Phase 1, second half, around the mapping: the citizen's own preparation (<c>ForberedelseService</c>), the
/// case's flags (<c>SaksvarselService</c>), a request to the GP (<c>InnhentingService</c>), and a mapping finished
/// with the citizen, for a test or the demo that needs to start from one.
/// </summary>
public sealed partial class Saksbygger
{
    /// <summary>
    /// Takes a case already saved on by further steps, from <paramref name="fra"/>: for a browser test where a person acts
    /// between two sets of steps (the citizen prepares, later the team finishes the mapping). Load the case tracked,
    /// take the steps, then <see cref="LeggTilRader"/> and save; its rows from before are not known to this builder.
    /// </summary>
    public static Saksbygger Fortsett(Sak sak, DateTimeOffset fra)
    {
        ArgumentNullException.ThrowIfNull(sak);
        return new Saksbygger(sak, null, null, aktor: null, innsender: null) { Tid = fra };
    }

    /// <summary>Adds the rows the steps made to <paramref name="db"/>, which already tracks the case (<see cref="Fortsett"/>).</summary>
    public void LeggTilRader(Microsoft.EntityFrameworkCore.DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.AddRange(_rader);
    }

    /// <summary>The citizen's preparation for the kartleggingsmøte, written in Mine saker.</summary>
    public Saksbygger Forbered(
        string? hvaJegKlarer, IReadOnlyList<Onske>? onsker = null, IReadOnlyList<string>? maal = null, DateTimeOffset? tidspunkt = null)
    {
        var forberedelse = _rader.OfType<Forberedelse>().SingleOrDefault();
        if (forberedelse is null)
        {
            forberedelse = new Forberedelse(Sak.Id);
            _rader.Add(forberedelse);
        }

        return Sjekk(forberedelse.Lagre(hvaJegKlarer, onsker ?? [], maal ?? [], NesteTid(tidspunkt)), nameof(Forbered));
    }

    /// <summary>What everyone who visits must know, set as a whole (as the form does).</summary>
    public Saksbygger RegistrerSaksvarsler(
        Utkastelsesvarsel? utkastelse = null, Sikkerhetsvurdering? sikkerhet = null, string? tolkesprak = null,
        IndividuellPlanStatus plan = IndividuellPlanStatus.Nei, string? koordinator = null, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null)
    {
        var varsler = _rader.OfType<Saksvarsler>().SingleOrDefault();
        if (varsler is null)
        {
            varsler = new Saksvarsler(Sak.Id);
            _rader.Add(varsler);
        }

        return Sjekk(varsler.Lagre(utkastelse, sikkerhet, tolkesprak, plan, koordinator, Hvem(utfortAv), NesteTid(tidspunkt)), nameof(RegistrerSaksvarsler));
    }

    /// <summary>
    /// Information asked for from <paramref name="samtykke"/>'s source, due in three weeks unless given. The service
    /// makes a letter to the source too; here that is <see cref="Brevutkast"/>, for a caller who wants it.
    /// </summary>
    public Saksbygger InnhentOpplysninger(Samtykke samtykke, string hva, DateOnly? frist = null, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null)
    {
        var tid = NesteTid(tidspunkt);
        var hvem = Hvem(utfortAv);
        var innhenting = Sjekk(
            Innhenting.Bestill(samtykke, Sak.Id, hva, frist ?? Norsktid.Dato(tid).AddDays(21), Norsktid.Dato(tid), hvem, tid), nameof(InnhentOpplysninger));
        Sjekk(Sak.NoterInnhenting(innhenting, hvem, tid), nameof(InnhentOpplysninger));
        _rader.Add(innhenting);
        return this;
    }

    /// <summary>
    /// A mapping done with the citizen and finished: from <c>TilVurdering</c> a vurderingsmøte that finds the criteria
    /// met (the case goes to <c>Kartlegging</c>), then a kartleggingsmøte at home, needs in two help areas, two goals, a
    /// finished IPLOS assessment (every variable scored 2, the newest variable list shipped with the app), the mapping
    /// finished, and, unless <paramref name="innstilling"/> is null, the team's innstilling (the case goes to
    /// <c>Innstilling</c>). Uses the case's mapping if a step before made one. Each part a step apart.
    /// </summary>
    public Saksbygger FerdigKartlegging(Innstillingsutfall? innstilling = Innstillingsutfall.Innvilge, Guid? utfortAv = null)
    {
        var hvem = Hvem(utfortAv);
        var kartlegging = KartleggingForSaken();

        if (Sak.Status == Saksstatus.TilVurdering)
        {
            var t = NesteTid(null);
            Sjekk(Sak.RegistrerVurderingsmote(
                kartlegging, Norsktid.Dato(t), ["Vurderingsteamet"], Vurderingskonklusjon.FyllerKriteriene,
                "Har vansker med å bo i egen bolig og ønsker hjelp.", hvem, t), nameof(FerdigKartlegging));
        }

        var tid = NesteTid(null);
        var idag = Norsktid.Dato(tid);
        Sjekk(Sak.RegistrerKartleggingsmote(
            kartlegging, new Kartleggingsmote(idag, Motested.Hjemme, true, [], "Jeg vil klare å bo her og betale regningene selv.", hvem, tid), null, hvem, tid),
            nameof(FerdigKartlegging));
        Sjekk(kartlegging.LagreBehov(
            [
                new(Hjelpeomrade.OkonomiOgNav, "Regningene hoper seg opp, og husleien er ikke betalt for to måneder.", "Lage budsjett og betale faste regninger sammen.", Prioritet.Hoy),
                new(Hjelpeomrade.Ernaering, "Spiser mest ferdigmat.", "Planlegge en ukemeny og handle etter den.", Prioritet.Middels),
            ], null, hvem, NesteTid(null)), nameof(FerdigKartlegging));
        Sjekk(kartlegging.LagreMaal(
            new Maal(Guid.CreateVersion7(), "Jeg vil betale husleien selv hver måned.", Hjelpeomrade.OkonomiOgNav, "Ingen purringer på tre måneder.", idag.AddMonths(6)),
            null, hvem, NesteTid(null)), nameof(FerdigKartlegging));
        Sjekk(kartlegging.LagreMaal(
            new Maal(Guid.CreateVersion7(), "Jeg vil lage middag selv tre dager i uka.", Hjelpeomrade.Ernaering, "Jeg har laget middag tre dager i uka en hel måned.", idag.AddMonths(4)),
            null, hvem, NesteTid(null)), nameof(FerdigKartlegging));

        var liste = Iploskatalog.Filene()[^1];
        var iplos = new IplosVurdering(Sak.Id, liste.Versjon, idag, hvem);
        Sjekk(iplos.Lagre(
            liste, idag, liste.Variabler.ToDictionary(v => v.Kode, _ => 2),
            [.. liste.Deltakelse.Select(d => new Deltakelsesvurdering(d.Kode, false, MottarBistand.Nei))], idag.AddMonths(6), idag), nameof(FerdigKartlegging));
        var ferdig = NesteTid(null);
        Sjekk(iplos.Ferdigstill(liste, GjeldendeIplos(), ferdig), nameof(FerdigKartlegging));
        Sjekk(Sak.NoterIplosVurdering(iplos, hvem, ferdig), nameof(FerdigKartlegging));
        _rader.Add(iplos);
        Sjekk(Sak.FerdigstillKartlegging(kartlegging, iplos, hvem, NesteTid(null)), nameof(FerdigKartlegging));

        if (innstilling is not { } utfall) return this;
        var skrevet = NesteTid(null);
        var dag = Norsktid.Dato(skrevet);
        var gir = utfall != Innstillingsutfall.Avslaa;
        return Sjekk(Sak.SkrivInnstilling(
            kartlegging,
            new Innstilling(
                utfall, gir ? [Hjelpeomrade.OkonomiOgNav, Hjelpeomrade.Ernaering] : [], gir ? 16 : null, gir ? Timeenhet.Uke : null,
                gir ? dag.AddDays(14) : null, gir ? dag.AddMonths(12) : null, gir ? dag.AddMonths(3) : null,
                "Kartleggingen viser behov for hjelp med økonomi og mat.", hvem, skrevet),
            null, hvem, skrevet), nameof(FerdigKartlegging));
    }
}
