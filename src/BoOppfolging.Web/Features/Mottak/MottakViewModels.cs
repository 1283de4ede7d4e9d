using BoOppfolging.Application.Mottak;
using BoOppfolging.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace BoOppfolging.Web.Features.Mottak;

/// <summary>Every intake form on a case: the case it is about (shown, not posted) and the version the user saw.</summary>
public abstract class MottakSkjemaViewModel
{
    public Guid Versjon { get; set; }

    [BindNever, ValidateNever] public MottakVisning Sak { get; set; } = null!;

    public static IEnumerable<SelectListItem> JaNei => [new("Ja", "true"), new("Nei", "false")];

    protected static IEnumerable<SelectListItem> Alle<T>(Func<T, string> tekst) where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => new SelectListItem(tekst(v), v.ToString()));
}

public sealed class KontrollViewModel : MottakSkjemaViewModel
{
    public string? Fodselsnummer { get; set; }
    public bool? IMaalgruppen { get; set; }
    public bool DuplikatSjekket { get; set; }
    public string? Notat { get; set; }

    public MottakskontrollCommand ToCommand(Guid sakId) => new(sakId, Versjon, Fodselsnummer, IMaalgruppen, DuplikatSjekket, Notat);
}

public sealed class KontaktViewModel : MottakSkjemaViewModel
{
    public DateOnly? Dato { get; set; }
    public Kontaktform? Form { get; set; }
    public Kontaktresultat? Resultat { get; set; }
    public bool Samtykke { get; set; }
    public string? Notat { get; set; }

    public static IEnumerable<SelectListItem> Former => Alle<Kontaktform>(f => f.Visningsnavn());
    public static IEnumerable<SelectListItem> Resultater => Alle<Kontaktresultat>(r => r.Visningsnavn());

    public RegistrerKontaktCommand ToCommand(Guid sakId) => new(sakId, Versjon, Dato, Form, Resultat, Samtykke, Notat);
}

public sealed class OpplysningerViewModel : MottakSkjemaViewModel
{
    public string? Beskrivelse { get; set; }
    public DateOnly? Frist { get; set; }

    public BeOmOpplysningerCommand ToCommand(Guid sakId) => new(sakId, Versjon, Beskrivelse, Frist);
}

public sealed class TildelViewModel : MottakSkjemaViewModel
{
    public Guid? SaksbehandlerId { get; set; }

    public IEnumerable<SelectListItem> Saksbehandlere() =>
        [new("Velg saksbehandler", ""), .. Sak.Saksbehandlere.Select(s => new SelectListItem(s.Navn, s.Id.ToString()))];

    public TildelSaksbehandlerCommand ToCommand(Guid sakId) => new(sakId, Versjon, SaksbehandlerId);
}

public sealed class VurderingViewModel : MottakSkjemaViewModel
{
    public Guid? TeamId { get; set; }

    public IEnumerable<SelectListItem> Teamvalg() =>
        [new("Velg team", ""), .. Sak.Team.Select(t => new SelectListItem(t.Navn, t.Id.ToString()))];

    public SendTilVurderingCommand ToCommand(Guid sakId) => new(sakId, Versjon, TeamId);
}

public sealed class HenvisViewModel : MottakSkjemaViewModel
{
    public string? Tjeneste { get; set; }
    public string? Begrunnelse { get; set; }

    public HenvisCommand ToCommand(Guid sakId) => new(sakId, Versjon, Tjeneste, Begrunnelse);
}

public sealed class HenleggViewModel : MottakSkjemaViewModel
{
    public Henleggelsesgrunn? Grunn { get; set; }
    public string? Begrunnelse { get; set; }

    /// <summary>Duplicates are linked and referrals go through "henvis"; both have their own form.</summary>
    public static IEnumerable<SelectListItem> Grunner =>
        Enum.GetValues<Henleggelsesgrunn>()
            .Where(g => g is not Henleggelsesgrunn.Duplikat and not Henleggelsesgrunn.IkkeIMaalgruppenOgHenvist)
            .Select(g => new SelectListItem(g.Visningsnavn(), g.ToString()));

    public HenleggCommand ToCommand(Guid sakId) => new(sakId, Versjon, Grunn, Begrunnelse);
}

public sealed class KobleViewModel : MottakSkjemaViewModel
{
    public Guid? AapenSakId { get; set; }

    public IEnumerable<SelectListItem> Saker() => Sak.AndreAapneSaker.Select(s =>
        new SelectListItem($"{s.Referanse} ({s.Status.Visningsnavn().ToLowerInvariant()}, mottatt {Infrastruktur.Visning.Dato(s.Mottatt)})", s.Id.ToString()));

    public KobleTilSakCommand ToCommand(Guid sakId) => new(sakId, Versjon, AapenSakId);
}

public sealed class ForelopigSvarViewModel : MottakSkjemaViewModel
{
    public string? Begrunnelse { get; set; }
    public DateOnly? ForventetAvgjort { get; set; }

    public ForelopigSvarCommand ToCommand(Guid sakId) => new(sakId, Versjon, Begrunnelse, ForventetAvgjort);
}

public sealed class AdresseViewModel : MottakSkjemaViewModel
{
    public string? Adresse { get; set; }
    public string? Postnummer { get; set; }
    public string? Poststed { get; set; }

    public EndreAdresseCommand ToCommand(Guid sakId) => new(sakId, Versjon, Adresse, Postnummer, Poststed);
}

/// <summary>A referral received by phone, letter or e-mail.</summary>
public sealed class HenvendelseViewModel
{
    public Kanal? Kanal { get; set; }
    public Mottaksform? Mottaksform { get; set; }
    public DateOnly? Mottatt { get; set; }
    public string? MelderNavn { get; set; }
    public string? MelderRolle { get; set; }
    public string? MelderTelefon { get; set; }
    public string? MelderEpost { get; set; }
    public string? Fornavn { get; set; }
    public string? Etternavn { get; set; }
    public string? Fodselsnummer { get; set; }
    public DateOnly? Fodselsdato { get; set; }
    public string? Adresse { get; set; }
    public string? Postnummer { get; set; }
    public string? Poststed { get; set; }
    public string? Beskrivelse { get; set; }
    public Hastegrad? Hastegrad { get; set; }

    public static IEnumerable<SelectListItem> Kanaler =>
        Enum.GetValues<Kanal>().Where(k => k != Domain.Kanal.Soknad).Select(k => new SelectListItem(k.Visningsnavn(), k.ToString()));

    public static IEnumerable<SelectListItem> Mottaksformer =>
        Enum.GetValues<Mottaksform>().Select(m => new SelectListItem(m.Visningsnavn(), m.ToString()));

    public static IEnumerable<SelectListItem> Hastegrader =>
        Enum.GetValues<Hastegrad>().Select(h => new SelectListItem(h.Visningsnavn(), h.ToString()));

    public RegistrerHenvendelseCommand ToCommand() => new(
        Kanal, Mottaksform, Mottatt, MelderNavn, MelderRolle, MelderTelefon, MelderEpost, Fornavn, Etternavn,
        Fodselsnummer?.Replace(" ", "", StringComparison.Ordinal), Fodselsdato, Beskrivelse, Hastegrad, Adresse, Postnummer, Poststed);
}
