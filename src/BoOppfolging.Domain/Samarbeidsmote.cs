namespace BoOppfolging.Domain;

/// <summary>What kind of meeting (seed 004: at least every three months, and one named «boligmøte» that plans the move to the home).</summary>
public enum Motetype
{
    Samarbeidsmote,
    Boligmote,
    Ansvarsgruppemote,
    Evaluering,
}

/// <summary>
/// Someone who took part: a name and their role or organisation ("NAV-veileder", "Fastlege", "Institusjon"). Outside
/// participants are free text (the product has no register of them); staff picked from the case's contacts carry their
/// user id too (<see cref="BrukerId"/>), with the name as it was on the day.
/// </summary>
public sealed record Samarbeidsdeltaker(string Navn, string Rolle, Guid? BrukerId = null);

/// <summary>
/// An action agreed at the meeting: what, who owns it (free text: a person or a service, inside or outside the unit),
/// and by when. Open until marked done, with who marked it and when and an optional note; never removed.
/// </summary>
public sealed record Motetiltak(
    Guid Id, string Beskrivelse, string Ansvarlig, DateOnly Frist, DateTimeOffset? Fullfort = null, Guid? FullfortAv = null, string? Merknad = null)
{
    public bool ErApent => Fullfort is null;

    /// <summary>Overdue: open after its due date.</summary>
    public bool ErForfalt(DateOnly idag) => ErApent && Frist < idag;
}

/// <summary>An action as typed in the form, before it has an id.</summary>
public sealed record NyttTiltak(string Beskrivelse, string Ansvarlig, DateOnly Frist);

/// <summary>A dated correction of the minutes: who, when, why, and what they said before (helsepersonelloven § 42, applied to all notes).</summary>
public sealed record Referatkorreksjon(DateTimeOffset Tidspunkt, Guid Av, string Arsak, string Forrige);

/// <summary>
/// A samarbeidsmøte that was held on a case in follow-up: its own aggregate, many per case. Only held meetings are
/// recorded (the date is today or earlier; a meeting ahead is planned outside the product for now), so the three-month
/// rule (<see cref="Oppfolgingsregler.ManglerMote"/>) counts meetings that took place. The minutes are never overwritten:
/// a correction keeps what they said before, with who and why. Agreed actions stay on the meeting, open until marked done.
/// </summary>
public sealed class Samarbeidsmote : IHarVersjon, ISaksdata
{
    public const int MaksReferat = 8000;
    public const int MaksNavn = 200;
    public const int MaksRolle = 100;
    public const int MaksTiltak = 1000;
    public const int MaksAnsvarlig = 200;
    public const int MaksArsak = 1000;
    public const int MaksMerknad = 1000;
    public const int MaksDeltakere = 20;
    public const int MaksAntallTiltak = 20;

    private Samarbeidsmote() { } // for EF Core

