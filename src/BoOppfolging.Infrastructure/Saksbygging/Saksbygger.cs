using BoOppfolging.Application.Brev;
using BoOppfolging.Domain;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Infrastructure.Saksbygging;

/// <summary>
/// The one way to build a case in a given state outside the app's own use cases: the demo data, the
/// data generator, the test helpers and the browser tests' seeding all go through it. Every step is
/// an intent method on <see cref="Domain.Sak"/>, never a bare status change, so a built case is one
/// the app itself could have made, and a rule that changes in the domain changes every built case
/// with it. Beside each step the builder keeps the rows the service behind that step adds (the
/// application and its consents, the referral, contacts, requests for information, the referral
/// record, draft letters); <see cref="LeggTil"/> hands them all to a DbContext. A step the domain
/// refuses throws at once: a builder never leaves a case half built in silence.
/// </summary>
/// <remarks>
/// The steps are grouped by phase in partial files, as the case's own methods are: this file has
/// creation, the clock and the case-file steps (assignment, withdrawal, consents, letters);
/// <c>Saksbygger.Mottak.cs</c> has phase 1 (intake). A later phase adds its own file
/// (<c>Saksbygger.Kartlegging.cs</c>, <c>.Vedtak.cs</c>, <c>.Oppfolging.cs</c>, <c>.Klage.cs</c>)
/// with a step per intent method and its phase aggregate among the rows, and extends
/// <see cref="TilStatus"/> with the standard path to its states (docs/architecture.md, "Building a case").
/// </remarks>
public sealed partial class Saksbygger
{
    private readonly List<object> _rader = [];
    private readonly List<Samtykke> _samtykkene = [];
    private readonly DateOnly? _fodselsdato;

    private Saksbygger(Sak sak, Person? person, DateOnly? fodselsdato, Guid? aktor, Guid? innsender)
    {
        Sak = sak;
        Person = person;
        _fodselsdato = fodselsdato;
        Aktor = aktor;
        Innsender = innsender;
        Tid = sak.Mottatt;
    }

    public Sak Sak { get; }

    /// <summary>The person the case is about, when the builder was given the object (not only the id).</summary>
    public Person? Person { get; }

    /// <summary>The account that sent the application (it withdraws it); null for a referral.</summary>
    public Guid? Innsender { get; }

    /// <summary>
    /// Who does a step that names no one: whoever registered a referral, then the saksbehandler the case
    /// is assigned to (<see cref="TildelSaksbehandler"/>), or whoever <see cref="Som"/> names.
    /// </summary>
    public Guid? Aktor { get; private set; }

    /// <summary>When the latest step happened. A step without a time of its own comes <see cref="Stegavstand"/> later.</summary>
    public DateTimeOffset Tid { get; private set; }

    public TimeSpan Stegavstand { get; private set; } = TimeSpan.FromMinutes(1);

    /// <summary>The rows beside the case, in the order the steps made them.</summary>
    public IReadOnlyList<object> Rader => _rader;

    /// <summary>The case's consents: those given with the application, in the order of its sources, then those registered later.</summary>
    public IReadOnlyList<Samtykke> Samtykkene => _samtykkene;

    /// <summary>
    /// An application sent by the account <paramref name="innsendtAv"/>, as <c>SoknadService.SendAsync</c>
    /// makes it: the case, the application as sent (<see cref="StandardSoknad"/> unless given) and one
    /// consent per source it names. The receipt is a stored PDF and is not made here.
    /// </summary>
    public static Saksbygger Soknad(
        string referanse, Person person, DateTimeOffset mottatt, Guid innsendtAv, Soknadsinnhold? innhold = null,
        Guid? fullmektigPersonId = null, Guid? utkastId = null) =>
        Soknad(referanse, person.Id, person, person.Fodselsdato, mottatt, innsendtAv, innhold, fullmektigPersonId, utkastId);

