namespace BoOppfolging.Domain;

/// <summary>
/// The standard items of the move from an institution or prison to the citizen's own home, in the order of seed 004's
/// routine: the home offered, the viewing, the contract, rent and electricity, furniture, the house rules and the standard
/// duties, the inventory list and condition report, the overlap with the institution place, the boligmøte, and the end of
/// the four weeks' transition period.
/// </summary>
public enum Overgangspunkt
{
    BoligTilbudt,
    Visning,
    KontraktSignert,
    HusleieOgStrom,
    Moblering,
    HusordensreglerOgPlikter,
    InventarOgTilstand,
    OverlappInstitusjon,
    Boligmote,
    FireUkerSlutt,
}

/// <summary>An item ticked as done and later reopened: when it was said to be done, by whom it was ticked, and who reopened it, when and why.</summary>
public sealed record Gjenapning(DateOnly GjortDato, Guid GjortAv, DateTimeOffset GjortRegistrert, DateTimeOffset Tidspunkt, Guid Av, string Arsak);

/// <summary>
/// One item of the transition checklist: its planned date (<see cref="Frist"/>), who is responsible (free text: a staff
/// name or "Boligkontoret", "Institusjonen", "Bruker"), a short note, and when it was done with who ticked it. A reopened
/// item keeps what it said before in <see cref="Gjenapninger"/>; nothing is removed.
/// </summary>
public sealed record Sjekkpunkt(
    Overgangspunkt Punkt, DateOnly Frist, string Ansvarlig, string? Merknad = null, DateOnly? GjortDato = null, Guid? GjortAv = null,
    DateTimeOffset? GjortRegistrert = null)
{
    /// <summary>Earlier "done" marks taken back, oldest first.</summary>
    public IReadOnlyList<Gjenapning> Gjenapninger { get; init; } = [];

    public bool ErGjort => GjortDato is not null;

    /// <summary>Overdue, by the one rule (<see cref="Overgangsregler.ErForfalt"/>).</summary>
    public bool ErForfalt(DateOnly idag) => Overgangsregler.ErForfalt(Frist, GjortDato, idag);
}

/// <summary>
/// The transition checklist of a case that came from an institution or prison (seed 004), one per case: the move-in date,
/// the day the institution place ends (utskrivning or løslatelse, when known), and the standard items with their dates and
/// who is responsible. The four weeks' end date and the overlap with the institution place are computed from the two dates,
/// never stored. Items are ticked done (a date not ahead) and reopened with a reason; a reopened item keeps who ticked it
/// and when. Nothing is deleted.
/// </summary>
public sealed class Overgangsplan : IHarVersjon, ISaksdata
{
    public const int MaksAnsvarlig = 200;
    public const int MaksMerknad = 1000;
    public const int MaksArsak = 1000;

    /// <summary>How far from today the period's dates may lie: a typo (2062 for 2026) is caught, a late plan is not refused.</summary>
    public const int MaksDagerFraIdag = 366;

    private Overgangsplan() { } // for EF Core

    public Overgangsplan(Guid sakId) => SakId = sakId;

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid SakId { get; private set; }
    public Guid Versjon { get; private set; } = Guid.NewGuid();

    /// <summary>The day the citizen moves into the home: the transition period's four weeks count from it.</summary>
    public DateOnly Innflytting { get; private set; }

    /// <summary>The day the institution place ends (utskrivning, løslatelse); null while not known.</summary>
    public DateOnly? InstitusjonSlutt { get; private set; }

    public IReadOnlyList<Sjekkpunkt> Punkter { get; private set; } = [];

    public Guid? OpprettetAv { get; private set; }
    public DateTimeOffset? Opprettet { get; private set; }
    public Guid? SistEndretAv { get; private set; }
    public DateTimeOffset? SistEndret { get; private set; }

    string? ISaksdata.Auditnavn => "Overgangsplan";

    public void NyVersjon() => Versjon = Guid.NewGuid();

    /// <summary>The end of the four weeks' transition period.</summary>
    public DateOnly FireUkerSlutt => Overgangsregler.FireUkerSlutt(Innflytting);

    /// <summary>Days the citizen keeps the institution place after moving in (negative: days between the two, a gap); null when the end is not known.</summary>
    public int? OverlappDager => Overgangsregler.OverlappDager(Innflytting, InstitusjonSlutt);

