namespace BoOppfolging.Domain;

/// <summary>The six help areas of the service (seed 000), each a fixed code.</summary>
public enum Hjelpeomrade
{
    PraktiskBotrening,
    OkonomiOgNav,
    Lokalmiljo,
    Nettverk,
    Ernaering,
    Koordinering,
}

public static class HjelpeomradeTekster
{
    public static string Visningsnavn(this Hjelpeomrade omrade) => omrade switch
    {
        Hjelpeomrade.PraktiskBotrening => "Praktisk botrening og ivaretakelse av egen bolig",
        Hjelpeomrade.OkonomiOgNav => "Budsjett, økonomi og forpliktelser knyttet til boforholdet, kontakt med NAV",
        Hjelpeomrade.Lokalmiljo => "Fungere i lokalmiljøet, sosial trening, kontakt med tilbud i kommunen",
        Hjelpeomrade.Nettverk => "Nettverksbygging for å forebygge isolasjon",
        Hjelpeomrade.Ernaering => "Ernæring, innkjøp av matvarer, ukeplan, meny og handleliste",
        Hjelpeomrade.Koordinering => "Koordinering av tjenester",
        _ => omrade.ToString(),
    };
}
