namespace BoOppfolging.Domain;

/// <summary>Someone who takes part in an individuell plan (the citizen, a service, a relative) and what they contribute.</summary>
public sealed record Plandeltaker(string Navn, string Rolle, string? Bidrag);

/// <summary>An action in an individuell plan: what, its scope, and who is responsible.</summary>
public sealed record Plantiltak(string Beskrivelse, string? Omfang, string Ansvarlig);

/// <summary>
/// The content of an individuell plan as the law lists it (helse- og omsorgstjenesteloven § 7-1; pasient- og
/// brukerrettighetsloven § 2-5): the citizen's goals, resources and needs; who takes part and what each contributes;
/// the actions, their scope and who is responsible; how they are carried out; the cooperation with other services;
/// the plan period and when it is revised; the citizen's consent to the plan (date, how) and to sharing information.
/// The koordinator (§ 7-2) is not here: it is kept once, on the case's flags (<see cref="Saksvarsler.Koordinator"/>).
/// </summary>
public sealed record IndividuellPlanInnhold(
    string Maal,
    string? Ressurser,
    string? Behov,
    IReadOnlyList<Plandeltaker> Deltakere,
    IReadOnlyList<Plantiltak> Tiltak,
    string? Gjennomforing,
    string? Samarbeid,
    DateOnly PeriodeFra,
    DateOnly PeriodeTil,
    DateOnly Revisjonsdato,
    DateOnly SamtykkeDato,
    Samtykkeform Samtykkeform,
    bool SamtykkerTilDeling);

/// <summary>An earlier version of an individuell plan, kept when it was revised: who wrote it, when, and who coordinated then.</summary>
public sealed record Planrevisjon(DateTimeOffset Tidspunkt, Guid Av, string? Koordinator, IndividuellPlanInnhold Innhold);

/// <summary>
/// The citizen's individuell plan, one per case, made with their consent. A revision never overwrites: the version it
/// replaces is kept in <see cref="Revisjoner"/> with who wrote it and when. Whether the citizen has or wants a plan, and
/// its koordinator, stay on <see cref="Saksvarsler"/> (set during mapping); saving a plan sets them there in the same save
/// (<see cref="Saksvarsler.SettIndividuellPlan"/>), so there is one source of truth for both.
/// </summary>
public sealed class IndividuellPlan : IHarVersjon, ISaksdata
{
    public const int MaksTekst = 4000;
    public const int MaksKort = 200;
    public const int MaksRader = 20;

    private IndividuellPlan() { } // for EF Core

    public IndividuellPlan(Guid sakId) => SakId = sakId;

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid SakId { get; private set; }
    public Guid Versjon { get; private set; } = Guid.NewGuid();

    public string Maal { get; private set; } = "";
    public string? Ressurser { get; private set; }
    public string? Behov { get; private set; }
    public IReadOnlyList<Plandeltaker> Deltakere { get; private set; } = [];
    public IReadOnlyList<Plantiltak> Tiltak { get; private set; } = [];
    public string? Gjennomforing { get; private set; }
    public string? Samarbeid { get; private set; }
    public DateOnly PeriodeFra { get; private set; }
    public DateOnly PeriodeTil { get; private set; }
    public DateOnly Revisjonsdato { get; private set; }
    public DateOnly SamtykkeDato { get; private set; }
    public Samtykkeform Samtykkeform { get; private set; }
    public bool SamtykkerTilDeling { get; private set; }

    public Guid? OpprettetAv { get; private set; }
    public DateTimeOffset? Opprettet { get; private set; }
    public Guid? SistEndretAv { get; private set; }
    public DateTimeOffset? SistEndret { get; private set; }

    /// <summary>The earlier versions, oldest first; never removed.</summary>
    public IReadOnlyList<Planrevisjon> Revisjoner { get; private set; } = [];

    string? ISaksdata.Auditnavn => "Individuell plan";