    public int AntallGjort => Punkter.Count(p => p.ErGjort);

    /// <summary>Makes the checklist from the standard list, with dates suggested from the move-in date (<see cref="Overgangsregler.ForeslattFrist"/>).</summary>
    public Result Opprett(DateOnly innflytting, DateOnly? institusjonSlutt, DateOnly idag, Guid av, DateTimeOffset tidspunkt)
    {
        if (Opprettet is not null) return Result.Fail(OvergangFeil.AlleredeOpprettet);
        if (SjekkDatoer(innflytting, institusjonSlutt, idag) is { } feil) return Result.Fail(feil);
        (Innflytting, InstitusjonSlutt) = (innflytting, institusjonSlutt);
        Punkter = [.. Enum.GetValues<Overgangspunkt>().Select(p => new Sjekkpunkt(p, Overgangsregler.ForeslattFrist(p, innflytting), Overgangsregler.ForeslattAnsvarlig(p)))];
        (OpprettetAv, Opprettet, SistEndretAv, SistEndret) = (av, tidspunkt, av, tidspunkt);
        return Result.Ok();
    }

    /// <summary>
    /// New dates for the period. A moved move-in date moves the dates of the items not yet done by as many days, so they keep
    /// their place relative to it; the items done keep theirs.
    /// </summary>
    public Result EndrePeriode(DateOnly innflytting, DateOnly? institusjonSlutt, DateOnly idag, Guid av, DateTimeOffset tidspunkt)
    {
        if (Opprettet is null) return Result.Fail(OvergangFeil.IkkeOpprettet);
        if (SjekkDatoer(innflytting, institusjonSlutt, idag) is { } feil) return Result.Fail(feil);
        var flytt = innflytting.DayNumber - Innflytting.DayNumber;
        Punkter = [.. Punkter.Select(p => p.ErGjort || flytt == 0 ? p : p with { Frist = p.Frist.AddDays(flytt) })];
        (Innflytting, InstitusjonSlutt) = (innflytting, institusjonSlutt);
        (SistEndretAv, SistEndret) = (av, tidspunkt);
        return Result.Ok();
    }

    /// <summary>An item's date, who is responsible and the note; also on an item done (the note may come after).</summary>
    public Result EndrePunkt(Overgangspunkt punkt, DateOnly frist, string ansvarlig, string? merknad, Guid av, DateTimeOffset tidspunkt)
    {
        if (Finn(punkt) is not { } p) return Result.NotFound();
        if (string.IsNullOrWhiteSpace(ansvarlig)) return Result.Fail(OvergangFeil.AnsvarligMangler);
        if (ansvarlig.Trim().Length > MaksAnsvarlig) return Result.Fail(OvergangFeil.AnsvarligForLang);
        if (merknad?.Trim().Length > MaksMerknad) return Result.Fail(OvergangFeil.MerknadForLang);
        return Bytt(p with { Frist = frist, Ansvarlig = ansvarlig.Trim(), Merknad = string.IsNullOrWhiteSpace(merknad) ? null : merknad.Trim() }, av, tidspunkt);
    }

    /// <summary>Ticks an item done on <paramref name="dato"/> (today or earlier), ticked by <paramref name="av"/>.</summary>
    public Result MarkerGjort(Overgangspunkt punkt, DateOnly dato, DateOnly idag, Guid av, DateTimeOffset tidspunkt)
    {
        if (Finn(punkt) is not { } p) return Result.NotFound();
        if (p.ErGjort) return Result.Fail(OvergangFeil.AlleredeGjort);
        if (dato > idag) return Result.Fail(OvergangFeil.GjortFramITid);
        if (dato < idag.AddDays(-MaksDagerFraIdag)) return Result.Fail(OvergangFeil.GjortForLengeSiden);
        return Bytt(p with { GjortDato = dato, GjortAv = av, GjortRegistrert = tidspunkt }, av, tidspunkt);
    }

