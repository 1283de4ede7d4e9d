namespace BoOppfolging.Domain;

/// <summary>
/// A case: one person's way through the service, from the application or referral to its end.
/// State changes only through methods that check the lifecycle rule and write a timeline event.
/// </summary>
public sealed class Sak : IHarVersjon
{
    private readonly List<Hendelse> _hendelser = [];

    private Sak() { } // for EF Core

    private Sak(string referanse, Guid personId, Kanal kanal, DateTimeOffset mottatt)
    {
        Referanse = referanse;
        PersonId = personId;
        Kanal = kanal;
        Mottatt = mottatt;
        Endret = mottatt;
        Frist = Frister.ForelopigSvar(Norsktid.Dato(mottatt));
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>Readable and unique, e.g. BO-2026-000123. Safe to show and to put in URLs.</summary>
    public string Referanse { get; private set; } = "";
    public Guid PersonId { get; private set; }
    public Person? Person { get; private set; }
    public Kanal Kanal { get; private set; }
    public Saksstatus Status { get; private set; } = Saksstatus.Mottatt;
    public DateTimeOffset Mottatt { get; private set; }

    /// <summary>When a decision or a foreløpig svar is due (forvaltningsloven § 11 a).</summary>
    public DateOnly Frist { get; private set; }

    /// <summary>The person who applied on behalf of <see cref="PersonId"/>, as fullmektig; sees the case too.</summary>
    public Guid? FullmektigPersonId { get; private set; }
    public DateTimeOffset Endret { get; private set; }
    public Guid? SaksbehandlerId { get; private set; }
    public Guid? TeamId { get; private set; }
    public Guid? PrimaerkontaktId { get; private set; }
    public Guid? SekundaerkontaktId { get; private set; }
    public Guid Versjon { get; private set; } = Guid.NewGuid();
    public IReadOnlyCollection<Hendelse> Hendelser => _hendelser.AsReadOnly();

    public static Sak Opprett(string referanse, Guid personId, Kanal kanal, DateTimeOffset tidspunkt, Guid? opprettetAv)
    {
        var sak = new Sak(referanse, personId, kanal, tidspunkt);
        var tekst = kanal == Kanal.Soknad ? "Søknad mottatt" : $"Henvendelse registrert ({kanal.Visningsnavn()})";
        sak.LeggTilHendelse(HendelseType.SakOpprettet, tekst, opprettetAv, tidspunkt, intern: false);
        return sak;
    }

    /// <summary>A case started by an application sent in the browser, by the person or their fullmektig.</summary>
    public static Sak OpprettFraSoknad(string referanse, Guid personId, Guid? fullmektigPersonId, DateTimeOffset tidspunkt, Guid innsendtAv)
    {
        var sak = Opprett(referanse, personId, Kanal.Soknad, tidspunkt, innsendtAv);
        sak.FullmektigPersonId = fullmektigPersonId;
        return sak;
    }

    public void NyVersjon() => Versjon = Guid.NewGuid();

    /// <summary>The citizen withdraws the application: possible until a vedtak is made.</summary>
    public Result Trekk(Guid utfortAv, DateTimeOffset tidspunkt)
    {
        if (!Status.KanTrekkes()) return Result.Fail(SoknadFeil.KanIkkeTrekkes);
        return EndreStatus(Saksstatus.Trukket, utfortAv, tidspunkt, "trukket av innbyggeren");
    }

    /// <summary>Moves the case to another state if the lifecycle allows it.</summary>
    public Result EndreStatus(Saksstatus til, Guid? utfortAv, DateTimeOffset tidspunkt, string? begrunnelse = null)
    {
        if (!Status.KanGaaTil(til))
        {
            return Result.Fail(new Feil(
                "ulovlig_statusendring",
                $"Saken kan ikke gå fra «{Status.Visningsnavn()}» til «{til.Visningsnavn()}»."));
        }

        Status = til;
        var tekst = $"Status endret til «{til.Visningsnavn()}»";
        if (!string.IsNullOrWhiteSpace(begrunnelse))
        {
            tekst += $": {begrunnelse}";
        }

        LeggTilHendelse(HendelseType.StatusEndret, tekst, utfortAv, tidspunkt, intern: false);
        return Result.Ok();
    }

    public Result TildelSaksbehandler(Guid saksbehandlerId, Guid? utfortAv, DateTimeOffset tidspunkt)
    {
        if (Status.ErAvsluttet()) return Result.Fail(SakFeil.SakenErAvsluttet);
        SaksbehandlerId = saksbehandlerId;
        LeggTilHendelse(HendelseType.SaksbehandlerTildelt, "Saksbehandler tildelt", utfortAv, tidspunkt, intern: true);
        return Result.Ok();
    }

    public Result TildelTeam(Guid teamId, Guid? utfortAv, DateTimeOffset tidspunkt)
    {
        if (Status.ErAvsluttet()) return Result.Fail(SakFeil.SakenErAvsluttet);
        TeamId = teamId;
        LeggTilHendelse(HendelseType.TeamTildelt, "Team tildelt", utfortAv, tidspunkt, intern: true);
        return Result.Ok();
    }

    public Result TildelKontakter(Guid primaerkontaktId, Guid? sekundaerkontaktId, Guid? utfortAv, DateTimeOffset tidspunkt)
    {
        if (Status.ErAvsluttet()) return Result.Fail(SakFeil.SakenErAvsluttet);
        if (primaerkontaktId == sekundaerkontaktId) return Result.Fail(SakFeil.SammeKontakt);
        (PrimaerkontaktId, SekundaerkontaktId) = (primaerkontaktId, sekundaerkontaktId);
        LeggTilHendelse(HendelseType.BoOppfolgerTildelt, "Primær- og sekundærkontakt tildelt", utfortAv, tidspunkt, intern: false);
        return Result.Ok();
    }

    private void LeggTilHendelse(HendelseType type, string tekst, Guid? utfortAv, DateTimeOffset tidspunkt, bool intern)
    {
        _hendelser.Add(new Hendelse(Id, type, tekst, utfortAv, tidspunkt, intern));
        Endret = tidspunkt;
    }
}

public static class SakFeil
{
    public static readonly Feil SakenErAvsluttet = new("sak_avsluttet", "Saken er avsluttet og kan ikke endres.");
    public static readonly Feil SammeKontakt = new(
        "samme_kontakt", "Primærkontakt og sekundærkontakt må være to forskjellige personer.", "SekundaerkontaktId");
}