    private Samarbeidsmote(Guid id, Guid sakId)
    {
        Id = id;
        SakId = sakId;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid SakId { get; private set; }
    public Guid Versjon { get; private set; } = Guid.NewGuid();
    public DateOnly Dato { get; private set; }
    public Motetype Type { get; private set; }
    public IReadOnlyList<Samarbeidsdeltaker> Deltakere { get; private set; } = [];
    public bool InnbyggerDeltok { get; private set; }
    public string Referat { get; private set; } = "";
    public IReadOnlyList<Motetiltak> Tiltak { get; private set; } = [];
    public IReadOnlyList<Referatkorreksjon> Korreksjoner { get; private set; } = [];

    /// <summary>Who recorded it and when; null only on the empty row before <see cref="Registrer"/>.</summary>
    public Guid? RegistrertAv { get; private set; }
    public DateTimeOffset? Registrert { get; private set; }

    string? ISaksdata.Auditnavn => "Samarbeidsmøte";

    public void NyVersjon() => Versjon = Guid.NewGuid();

    /// <summary>The minutes as first written: the oldest kept version, or the current one when never corrected.</summary>
    public string OpprinneligReferat => Korreksjoner.Count > 0 ? Korreksjoner[0].Forrige : Referat;

    /// <summary>
    /// An empty meeting with the id the form carries, for <see cref="Registrer"/> to fill in; the id makes a second post
    /// of the same form a conflict, not a second meeting.
    /// </summary>
    public static Samarbeidsmote Ny(Guid id, Guid sakId) => new(id, sakId);

    /// <summary>Records a meeting held on <paramref name="dato"/>, with its participants, minutes and agreed actions.</summary>
    public Result Registrer(
        DateOnly dato, Motetype type, IReadOnlyList<Samarbeidsdeltaker> deltakere, bool innbyggerDeltok, string referat, IReadOnlyList<NyttTiltak> tiltak,
        DateOnly idag, Guid av, DateTimeOffset tidspunkt)
    {
        if (Registrert is not null) return Result.Fail(MoteFeil.AlleredeRegistrert);
        if (dato > idag) return Result.Fail(MoteFeil.FramITid);
        if (!Enum.IsDefined(type)) return Result.Fail(MoteFeil.Type);
        if (string.IsNullOrWhiteSpace(referat)) return Result.Fail(MoteFeil.ReferatMangler);
        if (deltakere.Count == 0 && !innbyggerDeltok) return Result.Fail(MoteFeil.IngenDeltakere);
        if (deltakere.Any(d => string.IsNullOrWhiteSpace(d.Navn) || string.IsNullOrWhiteSpace(d.Rolle))) return Result.Fail(MoteFeil.DeltakerUfullstendig);
        if (tiltak.Any(t => string.IsNullOrWhiteSpace(t.Beskrivelse) || string.IsNullOrWhiteSpace(t.Ansvarlig))) return Result.Fail(MoteFeil.TiltakUfullstendig);
        if (tiltak.Any(t => t.Frist < dato)) return Result.Fail(MoteFeil.FristForMotet);

        (Dato, Type, InnbyggerDeltok) = (dato, type, innbyggerDeltok);
        Deltakere = [.. deltakere.Select(d => d with { Navn = d.Navn.Trim(), Rolle = d.Rolle.Trim() })];
        Referat = referat.Trim();
        Tiltak = [.. tiltak.Select(t => new Motetiltak(Guid.CreateVersion7(), t.Beskrivelse.Trim(), t.Ansvarlig.Trim(), t.Frist))];
        (RegistrertAv, Registrert) = (av, tidspunkt);
        return Result.Ok();
    }

    /// <summary>Marks an agreed action done, with who and when and an optional note. Done is final; the action stays on the meeting.</summary>
    public Result FullforTiltak(Guid tiltakId, string? merknad, Guid av, DateTimeOffset tidspunkt)
    {
        var tiltak = Tiltak.SingleOrDefault(t => t.Id == tiltakId);
        if (tiltak is null) return Result.NotFound();
        if (!tiltak.ErApent) return Result.Fail(MoteFeil.TiltakFullfort);
        var ferdig = tiltak with { Fullfort = tidspunkt, FullfortAv = av, Merknad = string.IsNullOrWhiteSpace(merknad) ? null : merknad.Trim() };
        Tiltak = [.. Tiltak.Select(t => t.Id == tiltakId ? ferdig : t)];
        return Result.Ok();
    }

    /// <summary>
    /// A correction of the minutes: a dated addition with who and why; what they said before is kept in
    /// <see cref="Korreksjoner"/>, the first version included.
    /// </summary>
    public Result KorrigerReferat(string referat, string arsak, Guid av, DateTimeOffset tidspunkt)
    {
        if (Registrert is null) return Result.Fail(MoteFeil.IkkeRegistrert);
        if (string.IsNullOrWhiteSpace(referat)) return Result.Fail(MoteFeil.ReferatMangler);
        if (string.IsNullOrWhiteSpace(arsak)) return Result.Fail(MoteFeil.KorreksjonUtenArsak);
        if (referat.Trim() == Referat) return Result.Fail(MoteFeil.IngenEndring);
        Korreksjoner = [.. Korreksjoner, new Referatkorreksjon(tidspunkt, av, arsak.Trim(), Referat)];
        Referat = referat.Trim();
        return Result.Ok();
    }
}

public static class MoteFeil
{
    public static readonly Feil FramITid = new("mote_fram_i_tid", "Et møte kan ikke registreres før det er holdt. Velg i dag eller en dato som har vært.", "Dato");
    public static readonly Feil Type = new("mote_type", "Velg hva slags møte det var.", "Type");
    public static readonly Feil ReferatMangler = new("mote_referat", "Skriv et referat fra møtet.", "Referat");
    public static readonly Feil IngenDeltakere = new("mote_deltakere", "Skriv hvem som deltok, eller kryss av for at innbyggeren deltok.", "Deltakere");
    public static readonly Feil DeltakerUfullstendig = new("mote_deltaker", "Skriv både navn og rolle for hver deltaker.", "Deltakere");
    public static readonly Feil TiltakUfullstendig = new("mote_tiltak", "Skriv både hva som skal gjøres og hvem som er ansvarlig for hvert tiltak.", "Tiltak");
    public static readonly Feil FristForMotet = new("mote_tiltak_frist", "Fristen for et tiltak kan ikke være før møtet.", "Tiltak");
    public static readonly Feil AlleredeRegistrert = new("mote_registrert", "Møtet er allerede registrert. Et referat rettes med en rettelse.");
    public static readonly Feil IkkeRegistrert = new("mote_ikke_registrert", "Bare et registrert møte kan rettes.");
    public static readonly Feil KorreksjonUtenArsak = new("mote_rettelse_arsak", "Skriv hvorfor referatet rettes.", "Arsak");
    public static readonly Feil IngenEndring = new("mote_ingen_endring", "Rettelsen endrer ingenting. Endre det som var feil, eller avbryt.", "Referat");
    public static readonly Feil AnsattIkkeKontakt = new("mote_ansatt", "Velg blant kontaktene på saken.", "Ansatte");
    public static readonly Feil TiltakFullfort = new("mote_tiltak_fullfort", "Tiltaket er allerede markert som utført.");
}

public static class MoteTekster
{
    public static string Visningsnavn(this Motetype t) => t switch
    {
        Motetype.Samarbeidsmote => "Samarbeidsmøte",
        Motetype.Boligmote => "Boligmøte",
        Motetype.Ansvarsgruppemote => "Ansvarsgruppemøte",
        Motetype.Evaluering => "Evalueringsmøte",
        _ => t.ToString(),
    };
}