    /// <summary>Takes back a "done" with a reason: the earlier mark (the date, who ticked it and when) is kept with who reopened it and why.</summary>
    public Result Gjenapne(Overgangspunkt punkt, string arsak, Guid av, DateTimeOffset tidspunkt)
    {
        if (Finn(punkt) is not { } p) return Result.NotFound();
        if (!p.ErGjort) return Result.Fail(OvergangFeil.IkkeGjort);
        if (string.IsNullOrWhiteSpace(arsak)) return Result.Fail(OvergangFeil.ArsakMangler);
        if (arsak.Trim().Length > MaksArsak) return Result.Fail(OvergangFeil.ArsakForLang);
        var gjenapning = new Gjenapning(p.GjortDato!.Value, p.GjortAv!.Value, p.GjortRegistrert!.Value, tidspunkt, av, arsak.Trim());
        return Bytt(p with { GjortDato = null, GjortAv = null, GjortRegistrert = null, Gjenapninger = [.. p.Gjenapninger, gjenapning] }, av, tidspunkt);
    }

    private Sjekkpunkt? Finn(Overgangspunkt punkt) => Punkter.SingleOrDefault(p => p.Punkt == punkt);

    private Result Bytt(Sjekkpunkt nytt, Guid av, DateTimeOffset tidspunkt)
    {
        Punkter = [.. Punkter.Select(p => p.Punkt == nytt.Punkt ? nytt : p)];
        (SistEndretAv, SistEndret) = (av, tidspunkt);
        return Result.Ok();
    }

    private static Feil? SjekkDatoer(DateOnly innflytting, DateOnly? institusjonSlutt, DateOnly idag)
    {
        static bool Utenfor(DateOnly dato, DateOnly idag) => Math.Abs(dato.DayNumber - idag.DayNumber) > MaksDagerFraIdag;
        if (Utenfor(innflytting, idag)) return OvergangFeil.DatoUtenfor with { Felt = "Innflytting" };
        if (institusjonSlutt is { } slutt && Utenfor(slutt, idag)) return OvergangFeil.DatoUtenfor with { Felt = "InstitusjonSlutt" };
        return null;
    }
}

/// <summary>The transition checklist's rules, each defined once.</summary>
public static class Overgangsregler
{
    /// <summary>Seed 004: the transition period is four weeks.</summary>
    public const int Overgangsdager = 28;

    /// <summary>Seed 004: the overlap with the institution place is usually up to two weeks; more is flagged.</summary>
    public const int VanligOverlappDager = 14;

    /// <summary>Overdue: not done, and its date has passed. On the day itself it is not overdue yet.</summary>
    public static bool ErForfalt(DateOnly frist, DateOnly? gjort, DateOnly idag) => gjort is null && frist < idag;

    /// <summary>
    /// The end of the four weeks, counted from the move-in date (the brief's choice: the seed counts its four weeks from the
    /// offer of the home, a date the unit often learns late, while the move-in date is the one everyone plans by).
    /// </summary>
    public static DateOnly FireUkerSlutt(DateOnly innflytting) => innflytting.AddDays(Overgangsdager);

    /// <summary>Days between the move-in and the end of the institution place: positive is overlap, negative a gap.</summary>
    public static int? OverlappDager(DateOnly innflytting, DateOnly? institusjonSlutt) =>
        institusjonSlutt is { } slutt ? slutt.DayNumber - innflytting.DayNumber : null;

    public static bool ForLangOverlapp(int? overlappDager) => overlappDager > VanligOverlappDager;

    /// <summary>The institution place ends before the move-in: days with neither (the "hull" in the chain the seed warns of).</summary>
    public static bool HarHull(int? overlappDager) => overlappDager < 0;

    /// <summary>
    /// Did the case come from an institution or prison: referred by the specialist health service (utskrivningsklar) or
    /// the correctional service (løslatelse), or the application says the citizen lives in one.
    /// </summary>
    public static bool KomFraInstitusjon(Kanal kanal, Boform? boform) =>
        kanal is Kanal.Spesialisthelsetjenesten or Kanal.Kriminalomsorgen || boform?.HarUtflyttingsdato() == true;

