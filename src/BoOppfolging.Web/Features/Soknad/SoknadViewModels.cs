using BoOppfolging.Application.Soknad;
using BoOppfolging.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace BoOppfolging.Web.Features.Soknad;

/// <summary>What every step page shows around its form: "Steg N av M", the applicant, the draft's deadline.</summary>
public abstract class StegViewModel
{
    public int Steg { get; set; }
    public string Navn { get; set; } = "";
    public string Fodselsnummer { get; set; } = "";
    public DateTimeOffset? SlettesEtter { get; set; }
    public IReadOnlyList<VedleggVisning> Vedlegg { get; set; } = [];

    /// <summary>"lagre" (next step) or "lastopp" (upload the chosen file and stay).</summary>
    public string? Handling { get; set; }

    public static readonly string[] Titler = ["Om deg", "Bosituasjon", "Hva trenger du hjelp til?", "Kontakter", "Samtykke og vedlegg"];
    public string Tittel => Steg is >= 1 and <= Soknadsinnhold.AntallSteg ? Titler[Steg - 1] : "";
}

public sealed class OmDegViewModel : StegViewModel
{
    public string? Adresse { get; set; }
    public string? Postnummer { get; set; }
    public string? Poststed { get; set; }
    public string? Telefon { get; set; }
    public string? Epost { get; set; }
    public Kontaktmaate? Kontaktmaate { get; set; }
    public bool TrengerTolk { get; set; }
    public string? Tolkespraak { get; set; }

    public static IEnumerable<SelectListItem> Kontaktmaater =>
        Enum.GetValues<Kontaktmaate>().Select(k => new SelectListItem(k.Visningsnavn(), k.ToString()));

    public OmDegInput ToInput() => new(Adresse, Postnummer, Poststed, Telefon, Epost, Kontaktmaate, TrengerTolk, Tolkespraak);

    public void Fra(OmDeg? d)
    {
        if (d is null) return;
        (Adresse, Postnummer, Poststed, Telefon, Epost, Kontaktmaate, TrengerTolk, Tolkespraak) =
            (d.Adresse, d.Postnummer, d.Poststed, d.Telefon, d.Epost, d.Kontaktmaate, d.TrengerTolk, d.Tolkespraak);
    }
}

public sealed class BosituasjonViewModel : StegViewModel
{
    public Boform? Boform { get; set; }
    public string? BoformAnnet { get; set; }
    public DateOnly? Utflyttingsdato { get; set; }
    public bool? HarBegjaeringOmUtkastelse { get; set; }
    public DateOnly? UtkastelseDato { get; set; }
    public bool? HarHusleierestanse { get; set; }
    public string? Husleierestanse { get; set; }

    public static IEnumerable<SelectListItem> Boformer =>
        Enum.GetValues<Boform>().Select(b => new SelectListItem(b.Visningsnavn(), b.ToString()));

    public static IEnumerable<SelectListItem> JaNei => [new("Ja", "true"), new("Nei", "false")];

    public BosituasjonInput ToInput() => new(Boform, BoformAnnet, Utflyttingsdato, HarBegjaeringOmUtkastelse, UtkastelseDato, HarHusleierestanse, Husleierestanse);

    public void Fra(Bosituasjon? b)
    {
        if (b is null) return;
        (Boform, BoformAnnet, Utflyttingsdato, HarBegjaeringOmUtkastelse, UtkastelseDato, HarHusleierestanse, Husleierestanse) =
            (b.Boform, b.BoformAnnet, b.Utflyttingsdato, b.HarBegjaeringOmUtkastelse, b.UtkastelseDato, b.HarHusleierestanse, b.Husleierestanse);
    }
}

public sealed class HjelpebehovViewModel : StegViewModel
{
    public List<Hjelpeomrade> Omrader { get; set; } = [];
    public Dictionary<Hjelpeomrade, string?> Beskrivelser { get; set; } = [];
    public string? KlarerSelv { get; set; }
    public string? MineMaal { get; set; }

