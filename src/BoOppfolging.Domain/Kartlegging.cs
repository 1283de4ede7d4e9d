namespace BoOppfolging.Domain;

/// <summary>What the vurderingsteam concluded in a vurderingsmøte.</summary>
public enum Vurderingskonklusjon
{
    FyllerKriteriene,
    FyllerIkkeKriteriene,
    TrengerMerInformasjon,
}

/// <summary>Where a kartleggingsmøte was held.</summary>
public enum Motested
{
    Hjemme,
    Kontor,
    Digitalt,
    Telefon,
}

/// <summary>How much a need weighs against the others.</summary>
public enum Prioritet
{
    Hoy,
    Middels,
    Lav,
}

/// <summary>What the innstilling recommends.</summary>
public enum Innstillingsutfall
{
    Innvilge,
    DelvisInnvilge,
    Avslaa,
}

/// <summary>Hours are granted per week or per month.</summary>
public enum Timeenhet
{
    Uke,
    Maaned,
}

/// <summary>A vurderingsmøte: when, who was there, and what the team concluded, with its reasons.</summary>
public sealed record Vurderingsmote(
    DateOnly Dato, IReadOnlyList<string> TilStede, Vurderingskonklusjon Konklusjon, string Begrunnelse, Guid RegistrertAv, DateTimeOffset Registrert);

/// <summary>Someone other than the citizen who took part in a kartleggingsmøte, with their role ("datter", "NAV-veileder").</summary>
public sealed record Motedeltaker(string Navn, string Rolle, bool ErParorende);

/// <summary>
/// A kartleggingsmøte with the citizen: when, where, who took part, and the citizen's own view in their
/// own words (brukermedvirkning). Pårørende take part only where the citizen has consented.
/// </summary>
public sealed record Kartleggingsmote(
    DateOnly Dato, Motested Sted, bool BrukerenDeltok, IReadOnlyList<Motedeltaker> Andre, string BrukerensSyn, Guid RegistrertAv, DateTimeOffset Registrert);

/// <summary>The need in one help area: the situation now, what help is needed, and its priority.</summary>
public sealed record Omradebehov(Hjelpeomrade Omrade, string SituasjonNaa, string HjelpSomTrengs, Prioritet Prioritet);

/// <summary>
/// One of the citizen's goals, in the citizen's words: its help area, how the citizen and the service will
/// know it is reached, and a target date. Goals carry over to the vedtak and to follow-up.
/// </summary>
public sealed record Maal(Guid Id, string Tekst, Hjelpeomrade Omrade, string HvordanVite, DateOnly Maldato);

/// <summary>
/// The team's recommendation to the decision maker: what the vedtak draft starts from. For innvilge and
/// delvis innvilge: the help areas, hours (quarter hours) per week or month, the period and the evaluation date.
/// </summary>
public sealed record Innstilling(
    Innstillingsutfall Utfall,
    IReadOnlyList<Hjelpeomrade> Omrader,
    int? Kvarter,
    Timeenhet? Enhet,
    DateOnly? Fra,
    DateOnly? Til,
    DateOnly? Evalueringsdato,
    string Begrunnelse,
    Guid SkrevetAv,
    DateTimeOffset Skrevet)
{
    /// <summary>The most hours a week has (7 × 24).</summary>
    public const int MaksTimerPerUke = 168;

    /// <summary>The most hours a month has (31 × 24).</summary>
    public const int MaksTimerPerMaaned = 744;

    public decimal? Timer => Kvarter / 4m;

    public bool GirTimer => Utfall is Innstillingsutfall.Innvilge or Innstillingsutfall.DelvisInnvilge;

    /// <summary>The rules an innstilling must keep, whoever writes it: null when it keeps them.</summary>
    public Feil? Sjekk()
    {
        if (string.IsNullOrWhiteSpace(Begrunnelse)) return KartleggingFeil.BegrunnelseMangler;
        if (!GirTimer) return null;
        if (Omrader.Count == 0) return KartleggingFeil.OmraderMangler;
        if (Kvarter is not > 0 || Enhet is null) return KartleggingFeil.TimerMangler;
        var maks = (Enhet == Timeenhet.Uke ? MaksTimerPerUke : MaksTimerPerMaaned) * 4;
        if (Kvarter > maks) return Enhet == Timeenhet.Uke ? KartleggingFeil.ForMangeTimerPerUke : KartleggingFeil.ForMangeTimerPerMaaned;
        if (Fra is not { } fra) return KartleggingFeil.PeriodeMangler;
        if (Til is { } til && til < fra) return KartleggingFeil.PeriodeBaklengs;
        if (Evalueringsdato is not { } evaluering) return KartleggingFeil.EvalueringsdatoMangler;
        if (evaluering < fra || (Til is { } slutt && evaluering > slutt)) return KartleggingFeil.EvalueringUtenforPerioden;
        return null;
    }
}

