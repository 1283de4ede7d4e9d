namespace BoOppfolging.Domain;

/// <summary>Where a case comes from (seed 001): an application or a referral from someone else.</summary>
public enum Kanal
{
    Soknad,
    Innbygger,
    Parorende,
    Nabo,
    Fastlege,
    Spesialisthelsetjenesten,
    Kriminalomsorgen,
    FrivilligOrganisasjon,
    KommunalTjeneste,
    Annet,
}

public static class KanalTekster
{
    public static string Visningsnavn(this Kanal kanal) => kanal switch
    {
        Kanal.Soknad => "Søknad",
        Kanal.Innbygger => "Henvendelse fra innbyggeren selv",
        Kanal.Parorende => "Pårørende",
        Kanal.Nabo => "Nabo",
        Kanal.Fastlege => "Fastlege",
        Kanal.Spesialisthelsetjenesten => "Spesialisthelsetjenesten eller institusjon (utskrivningsklar)",
        Kanal.Kriminalomsorgen => "Kriminalomsorgen (løslatelse)",
        Kanal.FrivilligOrganisasjon => "Frivillig organisasjon",
        Kanal.KommunalTjeneste => "Annen kommunal tjeneste",
        Kanal.Annet => "Annet",
        _ => kanal.ToString(),
    };
}
