namespace BoOppfolging.Domain;

/// <summary>
/// A case: the case file of one person's way through the service, from the application or referral
/// to its end. <see cref="Sak"/> holds identity, parties, status, deadlines, assignment and the
/// timeline; each phase's content is its own aggregate with a <c>SakId</c> (docs/architecture.md,
/// "The case and its phases"). The methods of each phase live in their own partial file
/// (<c>Sak.Mottak.cs</c>, <c>Sak.Soknad.cs</c>, <c>Sak.Brev.cs</c>). State changes only through intent
/// methods that check the lifecycle rule and write a timeline event; <see cref="EndreStatus"/> is private.
/// </summary>
public sealed partial class Sak : IHarVersjon
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

    /// <summary>For referrals, as the reporter judged it; applications are <see cref="Hastegrad.Normal"/>.</summary>
    public Hastegrad Hastegrad { get; private set; } = Hastegrad.Normal;

    /// <summary>The latest screening (mottakskontroll), or null before the case is screened.</summary>
    public Mottakskontroll? Mottakskontroll { get; private set; }

    /// <summary>
    /// The person wants help and consents. True for an application (applying is both); for a
    /// referral it follows the latest contact with the person (<see cref="RegistrerKontakt"/>).
    /// </summary>
    public bool OnskerHjelpOgSamtykker { get; private set; }

    /// <summary>When the foreløpig svar (forvaltningsloven § 11 a) was sent, if it was.</summary>
    public DateOnly? ForelopigSvarSendt { get; private set; }

    public Henleggelsesgrunn? Henleggelsesgrunn { get; private set; }

    /// <summary>The open case this one was linked to as a duplicate.</summary>
    public Guid? KobletTilSakId { get; private set; }

    public static Sak Opprett(string referanse, Guid personId, Kanal kanal, DateTimeOffset tidspunkt, Guid? opprettetAv)
    {
        // Applying is asking for help; a referral waits for the person's own answer.
        var sak = new Sak(referanse, personId, kanal, tidspunkt) { OnskerHjelpOgSamtykker = kanal == Kanal.Soknad };
        var tekst = kanal == Kanal.Soknad ? "Søknad mottatt" : $"Henvendelse registrert ({kanal.Visningsnavn()})";
        sak.LeggTilHendelse(HendelseType.SakOpprettet, tekst, opprettetAv, tidspunkt, intern: false);
        return sak;
    }


    /// <summary>Before a decision: the case is still with the forvaltningsenhet or being assessed.</summary>
    public bool ErUnderBehandling => Status.ErUnderBehandling();

    /// <summary>The due date has passed without a decision (or a foreløpig svar that moved it).</summary>
    public static bool ErForsinket(Saksstatus status, DateOnly frist, DateOnly idag) =>
        status.ErUnderBehandling() && frist < idag;

    public void NyVersjon() => Versjon = Guid.NewGuid();

    /// <summary>
    /// Moves the case to another state if the lifecycle allows it. Private: every transition is an intent
    /// method (in the phase's partial file) that checks its own preconditions and then calls this.
    /// </summary>
    /// <summary>The refusal of a move the lifecycle does not allow; for intent methods that check before they change an aggregate.</summary>
    private Feil UlovligStatusendring(Saksstatus til) =>
        new("ulovlig_statusendring", $"Saken kan ikke gå fra «{Status.Visningsnavn()}» til «{til.Visningsnavn()}».");

    private Result EndreStatus(Saksstatus til, Guid? utfortAv, DateTimeOffset tidspunkt, string? begrunnelse = null)
    {
        if (!Status.KanGaaTil(til)) return Result.Fail(UlovligStatusendring(til));

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