    public static IEnumerable<SelectListItem> AlleOmrader =>
        Enum.GetValues<Hjelpeomrade>().Select(o => new SelectListItem(o.Visningsnavn(), o.ToString()));

    public HjelpebehovInput ToInput() => new(Omrader, Beskrivelser, KlarerSelv, MineMaal);

    public void Fra(Hjelpebehov? h)
    {
        if (h is null) return;
        Omrader = [.. h.Omrader.Select(o => o.Omrade)];
        Beskrivelser = h.Omrader.ToDictionary(o => o.Omrade, o => o.Beskrivelse);
        (KlarerSelv, MineMaal) = (h.KlarerSelv, h.MineMaal);
    }
}

public sealed class ParorendeViewModel
{
    public string? Navn { get; set; }
    public string? Relasjon { get; set; }
    public string? Telefon { get; set; }
    public bool KanKontaktes { get; set; }
}

public sealed class KontakterViewModel : StegViewModel
{
    public string? NavKontakt { get; set; }
    public string? Fastlege { get; set; }
    public List<string?> AndreTjenester { get; set; } = [];
    public List<ParorendeViewModel> Parorende { get; set; } = [];
    public bool PaaVegneAvAnnen { get; set; }
    public string? AnnenFornavn { get; set; }
    public string? AnnenEtternavn { get; set; }
    public string? AnnenFodselsnummer { get; set; }
    public IFormFile? Fullmakt { get; set; }

    public static IEnumerable<SelectListItem> JaNei => [new("Ja, jeg søker på vegne av en annen person", "true")];

    /// <summary>Always room for the maximum: the form works without script.</summary>
    public void FyllTommeRader()
    {
        while (AndreTjenester.Count < KontakterInputValidator.MaksTjenester) AndreTjenester.Add(null);
        while (Parorende.Count < KontakterInputValidator.MaksParorende) Parorende.Add(new ParorendeViewModel());
    }

    public KontakterInput ToInput() => new(
        NavKontakt, Fastlege, AndreTjenester,
        [.. Parorende.Select(p => new ParorendeInput(p.Navn, p.Relasjon, p.Telefon, p.KanKontaktes))],
        PaaVegneAvAnnen, AnnenFornavn, AnnenEtternavn, AnnenFodselsnummer);

    public void Fra(Kontakter? k)
    {
        if (k is null) return;
        (NavKontakt, Fastlege) = (k.NavKontakt, k.Fastlege);
        AndreTjenester = [.. k.AndreTjenester];
        Parorende = [.. k.Parorende.Select(p => new ParorendeViewModel { Navn = p.Navn, Relasjon = p.Relasjon, Telefon = p.Telefon, KanKontaktes = p.KanKontaktes })];
        PaaVegneAvAnnen = k.PaaVegneAv is not null;
        (AnnenFornavn, AnnenEtternavn, AnnenFodselsnummer) = (k.PaaVegneAv?.Fornavn, k.PaaVegneAv?.Etternavn, k.PaaVegneAv?.Fodselsnummer);
    }
}

public sealed class SamtykkerViewModel : StegViewModel
{
    public List<string> Kilder { get; set; } = [];
    public bool BekreftetRiktig { get; set; }
    public IFormFile? NyttVedlegg { get; set; }
    public IReadOnlyList<string> MuligeKilder { get; set; } = [];

    public IEnumerable<SelectListItem> KildeValg =>
        MuligeKilder.Select(k => new SelectListItem(Samtykke.OrdlydFor(k), k));

    public static IEnumerable<SelectListItem> Bekreftelse => [new("Jeg bekrefter at opplysningene i søknaden er riktige", "true")];

    public SamtykkerInput ToInput() => new(Kilder, BekreftetRiktig);
}

public sealed class OppsummeringViewModel
{
    public required UtkastVisning Utkast { get; init; }
}
