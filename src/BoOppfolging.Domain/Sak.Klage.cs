namespace BoOppfolging.Domain;

/// <summary>
/// Phase 4, klage: every step of a <see cref="Klage"/> is on the case's timeline, in words the citizen reads in "Mine saker"
/// (the formal check's details and the reconsideration's reasoning stay in the complaint, for staff). A complaint never moves
/// the case; the rules of each step are the complaint's own.
/// </summary>
public sealed partial class Sak
{
    /// <summary>A complaint received (sent in "Mine saker", or registered by staff from a letter, an e-mail or a visit).</summary>
    public Result MottaKlage(Klage klage, Guid? utfortAv)
    {
        ArgumentNullException.ThrowIfNull(klage);
        if (klage.SakId != Id) return Result.NotFound();
        var tekst = $"Klage {klage.Referanse} mottatt {klage.Mottatt:dd.MM.yyyy} ({klage.Kanal.Visningsnavn().ToLowerInvariant()})";
        LeggTilHendelse(HendelseType.Klage, tekst, utfortAv, klage.Registrert, intern: false);
        return Result.Ok();
    }

    /// <summary>The formal check recorded: all met (the complaint is reconsidered), or not (to be put right, or avvist).</summary>
    public Result VurderKlagensFormkrav(Klage klage, Formkrav formkrav, Guid utfortAv, DateTimeOffset tidspunkt) =>
        Klagesteg(
            klage, k => k.VurderFormkrav(formkrav, utfortAv, tidspunkt),
            formkrav.Oppfylt
                ? $"Klage {klage.Referanse}: formkravene er oppfylt, og vedtaket vurderes på nytt"
                : $"Klage {klage.Referanse}: formkravene er ikke oppfylt",
            utfortAv, tidspunkt);

    /// <summary>The complainant is asked to put a formal defect right by <paramref name="frist"/>.</summary>
    public Result BeOmRettingAvKlage(Klage klage, DateOnly frist, Guid utfortAv, DateTimeOffset tidspunkt) =>
        Klagesteg(
            klage, k => k.BeOmRetting(frist, Norsktid.Dato(tidspunkt)),
            $"Klage {klage.Referanse}: klageren er bedt om å rette mangler innen {frist:dd.MM.yyyy}", utfortAv, tidspunkt);

    public Result AvvisKlage(Klage klage, string? begrunnelse, Guid utfortAv, DateTimeOffset tidspunkt) =>
        Klagesteg(klage, k => k.Avvis(begrunnelse, tidspunkt), $"Klage {klage.Referanse} er avvist", utfortAv, tidspunkt);

    /// <summary>Upheld on reconsideration: the unit's assessment, for the oversendelsesbrev (the staff's until the letter is sent).</summary>
    public Result OpprettholdVedtakEtterKlage(Klage klage, string vurdering, Guid utfortAv, DateTimeOffset tidspunkt) =>
        Klagesteg(
            klage, k => k.Oppretthold(vurdering, utfortAv, tidspunkt),
            $"Klage {klage.Referanse}: vedtaket opprettholdes, og oversendelse til Statsforvalteren er forberedt", utfortAv, tidspunkt, intern: true);

    /// <summary>The oversendelsesbrev is sent: the complaint is with Statsforvalteren.</summary>
    public Result OversendKlage(Klage klage, DateOnly dato, Guid? utfortAv, DateTimeOffset tidspunkt) =>
        Klagesteg(klage, k => k.Oversend(dato, tidspunkt), $"Klage {klage.Referanse} er sendt til Statsforvalteren {dato:dd.MM.yyyy}", utfortAv, tidspunkt);

    /// <summary>To be reversed in full or in part: the reasons recorded, a new vedtak to draft (the staff's until it is approved).</summary>
    public Result OmgjorEtterKlage(Klage klage, bool delvis, string begrunnelse, Guid utfortAv, DateTimeOffset tidspunkt) =>
        Klagesteg(
            klage, k => k.StartOmgjoring(delvis, begrunnelse, utfortAv, tidspunkt),
            $"Klage {klage.Referanse}: vedtaket skal {(delvis ? "delvis omgjøres" : "omgjøres")}, og nytt vedtak utarbeides", utfortAv, tidspunkt, intern: true);

    /// <summary>The new vedtak is approved: the complaint is reversed in full or in part.</summary>
    public Result FullforOmgjoringEtterKlage(Klage klage, Vedtak nytt, Guid utfortAv, DateTimeOffset tidspunkt) =>
        Klagesteg(
            klage, k => k.FullforOmgjoring(nytt, tidspunkt),
            $"Klage {klage.Referanse}: vedtaket er {(klage.Konklusjon == Klagekonklusjon.DelvisOmgjort ? "delvis omgjort" : "omgjort")} med nytt vedtak", utfortAv, tidspunkt);

    public Result RegistrerKlageresultat(Klage klage, Statsforvalterutfall utfall, DateOnly dato, string? merknad, Guid utfortAv, DateTimeOffset tidspunkt) =>
        Klagesteg(
            klage, k => k.RegistrerResultat(utfall, dato, merknad, utfortAv, tidspunkt),
            $"Klage {klage.Referanse}: Statsforvalteren har avgjort klagen {dato:dd.MM.yyyy} ({utfall.Visningsnavn().ToLowerInvariant()})", utfortAv, tidspunkt);

    /// <summary>The new vedtak made after Statsforvalteren's medhold, or after an opphevet vedtak was decided again.</summary>
    public Result KnyttNyttVedtakTilKlage(Klage klage, Vedtak nytt, Guid utfortAv, DateTimeOffset tidspunkt) =>
        Klagesteg(klage, k => k.KnyttNyttVedtak(nytt), $"Klage {klage.Referanse}: nytt vedtak er fattet etter Statsforvalterens avgjørelse", utfortAv, tidspunkt);

    /// <summary>The complainant withdraws it, or staff record a withdrawal they were told of.</summary>
    public Result TrekkKlage(Klage klage, Guid utfortAv, DateTimeOffset tidspunkt) =>
        Klagesteg(klage, k => k.Trekk(tidspunkt), $"Klage {klage.Referanse} er trukket", utfortAv, tidspunkt);

    private Result Klagesteg(Klage klage, Func<Klage, Result> steg, string tekst, Guid? utfortAv, DateTimeOffset tidspunkt, bool intern = false)
    {
        ArgumentNullException.ThrowIfNull(klage);
        if (klage.SakId != Id) return Result.NotFound();
        var result = steg(klage);
        if (!result.IsSuccess) return result;
        LeggTilHendelse(HendelseType.Klage, tekst, utfortAv, tidspunkt, intern);
        return Result.Ok();
    }
}
