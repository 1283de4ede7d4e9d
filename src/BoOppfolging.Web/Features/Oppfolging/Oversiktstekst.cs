using BoOppfolging.Application.Oppfolging;

namespace BoOppfolging.Web.Features.Oppfolging;

/// <summary>The overview lists' words on screen, with the numbers from the settings.</summary>
public static class Oversiktstekst
{
    public static string Tittel(Oversiktsliste liste, OppfolgingOptions regler) => liste switch
    {
        Oversiktsliste.Evaluering => "Evaluering nærmer seg",
        Oversiktsliste.UtenKontakt => $"Ingen kontakt på {regler.DagerUtenKontakt} dager",
        Oversiktsliste.ManglendeMedvirkning => "Mulig manglende medvirkning",
        Oversiktsliste.UtenMote => "Ingen samarbeidsmøte på tre måneder",
        Oversiktsliste.Udokumenterte => "Planlagte besøk som ikke er dokumentert",
        _ => liste.ToString(),
    };

    public static string Forklaring(Oversiktsliste liste, OppfolgingOptions regler) => liste switch
    {
        Oversiktsliste.Evaluering =>
            $"Vedtaket skal evalueres innen {OppfolgingsoversiktService.EvalueringVarselDager} dager, eller datoen har passert. Et vedtak skal aldri bare løpe ut.",
        Oversiktsliste.UtenKontakt =>
            $"Ingen gjennomført besøk eller kontakt de siste {regler.DagerUtenKontakt} dagene. Datoen er siste kontakt.",
        Oversiktsliste.ManglendeMedvirkning =>
            $"Minst {regler.IkkeMedvirkningAntall} besøk «ikke truffet» eller «avlyst av bruker» de siste {regler.IkkeMedvirkningDager} dagene. Datoen er det siste.",
        Oversiktsliste.UtenMote => "Ingen samarbeidsmøte siste tre måneder. Datoen er siste møte.",
        Oversiktsliste.Udokumenterte => "Besøk som var planlagt, men ikke er dokumentert etter dagen. Datoen er det eldste.",
        _ => "",
    };

    public static string Datokolonne(Oversiktsliste liste) => liste switch
    {
        Oversiktsliste.Evaluering => "Evalueringsdato",
        Oversiktsliste.UtenKontakt => "Siste kontakt",
        Oversiktsliste.ManglendeMedvirkning => "Siste gang",
        Oversiktsliste.UtenMote => "Siste møte",
        Oversiktsliste.Udokumenterte => "Eldste",
        _ => "Dato",
    };
}
