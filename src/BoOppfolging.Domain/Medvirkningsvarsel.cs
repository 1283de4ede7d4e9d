namespace BoOppfolging.Domain;

/// <summary>How the citizen's participation went after a warning: resumed, no change (the vedtak is to be revised), or something else.</summary>
public enum Medvirkningsutfall
{
    /// <summary>Participation resumed: the follow-up goes on under the vedtak in force.</summary>
    Bedret,

    /// <summary>No change: the vedtak is to be revised by an endrings- or opphørsvedtak.</summary>
    IkkeBedret,

    Annet,
}

/// <summary>
/// A warning to the citizen about lack of participation (seed 000: "Bruker av tjenesten plikter å samarbeide i utforming og
/// gjennomføring av tjenesten. Ved manglende deltakelse kan Bo-oppfølgingstjenesten avslutte tjenesten, og eventuelt vedtak må
/// revurderes."): what happened (the visits missed), a date to answer by, and the letter that says so (a draft until it is
/// registered as sent, <see cref="MarkerSendt"/>); then, later, the follow-up: how it went and a note. Many per case, never
/// deleted. An opphørsvedtak for lack of participation rests on a warning that was sent and did not end as improved
/// (<see cref="GrunnlagForOpphor"/>).
/// </summary>
public sealed class Medvirkningsvarsel : IHarVersjon, ISaksdata
{
    public const int MaksTekst = 4000;

    /// <summary>The deadline the form suggests: two weeks to answer.</summary>
    public const int StandardFristDager = 14;

    /// <summary>The latest deadline that may be set, counted from today.</summary>
    public const int MaksFristDager = 90;

    private Medvirkningsvarsel() { } // for EF Core

    private Medvirkningsvarsel(Guid sakId, string hvaSkjedde, DateOnly frist, Guid av, DateTimeOffset tidspunkt)
    {
        SakId = sakId;
        HvaSkjedde = hvaSkjedde;
        Frist = frist;
        OpprettetAv = av;
        Opprettet = tidspunkt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid SakId { get; private set; }
    public Guid Versjon { get; private set; } = Guid.NewGuid();

    /// <summary>What happened, in the words the letter gives the citizen (the missed visits with their dates).</summary>
    public string HvaSkjedde { get; private set; } = "";

    /// <summary>The date the citizen is asked to get in touch or give their view by.</summary>
    public DateOnly Frist { get; private set; }

    /// <summary>The letter to the citizen (a draft until registered as sent).</summary>
    public Guid? BrevId { get; private set; }

    public Guid OpprettetAv { get; private set; }
    public DateTimeOffset Opprettet { get; private set; }

    /// <summary>The date the letter was sent; null while it is a draft.</summary>
    public DateOnly? Sendt { get; private set; }

    /// <summary>The follow-up: the date it was done (a talk with the citizen, say), how it went and a note.</summary>
    public DateOnly? OppfolgingDato { get; private set; }
    public Medvirkningsutfall? Utfall { get; private set; }
    public string? Oppfolgingsnotat { get; private set; }
    public Guid? OppfolgetAv { get; private set; }
    public DateTimeOffset? Oppfolget { get; private set; }

    string? ISaksdata.Auditnavn => "Varsel om manglende medvirkning";

    public bool ErSendt => Sendt is not null;

    /// <summary>
    /// A warning an opphørsvedtak for lack of participation may rest on: sent, and not followed up as improved (one that did
    /// improve ended that matter). The one rule, for the database too.
    /// </summary>
    public static readonly System.Linq.Expressions.Expression<Func<Medvirkningsvarsel, bool>> GrunnlagForOpphor =
        v => v.Sendt != null && (v.Utfall == null || v.Utfall != Medvirkningsutfall.Bedret);

    public bool ErFulgtOpp => Utfall is not null;

    /// <summary>Sent, not followed up, and the deadline has passed: the case needs a follow-up now.</summary>
    public bool SkalFolgesOpp(DateOnly idag) => ErSendt && !ErFulgtOpp && Frist < idag;

    public void NyVersjon() => Versjon = Guid.NewGuid();

    /// <summary>
    /// A new warning on the case: what happened and a deadline in the future. Refused while an earlier warning of the case has been
    /// sent and not followed up (follow that one up first); an earlier one never sent does not stand in the way.
    /// </summary>
    public static Result<Medvirkningsvarsel> Opprett(
        Guid sakId, string? hvaSkjedde, DateOnly frist, IEnumerable<Medvirkningsvarsel> tidligere, DateOnly idag, Guid av, DateTimeOffset tidspunkt)
    {
        ArgumentNullException.ThrowIfNull(tidligere);
        if (tidligere.Any(v => v.SakId == sakId && v.ErSendt && !v.ErFulgtOpp)) return Result<Medvirkningsvarsel>.Fail(MedvirkningFeil.ApentVarsel);
        if (string.IsNullOrWhiteSpace(hvaSkjedde)) return Result<Medvirkningsvarsel>.Fail(MedvirkningFeil.HvaSkjeddeMangler);
        if (hvaSkjedde.Trim().Length > MaksTekst) return Result<Medvirkningsvarsel>.Fail(MedvirkningFeil.ForLang("HvaSkjedde"));
        if (frist <= idag) return Result<Medvirkningsvarsel>.Fail(MedvirkningFeil.FristPassert);
        if (frist > idag.AddDays(MaksFristDager)) return Result<Medvirkningsvarsel>.Fail(MedvirkningFeil.FristForLangt);
        return new Medvirkningsvarsel(sakId, hvaSkjedde.Trim(), frist, av, tidspunkt);
    }

    public void KnyttBrev(Guid brevId) => BrevId = brevId;

    /// <summary>
    /// The letter was registered as sent on <paramref name="sendt"/>. Refused when the deadline it gives is not after that day: the
    /// citizen would have no time to answer (make a new warning with a new date).
    /// </summary>
    public Result MarkerSendt(DateOnly sendt)
    {
        if (ErSendt) return Result.Fail(MedvirkningFeil.AlleredeSendt);
        if (Frist <= sendt) return Result.Fail(MedvirkningFeil.FristPassertVedSending(Frist));
        Sendt = sendt;
        return Result.Ok();
    }

    /// <summary>
    /// The follow-up after the warning: on a day from the sending until today, how it went, and a note (required unless
    /// participation resumed). Once only: a later change in participation is a new warning.
    /// </summary>
    public Result FolgOpp(DateOnly dato, Medvirkningsutfall? utfall, string? notat, DateOnly idag, Guid av, DateTimeOffset tidspunkt)
    {
        if (!ErSendt) return Result.Fail(MedvirkningFeil.IkkeSendt);
        if (ErFulgtOpp) return Result.Fail(MedvirkningFeil.AlleredeFulgtOpp);
        if (utfall is not { } u || !Enum.IsDefined(u)) return Result.Fail(MedvirkningFeil.UtfallMangler);
        if (dato > idag) return Result.Fail(MedvirkningFeil.DatoFramITid);
        if (dato < Sendt!.Value) return Result.Fail(MedvirkningFeil.DatoForSendt);
        var tekst = string.IsNullOrWhiteSpace(notat) ? null : notat.Trim();
        if (tekst is null && u != Medvirkningsutfall.Bedret) return Result.Fail(MedvirkningFeil.NotatMangler);
        if (tekst?.Length > MaksTekst) return Result.Fail(MedvirkningFeil.ForLang("Notat"));
        (OppfolgingDato, Utfall, Oppfolgingsnotat, OppfolgetAv, Oppfolget) = (dato, u, tekst, av, tidspunkt);
        return Result.Ok();
    }
}

public static class MedvirkningFeil
{
    public static readonly Feil ApentVarsel = new(
        "apent_varsel", "Et varsel som er sendt, er ikke fulgt opp ennå. Følg opp det før du sender et nytt varsel.", "HvaSkjedde");