    /// <inheritdoc cref="Soknad(string, Person, DateTimeOffset, Guid, Soknadsinnhold?, Guid?, Guid?)"/>
    /// <remarks>For a person saved earlier and known only by id and birth date (the data generator).</remarks>
    public static Saksbygger Soknad(
        string referanse, Guid personId, DateOnly? fodselsdato, DateTimeOffset mottatt, Guid innsendtAv, Soknadsinnhold? innhold = null,
        Guid? fullmektigPersonId = null, Guid? utkastId = null) =>
        Soknad(referanse, personId, null, fodselsdato, mottatt, innsendtAv, innhold, fullmektigPersonId, utkastId);

    private static Saksbygger Soknad(
        string referanse, Guid personId, Person? person, DateOnly? fodselsdato, DateTimeOffset mottatt, Guid innsendtAv,
        Soknadsinnhold? innhold, Guid? fullmektigPersonId, Guid? utkastId)
    {
        innhold ??= StandardSoknad();
        if (innhold.ForsteManglendeSteg() is { } steg)
        {
            throw new ArgumentException($"Søknaden mangler steg {steg}; bare en ferdig søknad kan sendes.", nameof(innhold));
        }

        var sak = Sak.OpprettFraSoknad(referanse, personId, fullmektigPersonId, mottatt, innsendtAv);
        var bygger = new Saksbygger(sak, person, fodselsdato, aktor: null, innsender: innsendtAv);
        bygger._rader.Add(new Domain.Soknad(sak.Id, utkastId ?? Guid.CreateVersion7(), innsendtAv, innhold, mottatt));
        foreach (var kilde in innhold.Samtykker!.Kilder)
        {
            var samtykke = new Samtykke(sak.Id, kilde, Samtykke.OrdlydFor(kilde), mottatt);
            bygger._rader.Add(samtykke);
            bygger._samtykkene.Add(samtykke);
        }

        return bygger;
    }

    /// <summary>
    /// A referral registered by <paramref name="registrertAv"/>, as <c>MottakService.RegistrerHenvendelseAsync</c>
    /// makes it: the case and the referral (<see cref="Henvendelsesinnhold.Standard"/> unless given).
    /// </summary>
    public static Saksbygger Henvendelse(
        string referanse, Person person, DateTimeOffset mottatt, Guid registrertAv, Henvendelsesinnhold? innhold = null) =>
        Henvendelse(referanse, person.Id, person, person.Fodselsdato, mottatt, registrertAv, innhold);

    /// <inheritdoc cref="Henvendelse(string, Person, DateTimeOffset, Guid, Henvendelsesinnhold?)"/>
    /// <remarks>For a person saved earlier and known only by id and birth date (the data generator).</remarks>
    public static Saksbygger Henvendelse(
        string referanse, Guid personId, DateOnly? fodselsdato, DateTimeOffset mottatt, Guid registrertAv, Henvendelsesinnhold? innhold = null) =>
        Henvendelse(referanse, personId, null, fodselsdato, mottatt, registrertAv, innhold);

    private static Saksbygger Henvendelse(
        string referanse, Guid personId, Person? person, DateOnly? fodselsdato, DateTimeOffset mottatt, Guid registrertAv, Henvendelsesinnhold? innhold)
    {
        var h = innhold ?? Henvendelsesinnhold.Standard;
        var (sak, henvendelse) = Sak.OpprettFraHenvendelse(
            referanse, personId, h.Kanal, h.Mottaksform, h.MelderNavn, h.MelderRolle, h.MelderTelefon, h.MelderEpost, h.Beskrivelse,
            h.Hastegrad, mottatt, registrertAv);
        var bygger = new Saksbygger(sak, person, fodselsdato, aktor: registrertAv, innsender: null);
        bygger._rader.Add(henvendelse);
        return bygger;
    }

