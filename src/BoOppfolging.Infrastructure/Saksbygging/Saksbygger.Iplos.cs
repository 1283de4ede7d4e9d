using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Iplos;

namespace BoOppfolging.Infrastructure.Saksbygging;

/// <summary>
/// Issue 10, the IPLOS assessment: a case brought into the mapping by a vurderingsmøte that found the criteria met
/// (until the vurderingsteam's own steps reach <c>Kartlegging</c> through <see cref="TilStatus"/>), and assessments,
/// finished or left as drafts, as <c>IplosService</c> makes them.
/// </summary>
public sealed partial class Saksbygger
{
    private static readonly Lazy<Iplosliste> NyesteIploslisteFil = new(() => Iploskatalog.Filene()[^1]);
    private readonly List<IplosVurdering> _iplosvurderinger = [];

    /// <summary>The IPLOS assessments made by <see cref="VurderIplos"/>, oldest first.</summary>
    public IReadOnlyList<IplosVurdering> Iplosvurderinger => _iplosvurderinger;

    /// <summary>
    /// From <c>TilVurdering</c> to <c>Kartlegging</c>: the phase aggregate added, and a vurderingsmøte that found the criteria
    /// met (<see cref="Sak.RegistrerVurderingsmote"/>), on the day of the step.
    /// </summary>
    public Saksbygger TilKartleggingForIplos(Guid? utfortAv = null, DateTimeOffset? tidspunkt = null)
    {
        var kartlegging = KartleggingForSaken();
        var tid = NesteTid(tidspunkt);
        Sjekk(Sak.RegistrerVurderingsmote(
            kartlegging, Norsktid.Dato(tid), ["Vurderingsteamet"], Vurderingskonklusjon.FyllerKriteriene,
            "Søkeren er over 18 år, bor i egen bolig og trenger hjelp til å mestre den.", Hvem(utfortAv), tid), nameof(TilKartleggingForIplos));
        return this;
    }

    /// <summary>
    /// An IPLOS assessment on the newest variable list shipped with the app (the one the database is seeded with, unless
    /// <paramref name="liste"/> is given): dated <paramref name="dato"/> (the day of the step unless given), every variable
    /// scored 2 and no participation item needing help unless <paramref name="skaarer"/> and <paramref name="deltakelse"/>
    /// say otherwise (a variable left out of <paramref name="skaarer"/> stays unscored), next assessment a year after.
    /// <paramref name="ferdig"/> finishes it and notes it on the timeline; otherwise it stays a draft.
    /// </summary>
    public Saksbygger VurderIplos(
        IReadOnlyDictionary<string, int>? skaarer = null, IReadOnlyList<Deltakelsesvurdering>? deltakelse = null, DateOnly? dato = null,
        DateOnly? nesteVurdering = null, bool ferdig = true, Iplosliste? liste = null, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null)
    {
        liste ??= NyesteIploslisteFil.Value;
        var tid = NesteTid(tidspunkt);
        var idag = Norsktid.Dato(tid);
        var vurdertDato = dato ?? idag;
        var hvem = Hvem(utfortAv);
        var vurdering = new IplosVurdering(Sak.Id, liste.Versjon, vurdertDato, hvem);
        Sjekk(vurdering.Lagre(
            liste, vurdertDato,
            skaarer ?? liste.Variabler.ToDictionary(v => v.Kode, _ => 2),
            deltakelse ?? [.. liste.Deltakelse.Select(d => new Deltakelsesvurdering(d.Kode, false, MottarBistand.Nei))],
            nesteVurdering ?? vurdertDato.AddYears(1), idag), nameof(VurderIplos));
        if (ferdig)
        {
            Sjekk(vurdering.Ferdigstill(liste, GjeldendeIplos(), tid), nameof(VurderIplos));
            Sjekk(Sak.NoterIplosVurdering(vurdering, hvem, tid), nameof(VurderIplos));
        }

        _rader.Add(vurdering);
        _iplosvurderinger.Add(vurdering);
        return this;
    }

    /// <summary>
    /// The case's current finished assessment among this builder's rows, which a newly finished one replaces (as
    /// <c>IplosService</c> reads it from the database). A case taken on with <see cref="Fortsett"/> knows only the new rows.
    /// </summary>
    private IplosVurdering? GjeldendeIplos() =>
        _rader.OfType<IplosVurdering>().Where(v => v.Ferdig is not null && v.Erstattet is null).OrderBy(v => v.Dato).ThenBy(v => v.Ferdig).LastOrDefault();
}