    public static readonly Feil HvaSkjeddeMangler = new("hva_skjedde_mangler", "Skriv hva som har skjedd.", "HvaSkjedde");
    public static readonly Feil FristPassert = new("frist_passert", "Fristen må være fram i tid.", "Frist");
    public static readonly Feil FristForLangt = new("frist_for_langt", $"Fristen kan være høyst {Medvirkningsvarsel.MaksFristDager} dager fram i tid.", "Frist");
    public static readonly Feil AlleredeSendt = new("varsel_sendt", "Varselet er allerede sendt.");
    public static readonly Feil IkkeSendt = new("varsel_ikke_sendt", "Varselet er ikke sendt ennå. Registrer brevet som sendt før du følger opp.", "Utfall");
    public static readonly Feil AlleredeFulgtOpp = new("varsel_fulgt_opp", "Varselet er allerede fulgt opp.", "Utfall");
    public static readonly Feil UtfallMangler = new("utfall_mangler", "Velg hvordan det har gått.", "Utfall");
    public static readonly Feil DatoFramITid = new("dato_fram_i_tid", "Datoen kan ikke være fram i tid.", "Dato");
    public static readonly Feil DatoForSendt = new("dato_for_sendt", "Oppfølgingen kan ikke være før varselet ble sendt.", "Dato");
    public static readonly Feil NotatMangler = new("notat_mangler", "Skriv hva som kom fram.", "Notat");
    public static readonly Feil BrevUtenVarsel = new("brev_uten_varsel", "Brevet hører ikke til noe varsel om manglende medvirkning.");

    public static Feil ForLang(string felt) => new("for_lang", $"Teksten kan ha høyst {Medvirkningsvarsel.MaksTekst} tegn.", felt);

    public static Feil FristPassertVedSending(DateOnly frist) => new(
        "frist_passert_ved_sending",
        $"Fristen i varselet ({frist:dd.MM.yyyy}) er ikke etter datoen brevet sendes. Lag et nytt varsel med en ny frist.",
        "SendtDato");
}

public static class MedvirkningTekster
{
    public static string Visningsnavn(this Medvirkningsutfall u) => u switch
    {
        Medvirkningsutfall.Bedret => "Bedret: samarbeidet er i gang igjen",
        Medvirkningsutfall.IkkeBedret => "Ikke bedret: vedtaket må vurderes på nytt",
        Medvirkningsutfall.Annet => "Annet",
        _ => u.ToString(),
    };
}
