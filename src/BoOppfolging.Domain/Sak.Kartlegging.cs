namespace BoOppfolging.Domain;

/// <summary>
/// Phase 1, second half: the vurderingsteam's transitions. Each takes the phase aggregate
/// (<see cref="Kartlegging"/>) and checks it; the aggregate's own content changes in the aggregate.
/// </summary>
public sealed partial class Sak
{
    /// <summary>A team member takes the case (or the team leader gives it to one): on the timeline, for staff.</summary>
    public Result TaTilVurdering(Kartlegging kartlegging, Guid ansvarligId, Guid utfortAv, DateTimeOffset tidspunkt)
    {
        if (kartlegging.SakId != Id) return Result.NotFound();
        if (Status.ErAvsluttet()) return Result.Fail(SakFeil.SakenErAvsluttet);
        var tatt = kartlegging.Ta(ansvarligId);
        if (!tatt.IsSuccess) return tatt;
        var tekst = ansvarligId == utfortAv ? "Saken er tatt av et medlem av vurderingsteamet" : "Saken er gitt til et medlem av vurderingsteamet";
        LeggTilHendelse(HendelseType.SakTatt, tekst, utfortAv, tidspunkt, intern: true);
        return Result.Ok();
    }

    /// <summary>
    /// The vurderingsmøte's conclusion: "fyller kriteriene" starts the mapping; the other two keep the case
    /// with the team (an innstilling on avslag or a referral follows; or information is asked for).
    /// </summary>
    public Result RegistrerVurderingsmote(
        Kartlegging kartlegging, DateOnly dato, IReadOnlyList<string> tilStede, Vurderingskonklusjon konklusjon, string begrunnelse,
        Guid utfortAv, DateTimeOffset tidspunkt)
    {
        if (kartlegging.SakId != Id) return Result.NotFound();
        if (Status != Saksstatus.TilVurdering) return Result.Fail(KartleggingFeil.IkkeTilVurdering);
        var registrert = kartlegging.RegistrerVurderingsmote(dato, tilStede, konklusjon, begrunnelse, utfortAv, tidspunkt);
        if (!registrert.IsSuccess) return registrert;
        LeggTilHendelse(HendelseType.Vurderingsmote, $"Vurderingsmøte {dato:dd.MM.yyyy}: {konklusjon.Visningsnavn().ToLowerInvariant()}", utfortAv, tidspunkt, intern: false);
        return konklusjon == Vurderingskonklusjon.FyllerKriteriene
            ? EndreStatus(Saksstatus.Kartlegging, utfortAv, tidspunkt, "kriteriene er oppfylt, og behovene kartlegges sammen med innbyggeren")
            : Result.Ok();
    }

    /// <summary>A kartleggingsmøte with the citizen, on the timeline the citizen sees.</summary>
    public Result RegistrerKartleggingsmote(Kartlegging kartlegging, Kartleggingsmote mote, string? korrigering, Guid utfortAv, DateTimeOffset tidspunkt)
    {
        if (kartlegging.SakId != Id) return Result.NotFound();
        if (Status is not (Saksstatus.Kartlegging or Saksstatus.Innstilling)) return Result.Fail(KartleggingFeil.IkkeIKartlegging);
        var registrert = kartlegging.RegistrerKartleggingsmote(mote, korrigering, utfortAv, tidspunkt);
        if (!registrert.IsSuccess) return registrert;
        LeggTilHendelse(HendelseType.Kartleggingsmote, $"Kartleggingsmøte {mote.Dato:dd.MM.yyyy} ({mote.Sted.Visningsnavn().ToLowerInvariant()})", utfortAv, tidspunkt, intern: false);
        return Result.Ok();
    }

    /// <summary>A correction of a registered kartleggingsmøte (<see cref="Kartlegging.EndreKartleggingsmote"/>), noted on the timeline.</summary>
    public Result EndreKartleggingsmote(Kartlegging kartlegging, int nr, Kartleggingsmote mote, string? korrigering, Guid utfortAv, DateTimeOffset tidspunkt)
    {
        if (kartlegging.SakId != Id) return Result.NotFound();
        if (Status is not (Saksstatus.Kartlegging or Saksstatus.Innstilling)) return Result.Fail(KartleggingFeil.IkkeIKartlegging);
        var forrige = nr >= 1 && nr <= kartlegging.Kartleggingsmoter.Count ? kartlegging.Kartleggingsmoter[nr - 1] : null;
        var endret = kartlegging.EndreKartleggingsmote(nr, mote, korrigering, utfortAv, tidspunkt);
        if (!endret.IsSuccess) return endret;
        if (!ReferenceEquals(forrige, kartlegging.Kartleggingsmoter[nr - 1]))
        {
            LeggTilHendelse(HendelseType.Kartleggingsmote, $"Kartleggingsmøte {mote.Dato:dd.MM.yyyy} ({mote.Sted.Visningsnavn().ToLowerInvariant()}) rettet", utfortAv, tidspunkt, intern: false);
        }

        return Result.Ok();
    }