/// <summary>A change to a finished mapping: what part, who, when and why, and the part as it was before.</summary>
public sealed class Kartleggingsendring
{
    private Kartleggingsendring() { } // for EF Core

    internal Kartleggingsendring(Guid kartleggingId, string del, string tidligere, string ny, string begrunnelse, Guid endretAv, DateTimeOffset tidspunkt)
    {
        KartleggingId = kartleggingId;
        Del = del;
        Tidligere = tidligere;
        Ny = ny;
        Begrunnelse = begrunnelse;
        EndretAv = endretAv;
        Tidspunkt = tidspunkt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid KartleggingId { get; private set; }

    /// <summary>The part changed, as shown on screen ("Behov", "Mål", "Kartleggingsmøte", "Innstilling").</summary>
    public string Del { get; private set; } = "";

    /// <summary>The part before the change, as plain text (one line per item), so it reads the same years later.</summary>
    public string Tidligere { get; private set; } = "";

    public string Ny { get; private set; } = "";
    public string Begrunnelse { get; private set; } = "";
    public Guid EndretAv { get; private set; }
    public DateTimeOffset Tidspunkt { get; private set; }
}

/// <summary>
/// The vurderingsteam's work on a case (phase 1, second half): who on the team has it, the vurderingsmøter,
/// the kartleggingsmøter with the citizen, the needs per help area, the citizen's goals, and the
/// innstilling. One per case, with its own version, so the team's work never conflicts with a letter
/// or the intake. The case's status moves only through <see cref="Sak"/>'s intent methods
/// (<c>Sak.Kartlegging.cs</c>), which read this. Once the mapping is finished, a change needs a reason
/// and keeps the part as it was (<see cref="Endringer"/>): a finished mapping is never edited silently.
/// IPLOS assessments, the citizen's preparation, the case's flags and requests to other services are
/// aggregates of their own.
/// </summary>
public sealed class Kartlegging : IHarVersjon, ISaksdata
{
    /// <summary>The longest free text a field takes (a reason, the citizen's view, a situation).</summary>
    public const int MaksTekst = 4000;

    /// <summary>The longest short text (a goal, a name, a role).</summary>
    public const int MaksKortTekst = 500;

    private readonly List<Vurderingsmote> _vurderingsmoter = [];
    private readonly List<Kartleggingsmote> _kartleggingsmoter = [];
    private readonly List<Omradebehov> _behov = [];
    private readonly List<Maal> _maal = [];
    private readonly List<Kartleggingsendring> _endringer = [];

    private Kartlegging() { } // for EF Core

    public Kartlegging(Guid sakId) => SakId = sakId;

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid SakId { get; private set; }
    public Guid Versjon { get; private set; } = Guid.NewGuid();

    /// <summary>The team member who has taken the case (or was given it by the team leader).</summary>
    public Guid? AnsvarligId { get; private set; }

    public IReadOnlyList<Vurderingsmote> Vurderingsmoter => _vurderingsmoter.AsReadOnly();
    public IReadOnlyList<Kartleggingsmote> Kartleggingsmoter => _kartleggingsmoter.AsReadOnly();
    public IReadOnlyList<Omradebehov> Behov => _behov.AsReadOnly();
    public IReadOnlyList<Maal> Maal => _maal.AsReadOnly();
    public Innstilling? Innstilling { get; private set; }

