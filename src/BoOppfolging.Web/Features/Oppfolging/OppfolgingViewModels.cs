using BoOppfolging.Application.Oppfolging;
using BoOppfolging.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace BoOppfolging.Web.Features.Oppfolging;

public enum Besoksmodus
{
    Ny,
    Dokumenter,
    Rett,
}

/// <summary>The team leader's assignment form; everything typed is kept on a rejected post.</summary>
public sealed class KontakterViewModel
{
    public Guid Versjon { get; set; }
    public Guid? PrimaerkontaktId { get; set; }
    public Guid? SekundaerkontaktId { get; set; }
    public DateOnly? Fra { get; set; }
    public string? Begrunnelse { get; set; }

    [BindNever, ValidateNever] public Tildelingsskjema Skjema { get; set; } = null!;

    public TildelKontakterCommand ToCommand(Guid sakId) => new(sakId, Versjon, PrimaerkontaktId, SekundaerkontaktId, Fra, Begrunnelse);
}

/// <summary>Planning a visit; <see cref="BesokId"/> is made when the form is opened, so a double submit plans one visit.</summary>
public sealed class PlanleggViewModel
{
    public Guid BesokId { get; set; }
    public Guid? UtfortAv { get; set; }
    public DateOnly? Dato { get; set; }
    public TimeOnly? Start { get; set; }
    public int? Minutter { get; set; }
    public Besokstype? Type { get; set; }

    [BindNever, ValidateNever] public Besoksskjema Skjema { get; set; } = null!;

    public IEnumerable<SelectListItem> Oppfolgervalg() => Skjema.Oppfolgere.Select(o => new SelectListItem(o.Navn, o.Id.ToString()));

    public PlanleggBesokCommand ToCommand(Guid sakId) => new(sakId, BesokId, UtfortAv, Dato, Start, Minutter, Type);
}

/// <summary>A goal's progress note on the visit form: empty means the goal was not touched.</summary>
public sealed class MaalnotatInput
{
    public Guid MaalId { get; set; }
    public string? Tekst { get; set; }
}

/// <summary>
/// The visit form, for a new visit, a planned one documented, or a registered one corrected (then with the reason). Everything
/// typed is kept on a rejected post; the goals come back in the order the form showed them.
/// </summary>
public sealed class BesokViewModel
{
    public Guid BesokId { get; set; }
    public Guid Versjon { get; set; }
    public DateOnly? Dato { get; set; }
    public TimeOnly? Start { get; set; }
    public TimeOnly? Slutt { get; set; }
    public int? Minutter { get; set; }
    public Besokstype? Type { get; set; }
    public Besoksutfall? Utfall { get; set; }
    public string? Arsak { get; set; }
    public List<Hjelpeomrade> Omrader { get; set; } = [];
    public List<MaalnotatInput> Maal { get; set; } = [];
    public string? Notat { get; set; }
    public string? Korreksjonsarsak { get; set; }

    [BindNever, ValidateNever] public Besoksskjema Skjema { get; set; } = null!;
    [BindNever, ValidateNever] public Besoksmodus Modus { get; set; }

    public static IEnumerable<SelectListItem> Typer => Enum.GetValues<Besokstype>().Select(t => new SelectListItem(t.Visningsnavn(), t.ToString()));
    public static IEnumerable<SelectListItem> Utfallene => Enum.GetValues<Besoksutfall>().Select(u => new SelectListItem(u.Visningsnavn(), u.ToString()));

    /// <summary>The areas of the vedtak in force first, then the rest. A method: the model binder reads properties.</summary>
    public IEnumerable<SelectListItem> Omradevalg() => Skjema.VedtaketsOmrader.Concat(Enum.GetValues<Hjelpeomrade>().Except(Skjema.VedtaketsOmrader))
        .Select(o => new SelectListItem(o.Visningsnavn() + (Skjema.VedtaketsOmrader.Contains(o) ? " (i vedtaket)" : ""), o.ToString()));

    public string? MaalTekst(Guid maalId) => Maal.FirstOrDefault(m => m.MaalId == maalId)?.Tekst;

    public static BesokViewModel Ny(Besoksskjema skjema, DateOnly idag) => new()
    {
        Skjema = skjema, Modus = Besoksmodus.Ny, BesokId = Guid.CreateVersion7(), Dato = idag, Type = Besokstype.Hjemmebesok,
        Omrader = [.. skjema.VedtaketsOmrader],
    };

    /// <summary>A planned visit to document: its date, time, duration and type to start from, and "gjennomført".</summary>
    public static BesokViewModel FraPlanlagt(Besoksskjema skjema)
    {
        var b = skjema.Besok!;
        return new()
        {
            Skjema = skjema, Modus = Besoksmodus.Dokumenter, BesokId = b.Id, Versjon = b.Versjon, Dato = b.Rad.Dato, Start = b.Rad.Start, Slutt = b.Rad.Slutt,
            Minutter = b.Rad.Start is null ? b.Rad.Minutter : null, Type = b.Rad.Type, Utfall = Besoksutfall.Gjennomfort, Omrader = [.. skjema.VedtaketsOmrader],
        };
    }

    /// <summary>A registered visit to correct: everything as it stands now.</summary>
    public static BesokViewModel FraRegistrert(Besoksskjema skjema)
    {
        var b = skjema.Besok!;
        var i = b.Innhold!;
        return new()
        {
            Skjema = skjema, Modus = Besoksmodus.Rett, BesokId = b.Id, Versjon = b.Versjon, Dato = i.Dato, Start = i.Start, Slutt = i.Slutt,
            Minutter = i.Start is null || i.Slutt is null ? i.Minutter : null, Type = i.Type, Utfall = i.Utfall, Arsak = i.Arsak, Omrader = [.. i.Omrader],
            Maal = [.. i.Maal.Select(m => new MaalnotatInput { MaalId = m.MaalId, Tekst = m.Tekst })], Notat = i.Notat,
        };
    }

    public RegistrerBesokCommand ToCommand(Guid sakId) => new(
        sakId, BesokId, Versjon, Dato, Start, Slutt, Minutter, Type, Utfall, Arsak, Omrader,
        [.. Maal.Where(m => !string.IsNullOrWhiteSpace(m.Tekst)).Select(m => new Maalnotat(m.MaalId, m.Tekst!))], Notat, Korreksjonsarsak);
}
