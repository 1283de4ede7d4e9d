using BoOppfolging.Application.Oppfolging;
using BoOppfolging.Domain;

namespace BoOppfolging.Web.Features.Oppfolging;

/// <summary>The overview lists' words on screen, with the numbers from the settings.</summary>
public static class Oversiktstekst
{
    public static string Tittel(Oversiktsliste liste, OppfolgingOptions regler) => liste switch
    {
        Oversiktsliste.Evaluering => "Evaluering nærmer seg",
        Oversiktsliste.UtenKontakt => $"Ingen kontakt på {regler.DagerUtenKontakt} dager",
        Oversiktsliste.ManglendeMedvirkning => "Mulig manglende medvirkning",
        Oversiktsliste.Timer => "Timer over eller under vedtaket",
        Oversiktsliste.UtenMote => "Ingen samarbeidsmøte på tre måneder",
        Oversiktsliste.Udokumenterte => "Planlagte besøk som ikke er dokumentert",
        _ => liste.ToString(),
    };

    public static string Forklaring(Oversiktsliste liste, OppfolgingOptions regler) => liste switch
    {
        Oversiktsliste.Evaluering =>
            $"Vedtaket skal evalueres innen {OppfolgingsoversiktService.EvalueringVarselDager} dager, eller datoen har passert, eller vedtaksperioden slutter. Etter en evaluering gjelder datoen den satte for neste; konkluderte den med endring eller avslutning, står saken her til det nye vedtaket er fattet. Et vedtak skal aldri bare løpe ut.",
        Oversiktsliste.UtenKontakt =>
            $"Ingen gjennomført besøk eller kontakt de siste {regler.DagerUtenKontakt} dagene. Datoen er siste kontakt.",
        Oversiktsliste.ManglendeMedvirkning =>
            $"Minst {regler.IkkeMedvirkningAntall} besøk «ikke truffet» eller «avlyst av bruker» de siste {regler.IkkeMedvirkningDager} dagene. Datoen er det siste.",
        Oversiktsliste.Timer =>
            $"Levert mer enn innvilget forrige måned eller allerede denne måneden, eller forrige måned minst {regler.UnderforbrukProsent} % under. Størst avvik først.",
        Oversiktsliste.UtenMote => "Ingen samarbeidsmøte siste tre måneder. Datoen er siste møte.",
        Oversiktsliste.Udokumenterte => "Besøk som var planlagt, men ikke er dokumentert etter dagen. Datoen er det eldste.",
        _ => "",
    };

    /// <summary>A warning on the hours in words: "november 2026: levert 3,5 t mer enn innvilget (innvilget 17,14 t, levert 20,64 t)".</summary>
    public static string Timevarsel(Timevarsel varsel) =>
        $"{varsel.Periode.Navn}: " + varsel.Type switch
        {
            Timevarseltype.Over => $"levert {Timeregnskap.Timer(varsel.Minutter)} mer enn innvilget",
            Timevarseltype.LiggerAnTilOver => $"levert og planlagt er {Timeregnskap.Timer(varsel.Minutter)} mer enn innvilget",
            _ => $"levert {Timeregnskap.Timer(varsel.Minutter)} mindre enn innvilget",
        } + $" (innvilget {Timeregnskap.Timer(varsel.Periode.Innvilget)}, levert {Timeregnskap.Timer(varsel.Periode.Levert)})";

    public static string Datokolonne(Oversiktsliste liste) => liste switch
    {
        Oversiktsliste.Evaluering => "Frist",
        Oversiktsliste.UtenKontakt => "Siste kontakt",
        Oversiktsliste.ManglendeMedvirkning => "Siste gang",
        Oversiktsliste.Timer => "Avvik",
        Oversiktsliste.UtenMote => "Siste møte",
        Oversiktsliste.Udokumenterte => "Eldste",
        _ => "Dato",
    };
}
