using BoOppfolging.Domain;

namespace BoOppfolging.Application.Klage;

/// <summary>What must happen next with a complaint, and by whom, as the complaint's page and the case say it to staff.</summary>
public static class Klagesteg
{
    public static string Neste(Domain.Klage klage, DateOnly idag)
    {
        ArgumentNullException.ThrowIfNull(klage);
        return klage.Status switch
        {
            Klagestatus.Mottatt => "Saksbehandleren vurderer formkravene.",
            Klagestatus.Formkrav when klage.RettingFrist is { } frist && frist >= idag =>
                $"Venter på at klageren retter mangelen innen {frist:dd.MM.yyyy}. Registrer formkravene på nytt når svaret kommer.",
            Klagestatus.Formkrav when klage.RettingFrist is { } frist =>
                $"Fristen for å rette gikk ut {frist:dd.MM.yyyy}. Registrer formkravene på nytt hvis svaret er kommet, ellers avvis klagen.",
            Klagestatus.Formkrav when klage.Formkrav is { KanRettes: true } => "Be klageren rette mangelen innen en kort frist, eller avvis klagen.",
            Klagestatus.Formkrav when klage.Formkrav is not null => "Klagen kan ikke behandles. Saksbehandleren avviser den med brev.",
            Klagestatus.Formkrav => "Saksbehandleren vurderer formkravene.",
            Klagestatus.UnderBehandling when klage.Konklusjon is Klagekonklusjon.Omgjort or Klagekonklusjon.DelvisOmgjort =>
                "Vedtaket omgjøres. Saksbehandleren fullfører det nye vedtaket og sender det til godkjenning; klagen er omgjort når teamleder har godkjent det.",
            Klagestatus.UnderBehandling when klage.Konklusjon == Klagekonklusjon.Opprettholdt =>
                "Vedtaket opprettholdes. Send oversendelsesbrevet til Statsforvalteren og kopien til klageren (under brev).",
            Klagestatus.UnderBehandling => "Saksbehandleren vurderer vedtaket på nytt: omgjør det, eller opprettholder det og sender klagen til Statsforvalteren.",
            Klagestatus.DelvisOmgjort => "Spør klageren om resten av klagen opprettholdes. Gjør den det, skriv vurderingen og send klagen til Statsforvalteren.",
            Klagestatus.OversendtStatsforvalteren => "Venter på Statsforvalterens avgjørelse. Registrer den når den kommer.",
            Klagestatus.Medhold or Klagestatus.DelvisMedhold when klage.NyttVedtakId is null =>
                "Saksbehandleren fatter et nytt vedtak i tråd med Statsforvalterens avgjørelse, og teamleder godkjenner det.",
            Klagestatus.OpphevetOgSendtTilbake when klage.NyttVedtakId is null =>
                "Vedtaket er opphevet. Saken behandles på nytt etter Statsforvalterens instrukser: et avslag går tilbake til vurderingsteamet for ny vurdering og innstilling, og saksbehandleren fatter så nytt vedtak; ellers fatter saksbehandleren nytt vedtak.",
            Klagestatus.Medhold or Klagestatus.DelvisMedhold or Klagestatus.OpphevetOgSendtTilbake => "Nytt vedtak er fattet. Klagesaken er avsluttet.",
            Klagestatus.Omgjort => "Vedtaket er omgjort med nytt vedtak. Klagesaken er avsluttet.",
            Klagestatus.Avvist => "Klagen er avvist. Send avvisningsbrevet hvis det ikke er sendt.",
            Klagestatus.IkkeMedhold or Klagestatus.AvvistAvStatsforvalteren => "Klagesaken er avsluttet. Vedtaket står ved lag.",
            Klagestatus.Trukket => "Klagen er trukket. Er den sendt til Statsforvalteren, gi beskjed dit.",
            _ => "",
        };
    }
}