    /// <summary>Finishes the mapping: the aggregate's own content complete, and a finished IPLOS assessment on the case.</summary>
    public Result FerdigstillKartlegging(Kartlegging kartlegging, IplosVurdering? sisteIplos, Guid utfortAv, DateTimeOffset tidspunkt)
    {
        if (kartlegging.SakId != Id || (sisteIplos is not null && sisteIplos.SakId != Id)) return Result.NotFound();
        if (Status != Saksstatus.Kartlegging) return Result.Fail(KartleggingFeil.IkkeIKartlegging);
        var mangler = kartlegging.Mangler().ToList();
        if (sisteIplos?.Ferdig is null) mangler.Add("en ferdig IPLOS-vurdering");
        if (mangler.Count > 0) return Result.Fail(KartleggingFeil.Ufullstendig(mangler));
        var ferdig = kartlegging.Ferdigstill(utfortAv, tidspunkt);
        if (!ferdig.IsSuccess) return ferdig;
        LeggTilHendelse(HendelseType.KartleggingFerdigstilt, "Kartleggingen er ferdigstilt", utfortAv, tidspunkt, intern: false);
        return Result.Ok();
    }

    /// <summary>
    /// The innstilling is written: the case goes to the decision maker (<see cref="Saksstatus.Innstilling"/>).
    /// From <see cref="Saksstatus.TilVurdering"/> only an avslag on a vurderingsmøte that found the criteria not met.
    /// A correction of an innstilling already given keeps the case where it is.
    /// </summary>
    public Result SkrivInnstilling(Kartlegging kartlegging, Innstilling innstilling, string? korrigering, Guid utfortAv, DateTimeOffset tidspunkt)
    {
        if (kartlegging.SakId != Id) return Result.NotFound();
        if (Status is not (Saksstatus.TilVurdering or Saksstatus.Kartlegging or Saksstatus.Innstilling)) return Result.Fail(KartleggingFeil.IkkeIKartlegging);
        if (Status == Saksstatus.TilVurdering && kartlegging.SisteVurdering?.Konklusjon != Vurderingskonklusjon.FyllerIkkeKriteriene)
        {
            return Result.Fail(KartleggingFeil.VurderingsmoteForInnstilling);
        }

        var nyInnstilling = kartlegging.Innstilling is null;
        var skrevet = kartlegging.SkrivInnstilling(innstilling, korrigering, utfortAv, tidspunkt);
        if (!skrevet.IsSuccess) return skrevet;
        if (!nyInnstilling)
        {
            LeggTilHendelse(HendelseType.KartleggingKorrigert, "Innstillingen er korrigert", utfortAv, tidspunkt, intern: true);
            return Result.Ok();
        }

        LeggTilHendelse(HendelseType.InnstillingSkrevet, $"Innstilling skrevet: {innstilling.Utfall.Visningsnavn().ToLowerInvariant()}", utfortAv, tidspunkt, intern: true);
        return EndreStatus(Saksstatus.Innstilling, utfortAv, tidspunkt, "vurderingsteamets innstilling er klar for vedtak");
    }

    /// <summary>A change to a finished mapping, on the staff timeline (the change itself and its reason are kept by the aggregate).</summary>
    public void NoterKorrigering(string del, Guid utfortAv, DateTimeOffset tidspunkt) =>
        LeggTilHendelse(HendelseType.KartleggingKorrigert, $"Kartleggingen er korrigert: {del.ToLowerInvariant()}", utfortAv, tidspunkt, intern: true);

    /// <summary>An IPLOS assessment is finished.</summary>
    public Result NoterIplosVurdering(IplosVurdering vurdering, Guid utfortAv, DateTimeOffset tidspunkt)
    {
        if (vurdering.SakId != Id) return Result.NotFound();
        if (vurdering.Ferdig is null) return Result.Fail(IplosFeil.Mangler([]));
        LeggTilHendelse(HendelseType.IplosVurdert, $"IPLOS-vurdering {vurdering.Dato:dd.MM.yyyy}, neste {vurdering.NesteVurdering:dd.MM.yyyy}", utfortAv, tidspunkt, intern: true);
        return Result.Ok();
    }

    /// <summary>Information is asked for from another service, on the citizen's consent.</summary>
    public Result NoterInnhenting(Innhenting innhenting, Guid utfortAv, DateTimeOffset tidspunkt)
    {
        if (innhenting.SakId != Id) return Result.NotFound();
        if (Status.ErAvsluttet()) return Result.Fail(SakFeil.SakenErAvsluttet);
        LeggTilHendelse(HendelseType.OpplysningerInnhentet, $"Opplysninger bedt om fra {innhenting.Kilde}", utfortAv, tidspunkt, intern: false);
        return Result.Ok();
    }
}
