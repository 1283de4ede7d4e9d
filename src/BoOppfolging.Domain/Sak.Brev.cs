namespace BoOppfolging.Domain;

/// <summary>Letters on the case's timeline.</summary>
public sealed partial class Sak
{
    /// <summary>A letter was sent (or handed over): it goes on the timeline, which the citizen sees.</summary>
    public void RegistrerBrevSendt(Brev brev, Guid? utfortAv, DateTimeOffset tidspunkt)
    {
        var tekst = $"Brev sendt: {brev.Tittel}" + (brev.Forsendelse is { } f ? $" ({f.Visningsnavn().ToLowerInvariant()})" : "");
        LeggTilHendelse(HendelseType.BrevSendt, tekst, utfortAv, tidspunkt, intern: false);
    }
}