    /// <summary>
    /// Suggested dates, relative to the move-in date (our judgement from seed 004; each can be changed): the home is offered
    /// three weeks before, the boligmøte that plans the move and the viewing two weeks before, the contract and the overlap
    /// agreed a week before, rent and electricity the day before (the rent runs from the contract), furniture and the house
    /// rules and duties gone through by the move-in day (the seed: a home not furnished on moving in is a bad start), the
    /// inventory list and condition report within the first week, and the end of the four weeks.
    /// </summary>
    public static DateOnly ForeslattFrist(Overgangspunkt punkt, DateOnly innflytting) => punkt switch
    {
        Overgangspunkt.BoligTilbudt => innflytting.AddDays(-21),
        Overgangspunkt.Visning => innflytting.AddDays(-14),
        Overgangspunkt.KontraktSignert => innflytting.AddDays(-7),
        Overgangspunkt.HusleieOgStrom => innflytting.AddDays(-1),
        Overgangspunkt.Moblering => innflytting,
        Overgangspunkt.HusordensreglerOgPlikter => innflytting,
        Overgangspunkt.InventarOgTilstand => innflytting.AddDays(7),
        Overgangspunkt.OverlappInstitusjon => innflytting.AddDays(-7),
        Overgangspunkt.Boligmote => innflytting.AddDays(-14),
        Overgangspunkt.FireUkerSlutt => FireUkerSlutt(innflytting),
        _ => innflytting,
    };

    /// <summary>Who usually answers for each item (seed 004: the housing office offers, the institution agrees the overlap, the citizen signs and pays).</summary>
    public static string ForeslattAnsvarlig(Overgangspunkt punkt) => punkt switch
    {
        Overgangspunkt.BoligTilbudt => "Boligkontoret",
        Overgangspunkt.KontraktSignert or Overgangspunkt.HusleieOgStrom => "Bruker",
        Overgangspunkt.OverlappInstitusjon => "Institusjonen",
        _ => "Bo-oppfølger",
    };
}

public static class OvergangFeil
{
    public static readonly Feil AlleredeOpprettet = new("overgang_finnes", "Saken har allerede en overgangsplan.");
    public static readonly Feil IkkeOpprettet = new("overgang_mangler", "Saken har ingen overgangsplan. Opprett den først.");
    public static readonly Feil DatoUtenfor = new("overgang_dato", "Skriv en dato innen ett år fra i dag.");
    public static readonly Feil AnsvarligMangler = new("overgang_ansvarlig", "Skriv hvem som er ansvarlig.", "Ansvarlig");
    public static readonly Feil AnsvarligForLang = new("overgang_ansvarlig_lang", $"Ansvarlig kan ha høyst {Overgangsplan.MaksAnsvarlig} tegn.", "Ansvarlig");
    public static readonly Feil MerknadForLang = new("overgang_merknad_lang", $"Merknaden kan ha høyst {Overgangsplan.MaksMerknad} tegn.", "Merknad");
    public static readonly Feil AlleredeGjort = new("overgang_gjort", "Punktet er allerede markert som gjort.");
    public static readonly Feil GjortFramITid = new("overgang_gjort_fram", "Datoen punktet ble gjort, kan ikke være fram i tid.", "GjortDato");
    public static readonly Feil GjortForLengeSiden = new("overgang_gjort_gammel", "Skriv en dato innen ett år tilbake.", "GjortDato");
    public static readonly Feil IkkeGjort = new("overgang_ikke_gjort", "Punktet er ikke markert som gjort.");
    public static readonly Feil ArsakMangler = new("overgang_arsak", "Skriv hvorfor punktet åpnes igjen.", "Arsak");
    public static readonly Feil ArsakForLang = new("overgang_arsak_lang", $"Årsaken kan ha høyst {Overgangsplan.MaksArsak} tegn.", "Arsak");
}

public static class OvergangTekster
{
    public static string Visningsnavn(this Overgangspunkt p) => p switch
    {
        Overgangspunkt.BoligTilbudt => "Bolig tilbudt",
        Overgangspunkt.Visning => "Visning",
        Overgangspunkt.KontraktSignert => "Kontrakt signert",
        Overgangspunkt.HusleieOgStrom => "Husleie og strøm ordnet",
        Overgangspunkt.Moblering => "Møbler og innbo på plass",
        Overgangspunkt.HusordensreglerOgPlikter => "Husordensregler og standard pliktliste gjennomgått",
        Overgangspunkt.InventarOgTilstand => "Inventarliste og tilstandsrapport gjennomgått og signert",
        Overgangspunkt.OverlappInstitusjon => "Overlapp med institusjonsplassen avtalt",
        Overgangspunkt.Boligmote => "Boligmøte holdt",
        Overgangspunkt.FireUkerSlutt => "Overgangsperioden på fire uker avsluttet",
        _ => p.ToString(),
    };
}
