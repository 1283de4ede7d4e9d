namespace BoOppfolging.Domain;

/// <summary>How urgent a referral is, as the reporter describes it.</summary>
public enum Hastegrad
{
    Normal,
    Haster,
}

/// <summary>How a referral reached the unit.</summary>
public enum Mottaksform
{
    Telefon,
    Brev,
    Epost,
    Oppmote,
}

/// <summary>Why a case is closed without a decision (henlagt).</summary>
public enum Henleggelsesgrunn
{
    Trukket,
    IkkeIMaalgruppenOgHenvist,
    FlyttetFraKommunen,
    Dod,
    Duplikat,
    OnskerIkkeHjelp,
    Annet,
}

/// <summary>How the unit got in touch with the person a referral is about.</summary>
public enum Kontaktform
{
    Telefon,
    Hjemmebesok,
    Mote,
    Brev,
    Annet,
}

/// <summary>What came of the contact: the service is voluntary, so the person's answer decides.</summary>
public enum Kontaktresultat
{
    IkkeOppnaadd,
    OnskerHjelp,
    OnskerIkkeHjelp,
    Usikker,
}

public static class MottakTekster
{
    public static string Visningsnavn(this Hastegrad h) => h switch
    {
        Hastegrad.Normal => "Normal",
        Hastegrad.Haster => "Haster",
        _ => h.ToString(),
    };

    public static string Visningsnavn(this Mottaksform m) => m switch
    {
        Mottaksform.Telefon => "Telefon",
        Mottaksform.Brev => "Brev",
        Mottaksform.Epost => "E-post",
        Mottaksform.Oppmote => "Personlig oppmøte",
        _ => m.ToString(),
    };

    public static string Visningsnavn(this Henleggelsesgrunn g) => g switch
    {
        Henleggelsesgrunn.Trukket => "Søknaden er trukket",
        Henleggelsesgrunn.IkkeIMaalgruppenOgHenvist => "Ikke i målgruppen, henvist til annen tjeneste",
        Henleggelsesgrunn.FlyttetFraKommunen => "Flyttet fra kommunen",
        Henleggelsesgrunn.Dod => "Død",
        Henleggelsesgrunn.Duplikat => "Samme behov er allerede under behandling i en annen sak",
        Henleggelsesgrunn.OnskerIkkeHjelp => "Personen ønsker ikke hjelp",
        Henleggelsesgrunn.Annet => "Annet",
        _ => g.ToString(),
    };

    public static string Visningsnavn(this Kontaktform k) => k switch
    {
        Kontaktform.Telefon => "Telefon",
        Kontaktform.Hjemmebesok => "Hjemmebesøk",
        Kontaktform.Mote => "Møte",
        Kontaktform.Brev => "Brev",
        Kontaktform.Annet => "Annet",
        _ => k.ToString(),
    };

    public static string Visningsnavn(this Kontaktresultat r) => r switch
    {
        Kontaktresultat.IkkeOppnaadd => "Fikk ikke kontakt",
        Kontaktresultat.OnskerHjelp => "Ønsker hjelp",
        Kontaktresultat.OnskerIkkeHjelp => "Ønsker ikke hjelp",
        Kontaktresultat.Usikker => "Usikker, vil tenke over det",
        _ => r.ToString(),
    };
}

/// <summary>
/// What a referral said: who reported it, how it came in, what they describe and how urgent it is.
/// A referral is not an application: the case goes on only when the person wants help (<see cref="Kontaktforsok"/>).
/// </summary>
public sealed class Henvendelse : ISaksdata
{
    private Henvendelse() { } // for EF Core

    internal Henvendelse(
        Guid sakId, Mottaksform mottaksform, string melderNavn, string? melderRolle, string? melderTelefon,
        string? melderEpost, string beskrivelse, Hastegrad hastegrad)
    {
        SakId = sakId;
        Mottaksform = mottaksform;
        MelderNavn = melderNavn;
        MelderRolle = melderRolle;
        MelderTelefon = melderTelefon;
        MelderEpost = melderEpost;
        Beskrivelse = beskrivelse;
        Hastegrad = hastegrad;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid SakId { get; private set; }
    public Mottaksform Mottaksform { get; private set; }
    public string MelderNavn { get; private set; } = "";

    /// <summary>The reporter's relation or role, e.g. "datter", "fastlege ved X legekontor".</summary>
    public string? MelderRolle { get; private set; }
    public string? MelderTelefon { get; private set; }
    public string? MelderEpost { get; private set; }
    public string Beskrivelse { get; private set; } = "";
    public Hastegrad Hastegrad { get; private set; }
}

/// <summary>One attempt to reach the person a referral is about, and what they answered.</summary>
public sealed class Kontaktforsok : ISaksdata
{
    string? ISaksdata.Auditnavn => "Kontaktforsøk";


    private Kontaktforsok() { } // for EF Core