    /// <summary>When the mapping was finished: from then on every change needs a reason and is kept.</summary>
    public DateTimeOffset? Ferdigstilt { get; private set; }

    public Guid? FerdigstiltAv { get; private set; }
    public IReadOnlyList<Kartleggingsendring> Endringer => _endringer.AsReadOnly();

    public Vurderingsmote? SisteVurdering => _vurderingsmoter.Count == 0 ? null : _vurderingsmoter[^1];

    public void NyVersjon() => Versjon = Guid.NewGuid();

    /// <summary>A team member takes the case, or the team leader gives it to one.</summary>
    public Result Ta(Guid ansvarligId)
    {
        if (AnsvarligId == ansvarligId) return Result.Fail(KartleggingFeil.HarAlleredeSaken);
        AnsvarligId = ansvarligId;
        return Result.Ok();
    }

    public Result RegistrerVurderingsmote(
        DateOnly dato, IReadOnlyList<string> tilStede, Vurderingskonklusjon konklusjon, string begrunnelse, Guid av, DateTimeOffset tidspunkt)
    {
        if (tilStede.Count == 0 || tilStede.Any(string.IsNullOrWhiteSpace)) return Result.Fail(KartleggingFeil.TilStedeMangler);
        if (string.IsNullOrWhiteSpace(begrunnelse)) return Result.Fail(KartleggingFeil.BegrunnelseMangler);
        if (dato > Norsktid.Dato(tidspunkt)) return Result.Fail(KartleggingFeil.MoteIFremtiden);
        _vurderingsmoter.Add(new Vurderingsmote(dato, [.. tilStede.Select(t => t.Trim())], konklusjon, begrunnelse.Trim(), av, tidspunkt));
        return Result.Ok();
    }

    public Result RegistrerKartleggingsmote(Kartleggingsmote mote, string? korrigering, Guid av, DateTimeOffset tidspunkt)
    {
        if (Sjekk(mote, tidspunkt) is { } feil) return feil;
        return Endre("Kartleggingsmøter", korrigering, av, tidspunkt, () => _kartleggingsmoter.Add(mote with { RegistrertAv = av, Registrert = tidspunkt }), () => Tekst(_kartleggingsmoter));
    }

    /// <summary>
    /// Corrects meeting number <paramref name="nr"/> (1 is the first registered): a date, a participant or the citizen's
    /// words set down wrong. It keeps who registered it and when; once the mapping is finished, only with a reason, and
    /// the meetings as they were are kept. Saving it unchanged changes nothing.
    /// </summary>
    public Result EndreKartleggingsmote(int nr, Kartleggingsmote mote, string? korrigering, Guid av, DateTimeOffset tidspunkt)
    {
        if (nr < 1 || nr > _kartleggingsmoter.Count) return Result.NotFound();
        if (Sjekk(mote, tidspunkt) is { } feil) return feil;
        var forrige = _kartleggingsmoter[nr - 1];
        var ny = mote with { RegistrertAv = forrige.RegistrertAv, Registrert = forrige.Registrert };
        if (ny with { Andre = forrige.Andre } == forrige && ny.Andre.SequenceEqual(forrige.Andre)) return Result.Ok();
        return Endre("Kartleggingsmøter", korrigering, av, tidspunkt, () => _kartleggingsmoter[nr - 1] = ny, () => Tekst(_kartleggingsmoter));
    }

    private static Result? Sjekk(Kartleggingsmote mote, DateTimeOffset tidspunkt)
    {
        if (mote.Dato > Norsktid.Dato(tidspunkt)) return Result.Fail(KartleggingFeil.MoteIFremtiden);
        if (!mote.BrukerenDeltok && mote.Andre.Count == 0) return Result.Fail(KartleggingFeil.IngenDeltakere);
        if (string.IsNullOrWhiteSpace(mote.BrukerensSyn)) return Result.Fail(KartleggingFeil.BrukerensSynMangler);
        return null;
    }