    /// <summary>
    /// A complete application as a citizen sends it: an address (letters can go by post), a private
    /// tenancy with rent owed, two areas of help, a GP and a NAV office, and consent for both.
    /// </summary>
    public static Soknadsinnhold StandardSoknad(string fastlege = "Dr. Kari Bakke", string navKontor = "NAV Sentrum")
    {
        var kontakter = new Kontakter(navKontor, fastlege, [], [], null);
        return new Soknadsinnhold
        {
            OmDeg = new OmDeg("Storgata 5 B", "0155", "Oslo", "912 34 567", null, Kontaktmaate.Telefon, false, null),
            Bosituasjon = new Bosituasjon(Boform.LeierPrivat, null, null, false, null, true, "Omtrent 12 000 kroner"),
            Hjelpebehov = new Hjelpebehov(
                [new ValgtHjelpeomrade(Hjelpeomrade.OkonomiOgNav, "Jeg får ikke oversikt over regningene."), new ValgtHjelpeomrade(Hjelpeomrade.PraktiskBotrening, null)],
                "Jeg klarer å handle og lage enkel mat.",
                "Jeg vil klare å bo i leiligheten min og betale husleien hver måned."),
            Kontakter = kontakter,
            Samtykker = new Domain.Samtykker(Application.Soknad.SoknadService.MuligeKilder(kontakter)),
        };
    }

