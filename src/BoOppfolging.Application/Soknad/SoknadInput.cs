using BoOppfolging.Domain;

namespace BoOppfolging.Application.Soknad;

// What the citizen typed in each step, before it is checked. Everything may be missing or wrong;
// the validator beside each says what is required, and only a valid step becomes part of the draft.

public sealed record OmDegInput(
    string? Adresse, string? Postnummer, string? Poststed, string? Telefon, string? Epost,
    Kontaktmaate? Kontaktmaate, bool TrengerTolk, string? Tolkespraak)
{
    public OmDeg TilInnhold() => new(
        Adresse!.Trim(), Postnummer!.Trim(), Poststed!.Trim(), Telefon!.Trim(), Tom(Epost),
        Kontaktmaate!.Value, TrengerTolk, TrengerTolk ? Tom(Tolkespraak) : null);

    internal static string? Tom(string? tekst) => string.IsNullOrWhiteSpace(tekst) ? null : tekst.Trim();
}

public sealed record BosituasjonInput(
    Boform? Boform, string? BoformAnnet, DateOnly? Utflyttingsdato,
    bool? HarBegjaeringOmUtkastelse, DateOnly? UtkastelseDato,
    bool? HarHusleierestanse, string? Husleierestanse)
{
    public Bosituasjon TilInnhold() => new(
        Boform!.Value,
        Boform == Domain.Boform.Annet ? OmDegInput.Tom(BoformAnnet) : null,
        Boform.Value.HarUtflyttingsdato() ? Utflyttingsdato : null,
        HarBegjaeringOmUtkastelse!.Value,
        HarBegjaeringOmUtkastelse.Value ? UtkastelseDato : null,
        HarHusleierestanse!.Value,
        HarHusleierestanse.Value ? OmDegInput.Tom(Husleierestanse) : null);
}

public sealed record HjelpebehovInput(
    IReadOnlyList<Hjelpeomrade> Omrader, IReadOnlyDictionary<Hjelpeomrade, string?> Beskrivelser,
    string? KlarerSelv, string? MineMaal)
{
    public Hjelpebehov TilInnhold() => new(
        [.. Omrader.Distinct().Order().Select(o => new ValgtHjelpeomrade(o, OmDegInput.Tom(Beskrivelser.GetValueOrDefault(o))))],
        OmDegInput.Tom(KlarerSelv),
        MineMaal!.Trim());
}

public sealed record ParorendeInput(string? Navn, string? Relasjon, string? Telefon, bool KanKontaktes)
{
    public bool ErTom => string.IsNullOrWhiteSpace(Navn) && string.IsNullOrWhiteSpace(Relasjon) && string.IsNullOrWhiteSpace(Telefon);
}

public sealed record KontakterInput(
    string? NavKontakt, string? Fastlege, IReadOnlyList<string?> AndreTjenester, IReadOnlyList<ParorendeInput> Parorende,
    bool PaaVegneAvAnnen, string? AnnenFornavn, string? AnnenEtternavn, string? AnnenFodselsnummer)
{
    public Kontakter TilInnhold(Func<string, string> normaliserFnr) => new(
        OmDegInput.Tom(NavKontakt),
        OmDegInput.Tom(Fastlege),
        [.. AndreTjenester.Select(OmDegInput.Tom).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)],
        [.. Parorende.Where(p => !p.ErTom).Select(p => new Domain.Parorende(p.Navn!.Trim(), p.Relasjon!.Trim(), p.Telefon!.Trim(), p.KanKontaktes))],
        PaaVegneAvAnnen ? new SoknadPaaVegneAv(AnnenFornavn!.Trim(), AnnenEtternavn!.Trim(), normaliserFnr(AnnenFodselsnummer!)) : null);
}

public sealed record SamtykkerInput(IReadOnlyList<string> Kilder, bool BekreftetRiktig);
