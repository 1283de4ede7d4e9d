using BoOppfolging.Application.Brev;
using BoOppfolging.Application.Brevtekster;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Identity;
using BoOppfolging.Infrastructure.Persistence;
using BoOppfolging.Infrastructure.Saksbygging;
using Microsoft.AspNetCore.Identity;

namespace BoOppfolging.Datagenerator;

/// <summary>A case as it comes in: when and through which channel. Made for all cases first, so references follow time.</summary>
internal readonly record struct Sakshode(DateTimeOffset Mottatt, Kanal Kanal);

/// <summary>Where a generated case is headed. A case received shortly before "now" may not get there.</summary>
internal enum Utfall
{
    TilVurdering,

    /// <summary>Open in mottakskontroll: information asked for and not come, or the person not reached yet.</summary>
    Venter,

    /// <summary>Never screened: still Mottatt.</summary>
    IkkeApnet,
    Henlagt,
    Henvist,
    Trukket,
}

/// <summary>When a closed case is closed: before screening, during it, or after it went to the vurderingsteam.</summary>
internal enum Punkt
{
    Tidlig,
    Midt,
    Sen,
}

/// <summary>A person the generator made, kept so that a later case can be about the same person.</summary>
internal sealed class Personkort
{
    public required Guid Id { get; init; }
    public required string Fornavn { get; init; }
    public required string Etternavn { get; init; }
    public required DateOnly Fodselsdato { get; init; }
    public required bool Kvinne { get; init; }
    public string? Fodselsnummer { get; set; }
    public Guid? KontoId { get; set; }
    public string FulltNavn => $"{Fornavn} {Etternavn}";
}

