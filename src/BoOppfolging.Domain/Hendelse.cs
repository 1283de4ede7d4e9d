namespace BoOppfolging.Domain;

public enum HendelseType
{
    SakOpprettet,
    StatusEndret,
    SaksbehandlerTildelt,
    TeamTildelt,
    BoOppfolgerTildelt,
    Notat,
    BrevSendt,
    Mottakskontroll,
    KontaktRegistrert,
    OpplysningerEtterspurt,
    OpplysningerMottatt,
    SakKoblet,
    PersonIdentifisert,
    SamtykkeTrukket,
    SakTatt,
    Vurderingsmote,
    Kartleggingsmote,
    KartleggingFerdigstilt,
    IplosVurdert,
    InnstillingSkrevet,
    KartleggingKorrigert,
    OpplysningerInnhentet,
    SamtykkeGitt,
    VedtakUtarbeidet,
    VedtakSendtTilGodkjenning,
    VedtakTattTilbake,
    VedtakUnderkjent,
    VedtakFattet,
    TjenestenEvaluert,

    /// <summary>A step of a complaint (<see cref="Klage"/>): received, checked, avvist, sent on, decided, withdrawn.</summary>
    Klage,
}

/// <summary>
/// One event on the case's timeline. Made only by <see cref="Sak"/> when something happens to it.
/// <see cref="Intern"/> events are for staff only and are never shown in "Mine saker".
/// </summary>
public sealed class Hendelse : ISaksdata
{
    /// <summary>The timeline is part of the case: the case's own audit entry covers a new event.</summary>
    string? ISaksdata.Auditnavn => null;


    private Hendelse() { } // for EF Core

    internal Hendelse(Guid sakId, HendelseType type, string tekst, Guid? utfortAv, DateTimeOffset tidspunkt, bool intern)
    {
        SakId = sakId;
        Type = type;
        Tekst = tekst;
        UtfortAv = utfortAv;
        Tidspunkt = tidspunkt;
        Intern = intern;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid SakId { get; private set; }
    public HendelseType Type { get; private set; }
    public string Tekst { get; private set; } = "";
    public Guid? UtfortAv { get; private set; }
    public DateTimeOffset Tidspunkt { get; private set; }
    public bool Intern { get; private set; }
}
