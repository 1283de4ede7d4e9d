namespace BoOppfolging.Domain;

/// <summary>Where a goal of the mapping stands. A goal without a <see cref="Maalstatus"/> row has not been started.</summary>
public enum Maalstatusverdi
{
    IkkeStartet,
    Pagar,
    Nadd,
    Avbrutt,
}

/// <summary>One change of a goal's status: to what, why (required when stopped), who and when. Never removed.</summary>
public sealed record Maalstatusendring(Maalstatusverdi Status, string? Arsak, Guid Av, DateTimeOffset Tidspunkt);

/// <summary>
/// The status of one of the citizen's goals (<see cref="Maal"/>, from the mapping, carried into the vedtak): its own small
/// aggregate, one per goal and case, made by the first change. Every change is kept in <see cref="Historikk"/>; a stopped
/// goal (<see cref="Maalstatusverdi.Avbrutt"/>) says why.
/// </summary>
public sealed class Maalstatus : IHarVersjon, ISaksdata
{
    public const int MaksArsak = 1000;

    private Maalstatus() { } // for EF Core

    public Maalstatus(Guid sakId, Guid maalId)
    {
        SakId = sakId;
        MaalId = maalId;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid SakId { get; private set; }

    /// <summary>The goal's id in the mapping (<see cref="Maal.Id"/>), the one the visits' progress notes carry.</summary>
    public Guid MaalId { get; private set; }

    public Guid Versjon { get; private set; } = Guid.NewGuid();
    public Maalstatusverdi Status { get; private set; } = Maalstatusverdi.IkkeStartet;
    public Guid? SistEndretAv { get; private set; }
    public DateTimeOffset? SistEndret { get; private set; }

    /// <summary>Every change, oldest first.</summary>
    public IReadOnlyList<Maalstatusendring> Historikk { get; private set; } = [];

    string? ISaksdata.Auditnavn => "Målstatus";

    public void NyVersjon() => Versjon = Guid.NewGuid();

    /// <summary>Sets the status; a stopped goal needs a reason, and setting the status it has already is refused.</summary>
    public Result Sett(Maalstatusverdi status, string? arsak, Guid av, DateTimeOffset tidspunkt)
    {
        if (!Enum.IsDefined(status)) return Result.Fail(MaalstatusFeil.UkjentStatus);
        var tekst = string.IsNullOrWhiteSpace(arsak) ? null : arsak.Trim();
        if (status == Maalstatusverdi.Avbrutt && tekst is null) return Result.Fail(MaalstatusFeil.ArsakMangler);
        if (tekst is { Length: > MaksArsak }) return Result.Fail(MaalstatusFeil.ArsakForLang);
        if (status == Status) return Result.Fail(MaalstatusFeil.IngenEndring);
        Status = status;
        Historikk = [.. Historikk, new Maalstatusendring(status, tekst, av, tidspunkt)];
        (SistEndretAv, SistEndret) = (av, tidspunkt);
        return Result.Ok();
    }
}

/// <summary>What happened to a goal: a status change, or a progress note from a registered visit.</summary>
public enum Maalhendelsestype
{
    Status,
    Fremdrift,
}

/// <summary>
/// One entry in a goal's timeline. <see cref="Dato"/> is the day it is about (the visit's day, or the day the status was
/// set); <see cref="Registrert"/> orders entries of the same day. <see cref="BesokId"/> is set for a progress note.
/// </summary>
public sealed record Maalhendelse(
    Maalhendelsestype Type, DateOnly Dato, DateTimeOffset Registrert, Maalstatusverdi? Status, string? Tekst, Guid Av, Guid? BesokId);

/// <summary>A goal's current status and its timeline, newest first.</summary>
public sealed record Maalforlop(Maalstatusverdi Status, IReadOnlyList<Maalhendelse> Tidslinje);

public static class Maalforlopsregler
{
    /// <summary>
    /// The goal's current status (no row: not started) and its timeline: the status changes and the progress notes on this
    /// goal from registered visits (a planned visit has none; a corrected visit gives its current note, not the replaced one),
    /// newest first.
    /// </summary>
    public static Maalforlop For(Guid maalId, Maalstatus? status, IEnumerable<Besok> besok)
    {
        ArgumentNullException.ThrowIfNull(besok);
        // Newest first even when two changes share a time: the ordering below is stable, so the history goes in reversed.
        var endringer = (status is not null && status.MaalId == maalId ? status.Historikk : []).Reverse()
            .Select(e => new Maalhendelse(Maalhendelsestype.Status, Norsktid.Dato(e.Tidspunkt), e.Tidspunkt, e.Status, e.Arsak, e.Av, null));
        var notater = besok
            .Where(b => b.Status == Besoksstatus.Registrert && b.Registrert is not null)
            .SelectMany(b => b.Maal.Where(m => m.MaalId == maalId && !string.IsNullOrWhiteSpace(m.Tekst))
                .Select(m => new Maalhendelse(Maalhendelsestype.Fremdrift, b.Dato, b.Registrert!.Value, null, m.Tekst, b.UtfortAv, b.Id)));
        return new Maalforlop(
            status?.MaalId == maalId ? status.Status : Maalstatusverdi.IkkeStartet,
            [.. endringer.Concat(notater).OrderByDescending(h => h.Dato).ThenByDescending(h => h.Registrert)]);
    }
}

public static class MaalstatusFeil
{
    public static readonly Feil UkjentStatus = new("maalstatus_ukjent", "Velg status blant alternativene.", "Status");
    public static readonly Feil ArsakMangler = new("maalstatus_arsak", "Skriv kort hvorfor målet er avbrutt.", "Arsak");
    public static readonly Feil ArsakForLang = new("maalstatus_arsak_lang", $"Begrunnelsen kan ha høyst {Maalstatus.MaksArsak} tegn.", "Arsak");
    public static readonly Feil IngenEndring = new("maalstatus_ingen_endring", "Målet har allerede denne statusen. Velg en annen status.", "Status");
    public static readonly Feil UkjentMaal = new("maalstatus_ukjent_maal", "Målet finnes ikke lenger i kartleggingen. Last siden på nytt.");
}

public static class MaalstatusTekster
{
    public static string Visningsnavn(this Maalstatusverdi s) => s switch
    {
        Maalstatusverdi.IkkeStartet => "Ikke startet",
        Maalstatusverdi.Pagar => "Pågår",
        Maalstatusverdi.Nadd => "Nådd",
        Maalstatusverdi.Avbrutt => "Avbrutt",
        _ => s.ToString(),
    };

    /// <summary>The status in plain words for the citizen in "Mine saker".</summary>
    public static string ForInnbygger(this Maalstatusverdi s) => s switch
    {
        Maalstatusverdi.IkkeStartet => "Dere har ikke begynt å arbeide med dette målet ennå.",
        Maalstatusverdi.Pagar => "Dere arbeider med dette målet.",
        Maalstatusverdi.Nadd => "Du har nådd dette målet.",
        Maalstatusverdi.Avbrutt => "Dere har sluttet å arbeide med dette målet.",
        _ => s.ToString(),
    };
}