/// <summary>
/// Decides the course of one case at a time the way the unit would work it, and has the app's one
/// case builder (<see cref="Saksbygger"/>) take each step: the builder calls the intent methods on
/// <see cref="Sak"/> (each writes its own timeline event) and keeps the rows the services would add
/// beside them. Here are only the choices, drawn from the seed in a fixed order: who, when, which way,
/// what the letters say. Steps fall in working hours; a step that would come after "now" is not taken,
/// so recent cases stop early in their course.
/// </summary>
internal sealed partial class Saksforlop(
    Tilfeldig rng, Ansatte ansatte, KommuneOptions kommune, IBrevPdf pdf, DateTimeOffset naa, Guid innbyggerRolleId, ILookupNormalizer normalizer,
    IReadOnlyDictionary<int, int> referanseserier, double oppfolging = Genereringsvalg.StandardOppfolging,
    double klager = Genereringsvalg.StandardKlager)
{
    private readonly double _oppfolging = oppfolging;
    private readonly double _klager = klager;
    private const string FikkIkkeKontakt = "fikk ikke kontakt med personen";
    private const string OpplysningerMangler = "etterspurte opplysninger er ikke mottatt";
    private const string Under18 = "personen er under 18 år";

    private readonly int _grunntall = rng.Tall(0, int.MaxValue);
    private int _nummer;
    private Tilfeldig _rng = rng;

    /// <summary>The case's own stream for its complaints (issue 13): a complaint leaves the draws of the case's course as they were.</summary>
    private Tilfeldig _klageRng = rng;

    private readonly Ansatte _ansatte = ansatte;
    private readonly Brevavsender _avsender = Brevavsender.Fra(kommune);
    private readonly string _mineSakerAdresse = kommune.MineSakerAdresse;
    private readonly IBrevPdf _pdf = pdf;
    private readonly Tilfeldig _brevRng = new(20_261_202);

    /// <summary>Days a letter by post is taken to need (the app's default, <c>KommuneOptions.PostgangDager</c>).</summary>
    public static readonly int PostgangDager = new KommuneOptions().PostgangDager;

    /// <summary>
    /// The sent letters' PDFs made since the last batch was saved, each with the key it is registered under: the SHA-256 of its bytes,
    /// which is the key the content-addressed document store gives (the generator stores them and checks that it does).
    /// </summary>
    public List<(string Nokkel, byte[] Innhold)> Arkiv { get; } = [];
    private readonly DateTimeOffset _naa = naa;
    private readonly Guid _innbyggerRolleId = innbyggerRolleId;
    private readonly ILookupNormalizer _normalizer = normalizer;
    private readonly HashSet<string> _fodselsnumre = new(StringComparer.Ordinal);
    private readonly List<Personkort> _avsluttede = [];
    private readonly Dictionary<int, int> _serier = new(referanseserier);
    // Who signs a letter: the saksbehandlere, the team leader, and the vurderingsteam's members once one holds the case.
    private readonly Dictionary<Guid, string> _navn = ansatte.Saksbehandlere.Append(ansatte.Teamleder).Concat(ansatte.Vurderingsteam)
        .DistinctBy(a => a.Id).ToDictionary(a => a.Id, a => a.Navn);

    public Telling Telling { get; } = new();

    /// <summary>The last reference number handed out per year, for <see cref="Referanseserie"/>.</summary>
    public IReadOnlyDictionary<int, int> Serier => _serier;

    public void Bygg(Sakshode hode, AppDbContext db)
    {
        // Each case draws from its own stream (the run's seed and the case's number), so a change to one phase's draws does not
        // move where every later case ends up; the same seed still gives the same data.
        _klageRng = new Tilfeldig(Bland(~_grunntall, _nummer));
        _rng = new Tilfeldig(Bland(_grunntall, _nummer++));
        new Forlop(this, hode, db).Kjor();
    }

    /// <summary>
    /// A seed for case <paramref name="nummer"/> (SplitMix64's finaliser): seeds in a row would give <see cref="Random"/> first draws
    /// that follow each other, and the cases would not be independent.
    /// </summary>
    private static int Bland(int grunntall, int nummer)
    {
        unchecked
        {
            var z = ((ulong)(uint)grunntall << 32 | (uint)nummer) + 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return (int)((z ^ (z >> 31)) & 0x7FFFFFFF);
        }
    }

    /// <summary>
    /// The share of cases received <paramref name="alderDager"/> ago that are still open. Only phase 1 and
    /// the vurderingsteam's phase exist, so an old case is either closed in phase 1 or still with the
    /// vurderingsteam (waiting, in Kartlegging, or at Innstilling waiting for a vedtak that no phase makes
    /// yet, and then over its deadline): this keeps about one case in seven over the deadline, as in a busy unit.
    /// </summary>
    private static double AndelApne(double alderDager) => alderDager switch
    {
        < 45 => 0.85,
        < 180 => 0.35,
        _ => 0.11,
    };

    private string NesteReferanse(int aar)
    {
        var nummer = _serier.GetValueOrDefault(aar) + 1;
        _serier[aar] = nummer;
        return ReferanseGenerator.Formater(aar, nummer);
    }

    /// <summary>A synthetic fødselsnummer not used before, whose individual number matches the sex (odd for men).</summary>
    private string NyttFodselsnummer(DateOnly fodselsdato, bool kvinne)
    {
        for (var forsok = 0; forsok < 1000; forsok++)
        {
            var fnr = Fodselsnummer.LagSyntetisk(fodselsdato, _rng.Tall(0, 1000));
            if ((fnr[8] - '0') % 2 == 0 == kvinne && _fodselsnumre.Add(fnr)) return fnr;
        }

        throw new InvalidOperationException("Fant ikke ledig fødselsnummer for datoen.");
    }

    private static Fodselsnummer Gyldig(string fnr) => Fodselsnummer.Parse(fnr, tillatSyntetisk: true).Value;

    /// <summary>
    /// The same time if it is inside working hours (08–15:30 on a working day), else the start of the next working day (its minute
    /// drawn from <paramref name="rng"/>, the case's stream unless another is given).
    /// </summary>
    private DateTimeOffset Arbeidstid(DateTimeOffset tid, Tilfeldig? rng = null)
    {
        var lokal = Norsktid.Tid(tid);
        var dato = DateOnly.FromDateTime(lokal.DateTime);
        var klokke = lokal.TimeOfDay;
        if (Helligdager.ErVirkedag(dato) && klokke >= TimeSpan.FromHours(8) && klokke < TimeSpan.FromHours(15.5)) return tid;
        if (!Helligdager.ErVirkedag(dato) || klokke >= TimeSpan.FromHours(15.5)) dato = Helligdager.NesteVirkedagFraOgMed(dato.AddDays(1));
        return Lokal(dato, TimeSpan.FromHours(8) + TimeSpan.FromMinutes((rng ?? _rng).Tall(0, 150)));
    }

    /// <summary>A Norwegian date and clock as UTC, as the app stores every time (SQLite sorts the stored number).</summary>
    public static DateTimeOffset Lokal(DateOnly dato, TimeSpan klokke)
    {
        var lokal = dato.ToDateTime(TimeOnly.FromTimeSpan(klokke));
        return new DateTimeOffset(lokal, Norsktid.Sone.GetUtcOffset(lokal)).ToUniversalTime();
    }

    /// <summary>The course of one case. Each step returns false when its time would be after "now".</summary>
    private sealed partial class Forlop(Saksforlop b, Sakshode hode, AppDbContext db)
    {
        private readonly Tilfeldig _rng = b._rng;
        private readonly Tilfeldig _klageRng = b._klageRng;
        private readonly bool _erSoknad = hode.Kanal == Kanal.Soknad;
        private DateTimeOffset _t = hode.Mottatt;
        private Saksbygger _sak = null!;
        private Personkort _person = null!;
        private Person? _nyPerson;
        private Guid _konto;
        private double _fart = 1;
        private DateTimeOffset _forelopigSvarTid;
        private bool _forelopigSvarAvgjort;
        private IReadOnlyList<string> _adresse = [];
        private Utfall _utfall;
        private Punkt _punkt;
        private bool _under18;
        private (Henleggelsesgrunn Grunn, string? Tekst) _henleggelse;

        /// <summary>Headed for a granted vedtak and follow-up: every choice on the way goes that way (time may still stop it).</summary>
        private bool _mot;

        /// <summary>Yes with the chance given, or always for a case headed for follow-up.</summary>
        private bool Ja(double sannsynlighet) => _rng.Sjanse(sannsynlighet) || _mot;
        public void Kjor()
        {
            Gjennomfor();
            if (!_forelopigSvarAvgjort && _forelopigSvarTid <= b._naa) ForelopigSvar();
            // The steps still queued when the course stopped (a complaint's, after a refusal or a course that ended early).
            KjorTil(DateTimeOffset.MaxValue);
            if (_nyPerson is not null) db.Personer.Add(_nyPerson);
            // Added last: change tracking is off while generating, so the case is added with every event it got.
            _sak.LeggTil(db);
            if (_sak.Sak.Status.ErAvsluttet() && _person.Fodselsnummer is not null) b._avsluttede.Add(_person);
            b.Telling.Registrer(_sak.Sak, Norsktid.Dato(b._naa));
            b.Telling.RegistrerKlager(_sak.Klager, _sak.Vedtak);
        }

        /// <summary>A referral closed because the person says no, or cannot be reached: that is decided at the contact.</summary>
        private bool GrunnViaKontakt =>
            !_erSoknad && _utfall == Utfall.Henlagt && _punkt != Punkt.Sen
            && (_henleggelse.Grunn == Henleggelsesgrunn.OnskerIkkeHjelp || _henleggelse.Tekst == FikkIkkeKontakt);

        private void Gjennomfor()
        {
            var mottattDato = Norsktid.Dato(hode.Mottatt);
            Planlegg(mottattDato);
            Opprett(mottattDato);

            var saksbehandler = _rng.Sjanse(0.9) ? _rng.Velg(b._ansatte.Saksbehandlere) : null;
            _sak.Som(saksbehandler?.Id ?? b._ansatte.Teamleder.Id);
            if (saksbehandler is not null)
            {
                if (!Steg(1, 48)) return;
                _sak.TildelSaksbehandler(saksbehandler.Id, b._ansatte.Teamleder.Id, _t);
            }

            if (_utfall == Utfall.IkkeApnet) return;

            if (_punkt == Punkt.Tidlig && _utfall == Utfall.Trukket)
            {
                if (Steg(24, 360)) _sak.Trekk(_konto, _t);
                return;
            }

            if (_punkt == Punkt.Tidlig && _utfall == Utfall.Henlagt && !GrunnViaKontakt)
            {
                if (Steg(24, 240)) Henlegg();
                return;
            }

            var kontaktForst = !_erSoknad && (_punkt == Punkt.Tidlig || _rng.Sjanse(0.6));
            if (kontaktForst && !Kontakt()) return;
            if (!Steg(4, 120)) return;
            Mottakskontroll(duplikatSjekket: _rng.Sjanse(0.96));
            if (!_erSoknad && !kontaktForst && !Kontakt()) return;

            if (!Opplysninger(saksbehandler)) return;

            // Now and then the citizen withdraws a consent while the case is handled, by phone, and the saksbehandler records it.
            if (_sak.Samtykkene.Count > 0 && _rng.Sjanse(0.05))
            {
                if (!Steg(2, 48)) return;
                _sak.TrekkSamtykke(_rng.Velg(_sak.Samtykkene), _sak.Aktor, _t);
            }

            switch (_utfall)
            {
                case Utfall.Venter:
                    return;
                case Utfall.Henvist:
                    if (Steg(24, 144)) Henvis();
                    return;
                case Utfall.Henlagt when _punkt != Punkt.Sen:
                    if (Steg(24, 240)) Henlegg();
                    return;
                case Utfall.Trukket when _punkt != Punkt.Sen:
                    if (Steg(24, 240)) _sak.Trekk(_konto, _t);
                    return;
            }

            if (_sak.Sak.Mottakskontroll is not { Godkjent: true })
            {
                if (!Steg(2, 48)) return;
                Mottakskontroll(duplikatSjekket: true);
            }

            if (!Steg(24, 168)) return;
            _sak.SendTilVurdering(b._ansatte.VurderingsteamId, tidspunkt: _t);
            if (_utfall == Utfall.TilVurdering)
            {
                Vurderingsteamet();
                return;
            }

            if (!Steg(5 * 24, 60 * 24)) return;
            if (_utfall == Utfall.Trukket) _sak.Trekk(_konto, _t);
            else Henlegg();
        }

        /// <summary>Who the case is about, where it is headed, and the grounds if it is closed.</summary>
        private void Planlegg(DateOnly mottattDato)
        {
            if (b._avsluttede.Count > 0 && _rng.Sjanse(0.07))
            {
                // Someone whose earlier case is closed comes back.
                var i = _rng.Tall(0, b._avsluttede.Count);
                _person = b._avsluttede[i];
                b._avsluttede[i] = b._avsluttede[^1];
                b._avsluttede.RemoveAt(b._avsluttede.Count - 1);
                _under18 = Fodselsnummer.Alder(_person.Fodselsdato, mottattDato) < 18;
            }
            else
            {
                _under18 = _rng.Sjanse(0.01);
                // An application is sent after logging in with ID-porten, so the number is known; a referral may come without it.
                NyPerson(mottattDato, medFodselsnummer: _erSoknad || _rng.Sjanse(0.7));
            }

            var alder = (b._naa - hode.Mottatt).TotalDays;
            var apen = _rng.Sjanse(AndelApne(alder));
            _utfall = apen
                ? _rng.Vektet((Utfall.TilVurdering, 0.62), (Utfall.Venter, 0.26), (Utfall.IkkeApnet, 0.12))
                : _rng.Vektet((Utfall.Henlagt, 0.45), (Utfall.Henvist, 0.27), (Utfall.Trukket, 0.28));
            _punkt = _rng.Vektet((Punkt.Tidlig, 0.3), (Punkt.Midt, 0.45), (Punkt.Sen, 0.25));
            if (_under18)
            {
                _utfall = apen ? Utfall.Venter : _rng.Sjanse(0.7) ? Utfall.Henvist : Utfall.Henlagt;
                _punkt = Punkt.Midt;
            }

            // Issue 12: a share of the cases goes all the way to follow-up, so a county's volume of visits is made.
            _mot = !_under18 && _rng.Sjanse(b._oppfolging);
            if (_mot) (_utfall, _punkt) = (Utfall.TilVurdering, Punkt.Midt);

            // A referral is not withdrawn: the person says they do not want help.
            if (!_erSoknad && _utfall == Utfall.Trukket) _utfall = Utfall.Henlagt;
            if (_utfall == Utfall.Henvist) _punkt = Punkt.Midt;
            _henleggelse = VelgHenleggelse();

            var fristDag = _rng.Tall(20, 30);
            _forelopigSvarTid = b.Arbeidstid(hode.Mottatt + TimeSpan.FromDays(fristDag));
        }

        private (Henleggelsesgrunn, string?) VelgHenleggelse()
        {
            if (_under18) return (Henleggelsesgrunn.Annet, Under18);
            return (_punkt, _erSoknad) switch
            {
                (Punkt.Tidlig, true) => _rng.Vektet<(Henleggelsesgrunn, string?)>(
                    ((Henleggelsesgrunn.FlyttetFraKommunen, null), 0.35), ((Henleggelsesgrunn.Dod, null), 0.05),
                    ((Henleggelsesgrunn.Annet, "søkeren har fått tilbud om institusjonsplass"), 0.3),
                    ((Henleggelsesgrunn.OnskerIkkeHjelp, "søkeren ønsker likevel ikke hjelp"), 0.3)),
                (Punkt.Tidlig, false) => _rng.Vektet<(Henleggelsesgrunn, string?)>(
                    ((Henleggelsesgrunn.OnskerIkkeHjelp, null), 0.55), ((Henleggelsesgrunn.Annet, FikkIkkeKontakt), 0.3),
                    ((Henleggelsesgrunn.FlyttetFraKommunen, null), 0.1), ((Henleggelsesgrunn.Dod, null), 0.05)),
                (Punkt.Midt, _) => _rng.Vektet<(Henleggelsesgrunn, string?)>(
                    ((Henleggelsesgrunn.Annet, OpplysningerMangler), 0.5), ((Henleggelsesgrunn.OnskerIkkeHjelp, null), 0.25),
                    ((Henleggelsesgrunn.FlyttetFraKommunen, null), 0.2), ((Henleggelsesgrunn.Dod, null), 0.05)),
                _ => _rng.Vektet<(Henleggelsesgrunn, string?)>(
                    ((Henleggelsesgrunn.FlyttetFraKommunen, null), 0.5), ((Henleggelsesgrunn.OnskerIkkeHjelp, null), 0.45),
                    ((Henleggelsesgrunn.Dod, null), 0.05)),
            };
        }

        private void NyPerson(DateOnly mottattDato, bool medFodselsnummer)
        {
            var kvinne = _rng.Sjanse(0.5);
            var (fra, til) = _under18
                ? (16, 18)
                : _rng.Vektet(((18, 25), 0.15), ((25, 40), 0.3), ((40, 60), 0.35), ((60, 86), 0.2));
            var fodselsdato = mottattDato.AddYears(-_rng.Tall(fra, til)).AddDays(-_rng.Tall(0, 365));
            var fornavn = _rng.Velg(kvinne ? Navn.Kvinner : Navn.Menn);
            var etternavn = _rng.Velg(Navn.Etternavn);
            var fnr = medFodselsnummer ? b.NyttFodselsnummer(fodselsdato, kvinne) : null;
            _nyPerson = new Person(fornavn, etternavn, fnr is null ? null : Gyldig(fnr), fodselsdato);
            _person = new Personkort
            {
                Id = _nyPerson.Id, Fornavn = fornavn, Etternavn = etternavn, Fodselsdato = fodselsdato, Kvinne = kvinne, Fodselsnummer = fnr,
            };
        }

        private void Opprett(DateOnly mottattDato)
        {
            var referanse = b.NesteReferanse(mottattDato.Year);
            if (_erSoknad)
            {
                _konto = Konto();
                var innhold = Tekster.Soknad(_rng, _person.Fornavn, _person.Etternavn, mottattDato);
                _sak = Saksbygger.Soknad(referanse, _person.Id, _person.Fodselsdato, _t, _konto, innhold, utkastId: _rng.Guid());
                _adresse = [innhold.OmDeg!.Adresse, $"{innhold.OmDeg.Postnummer} {innhold.OmDeg.Poststed}"];
                return;
            }

            var hastegrad = _rng.Sjanse(hode.Kanal switch
            {
                Kanal.Spesialisthelsetjenesten => 0.35,
                Kanal.Kriminalomsorgen => 0.4,
                Kanal.Fastlege => 0.15,
                _ => 0.08,
            }) ? Hastegrad.Haster : Hastegrad.Normal;
            if (hastegrad == Hastegrad.Haster) _fart = 0.4;
            var (navn, rolle, telefon, epost) = Tekster.Melder(hode.Kanal, _person.Fornavn, _person.Etternavn, _rng);
            var mottaksform = _rng.Vektet((Mottaksform.Telefon, 0.55), (Mottaksform.Epost, 0.25), (Mottaksform.Brev, 0.1), (Mottaksform.Oppmote, 0.1));
            var beskrivelse = Tekster.Henvendelsesbeskrivelse(_rng);
            var registrertAv = _rng.Velg(b._ansatte.Saksbehandlere).Id;
            _sak = Saksbygger.Henvendelse(
                referanse, _person.Id, _person.Fodselsdato, _t, registrertAv,
                new Henvendelsesinnhold(hode.Kanal, mottaksform, navn, rolle, telefon, epost, beskrivelse, hastegrad));

            // Most reporters know where the person lives; the letters of those cases are addressed.
            if (_nyPerson is not null && _rng.Sjanse(0.6))
            {
                var (adresse, postnummer, poststed) = Tekster.Postadresse(_rng);
                _nyPerson.SettPostadresse(adresse, postnummer, poststed);
                _adresse = [adresse, $"{postnummer} {poststed}"];
            }
        }

        /// <summary>
        /// The citizen's account, as an ID-porten log-in makes it (no password, role Innbygger). Added
        /// as rows, not through UserManager: that would be a query and a save per account, minutes at this volume.
        /// </summary>
        private Guid Konto()
        {
            if (_person.KontoId is { } id) return id;
            var konto = new ApplicationUser
            {
                UserName = $"idporten-{_person.Id:N}",
                Fornavn = _person.Fornavn,
                Etternavn = _person.Etternavn,
                PersonId = _person.Id,
                Opprettet = hode.Mottatt - TimeSpan.FromMinutes(_rng.Tall(5, 60)),
                LockoutEnabled = true,
            };
            konto.NormalizedUserName = b._normalizer.NormalizeName(konto.UserName);
            db.Users.Add(konto);
            db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = konto.Id, RoleId = b._innbyggerRolleId });
            _person.KontoId = konto.Id;
            b.Telling.Kontoer++;
            return konto.Id;
        }

        /// <summary>Moves the clock to the next step, in working hours; false if that is after "now".</summary>
        private bool Steg(double minTimer, double maksTimer)
        {
            var neste = b.Arbeidstid(_t + TimeSpan.FromHours((minTimer + ((maksTimer - minTimer) * _rng.Desimal())) * _fart));
            if (!_forelopigSvarAvgjort && _forelopigSvarTid <= neste && _forelopigSvarTid <= b._naa) ForelopigSvar();
            KjorTil(neste);
            if (neste > b._naa) return false;
            _t = neste;
            return true;
        }

        private void Mottakskontroll(bool duplikatSjekket)
        {
            if (_nyPerson is not null && _person.Fodselsnummer is null && _rng.Sjanse(0.7))
            {
                // The screening found the person's number (from the reporter or the population register).
                var fnr = b.NyttFodselsnummer(_person.Fodselsdato, _person.Kvinne);
                if (_nyPerson.SettFodselsnummer(Gyldig(fnr)).Error is { } feil) throw new InvalidOperationException($"Person {_nyPerson.Id}: {feil.Kode}");
                _person.Fodselsnummer = fnr;
            }

            var iMaalgruppen = _utfall != Utfall.Henvist && !_under18;
            var notat = _rng.Sjanse(0.35) ? _rng.Velg(Tekster.Kontrollnotater) : null;
            _sak.RegistrerMottakskontroll(iMaalgruppen, duplikatSjekket, notat, tidspunkt: _t);
        }

        /// <summary>Contact with the person a referral is about. False when the course stops here (closed, waiting or out of time).</summary>
        private bool Kontakt()
        {
            var fikkIkkeKontakt = GrunnViaKontakt && _henleggelse.Tekst == FikkIkkeKontakt;
            var bom = fikkIkkeKontakt ? 3 : _rng.Vektet((0, 0.5), (1, 0.3), (2, 0.2));
            for (var i = 0; i < bom; i++)
            {
                if (!Steg(2, 72)) return false;
                Registrer(Kontaktresultat.IkkeOppnaadd, samtykke: false);
            }

            if (fikkIkkeKontakt)
            {
                if (Steg(24, 240)) Henlegg();
                return false;
            }

            if (_utfall == Utfall.Venter && _rng.Sjanse(0.5))
            {
                if (Steg(2, 72)) Registrer(Kontaktresultat.Usikker, samtykke: false);
                return false;
            }

            if (GrunnViaKontakt)
            {
                if (!Steg(2, 72)) return false;
                Registrer(Kontaktresultat.OnskerIkkeHjelp, samtykke: false);
                if (Steg(2, 72)) Henlegg();
                return false;
            }

            if (_rng.Sjanse(0.1))
            {
                if (!Steg(2, 72)) return false;
                Registrer(Kontaktresultat.Usikker, samtykke: false);
            }

            if (!Steg(2, 96)) return false;
            Registrer(Kontaktresultat.OnskerHjelp, samtykke: true);
            return true;
        }

        private void Registrer(Kontaktresultat resultat, bool samtykke)
        {
            var form = _rng.Vektet((Kontaktform.Telefon, 0.6), (Kontaktform.Hjemmebesok, 0.2), (Kontaktform.Mote, 0.1), (Kontaktform.Brev, 0.07),
                (Kontaktform.Annet, 0.03));
            var notat = _rng.Sjanse(0.4) ? _rng.Velg(Tekster.Kontaktnotater) : null;
            _sak.RegistrerKontakt(resultat, samtykke, form, notat, tidspunkt: _t);
        }

        /// <summary>Requests for missing information and their answers; a case may change hands on the way. False when the course stops.</summary>
        private bool Opplysninger(Ansatt? saksbehandler)
        {
            var manglerTilSlutt = _utfall == Utfall.Henlagt && _punkt == Punkt.Midt && _henleggelse.Tekst == OpplysningerMangler;
            var antall = _rng.Vektet((0, 0.06), (1, 0.17), (2, 0.3), (3, 0.27), (4, 0.2));
            if (manglerTilSlutt) antall = Math.Max(antall, 1);
            var byttet = false;
            for (var i = 0; i < antall; i++)
            {
                if (!byttet && saksbehandler is not null && _rng.Sjanse(0.2))
                {
                    if (!Steg(2, 72)) return false;
                    _sak.TildelSaksbehandler(_rng.Velg(b._ansatte.Saksbehandlere).Id, b._ansatte.Teamleder.Id, _t);
                    byttet = true;
                }

                if (!Steg(2, 96)) return false;
                var frist = Helligdager.NesteVirkedagFraOgMed(Norsktid.Dato(_t).AddDays(14));
                _sak.BeOmOpplysninger(_rng.Velg(Tekster.Opplysningsbehov), frist, tidspunkt: _t);
                var siste = i == antall - 1;
                if (siste && _utfall == Utfall.Venter) return false;
                if (siste && manglerTilSlutt)
                {
                    if (Steg(15 * 24, 30 * 24)) Henlegg();
                    return false;
                }

                if (!Steg(24, 18 * 24)) return false;
                _sak.RegistrerOpplysningerMottatt(tidspunkt: _t);
                if (_rng.Sjanse(0.5))
                {
                    if (!Steg(2, 72)) return false;
                    Mottakskontroll(duplikatSjekket: true);
                }
            }

            return true;
        }

        private void Henlegg() => _sak.Henlegg(_henleggelse.Grunn, _henleggelse.Tekst, tidspunkt: _t);

        /// <summary>Outside the target group: the record, and the letter as a draft, as the intake service makes them.</summary>
        private void Henvis()
        {
            var (tjeneste, begrunnelse) = _under18 ? Tekster.HenvisningUnder18 : _rng.Velg(Tekster.Henvisninger);
            _sak.HenvisTilAnnenTjeneste(tjeneste, begrunnelse, tidspunkt: _t);
            var bestilling = Brevmaler.HenvistTilAnnenTjeneste(Hode(Norsktid.Dato(_t)), Norsktid.Dato(_sak.Sak.Mottatt), tjeneste, begrunnelse);
            LeggTilUtkast(bestilling, _t, null);
        }

        /// <summary>
        /// A few days before the one-month deadline: for most cases still open, a foreløpig svar is
        /// registered as sent (the case's deadline moves to the promised date); for some it lies as a
        /// draft letter. A sent letter would need its stored PDF, which the generator does not make, so
        /// the sent ones have no letter row; the drafts have the content the letter would be printed from.
        /// </summary>
        private void ForelopigSvar()
        {
            _forelopigSvarAvgjort = true;
            if (!_sak.Sak.ErUnderBehandling) return;
            var dato = Norsktid.Dato(_forelopigSvarTid);
            var forventet = Helligdager.NesteVirkedagFraOgMed(dato.AddDays(_rng.Tall(28, 85)));
            var valg = _rng.Desimal();
            if (valg < 0.45)
            {
                _sak.RegistrerForelopigSvar(dato, forventet, _forelopigSvarTid);
            }
            else if (valg < 0.6)
            {
                var bestilling = Brevmaler.ForelopigSvar(
                    Hode(dato), Norsktid.Dato(_sak.Sak.Mottatt), _rng.Velg(Tekster.ForelopigSvarGrunner), forventet);
                LeggTilUtkast(bestilling, _forelopigSvarTid, forventet);
            }
        }

        /// <summary>The header <c>BrevService.LagHodeAsync</c> would make at this step: the person at the address known then, signed by the acting staff member.</summary>
        private Brevhode Hode(DateOnly dato) =>
            new(b._avsender, new Brevmottaker(_person.FulltNavn, _adresse), dato, _sak.Sak.Referanse, Saksbehandlernavn, Brevhode.Saksbehandler);

        /// <summary>Who signs a letter: whoever takes the case's steps now.</summary>
        private string Saksbehandlernavn => b._navn[_sak.Aktor!.Value];

        /// <summary>A draft made from version 1 of the letter's text (seeded with a fixed id), as the service would make it.</summary>
        private void LeggTilUtkast(Brevbestilling bestilling, DateTimeOffset opprettet, DateOnly? lovetDato)
        {
            var laget = Standardtekster.Lag(bestilling);
            _sak.Brevutkast(bestilling.Type, laget.Innhold, lovetDato, tidspunkt: opprettet, brevtekstversjonId: laget.BrevtekstversjonId);
            b.Telling.Brev++;
        }
    }
}