    /// <summary>Sets the needs, one per help area (the areas not listed have none).</summary>
    public Result LagreBehov(IReadOnlyList<Omradebehov> behov, string? korrigering, Guid av, DateTimeOffset tidspunkt)
    {
        if (behov.GroupBy(b => b.Omrade).Any(g => g.Count() > 1)) return Result.Fail(KartleggingFeil.OmradeToGanger);
        if (behov.Any(b => string.IsNullOrWhiteSpace(b.SituasjonNaa) || string.IsNullOrWhiteSpace(b.HjelpSomTrengs)))
        {
            return Result.Fail(KartleggingFeil.BehovUfullstendig);
        }

        var sortert = behov.OrderBy(b => b.Omrade).ToList();
        if (sortert.SequenceEqual(_behov)) return Result.Ok();
        return Endre("Behov", korrigering, av, tidspunkt, () =>
        {
            _behov.Clear();
            _behov.AddRange(sortert);
        }, () => Tekst(_behov));
    }

    public Result LagreMaal(Maal maal, string? korrigering, Guid av, DateTimeOffset tidspunkt)
    {
        if (string.IsNullOrWhiteSpace(maal.Tekst) || string.IsNullOrWhiteSpace(maal.HvordanVite)) return Result.Fail(KartleggingFeil.MaalUfullstendig);
        var i = _maal.FindIndex(m => m.Id == maal.Id);
        if (i >= 0 && _maal[i] == maal) return Result.Ok();
        return Endre("Mål", korrigering, av, tidspunkt, () =>
        {
            if (i >= 0) _maal[i] = maal;
            else _maal.Add(maal);
        }, () => Tekst(_maal));
    }

    public Result FjernMaal(Guid maalId, string? korrigering, Guid av, DateTimeOffset tidspunkt)
    {
        var i = _maal.FindIndex(m => m.Id == maalId);
        if (i < 0) return Result.NotFound();
        return Endre("Mål", korrigering, av, tidspunkt, () => _maal.RemoveAt(i), () => Tekst(_maal));
    }

    /// <summary>
    /// What is still missing before the mapping can be finished, in the words shown on screen; empty when
    /// nothing is. The IPLOS assessment is checked by the case's transition (its own aggregate).
    /// </summary>
    public IReadOnlyList<string> Mangler()
    {
        var mangler = new List<string>();
        if (_kartleggingsmoter.Count == 0) mangler.Add("et kartleggingsmøte med innbyggeren");
        if (_behov.Count == 0) mangler.Add("behov i minst ett hjelpeområde");
        if (_maal.Count == 0) mangler.Add("minst ett mål i innbyggerens egne ord");
        return mangler;
    }

    public Result Ferdigstill(Guid av, DateTimeOffset tidspunkt)
    {
        if (Ferdigstilt is not null) return Result.Fail(KartleggingFeil.AlleredeFerdig);
        var mangler = Mangler();
        if (mangler.Count > 0) return Result.Fail(KartleggingFeil.Ufullstendig(mangler));
        (Ferdigstilt, FerdigstiltAv) = (tidspunkt, av);
        return Result.Ok();
    }

    /// <summary>The innstilling: after a finished mapping, or (avslag) straight after a vurderingsmøte that found the criteria not met.</summary>
    public Result SkrivInnstilling(Innstilling innstilling, string? korrigering, Guid av, DateTimeOffset tidspunkt)
    {
        if (innstilling.Sjekk() is { } feil) return Result.Fail(feil);
        var utenKartlegging = SisteVurdering?.Konklusjon == Vurderingskonklusjon.FyllerIkkeKriteriene && Ferdigstilt is null;
        if (utenKartlegging && innstilling.Utfall != Innstillingsutfall.Avslaa) return Result.Fail(KartleggingFeil.BareAvslagUtenKartlegging);
        if (!utenKartlegging && Ferdigstilt is null) return Result.Fail(KartleggingFeil.KartleggingIkkeFerdig);
        var ny = innstilling with { SkrevetAv = av, Skrevet = tidspunkt };
        var tidligere = Innstilling;
        if (tidligere is null)
        {
            Innstilling = ny;
            return Result.Ok();
        }

        if (string.IsNullOrWhiteSpace(korrigering)) return Result.Fail(KartleggingFeil.KorrigeringUtenBegrunnelse);
        _endringer.Add(new Kartleggingsendring(Id, "Innstilling", Tekst(tidligere), Tekst(ny), korrigering.Trim(), av, tidspunkt));
        Innstilling = ny;
        return Result.Ok();
    }

