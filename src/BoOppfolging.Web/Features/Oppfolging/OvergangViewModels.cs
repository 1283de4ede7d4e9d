using BoOppfolging.Application.Oppfolging;
using BoOppfolging.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace BoOppfolging.Web.Features.Oppfolging;

/// <summary>
/// The checklist page, with the form for the period's dates: to make the plan (the institution's end suggested from the
/// move-out date in the application), or to change the dates of one made. Everything typed is kept on a rejected post.
/// </summary>
public sealed class OvergangViewModel
{
    public Guid Versjon { get; set; }
    public DateOnly? Innflytting { get; set; }
    public DateOnly? InstitusjonSlutt { get; set; }

    [BindNever, ValidateNever] public OvergangVisning Visning { get; set; } = null!;

    public static OvergangViewModel Fra(OvergangVisning v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new()
        {
            Visning = v, Versjon = v.Versjon, Innflytting = v.Periode?.Innflytting,
            InstitusjonSlutt = v.Periode is { } p ? p.InstitusjonSlutt : v.Utflyttingsdato,
        };
    }

    public OvergangsperiodeCommand ToCommand(Guid sakId) => new(sakId, Versjon, Innflytting, InstitusjonSlutt);
}

/// <summary>One item's page: its form (date, who is responsible, note) and "done" (a date, today unless changed) or "reopen" (a reason).</summary>
public sealed class OvergangspunktViewModel
{
    public Guid Versjon { get; set; }
    public DateOnly? Frist { get; set; }
    public string? Ansvarlig { get; set; }
    public string? Merknad { get; set; }
    public DateOnly? GjortDato { get; set; }
    public string? Arsak { get; set; }

    [BindNever, ValidateNever] public OvergangVisning Visning { get; set; } = null!;
    [BindNever, ValidateNever] public OvergangspunktVisning Punkt { get; set; } = null!;

    public static OvergangspunktViewModel Fra(OvergangVisning v, Overgangspunkt punkt, DateOnly idag)
    {
        ArgumentNullException.ThrowIfNull(v);
        var p = v.Punkter.Single(x => x.Punkt == punkt);
        return new() { Visning = v, Punkt = p, Versjon = v.Versjon, Frist = p.Frist, Ansvarlig = p.Ansvarlig, Merknad = p.Merknad, GjortDato = idag };
    }
}