    public void NyVersjon() => Versjon = Guid.NewGuid();

    public IndividuellPlanInnhold? Innhold => Opprettet is null
        ? null
        : new(Maal, Ressurser, Behov, Deltakere, Tiltak, Gjennomforing, Samarbeid, PeriodeFra, PeriodeTil, Revisjonsdato, SamtykkeDato, Samtykkeform, SamtykkerTilDeling);

    /// <summary>Is the revision date passed (the plan should have been revised)?</summary>
    public bool RevisjonForfalt(DateOnly idag) => Opprettet is not null && Revisjonsdato < idag;

    /// <summary>
    /// Writes the plan, or revises it: the version it replaces is kept with <paramref name="koordinatorForrige"/>, the
    /// koordinator while it was in force. A save that changes nothing is refused.
    /// </summary>
    public Result Lagre(IndividuellPlanInnhold innhold, string? koordinatorForrige, DateOnly idag, Guid av, DateTimeOffset tidspunkt)
    {
        ArgumentNullException.ThrowIfNull(innhold);
        var rent = Rens(innhold);
        if (Sjekk(rent, idag) is { } feil) return Result.Fail(feil);
        if (Innhold is { } forrige)
        {
            if (Like(forrige, rent)) return Result.Fail(PlanFeil.IngenEndring);
            Revisjoner = [.. Revisjoner, new Planrevisjon(SistEndret!.Value, SistEndretAv!.Value, koordinatorForrige, forrige)];
        }
        else
        {
            (OpprettetAv, Opprettet) = (av, tidspunkt);
        }

        (Maal, Ressurser, Behov, Deltakere, Tiltak) = (rent.Maal, rent.Ressurser, rent.Behov, rent.Deltakere, rent.Tiltak);
        (Gjennomforing, Samarbeid, PeriodeFra, PeriodeTil, Revisjonsdato) = (rent.Gjennomforing, rent.Samarbeid, rent.PeriodeFra, rent.PeriodeTil, rent.Revisjonsdato);
        (SamtykkeDato, Samtykkeform, SamtykkerTilDeling) = (rent.SamtykkeDato, rent.Samtykkeform, rent.SamtykkerTilDeling);
        (SistEndretAv, SistEndret) = (av, tidspunkt);
        return Result.Ok();
    }

    private static Feil? Sjekk(IndividuellPlanInnhold i, DateOnly idag)
    {
        if (i.Maal.Length == 0) return PlanFeil.MaalMangler;
        if (i.Deltakere.Count == 0) return PlanFeil.DeltakerMangler;
        if (i.Deltakere.Any(d => d.Navn.Length == 0 || d.Rolle.Length == 0)) return PlanFeil.DeltakerUfullstendig;
        if (i.Tiltak.Count == 0) return PlanFeil.TiltakMangler;
        if (i.Tiltak.Any(t => t.Beskrivelse.Length == 0 || t.Ansvarlig.Length == 0)) return PlanFeil.TiltakUfullstendig;
        if (i.Deltakere.Count > MaksRader || i.Tiltak.Count > MaksRader) return PlanFeil.ForMangeRader;
        if (i.PeriodeTil < i.PeriodeFra) return PlanFeil.PeriodeTilForFra;
        if (i.Revisjonsdato < i.PeriodeFra || i.Revisjonsdato > i.PeriodeTil) return PlanFeil.RevisjonUtenforPerioden;
        if (i.SamtykkeDato > idag) return PlanFeil.SamtykkeFramITid;
        if (i.Samtykkeform == Samtykkeform.MineSaker) return PlanFeil.Samtykkeform;
        return null;
    }