    /// <summary>The next steps without a time of their own come <paramref name="avstand"/> apart (one minute unless set).</summary>
    public Saksbygger MedStegavstand(TimeSpan avstand)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(avstand, TimeSpan.Zero);
        Stegavstand = avstand;
        return this;
    }

    /// <summary><paramref name="aktor"/> does the next steps that name no one.</summary>
    public Saksbygger Som(Guid aktor)
    {
        Aktor = aktor;
        return this;
    }

    /// <summary>
    /// Takes the case on to <paramref name="status"/> by the standard path, from where it stands, one
    /// intent step at a time, each <see cref="Stegavstand"/> after the last, done by <see cref="Aktor"/>:
    /// <list type="bullet">
    /// <item><c>Mottakskontroll</c>: a screening that passes (18+, in the target group, checked for duplicates).</item>
    /// <item><c>TilVurdering</c>: that screening, for a referral a contact where the person wants help and consents, then sent to <paramref name="vurderingsteam"/>.</item>
    /// <item><c>Henvist</c>: screened as outside the target group, then referred to Origo (the letter is a step of its own: <see cref="Brevutkast"/>).</item>
    /// <item><c>Henlagt</c>: closed at once, the person moved away. <c>Trukket</c>: withdrawn by whoever applied.</item>
    /// <item><c>Kartlegging</c>: the way to <c>TilVurdering</c>, then a vurderingsmøte that finds the criteria met (<see cref="Vurderingsmote"/>).</item>
    /// <item><c>Innstilling</c>: the mapping finished and an innstilling to grant (<see cref="FerdigKartlegging"/>); <c>VedtakUnderArbeid</c>,
    /// <c>TilGodkjenning</c>: a complete vedtak drafted from it, then sent for approval; <c>Vedtatt</c>: approved by <paramref name="godkjenner"/>.</item>
    /// <item><c>IOppfolging</c>: <c>Vedtatt</c>, then <paramref name="primaerkontakt"/> assigned the same day (<see cref="TildelKontakter"/>).</item>
    /// </list>
    /// A duplicate linked to an open case is <see cref="KobleTil(Saksbygger)"/>. States after <c>Kartlegging</c>
    /// have no standard path yet; each later phase adds its own here, with the steps that reach them.
    /// </summary>
    public Saksbygger TilStatus(Saksstatus status, Guid? vurderingsteam = null, Guid? godkjenner = null, Guid? primaerkontakt = null)
    {
        if (Sak.Status == status) return this;
        switch (status)
        {
            case Saksstatus.Mottakskontroll:
                return RegistrerMottakskontroll();
            case Saksstatus.TilVurdering:
                if (vurderingsteam is not { } team) throw new ArgumentException("Veien til vurdering trenger vurderingsteamet.", nameof(vurderingsteam));
                if (Sak.Mottakskontroll is not { Godkjent: true }) RegistrerMottakskontroll();
                if (!Sak.OnskerHjelpOgSamtykker) RegistrerKontakt();
                return SendTilVurdering(team);
            case Saksstatus.Henvist:
                if (Sak.Mottakskontroll is null) RegistrerMottakskontroll(iMaalgruppen: false);
                return HenvisTilAnnenTjeneste(StandardHenvisning.Tjeneste, StandardHenvisning.Begrunnelse);
            case Saksstatus.Henlagt:
                return Henlegg(Henleggelsesgrunn.FlyttetFraKommunen);
            case Saksstatus.Trukket:
                return Trekk();
            case Saksstatus.Kartlegging:
                if (Sak.Status != Saksstatus.TilVurdering) TilStatus(Saksstatus.TilVurdering, vurderingsteam);
                return Vurderingsmote(Vurderingskonklusjon.FyllerKriteriene);
            case Saksstatus.Innstilling:
                if (Sak.Status != Saksstatus.TilVurdering && Sak.Status != Saksstatus.Kartlegging) TilStatus(Saksstatus.TilVurdering, vurderingsteam);
                return FerdigKartlegging();
            case Saksstatus.VedtakUnderArbeid:
                if (Sak.Status != Saksstatus.Innstilling) TilStatus(Saksstatus.Innstilling, vurderingsteam);
                return UtarbeidVedtak();
            case Saksstatus.TilGodkjenning:
                if (Sak.Status != Saksstatus.VedtakUnderArbeid) TilStatus(Saksstatus.VedtakUnderArbeid, vurderingsteam);
                return SendVedtakTilGodkjenning();
            case Saksstatus.Vedtatt:
                if (godkjenner is not { } leder) throw new ArgumentException("Et vedtak må godkjennes av en annen enn den som utarbeidet det.", nameof(godkjenner));
                if (Sak.Status != Saksstatus.TilGodkjenning) TilStatus(Saksstatus.TilGodkjenning, vurderingsteam);
                return GodkjennVedtak(leder);
            case Saksstatus.IOppfolging:
                if (primaerkontakt is not { } kontakt) throw new ArgumentException("Oppfølgingen starter når saken får en primærkontakt.", nameof(primaerkontakt));
                if (Sak.Status != Saksstatus.Vedtatt) TilStatus(Saksstatus.Vedtatt, vurderingsteam, godkjenner);
                return TildelKontakter(kontakt);
            default:
                throw new NotSupportedException(
                    $"Sak {Sak.Referanse}: ingen standardvei fra «{Sak.Status.Visningsnavn()}» til «{status.Visningsnavn()}» ennå.");
        }
    }

    /// <summary>Assigns the case to a saksbehandler, who then does the next steps that name no one.</summary>
    public Saksbygger TildelSaksbehandler(Guid saksbehandlerId, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null)
    {
        Sjekk(Sak.TildelSaksbehandler(saksbehandlerId, utfortAv ?? Aktor ?? saksbehandlerId, NesteTid(tidspunkt)), nameof(TildelSaksbehandler));
        Aktor = saksbehandlerId;
        return this;
    }

    /// <summary>A team on the case without sending it anywhere (<see cref="SendTilVurdering"/> assigns the vurderingsteam itself).</summary>
    public Saksbygger TildelTeam(Guid teamId, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null) =>
        Sjekk(Sak.TildelTeam(teamId, utfortAv ?? Aktor, NesteTid(tidspunkt)), nameof(TildelTeam));

    /// <summary>Withdrawn, by the one who applied unless <paramref name="utfortAv"/> says otherwise.</summary>
    public Saksbygger Trekk(Guid? utfortAv = null, DateTimeOffset? tidspunkt = null) =>
        Sjekk(Sak.Trekk(Hvem(utfortAv ?? Innsender), NesteTid(tidspunkt)), nameof(Trekk));

    /// <summary>A consent withdrawn: by the citizen unless <paramref name="utfortAv"/> names the staff who recorded it.</summary>
    public Saksbygger TrekkSamtykke(Samtykke samtykke, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null) =>
        Sjekk(Sak.TrekkSamtykke(samtykke, Hvem(utfortAv ?? Innsender), NesteTid(tidspunkt)), nameof(TrekkSamtykke));

    /// <summary>
    /// A consent given after the application, as <c>SamtykkeService</c> registers it: by staff who heard it or got it in
    /// writing (<paramref name="utfortAv"/>, or whoever acts), or by the citizen in Mine saker
    /// (<see cref="Samtykkeform.MineSaker"/>: the one who applied). Given when the step happens unless <paramref name="gitt"/> is earlier.
    /// </summary>
    public Saksbygger RegistrerSamtykke(
        Samtykkeformaal formaal, string? navn, string? relasjon = null, Samtykkeform form = Samtykkeform.Muntlig, DateTimeOffset? gitt = null,
        Guid? utfortAv = null, DateTimeOffset? tidspunkt = null)
    {
        var hvem = Hvem(utfortAv ?? (form == Samtykkeform.MineSaker ? Innsender : null));
        var naar = NesteTid(tidspunkt);
        var samtykke = Sjekk(Samtykke.Registrer(Sak.Id, formaal, navn, relasjon, form, gitt ?? naar, hvem), nameof(RegistrerSamtykke));
        Sjekk(Sak.RegistrerSamtykke(samtykke, hvem, naar), nameof(RegistrerSamtykke));
        _rader.Add(samtykke);
        _samtykkene.Add(samtykke);
        return this;
    }

    /// <summary>A draft letter on the case, as <c>BrevService.LagUtkast</c> makes it (sent letters need their stored PDF and are not made here).</summary>
    public Saksbygger Brevutkast(
        Brevtype type, Brevinnhold innhold, DateOnly? lovetDato = null, Guid? utfortAv = null, DateTimeOffset? tidspunkt = null, Guid? brevtekstversjonId = null)
    {
        _rader.Add(new Domain.Brev(
            Sak.Id, type, innhold.Tittel, Brevlagring.TilJson(innhold), utfortAv ?? Aktor, NesteTid(tidspunkt), lovetDato, brevtekstversjonId));
        return this;
    }

    /// <summary>
    /// Adds the case and every row beside it to <paramref name="db"/>; the caller saves. The case goes
    /// last, with every event it got, so this works with change detection off (the data generator).
    /// The person is the caller's: added by whoever made it.
    /// </summary>
    public void LeggTil(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.AddRange(_rader);
        db.Add(Sak);
    }

    /// <summary>The time of the next step: its own, or <see cref="Stegavstand"/> after the last. A timeline never runs backwards.</summary>
    private DateTimeOffset NesteTid(DateTimeOffset? tidspunkt)
    {
        var tid = tidspunkt ?? Tid + Stegavstand;
        if (tid < Tid)
        {
            throw new ArgumentOutOfRangeException(nameof(tidspunkt), tid, $"Sak {Sak.Referanse}: et steg kan ikke komme før det forrige ({Tid:O}).");
        }

        Tid = tid;
        return tid;
    }

    private Guid Hvem(Guid? utfortAv) =>
        utfortAv ?? Aktor ?? throw new InvalidOperationException($"Sak {Sak.Referanse}: si hvem som gjør steget (Som eller utfortAv).");

    private Saksbygger Sjekk(Result result, string steg)
    {
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"Sak {Sak.Referanse}: {steg} ble avvist: {result.Error?.Kode} ({result.Error?.Melding})");
        }

        return this;
    }

    private T Sjekk<T>(Result<T> result, string steg)
    {
        Sjekk((Result)result, steg);
        return result.Value;
    }
}

/// <summary>What a referral says and how it came, for <see cref="Saksbygger.Henvendelse(string, Person, DateTimeOffset, Guid, Henvendelsesinnhold?)"/>.</summary>
public sealed record Henvendelsesinnhold(
    Kanal Kanal, Mottaksform Mottaksform, string MelderNavn, string? MelderRolle, string? MelderTelefon, string? MelderEpost,
    string Beskrivelse, Hastegrad Hastegrad)
{
    /// <summary>A GP who phones about a patient behind with the rent.</summary>
    public static readonly Henvendelsesinnhold Standard = new(
        Kanal.Fastlege, Mottaksform.Telefon, "Dr. Marte Sæther", "fastlege, Sentrum legekontor", "22 33 44 55", null,
        "Pasienten har vansker med å holde orden i leiligheten og har fått varsel om husleierestanse.", Hastegrad.Normal);
}