    /// <summary>
    /// Makes a change; once the mapping is finished, only with a reason, keeping the part as it was and as
    /// it became. <paramref name="tekst"/> gives the part as text, read before and after the change.
    /// </summary>
    private Result Endre(string del, string? korrigering, Guid av, DateTimeOffset tidspunkt, Action endring, Func<string> tekst)
    {
        if (Ferdigstilt is null)
        {
            endring();
            return Result.Ok();
        }

        if (string.IsNullOrWhiteSpace(korrigering)) return Result.Fail(KartleggingFeil.KorrigeringUtenBegrunnelse);
        var tidligere = tekst();
        endring();
        _endringer.Add(new Kartleggingsendring(Id, del, tidligere, tekst(), korrigering.Trim(), av, tidspunkt));
        return Result.Ok();
    }

    private static string Tekst(IEnumerable<Omradebehov> behov) =>
        string.Join("\n", behov.Select(b => $"{b.Omrade.Visningsnavn()}: {b.SituasjonNaa} – Hjelp som trengs: {b.HjelpSomTrengs} (prioritet {b.Prioritet.Visningsnavn()})"));

    private static string Tekst(IEnumerable<Maal> maal) =>
        string.Join("\n", maal.Select(m => $"{m.Tekst} ({m.Omrade.Visningsnavn()}; nådd når: {m.HvordanVite}; innen {m.Maldato:dd.MM.yyyy})"));

    private static string Tekst(IEnumerable<Kartleggingsmote> moter) =>
        string.Join("\n", moter.Select(m => $"{m.Dato:dd.MM.yyyy}, {m.Sted.Visningsnavn()}, innbyggeren deltok: {(m.BrukerenDeltok ? "ja" : "nei")}" +
            (m.Andre.Count > 0 ? $", andre: {string.Join(", ", m.Andre.Select(a => $"{a.Navn} ({a.Rolle}{(a.ErParorende ? ", pårørende" : "")})"))}" : "") +
            $": {m.BrukerensSyn}"));