    private static IndividuellPlanInnhold Rens(IndividuellPlanInnhold i) => i with
    {
        Maal = i.Maal?.Trim() ?? "",
        Ressurser = Planer.Tom(i.Ressurser),
        Behov = Planer.Tom(i.Behov),
        Deltakere = [.. (i.Deltakere ?? []).Select(d => new Plandeltaker(d.Navn?.Trim() ?? "", d.Rolle?.Trim() ?? "", Planer.Tom(d.Bidrag)))],
        Tiltak = [.. (i.Tiltak ?? []).Select(t => new Plantiltak(t.Beskrivelse?.Trim() ?? "", Planer.Tom(t.Omfang), t.Ansvarlig?.Trim() ?? ""))],
        Gjennomforing = Planer.Tom(i.Gjennomforing),
        Samarbeid = Planer.Tom(i.Samarbeid),
    };

    private static bool Like(IndividuellPlanInnhold a, IndividuellPlanInnhold b) =>
        a with { Deltakere = [], Tiltak = [] } == b with { Deltakere = [], Tiltak = [] }
        && a.Deltakere.SequenceEqual(b.Deltakere) && a.Tiltak.SequenceEqual(b.Tiltak);
}

/// <summary>Someone to call in a crisis.</summary>
public sealed record Krisekontakt(string Navn, string Telefon, string? Rolle);

/// <summary>
/// What to do in a crisis, one per case: the warning signs, what to do, whom to call, and when it was agreed with the
/// citizen. Shown to every staff user on the case at the top of the case page, as the flags are.
/// </summary>
public sealed class Kriseplan : IHarVersjon, ISaksdata
{
    public const int MaksTekst = 4000;
    public const int MaksKontakter = 10;

    private Kriseplan() { } // for EF Core

    public Kriseplan(Guid sakId) => SakId = sakId;

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid SakId { get; private set; }
    public Guid Versjon { get; private set; } = Guid.NewGuid();
    public string Varselsignaler { get; private set; } = "";
    public string Tiltak { get; private set; } = "";
    public IReadOnlyList<Krisekontakt> Kontakter { get; private set; } = [];

    /// <summary>When the plan was gone through and agreed with the citizen; null when not yet.</summary>
    public DateOnly? AvtaltMedInnbygger { get; private set; }

    public Guid? SistEndretAv { get; private set; }
    public DateTimeOffset? SistEndret { get; private set; }

    string? ISaksdata.Auditnavn => "Kriseplan";

    public void NyVersjon() => Versjon = Guid.NewGuid();

    public Result Lagre(
        string varselsignaler, string tiltak, IReadOnlyList<Krisekontakt> kontakter, DateOnly? avtalt, DateOnly idag, Guid av, DateTimeOffset tidspunkt)
    {
        ArgumentNullException.ThrowIfNull(kontakter);
        var rene = kontakter.Select(k => new Krisekontakt(k.Navn?.Trim() ?? "", k.Telefon?.Trim() ?? "", Planer.Tom(k.Rolle))).ToList();
        if (string.IsNullOrWhiteSpace(varselsignaler)) return Result.Fail(PlanFeil.VarselsignalerMangler);
        if (string.IsNullOrWhiteSpace(tiltak)) return Result.Fail(PlanFeil.KrisetiltakMangler);
        if (rene.Count == 0) return Result.Fail(PlanFeil.KrisekontaktMangler);
        if (rene.Count > MaksKontakter) return Result.Fail(PlanFeil.ForMangeRader with { Felt = "Kontakter" });
        if (rene.Any(k => k.Navn.Length == 0 || k.Telefon.Length == 0)) return Result.Fail(PlanFeil.KrisekontaktUfullstendig);
        if (rene.Any(k => !Planer.ErTelefon(k.Telefon))) return Result.Fail(PlanFeil.Telefon);
        if (avtalt > idag) return Result.Fail(PlanFeil.AvtaltFramITid with { Felt = "AvtaltMedInnbygger" });
        (Varselsignaler, Tiltak, Kontakter, AvtaltMedInnbygger) = (varselsignaler.Trim(), tiltak.Trim(), rene, avtalt);
        (SistEndretAv, SistEndret) = (av, tidspunkt);
        return Result.Ok();
    }
}

