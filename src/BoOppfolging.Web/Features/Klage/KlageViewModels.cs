using BoOppfolging.Application.Klage;
using BoOppfolging.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace BoOppfolging.Web.Features.Klage;

/// <summary>The citizen's complaint form: what they write, a file to attach, and which button was pressed.</summary>
public sealed class KlageSkjemaViewModel
{
    public string? Uenighet { get; set; }
    public string? Onsket { get; set; }
    public string? NyeOpplysninger { get; set; }
    public string? ForsinkelseGrunn { get; set; }
    public IFormFile? NyttVedlegg { get; set; }
    public IFormFile? Fullmakt { get; set; }

    /// <summary>"lagre", "lastopp" or "send".</summary>
    public string? Handling { get; set; }

    /// <summary>The draft's id, or a new one made when the form was opened without a draft.</summary>
    public Guid UtkastId { get; set; }

    [BindNever, ValidateNever]
    public KlageSkjema Skjema { get; set; } = null!;

    public KlageInput ToInput() => new(Uenighet, Onsket, NyeOpplysninger, ForsinkelseGrunn);

    public static KlageSkjemaViewModel Fra(KlageSkjema skjema) => new()
    {
        Skjema = skjema,
        UtkastId = skjema.UtkastId ?? Guid.CreateVersion7(),
        Uenighet = skjema.Innhold.Uenighet,
        Onsket = skjema.Innhold.Onsket,
        NyeOpplysninger = skjema.Innhold.NyeOpplysninger,
        ForsinkelseGrunn = skjema.Innhold.ForsinkelseGrunn,
    };
}

public sealed record TrekkKlageViewModel(Guid SakId, MinKlage Klage, string? Melding = null);

/// <summary>Staff register a complaint that came on paper, by e-mail or in person.</summary>
public sealed class RegistrerKlageViewModel
{
    public Guid SkjemaId { get; set; }
    public Guid? VedtakId { get; set; }
    public Klagekanal? Kanal { get; set; }
    public Klagerrolle? Klagerrolle { get; set; }
    public string? KlagerNavn { get; set; }
    public DateOnly? Mottatt { get; set; }
    public DateOnly? Postlagt { get; set; }
    public bool Signert { get; set; }
    public string? Uenighet { get; set; }
    public string? Onsket { get; set; }
    public string? NyeOpplysninger { get; set; }
    public string? ForsinkelseGrunn { get; set; }
    public List<IFormFile> Filer { get; set; } = [];

    [BindNever, ValidateNever]
    public KlageRegistreringsgrunnlag Grunnlag { get; set; } = null!;

    public IEnumerable<SelectListItem> VedtakValg() =>
        Grunnlag.Vedtak.Select(v => new SelectListItem(
            v.Navn + (v.Klagefrist is { } f ? $" (klagefrist {f:dd.MM.yyyy})" : " (vedtaksbrevet er ikke registrert sendt)"), v.Id.ToString()));

    public static IEnumerable<SelectListItem> KanalValg =>
        new[] { Klagekanal.Post, Klagekanal.Epost, Klagekanal.Oppmote }.Select(k => new SelectListItem(k.Visningsnavn(), k.ToString()));

    public static IEnumerable<SelectListItem> RolleValg =>
    [
        new("Den vedtaket gjelder", nameof(Domain.Klagerrolle.Part)),
        new("Fullmektig med skriftlig fullmakt", nameof(Domain.Klagerrolle.Fullmektig)),
        new("En annen (uten fullmakt)", nameof(Domain.Klagerrolle.Annen)),
    ];

    public static IEnumerable<SelectListItem> SignertValg => [new("Klagen er underskrevet (eller gitt ved oppmøte og underskrevet her)", "true")];

    public RegistrerKlageCommand ToCommand(Guid sakId) =>
        new(sakId, SkjemaId, VedtakId, Kanal, Klagerrolle, KlagerNavn, Mottatt, Postlagt, Signert, Uenighet, Onsket, NyeOpplysninger, ForsinkelseGrunn);
}

/// <summary>A step on a complaint: the version it was read at, and the complaint (for the page's top and the choices).</summary>
public abstract class KlagestegViewModel
{
    public Guid Versjon { get; set; }

    [BindNever, ValidateNever]
    public Klagevisning Visning { get; set; } = null!;
}