    private static string Tekst(Innstilling i) =>
        $"{i.Utfall.Visningsnavn()}" +
        (i.GirTimer ? $", {i.Timer:0.##} timer per {i.Enhet?.Visningsnavn()}, {string.Join(", ", i.Omrader.Select(o => o.Visningsnavn()))}, fra {i.Fra:dd.MM.yyyy}" +
            (i.Til is { } til ? $" til {til:dd.MM.yyyy}" : "") + $", evaluering {i.Evalueringsdato:dd.MM.yyyy}" : "") +
        $". Begrunnelse: {i.Begrunnelse}";
}

public static class KartleggingFeil
{
    public static readonly Feil HarAlleredeSaken = new("har_saken", "Saken er allerede din.");
    public static readonly Feil TilStedeMangler = new("til_stede_mangler", "Skriv hvem som var til stede.", "TilStede");
    public static readonly Feil BegrunnelseMangler = new("begrunnelse_mangler", "Skriv begrunnelsen.", "Begrunnelse");
    public static readonly Feil MoteIFremtiden = new("mote_i_fremtiden", "Møtet kan ikke ha en dato fram i tid.", "Dato");
    public static readonly Feil IngenDeltakere = new("ingen_deltakere", "Skriv hvem som deltok i møtet.", "BrukerenDeltok");
    public static readonly Feil BrukerensSynMangler = new("brukerens_syn_mangler", "Skriv innbyggerens eget syn, med innbyggerens egne ord.", "BrukerensSyn");
    public static readonly Feil OmradeToGanger = new("omrade_to_ganger", "Hvert hjelpeområde kan bare ha ett behov.", "Behov");
    public static readonly Feil BehovUfullstendig = new("behov_ufullstendig", "Skriv både situasjonen nå og hjelpen som trengs for hvert valgt hjelpeområde.", "Behov");
    public static readonly Feil MaalUfullstendig = new("maal_ufullstendig", "Skriv målet og hvordan dere vil vite at det er nådd.", "Tekst");
    public static readonly Feil AlleredeFerdig = new("allerede_ferdig", "Kartleggingen er allerede ferdigstilt.");
    public static readonly Feil KartleggingIkkeFerdig = new("kartlegging_ikke_ferdig", "Ferdigstill kartleggingen før innstillingen skrives.");
    public static readonly Feil BareAvslagUtenKartlegging = new(
        "bare_avslag", "Når kriteriene ikke er oppfylt, kan innstillingen bare anbefale avslag. Saken kan også henvises til en annen tjeneste.", "Utfall");
    public static readonly Feil KorrigeringUtenBegrunnelse = new(
        "korrigering_uten_begrunnelse", "Kartleggingen er ferdigstilt. Skriv hvorfor du endrer den; den tidligere versjonen blir tatt vare på.", "Korrigering");
    public static readonly Feil OmraderMangler = new("omrader_mangler", "Velg minst ett hjelpeområde.", "Omrader");
    public static readonly Feil TimerMangler = new("timer_mangler", "Skriv antall timer og velg per uke eller per måned.", "Timer");
    public static readonly Feil ForMangeTimerPerUke = new("for_mange_timer_uke", "En uke har høyst 168 timer.", "Timer");
    public static readonly Feil ForMangeTimerPerMaaned = new("for_mange_timer_maaned", "En måned har høyst 744 timer.", "Timer");
    public static readonly Feil PeriodeMangler = new("periode_mangler", "Skriv når perioden starter.", "Fra");
    public static readonly Feil PeriodeBaklengs = new("periode_baklengs", "Perioden kan ikke slutte før den starter.", "Til");
    public static readonly Feil EvalueringsdatoMangler = new("evalueringsdato_mangler", "Skriv når tjenesten skal evalueres.", "Evalueringsdato");
    public static readonly Feil EvalueringUtenforPerioden = new("evaluering_utenfor", "Evalueringsdatoen må være innenfor perioden.", "Evalueringsdato");
    public static readonly Feil IkkeTilVurdering = new("ikke_til_vurdering", "Saken er ikke til vurdering.");
    public static readonly Feil IkkeIKartlegging = new("ikke_i_kartlegging", "Saken er ikke under kartlegging.");
    public static readonly Feil VurderingsmoteForInnstilling = new(
        "vurderingsmote_for_innstilling", "Registrer vurderingsmøtet først. Uten kartlegging kan innstillingen bare gis når kriteriene ikke er oppfylt.");

    public static Feil Ufullstendig(IReadOnlyList<string> mangler) =>
        new("kartlegging_ufullstendig", $"Kartleggingen mangler {string.Join(", ", mangler)}.");
}

public static class KartleggingTekster
{
    public static string Visningsnavn(this Vurderingskonklusjon k) => k switch
    {
        Vurderingskonklusjon.FyllerKriteriene => "Fyller kriteriene",
        Vurderingskonklusjon.FyllerIkkeKriteriene => "Fyller ikke kriteriene",
        Vurderingskonklusjon.TrengerMerInformasjon => "Trenger mer informasjon",
        _ => k.ToString(),
    };

    public static string Visningsnavn(this Motested m) => m switch
    {
        Motested.Hjemme => "Hjemme hos innbyggeren",
        Motested.Kontor => "På kontoret",
        Motested.Digitalt => "Digitalt",
        Motested.Telefon => "På telefon",
        _ => m.ToString(),
    };

    public static string Visningsnavn(this Prioritet p) => p switch
    {
        Prioritet.Hoy => "høy",
        Prioritet.Middels => "middels",
        Prioritet.Lav => "lav",
        _ => p.ToString(),
    };

    public static string Visningsnavn(this Innstillingsutfall u) => u switch
    {
        Innstillingsutfall.Innvilge => "Innvilge",
        Innstillingsutfall.DelvisInnvilge => "Delvis innvilge",
        Innstillingsutfall.Avslaa => "Avslå",
        _ => u.ToString(),
    };

    public static string Visningsnavn(this Timeenhet e) => e switch
    {
        Timeenhet.Uke => "uke",
        Timeenhet.Maaned => "måned",
        _ => e.ToString(),
    };
}