/// <summary>The citizen's standard duties in a samarbeidsavtale (seed 004: the form of duties that follows the citizen).</summary>
public enum Samarbeidsplikt
{
    BetaleHusleie,
    FolgeHusordensregler,
    SlippeInn,
    GiBeskjed,
    TaVarePaBoligen,
    DeltaISamarbeidsmoter,
}

/// <summary>
/// The cooperation agreement with the citizen, one per case: the date agreed, the duties agreed (the standard list
/// ticked, plus others in free text), what the service undertakes, and when the citizen signed or agreed to it.
/// The citizen sees it in "Mine saker".
/// </summary>
public sealed class Samarbeidsavtale : IHarVersjon, ISaksdata
{
    public const int MaksTekst = 4000;

    private Samarbeidsavtale() { } // for EF Core

    public Samarbeidsavtale(Guid sakId) => SakId = sakId;

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid SakId { get; private set; }
    public Guid Versjon { get; private set; } = Guid.NewGuid();
    public DateOnly AvtaltDato { get; private set; }
    public IReadOnlyList<Samarbeidsplikt> Plikter { get; private set; } = [];
    public string? AndrePlikter { get; private set; }
    public string? TjenestensPlikter { get; private set; }

    /// <summary>When the citizen signed or agreed; null while not yet.</summary>
    public DateOnly? SignertDato { get; private set; }

    public Guid? SistEndretAv { get; private set; }
    public DateTimeOffset? SistEndret { get; private set; }

    string? ISaksdata.Auditnavn => "Samarbeidsavtale";

    public void NyVersjon() => Versjon = Guid.NewGuid();

    public Result Lagre(
        DateOnly avtalt, IReadOnlyList<Samarbeidsplikt> plikter, string? andrePlikter, string? tjenestensPlikter, DateOnly? signert, DateOnly idag,
        Guid av, DateTimeOffset tidspunkt)
    {
        ArgumentNullException.ThrowIfNull(plikter);
        if (avtalt > idag) return Result.Fail(PlanFeil.AvtaltFramITid with { Felt = "AvtaltDato" });
        if (plikter.Count == 0 && string.IsNullOrWhiteSpace(andrePlikter)) return Result.Fail(PlanFeil.PlikterMangler);
        if (signert > idag) return Result.Fail(PlanFeil.SignertFramITid);
        if (signert < avtalt) return Result.Fail(PlanFeil.SignertForAvtalt);
        (AvtaltDato, Plikter, AndrePlikter, TjenestensPlikter, SignertDato) =
            (avtalt, [.. plikter.Distinct().Order()], Planer.Tom(andrePlikter), Planer.Tom(tjenestensPlikter), signert);
        (SistEndretAv, SistEndret) = (av, tidspunkt);
        return Result.Ok();
    }
}

public static class PlanFeil
{
    public static readonly Feil MaalMangler = new("plan_maal", "Skriv innbyggerens mål.", "Maal");
    public static readonly Feil DeltakerMangler = new("plan_deltaker", "Skriv hvem som deltar i planen, med innbyggeren selv.", "Deltakere");
    public static readonly Feil DeltakerUfullstendig = new("plan_deltaker_ufullstendig", "Skriv både navn og rolle for hver som deltar.", "Deltakere");
    public static readonly Feil TiltakMangler = new("plan_tiltak", "Skriv minst ett tiltak med hvem som har ansvaret.", "Tiltak");
    public static readonly Feil TiltakUfullstendig = new("plan_tiltak_ufullstendig", "Skriv både tiltaket og hvem som har ansvaret for hvert tiltak.", "Tiltak");
    public static readonly Feil ForMangeRader = new("plan_rader", $"Planen kan ha høyst {IndividuellPlan.MaksRader} rader her.", "Tiltak");
    public static readonly Feil PeriodeTilForFra = new("plan_periode", "Planperioden må slutte etter at den begynner.", "PeriodeTil");
    public static readonly Feil RevisjonUtenforPerioden = new("plan_revisjon", "Datoen for revisjon må være innenfor planperioden.", "Revisjonsdato");
    public static readonly Feil SamtykkeFramITid = new("plan_samtykke_fram", "Samtykket kan ikke være gitt fram i tid.", "SamtykkeDato");
    public static readonly Feil Samtykkeform = new("plan_samtykkeform", "Velg om samtykket ble gitt muntlig eller skriftlig.", "Samtykkeform");
    public static readonly Feil IngenEndring = new("plan_ingen_endring", "Du har ikke endret noe i planen. Endre det som skal revideres, eller gå tilbake.");
    public static readonly Feil KoordinatorMangler = new("plan_koordinator", "Skriv hvem som er koordinator for planen.", "Koordinator");