    internal Kontaktforsok(Guid sakId, DateOnly dato, Kontaktform form, Kontaktresultat resultat, bool samtykke, string? notat, Guid utfortAv, DateTimeOffset registrert)
    {
        SakId = sakId;
        Dato = dato;
        Form = form;
        Resultat = resultat;
        SamtykkeGitt = samtykke;
        Notat = notat;
        UtfortAv = utfortAv;
        Registrert = registrert;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid SakId { get; private set; }
    public DateOnly Dato { get; private set; }
    public Kontaktform Form { get; private set; }
    public Kontaktresultat Resultat { get; private set; }

    /// <summary>The person agreed that the unit assesses the need and obtains what it needs for that.</summary>
    public bool SamtykkeGitt { get; private set; }
    public string? Notat { get; private set; }
    public Guid UtfortAv { get; private set; }
    public DateTimeOffset Registrert { get; private set; }
}

/// <summary>Missing information asked of the citizen, with the date it is due and when it came.</summary>
public sealed class Opplysningsbehov : ISaksdata
{
    private Opplysningsbehov() { } // for EF Core

    internal Opplysningsbehov(Guid sakId, string beskrivelse, DateOnly frist, Guid bedtAv, DateTimeOffset bedt)
    {
        SakId = sakId;
        Beskrivelse = beskrivelse;
        Frist = frist;
        BedtAv = bedtAv;
        Bedt = bedt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid SakId { get; private set; }
    public string Beskrivelse { get; private set; } = "";
    public DateOnly Frist { get; private set; }
    public Guid BedtAv { get; private set; }
    public DateTimeOffset Bedt { get; private set; }
    public DateTimeOffset? Mottatt { get; private set; }

    internal void MarkerMottatt(DateTimeOffset tidspunkt) => Mottatt = tidspunkt;
}

/// <summary>
/// The screening of a case when it comes in (mottakskontroll): age, target group, duplicates. Kept on
/// the case; the latest screening replaces the one before, and each is on the timeline.
/// </summary>
public sealed class Mottakskontroll
{
    private Mottakskontroll() { } // for EF Core

    internal Mottakskontroll(bool over18, bool iMaalgruppen, bool duplikatSjekket, string? notat, Guid utfortAv, DateTimeOffset tidspunkt)
    {
        Over18 = over18;
        IMaalgruppen = iMaalgruppen;
        DuplikatSjekket = duplikatSjekket;
        Notat = notat;
        UtfortAv = utfortAv;
        Tidspunkt = tidspunkt;
    }

    public bool Over18 { get; private set; }
    public bool IMaalgruppen { get; private set; }
    public bool DuplikatSjekket { get; private set; }
    public string? Notat { get; private set; }
    public Guid UtfortAv { get; private set; }
    public DateTimeOffset Tidspunkt { get; private set; }

    public bool Godkjent => Over18 && IMaalgruppen && DuplikatSjekket;
}

/// <summary>The record of a case referred to another service because it is outside the target group.</summary>
public sealed class Henvisning : ISaksdata
{
    private Henvisning() { } // for EF Core

    internal Henvisning(Guid sakId, string tjeneste, string begrunnelse, Guid utfortAv, DateTimeOffset tidspunkt)
    {
        SakId = sakId;
        Tjeneste = tjeneste;
        Begrunnelse = begrunnelse;
        UtfortAv = utfortAv;
        Tidspunkt = tidspunkt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid SakId { get; private set; }
    public string Tjeneste { get; private set; } = "";
    public string Begrunnelse { get; private set; } = "";
    public Guid UtfortAv { get; private set; }
    public DateTimeOffset Tidspunkt { get; private set; }
}

public static class MottakFeil
{
    public static readonly Feil IkkeIMottak = new("ikke_i_mottak", "Saken er ikke i mottak lenger, så dette kan ikke gjøres nå.");
    public static readonly Feil KontrollIkkeGodkjent = new(
        "kontroll_ikke_godkjent", "Mottakskontrollen må vise at personen er over 18 år, i målgruppen og uten annen åpen sak før saken sendes videre.");
    public static readonly Feil UnderAtten = new("under_18", "Personen er ikke 18 år ennå. Bo-oppfølging er for voksne.", "Over18");
    public static readonly Feil FodselsdatoUkjent = new(
        "fodselsdato_ukjent", "Fødselsdatoen er ikke kjent. Registrer fødselsnummeret før alderen kan kontrolleres.", "Over18");
    public static readonly Feil ManglerOnskeOgSamtykke = new(
        "mangler_samtykke", "Personen må selv ønske hjelp og samtykke før en henvendelse går videre til vurdering. Registrer kontakten med personen først.");
    public static readonly Feil SammeSak = new("samme_sak", "En sak kan ikke kobles til seg selv.", "KobletTilSakId");
    public static readonly Feil AnnenPerson = new("annen_person", "Saken du kobler til gjelder en annen person.", "KobletTilSakId");
    public static readonly Feil AnnenSakAvsluttet = new("annen_sak_avsluttet", "Saken du kobler til er avsluttet. Velg en åpen sak.", "KobletTilSakId");
    public static readonly Feil ForelopigSvarAlleredeSendt = new("forelopig_svar_sendt", "Foreløpig svar er allerede sendt i denne saken.");
    public static readonly Feil OpplysningerAlleredeMottatt = new("opplysninger_mottatt", "Opplysningene er allerede registrert som mottatt.");
}
