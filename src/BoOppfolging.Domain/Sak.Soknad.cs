namespace BoOppfolging.Domain;

/// <summary>The application (søknad): a case started in the browser, withdrawing it, and its consents.</summary>
public sealed partial class Sak
{
    /// <summary>A case started by an application sent in the browser, by the person or their fullmektig.</summary>
    public static Sak OpprettFraSoknad(string referanse, Guid personId, Guid? fullmektigPersonId, DateTimeOffset tidspunkt, Guid innsendtAv)
    {
        var sak = Opprett(referanse, personId, Kanal.Soknad, tidspunkt, innsendtAv);
        sak.FullmektigPersonId = fullmektigPersonId;
        return sak;
    }

    /// <summary>The citizen withdraws the application: possible until a vedtak is made.</summary>
    public Result Trekk(Guid utfortAv, DateTimeOffset tidspunkt)
    {
        if (!Status.KanTrekkes()) return Result.Fail(SoknadFeil.KanIkkeTrekkes);
        return EndreStatus(Saksstatus.Trukket, utfortAv, tidspunkt, "trukket av innbyggeren");
    }

    /// <summary>
    /// A consent to obtain information is withdrawn: by the citizen in "Mine saker", or recorded by
    /// staff when the citizen says so by phone or letter. The consent is kept with the time it ended,
    /// and the timeline says which source the municipality may no longer ask.
    /// </summary>
    public Result TrekkSamtykke(Samtykke samtykke, Guid utfortAv, DateTimeOffset tidspunkt)
    {
        if (samtykke.SakId != Id) return Result.NotFound();
        var trukket = samtykke.TrekkTilbake(tidspunkt);
        if (!trukket.IsSuccess) return trukket;
        LeggTilHendelse(HendelseType.SamtykkeTrukket,
            samtykke.Formaal == Samtykkeformaal.Parorende
                ? $"Samtykke trukket tilbake: {samtykke.Kilde} deltar ikke lenger i kartleggingen og får ikke opplysninger om saken"
                : $"Samtykke trukket tilbake: kommunen henter ikke lenger inn opplysninger fra {samtykke.Kilde}",
            utfortAv, tidspunkt, intern: false);
        return Result.Ok();
    }

    /// <summary>
    /// A consent given after the application (<see cref="Samtykke.Registrer"/>): registered by staff who heard it
    /// or got it in writing, or given by the citizen in "Mine saker". It cannot be dated ahead of the time it is
    /// registered; the timeline, which the citizen sees, says what it allows.
    /// </summary>
    public Result RegistrerSamtykke(Samtykke samtykke, Guid utfortAv, DateTimeOffset tidspunkt)
    {
        if (samtykke.SakId != Id) return Result.NotFound();
        if (samtykke.Gitt > tidspunkt) return Result.Fail(SamtykkeFeil.FramITid);
        LeggTilHendelse(HendelseType.SamtykkeGitt,
            samtykke.Formaal == Samtykkeformaal.Parorende
                ? $"Samtykke gitt: {samtykke.Kilde} kan delta i kartleggingen og få opplysninger om saken"
                : $"Samtykke gitt: kommunen kan hente inn opplysninger fra {samtykke.Kilde}",
            utfortAv, tidspunkt, intern: false);
        return Result.Ok();
    }
}