    /// <summary>The flags form may not say there is no plan while the case has one.</summary>
    public static readonly Feil PlanFinnes = new(
        "plan_finnes", "Saken har en individuell plan. Velg «Har individuell plan» og skriv koordinatoren.", "IndividuellPlan");

    public static readonly Feil VarselsignalerMangler = new("krise_signaler", "Skriv hvilke varselsignaler dere ser etter.", "Varselsignaler");
    public static readonly Feil KrisetiltakMangler = new("krise_tiltak", "Skriv hva man skal gjøre i en krise.", "Tiltak");
    public static readonly Feil KrisekontaktMangler = new("krise_kontakt", "Skriv minst én som skal ringes, med telefonnummer.", "Kontakter");
    public static readonly Feil KrisekontaktUfullstendig = new("krise_kontakt_ufullstendig", "Skriv både navn og telefonnummer for hver kontakt.", "Kontakter");
    public static readonly Feil Telefon = new("krise_telefon", "Skriv telefonnummeret med sifre, for eksempel 22 00 00 00 eller +47 900 00 000.", "Kontakter");
    public static readonly Feil AvtaltFramITid = new("avtalt_fram", "Datoen kan ikke være fram i tid.");

    public static readonly Feil PlikterMangler = new("avtale_plikter", "Kryss av for minst én plikt, eller skriv hva som er avtalt.", "Plikter");
    public static readonly Feil SignertFramITid = new("avtale_signert_fram", "Datoen for signering kan ikke være fram i tid.", "SignertDato");
    public static readonly Feil SignertForAvtalt = new("avtale_signert_for", "Avtalen kan ikke være signert før den ble inngått.", "SignertDato");
}

public static class Planer
{
    /// <summary>A phone number as typed: digits, spaces, and an optional leading + (3 to 15 digits: 113 counts).</summary>
    public static bool ErTelefon(string telefon)
    {
        ArgumentNullException.ThrowIfNull(telefon);
        var t = telefon.Trim();
        if (t.StartsWith('+')) t = t[1..];
        var sifre = t.Count(char.IsAsciiDigit);
        return t.All(c => char.IsAsciiDigit(c) || c == ' ') && sifre is >= 3 and <= 15;
    }

    public static string Visningsnavn(this Samarbeidsplikt p) => p switch
    {
        Samarbeidsplikt.BetaleHusleie => "Betale husleien innen forfall",
        Samarbeidsplikt.FolgeHusordensregler => "Følge husordensreglene",
        Samarbeidsplikt.SlippeInn => "Slippe tjenesten inn til avtalte tider",
        Samarbeidsplikt.GiBeskjed => "Si fra hvis du ikke kan komme til en avtale",
        Samarbeidsplikt.TaVarePaBoligen => "Ta vare på boligen og inventaret (inventarliste og tilstandsrapport)",
        Samarbeidsplikt.DeltaISamarbeidsmoter => "Delta i samarbeidsmøtene",
        _ => p.ToString(),
    };

    internal static string? Tom(string? tekst) => string.IsNullOrWhiteSpace(tekst) ? null : tekst.Trim();
}