public sealed class FormkravViewModel : KlagestegViewModel
{
    public bool? ErPartEllerFullmektig { get; set; }
    public bool? FristOverholdt { get; set; }
    public Fristunntak? Unntak { get; set; }
    public bool? Konkret { get; set; }
    public bool? Signert { get; set; }
    public string? Merknad { get; set; }

    public static IEnumerable<SelectListItem> JaNei => [new("Ja", "true"), new("Nei", "false")];

    public static IEnumerable<SelectListItem> Unntaksvalg =>
    [
        new("Ingen unntak", ""),
        new(Fristunntak.IkkeKlandres.Visningsnavn(), nameof(Fristunntak.IkkeKlandres)),
        new(Fristunntak.SaerligeGrunner.Visningsnavn(), nameof(Fristunntak.SaerligeGrunner)),
    ];

    public FormkravCommand ToCommand(Guid sakId, Guid klageId) =>
        new(sakId, klageId, Versjon, ErPartEllerFullmektig, FristOverholdt, Unntak, Konkret, Signert, Merknad);

    /// <summary>The form as recorded last, or with what the complaint itself says (the deadline, the signature) to start with.</summary>
    public static FormkravViewModel Fra(Klagevisning v)
    {
        var k = v.Klage;
        var f = k.Formkrav;
        return new()
        {
            Visning = v, Versjon = k.Versjon,
            ErPartEllerFullmektig = f?.ErPartEllerFullmektig ?? (k.Klagerrolle == Domain.Klagerrolle.Annen ? null : true),
            FristOverholdt = f?.FristOverholdt ?? k.Fristvurdering.ErInnenFristen(),
            Unntak = f?.Unntak, Konkret = f?.Konkret, Signert = f?.Signert ?? (k.Signert ? true : null), Merknad = f?.Merknad,
        };
    }
}

public sealed class KlageRettingViewModel : KlagestegViewModel
{
    public DateOnly? Frist { get; set; }
    public string? Merknad { get; set; }

    public KlageRettingCommand ToCommand(Guid sakId, Guid klageId) => new(sakId, klageId, Versjon, Frist, Merknad);
}

public sealed class AvvisKlageViewModel : KlagestegViewModel
{
    public string? Begrunnelse { get; set; }

    public AvvisKlageCommand ToCommand(Guid sakId, Guid klageId) => new(sakId, klageId, Versjon, Begrunnelse);
}

public sealed class OpprettholdKlageViewModel : KlagestegViewModel
{
    public string? Saksforhold { get; set; }
    public string? Vurdering { get; set; }
    public List<string> Dokumenter { get; set; } = [];

    [BindNever, ValidateNever]
    public IReadOnlyList<Klagedokument> MuligeDokumenter { get; set; } = [];

    public IEnumerable<SelectListItem> Dokumentvalg() => MuligeDokumenter.Select(d => new SelectListItem(d.Tekst, d.Nokkel));

    public OpprettholdKlageCommand ToCommand(Guid sakId, Guid klageId) => new(sakId, klageId, Versjon, Saksforhold, Vurdering, Dokumenter);
}

public sealed class KlageresultatViewModel : KlagestegViewModel
{
    public Statsforvalterutfall? Utfall { get; set; }
    public DateOnly? Dato { get; set; }
    public string? Merknad { get; set; }
    public IFormFile? Fil { get; set; }

    public static IEnumerable<SelectListItem> Utfallsvalg =>
        Enum.GetValues<Statsforvalterutfall>().Select(u => new SelectListItem(u.Visningsnavn(), u.ToString()));

    public KlageresultatCommand ToCommand(Guid sakId, Guid klageId) => new(sakId, klageId, Versjon, Utfall, Dato, Merknad);
}

public sealed class KlageForelopigSvarViewModel : KlagestegViewModel
{
    public string? Begrunnelse { get; set; }
    public DateOnly? Forventet { get; set; }

    public KlageForelopigSvarCommand ToCommand(Guid sakId, Guid klageId) => new(sakId, klageId, Versjon, Begrunnelse, Forventet);
}

public sealed class OmgjorKlageViewModel : KlagestegViewModel
{
    public bool? Delvis { get; set; }
    public string? Begrunnelse { get; set; }

    public static IEnumerable<SelectListItem> Omfang =>
        [new("Helt: klageren får det klagen ber om", "false"), new("Delvis: klageren får noe av det klagen ber om", "true")];

    public OmgjorKlageCommand ToCommand(Guid sakId, Guid klageId) => new(sakId, klageId, Versjon, Delvis, Begrunnelse);
}
