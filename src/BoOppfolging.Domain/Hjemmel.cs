namespace BoOppfolging.Domain;

/// <summary>
/// A legal basis a vedtak can rest on, from the configured list (domain.md, phase 2): the citation the
/// letter gives, the complaint rule (body, deadline in weeks, the rule's own citation), the KPR service
/// code if the service is reported, and the dates it may be chosen between. Each vedtak keeps the one it
/// rests on. Entries are data, so a municipality adds one (a new law's numbering, say) from a date
/// without a release; an entry a vedtak rests on is never changed, only closed with <see cref="GyldigTil"/>.
/// </summary>
public sealed class Hjemmel
{
    private Hjemmel() { } // for EF Core

    public Hjemmel(
        string kode, string navn, string sitat, string klageinstans, int klagefristUker, string klageregel, string? kprTjenestekode,
        DateOnly gyldigFra, DateOnly? gyldigTil = null, Guid? id = null)
    {
        Id = id ?? Guid.CreateVersion7();
        Kode = kode;
        Navn = navn;
        Sitat = sitat;
        Klageinstans = klageinstans;
        KlagefristUker = klagefristUker;
        Klageregel = klageregel;
        KprTjenestekode = kprTjenestekode;
        GyldigFra = gyldigFra;
        GyldigTil = gyldigTil;
    }

    public Guid Id { get; private set; }

    /// <summary>A short stable key for the entry ("hol-3-2-6b"), unique.</summary>
    public string Kode { get; private set; } = "";

    /// <summary>What a caseworker chooses by ("Helse- og omsorgstjenesteloven: personlig assistanse").</summary>
    public string Navn { get; private set; } = "";

    /// <summary>The citation as the letter gives it.</summary>
    public string Sitat { get; private set; } = "";

    /// <summary>Who decides a complaint ("Statsforvalteren i Oslo og Viken"); the complaint is sent to the unit that decided.</summary>
    public string Klageinstans { get; private set; } = "";

    public int KlagefristUker { get; private set; }

    /// <summary>The complaint rule's citation ("pasient- og brukerrettighetsloven kapittel 7").</summary>
    public string Klageregel { get; private set; } = "";

    /// <summary>KPR's service code (code list 9151), or null when the service is not reported to KPR.</summary>
    public string? KprTjenestekode { get; private set; }

    public DateOnly GyldigFra { get; private set; }
    public DateOnly? GyldigTil { get; private set; }

    public bool ErGyldig(DateOnly dato) => GyldigFra <= dato && (GyldigTil is not { } til || dato <= til);
}

/// <summary>
/// The complaint deadline (domain.md, "Dates and numbers"): counted in weeks from the day the citizen
/// received the letter, ending on the same weekday; a deadline on a Saturday, Sunday or public holiday
/// (1 and 17 May included) moves to the next working day, and it ends at the end of that day in
/// Norwegian time. A letter sent digitally or handed over is received the day it is sent; one by post a
/// configured number of days later.
/// </summary>
public static class Klagefrist
{
    /// <summary>The day the citizen is taken to have received the letter.</summary>
    public static DateOnly Mottatt(DateOnly sendt, Forsendelse forsendelse, int postgangDager) =>
        forsendelse == Forsendelse.Post ? sendt.AddDays(postgangDager) : sendt;

    /// <summary>The last day to complain: <paramref name="uker"/> weeks after receipt, moved to a working day.</summary>
    public static DateOnly Frist(DateOnly mottatt, int uker) => Helligdager.NesteVirkedagFraOgMed(mottatt.AddDays(7 * uker));

    public static DateOnly Frist(DateOnly sendt, Forsendelse forsendelse, int postgangDager, int uker) =>
        Frist(Mottatt(sendt, forsendelse, postgangDager), uker);

    /// <summary>The moment the deadline runs out: the end of its last day in Norwegian time (the first moment of the next day).</summary>
    public static DateTimeOffset Utlop(DateOnly frist)
    {
        var neste = frist.AddDays(1).ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(neste, Norsktid.Sone.GetUtcOffset(neste));
    }

    /// <summary>Was a complaint made at <paramref name="tidspunkt"/> in time?</summary>
    public static bool ErInnenFristen(DateOnly frist, DateTimeOffset tidspunkt) => tidspunkt < Utlop(frist);
}
