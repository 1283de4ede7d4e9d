using BoOppfolging.Application.Brev;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Iplos;

namespace BoOppfolging.Datagenerator;

/// <summary>
/// Issue 10: the vurderingsteam's part of a case's course, taken through the case builder's phase steps
/// (<c>Saksbygger.Kartlegging.cs</c>, <c>.Kartleggingsarbeid.cs</c>, <c>.Iplos.cs</c>, <c>.Forberedelse.cs</c>).
/// </summary>
internal sealed partial class Saksforlop
{
    /// <summary>The variable list the builder assesses on (the newest shipped, the one the database is seeded with).</summary>
    private static readonly Lazy<Iplosliste> Iplosliste = new(() => Iploskatalog.Filene()[^1]);

    private sealed partial class Forlop
    {
        /// <summary>
        /// The vurderingsteam's steps on a case it keeps. Most are taken by a member within days, and most of those get a
        /// vurderingsmøte: "fyller kriteriene" starts the mapping (<see cref="Kartleggingen"/>); "fyller ikke" ends in an
        /// innstilling on avslag or a referral; "trenger mer informasjon" asks the citizen (phase 1's step) and meets again
        /// once the answer is in. Each step may fall after "now", so the cases stop in every state of the phase.
        /// </summary>
        private void Vurderingsteamet()
        {
            if (!Ja(0.7) || !Steg(2, 5 * 24)) return;
            var medlem = _rng.Velg(b._ansatte.Vurderingsteam);
            _sak.TaTilVurdering(medlem.Id, tidspunkt: _t);
            // The member does the next steps, and signs the letters from now on.
            _sak.Som(medlem.Id);
            if (!Ja(0.8) || !Steg(2 * 24, 21 * 24)) return;

            var konklusjon = _mot ? Vurderingskonklusjon.FyllerKriteriene : _rng.Vektet(
                (Vurderingskonklusjon.FyllerKriteriene, 0.68), (Vurderingskonklusjon.FyllerIkkeKriteriene, 0.14),
                (Vurderingskonklusjon.TrengerMerInformasjon, 0.18));
            if (konklusjon == Vurderingskonklusjon.TrengerMerInformasjon)
            {
                Vurderingsmote(medlem, konklusjon);
                if (!Steg(2, 48)) return;
                var frist = Helligdager.NesteVirkedagFraOgMed(Norsktid.Dato(_t).AddDays(14));
                _sak.BeOmOpplysninger(_rng.Velg(Tekster.Opplysningsbehov), frist, tidspunkt: _t);
                // Some answers have not come: the case waits in Til vurdering with the request open.
                if (!_rng.Sjanse(0.7) || !Steg(3 * 24, 18 * 24)) return;
                _sak.RegistrerOpplysningerMottatt(tidspunkt: _t);
                if (!Steg(2 * 24, 14 * 24)) return;
                konklusjon = _rng.Sjanse(0.8) ? Vurderingskonklusjon.FyllerKriteriene : Vurderingskonklusjon.FyllerIkkeKriteriene;
            }

            Vurderingsmote(medlem, konklusjon);
            if (konklusjon == Vurderingskonklusjon.FyllerIkkeKriteriene)
            {
                if (!Steg(24, 10 * 24)) return;
                if (_rng.Sjanse(0.35)) Henvis();
                else
                {
                    _sak.SkrivInnstilling(
                        new Innstilling(Innstillingsutfall.Avslaa, [], null, null, null, null, null, _rng.Velg(Vurderingstekster.Avslag), medlem.Id, _t),
                        tidspunkt: _t);
                    Vedtaket();
                }

                return;
            }

            Kartleggingen(medlem);
        }

        private void Vurderingsmote(Ansatt medlem, Vurderingskonklusjon konklusjon)
        {
            var annen = _rng.Velg(b._ansatte.Vurderingsteam);
            string[] tilStede = annen == medlem ? [medlem.Navn] : [medlem.Navn, annen.Navn];
            _sak.Vurderingsmote(konklusjon, tilStede: tilStede, utfortAv: medlem.Id, tidspunkt: _t);
        }

        /// <summary>
        /// The mapping with the citizen: flags now and then, the citizen's own preparation (an application's account),
        /// a kartleggingsmøte, needs and goals, an IPLOS assessment (some left as drafts), the mapping finished and the
        /// innstilling written; then reassessments as their dates come (<see cref="Revurderinger"/>).
        /// </summary>
        private void Kartleggingen(Ansatt medlem)
        {
            if (_rng.Sjanse(0.15))
            {
                if (!Steg(1, 72)) return;
                Saksvarsler();
            }

            if (_erSoknad && _rng.Sjanse(0.4))
            {
                if (!Steg(24, 8 * 24)) return;
                var omrader = Omrader(_rng.Tall(1, 3));
                _sak.Forbered(
                    _rng.Velg(Vurderingstekster.HvaJegKlarer), [.. omrader.Select(o => new Onske(o, _rng.Velg(Vurderingstekster.Onsker)))],
                    _rng.Sjanse(0.6) ? [_rng.Velg(Vurderingstekster.Maal).Tekst] : [], tidspunkt: _t);
            }

            if (!Ja(0.92) || !Steg(3 * 24, 28 * 24)) return;
            var sted = _rng.Vektet((Motested.Hjemme, 0.6), (Motested.Kontor, 0.25), (Motested.Digitalt, 0.1), (Motested.Telefon, 0.05));
            IReadOnlyList<Motedeltaker> andre = _rng.Sjanse(0.3) ? [new Motedeltaker(Tekster.Fulltnavn(_rng), "veileder i NAV", false)] : [];
            _sak.RegistrerKartleggingsmote(_rng.Velg(Vurderingstekster.BrukerensSyn), sted, andre, tidspunkt: _t);

            if (!Steg(1, 72)) return;
            var behovsomrader = Omrader(_rng.Tall(1, 4));
            _sak.LagreBehov([.. behovsomrader.Select(o => new Omradebehov(
                o, _rng.Velg(Vurderingstekster.Situasjon), _rng.Velg(Vurderingstekster.Hjelp), _rng.Vektet((Prioritet.Hoy, 0.4), (Prioritet.Middels, 0.4), (Prioritet.Lav, 0.2))))],
                tidspunkt: _t);
            var antallMaal = _rng.Tall(1, 3);
            for (var i = 0; i < antallMaal; i++)
            {
                if (!Steg(0.2, 4)) return;
                var (tekst, vite) = _rng.Velg(Vurderingstekster.Maal);
                _sak.LagreMaal(new Maal(_rng.Guid(), tekst, behovsomrader[i % behovsomrader.Count], vite, Norsktid.Dato(_t).AddMonths(_rng.Tall(3, 13))), tidspunkt: _t);
            }

            if (!Steg(24, 21 * 24)) return;
            var forste = _rng.Desimal();
            if (forste < 0.1 && !_mot)
            {
                // A draft begun and not finished: the mapping waits for it.
                VurderIplos(Skaarer(null), ferdig: false);
                return;
            }

            VurderIplos(Skaarer(null), ferdig: true);
            if (!Ja(0.9) || !Steg(2 * 24, 21 * 24)) return;
            _sak.FerdigstillKartlegging(tidspunkt: _t);
            if (!Ja(0.92) || !Steg(24, 10 * 24)) return;
            Innstilling(medlem, behovsomrader);
            Vedtaket();
            // Issue 12: an approved grant goes on to follow-up, with the reassessments among its steps.
            if (_sak.Sak.Status == Saksstatus.Vedtatt) Oppfolgingen();
            else Revurderinger();
        }

        /// <summary>
        /// Reassessments as the next dates come: most within weeks of the date, with a few scores changed; some begun and
        /// left as drafts; and some not done yet, so the case is due or overdue on the IPLOS list.
        /// </summary>
        private void Revurderinger()
        {
            for (var runde = 0; runde < 4; runde++)
            {
                var forrige = _sak.Iplosvurderinger[^1];
                var valg = _rng.Desimal();
                if (valg < 0.3) return;
                var dag = forrige.NesteVurdering!.Value.AddDays(_rng.Tall(-21, 28));
                if (!StegTil(Lokal(dag, TimeSpan.FromHours(8) + TimeSpan.FromMinutes(_rng.Tall(0, 420))))) return;
                var ferdig = valg >= 0.42;
                VurderIplos(Skaarer(forrige, ferdig), ferdig);
                if (!ferdig) return;
            }
        }

        private void VurderIplos(IReadOnlyDictionary<string, int> skaarer, bool ferdig)
        {
            var liste = Iplosliste.Value;
            var dato = Norsktid.Dato(_t);
            _sak.VurderIplos(
                skaarer,
                [.. liste.Deltakelse.Select(d => _rng.Sjanse(0.3)
                    ? new Deltakelsesvurdering(d.Kode, true, _rng.Vektet((MottarBistand.Ja, 0.4), (MottarBistand.JaMenUdekketBehov, 0.35), (MottarBistand.Nei, 0.25)))
                    : new Deltakelsesvurdering(d.Kode, false, MottarBistand.Nei))],
                nesteVurdering: dato.AddMonths(_rng.Vektet((3, 0.25), (6, 0.45), (12, 0.3))).AddDays(_rng.Tall(-10, 11)),
                ferdig: ferdig, liste: liste, tidspunkt: _t);
        }

        /// <summary>
        /// Scores for every variable: drawn for a first assessment; for a reassessment the ones before with two to six
        /// changed by one step (9, "not relevant", kept). A draft (<paramref name="ferdig"/> false) has the first part only.
        /// </summary>
        private Dictionary<string, int> Skaarer(IplosVurdering? forrige, bool ferdig = true)
        {
            var variabler = Iplosliste.Value.Variabler.OrderBy(v => v.Rekkefolge).ToList();
            var skaarer = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var v in variabler)
            {
                skaarer[v.Kode] = forrige?.SkaarFor(v.Kode)
                    ?? _rng.Vektet((1, 0.25), (2, 0.3), (3, 0.22), (4, 0.13), (5, 0.06), (9, 0.04));
            }

            if (forrige is not null)
            {
                var endringer = _rng.Tall(2, 7);
                for (var i = 0; i < endringer; i++)
                {
                    var kode = _rng.Velg(variabler).Kode;
                    var skaar = skaarer[kode];
                    if (skaar == 9) continue;
                    // Needs fall more often than they grow, with help under way.
                    skaarer[kode] = Math.Clamp(skaar + (_rng.Sjanse(0.6) ? -1 : 1), 1, 5);
                }
            }

            return ferdig ? skaarer : variabler.Take(_rng.Tall(1, variabler.Count)).ToDictionary(v => v.Kode, v => skaarer[v.Kode], StringComparer.Ordinal);
        }

        private void Innstilling(Ansatt medlem, IReadOnlyList<Hjelpeomrade> omrader)
        {
            var utfall = _mot
                ? _rng.Vektet((Innstillingsutfall.Innvilge, 0.85), (Innstillingsutfall.DelvisInnvilge, 0.15))
                : _rng.Vektet((Innstillingsutfall.Innvilge, 0.75), (Innstillingsutfall.DelvisInnvilge, 0.15), (Innstillingsutfall.Avslaa, 0.1));
            // A grant for a year, for two, or until further notice (the follow-up runs for years on some).
            var aar = _rng.Vektet((1, 0.3), (2, 0.3), (0, 0.4));
            var dag = Norsktid.Dato(_t);
            var innstilling = utfall == Innstillingsutfall.Avslaa
                ? new Innstilling(utfall, [], null, null, null, null, null, _rng.Velg(Vurderingstekster.Avslag), medlem.Id, _t)
                : new Innstilling(
                    utfall, omrader, _rng.Velg(Vurderingstekster.Kvarter), Timeenhet.Uke, dag.AddDays(14), aar == 0 ? null : dag.AddDays(14).AddYears(aar), dag.AddDays(14).AddMonths(6),
                    _rng.Velg(Vurderingstekster.Innvilgelse), medlem.Id, _t);
            _sak.SkrivInnstilling(innstilling, tidspunkt: _t);
        }

        /// <summary>
        /// Issue 11: the vedtak from the innstilling (<c>Saksbygger.Vedtak.cs</c>). A saksbehandler drafts it within days and
        /// sends it; the team leader approves most at once and returns some with reasons, which the saksbehandler fixes and
        /// sends again. An approved grant goes on to follow-up, where some get an endringsvedtak months later
        /// (<see cref="Oppfolgingen"/>). Each step may fall after "now", so the cases
        /// stop in every state of the phase: VedtakUnderArbeid, TilGodkjenning, Vedtatt, Avslag.
        /// </summary>
        private void Vedtaket()
        {
            if (!Ja(0.95) || !Steg(24, 10 * 24)) return;
            // The drafter is a saksbehandler (the case's own if it has one); the approver, the team leader, is never the drafter.
            var saksbehandler = _sak.Sak.SaksbehandlerId is { } id && id != b._ansatte.Teamleder.Id ? id : _rng.Velg(b._ansatte.Saksbehandlere).Id;
            var teamleder = b._ansatte.Teamleder.Id;
            _sak.UtarbeidVedtak(utfortAv: saksbehandler, tidspunkt: _t);
            Vedtaksbrev(saksbehandler, null);
            if (!Steg(24, 7 * 24)) return;
            _sak.SendVedtakTilGodkjenning(utfortAv: saksbehandler, tidspunkt: _t);
            if (!Steg(24, 10 * 24)) return;
            if (_rng.Sjanse(0.15))
            {
                _sak.UnderkjennVedtak(
                    teamleder, [_rng.Vektet((Underkjenningsarsak.MangelfullBegrunnelse, 0.5), (Underkjenningsarsak.FeilOmfang, 0.3), (Underkjenningsarsak.SprakOgForm, 0.2))],
                    _rng.Velg(Vedtakstekster.Retur), _t);
                if (!Steg(2, 72)) return;
                _sak.EndreVedtaksutkast(i => i with { BegrunnelseVurdering = $"{i.BegrunnelseVurdering} {_rng.Velg(Vedtakstekster.Tillegg)}" });
                _sak.SendVedtakTilGodkjenning(utfortAv: saksbehandler, tidspunkt: _t);
                if (!Steg(2, 72)) return;
            }

            _sak.GodkjennVedtak(teamleder, _t);
            Vedtaksbrev(saksbehandler, teamleder);
            SendVedtaksbrev();
        }

        /// <summary>
        /// The team leader sends the approved letter the day it is approved (most by post, some digitally, a few handed over),
        /// as BrevService does: made final for the day and channel (the complaint deadline), its PDF rendered and kept for the
        /// generator to store after the batch (<see cref="Saksforlop.Arkiv"/>), registered sent. One approved in the last days waits
        /// in "Klar til utsending". Once sent, the citizen may complain (<see cref="Klagen"/>). <paramref name="rng"/> draws the
        /// channel when not the run's letter stream (a vedtak made because of a complaint, so the other letters' draws stay as they were).
        /// </summary>
        private void SendVedtaksbrev(Tilfeldig? rng = null)
        {
            // Its own random numbers and no step of time: sending letters leaves the cases' course (and the tests' sample of states)
            // as it was. Sent the day it is approved; approved in the last two days, it still waits.
            if (_t > b._naa - TimeSpan.FromDays(2)) return;
            var forsendelse = (rng ?? b._brevRng).Vektet((Forsendelse.Post, 0.7), (Forsendelse.Digital, 0.25), (Forsendelse.Overlevert, 0.05));
            if (forsendelse == Forsendelse.Post && _adresse.Count == 0) forsendelse = Forsendelse.Digital;
            var forrige = _sak.Aktor;
            _sak.Som(b._ansatte.Teamleder.Id).FerdigstillVedtaksbrev(Norsktid.Dato(_t), forsendelse, Saksforlop.PostgangDager);
            var (sha, lengde) = Arkiver(_sak.SisteVedtaksbrev);
            _sak.RegistrerVedtaksbrevSendt(sha, sha, lengde, _t);
            if (forrige is { } f) _sak.Som(f);
            b.Telling.SendteBrev++;
            Klagen(_sak.Vedtak[^1]);
        }

        /// <summary>
        /// A letter's PDF rendered from its stored content, as BrevService does when it is sent, and kept for the generator to store
        /// after the batch under its hash (<see cref="Saksforlop.Arkiv"/>): the hash (the key too) and the size.
        /// </summary>
        private (string Sha256, long Lengde) Arkiver(Domain.Brev brev)
        {
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            var pdf = b._pdf.LagPdf(Brevlagring.FraJson(brev.InnholdJson));
            b.Telling.PdfTid += System.Diagnostics.Stopwatch.GetElapsedTime(start);
            var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf));
            b.Arkiv.Add((sha, pdf));
            return (sha, pdf.Length);
        }

        /// <summary>
        /// The newest vedtak's letter as the service keeps it: made with the draft, made again at approval with the approver's name.
        /// Left as drafts: an approved one waits in "Klar til utsending" (sent letters need their stored PDF, not made here).
        /// </summary>
        private void Vedtaksbrev(Guid saksbehandler, Guid? godkjenner)
        {
            var nytt = _sak.Vedtak[^1].BrevId is null;
            var hode = Hode(Norsktid.Dato(_t)) with { SignaturNavn = b._navn[saksbehandler] };
            _sak.Vedtaksbrev(new Partshode(hode, _person.FulltNavn, TilFullmektig: false), godkjenner is { } g ? b._navn[g] : null, b._mineSakerAdresse, _t);
            if (nytt) b.Telling.Brev++;
        }

        /// <summary>Flags: a notice of eviction, a safety assessment for home visits, an interpreter, an individual plan; one or two of them.</summary>
        private void Saksvarsler()
        {
            var dag = Norsktid.Dato(_t);
            var utkastelse = _rng.Sjanse(0.45) ? new Utkastelsesvarsel(dag.AddDays(_rng.Tall(14, 90)), _rng.Sjanse(0.5) ? "Namsmannen har varslet utkastelse." : null) : null;
            var sikkerhet = _rng.Sjanse(0.35)
                ? new Sikkerhetsvurdering([_rng.Vektet((Risikotype.Vold, 0.3), (Risikotype.Dyr, 0.5), (Risikotype.Annet, 0.2))], _rng.Velg(Vurderingstekster.Sikkerhet),
                    dag.AddMonths(3))
                : null;
            var tolk = _rng.Sjanse(0.3) ? _rng.Velg(Vurderingstekster.Sprak) : null;
            var plan = utkastelse is null && sikkerhet is null && tolk is null
                ? _rng.Vektet((IndividuellPlanStatus.Har, 0.5), (IndividuellPlanStatus.Onsker, 0.5))
                : _rng.Vektet((IndividuellPlanStatus.Nei, 0.7), (IndividuellPlanStatus.Har, 0.15), (IndividuellPlanStatus.Onsker, 0.15));
            var koordinator = plan == IndividuellPlanStatus.Har ? Tekster.Fulltnavn(_rng) : null;
            _sak.RegistrerSaksvarsler(utkastelse, sikkerhet, tolk, plan, koordinator, tidspunkt: _t);
        }

        /// <summary><paramref name="antall"/> different help areas, in the enum's order.</summary>
        private List<Hjelpeomrade> Omrader(int antall)
        {
            var alle = Enum.GetValues<Hjelpeomrade>().ToList();
            var valgt = new List<Hjelpeomrade>();
            for (var i = 0; i < antall; i++)
            {
                var omrade = alle[_rng.Tall(0, alle.Count)];
                alle.Remove(omrade);
                valgt.Add(omrade);
            }

            return [.. valgt.Order()];
        }

        /// <summary>Moves the clock to <paramref name="tid"/> (in working hours, never back); false if that is after "now".</summary>
        private bool StegTil(DateTimeOffset tid)
        {
            var neste = b.Arbeidstid(tid > _t ? tid : _t + TimeSpan.FromHours(1));
            if (!_forelopigSvarAvgjort && _forelopigSvarTid <= neste && _forelopigSvarTid <= b._naa) ForelopigSvar();
            KjorTil(neste);
            if (neste > b._naa) return false;
            _t = neste;
            return true;
        }
    }
}

/// <summary>The vurderingsteam's and the citizen's words in the mapping.</summary>
internal static class Vurderingstekster
{
    public static readonly IReadOnlyList<string> Avslag =
    [
        "Behovet gjelder i hovedsak behandling for rus og psykisk helse, som en annen tjeneste har ansvaret for.",
        "Søkeren mestrer boforholdet med hjelpen som allerede gis, og har ikke behov for bo-oppfølging nå.",
        "Søkeren har ikke egen bolig eller tilbud om bolig, som bo-oppfølging forutsetter.",
    ];

    public static readonly IReadOnlyList<string> Innvilgelse =
    [
        "Kartleggingen viser behov for opplæring i økonomi og praktisk botrening for å beholde boligen.",
        "Innbyggeren trenger hjelp til å komme i gang med faste rutiner og kontakt med NAV.",
        "Behovene er størst de første månedene etter innflytting; timene evalueres etter et halvt år.",
    ];

    public static readonly IReadOnlyList<int> Kvarter = [8, 12, 16, 20, 24, 32];

    public static readonly IReadOnlyList<string> BrukerensSyn =
    [
        "Jeg vil klare å bo her og betale regningene selv.",
        "Jeg trenger hjelp til å få orden på økonomien, ellers klarer jeg meg.",
        "Jeg vil ha det ryddig hjemme og få besøk uten å skamme meg.",
        "Jeg blir mye alene og vil gjerne ut og treffe folk.",
        "Jeg vil lære å lage mat selv og slutte å kjøpe ferdigmat.",
    ];

    public static readonly IReadOnlyList<string> HvaJegKlarer =
    [
        "Jeg klarer å handle og vaske klær selv.",
        "Jeg lager frokost selv og går tur hver dag.",
        "Jeg har kontakt med søsteren min og klarer å betale strømmen.",
        "Jeg klarer det meste når jeg har en plan for uka.",
    ];

    public static readonly IReadOnlyList<string> Onsker =
    [
        "Noen som kan hjelpe meg å lage et budsjett.",
        "Hjelp til å rydde og holde orden.",
        "Følge til NAV og legen.",
        "Hjelp til å finne en aktivitet å gå på.",
    ];

    public static readonly IReadOnlyList<string> Situasjon =
    [
        "Regningene hoper seg opp, og husleien er ikke betalt for to måneder.",
        "Leiligheten er lite ryddet, og søppel blir stående.",
        "Spiser mest ferdigmat og har lite mat i huset.",
        "Går sjelden ut og har lite kontakt med andre.",
        "Har mange tjenester som ikke snakker sammen.",
    ];

    public static readonly IReadOnlyList<string> Hjelp =
    [
        "Lage budsjett og betale faste regninger sammen.",
        "Lage en fast plan for rydding og søppel.",
        "Planlegge en ukemeny og handle etter den.",
        "Finne en aktivitet i nærmiljøet og følge de første gangene.",
        "Samle tjenestene til et møte og avtale hvem som gjør hva.",
    ];

    public static readonly IReadOnlyList<(string Tekst, string HvordanVite)> Maal =
    [
        ("Jeg vil betale husleien selv hver måned.", "Ingen purringer på tre måneder."),
        ("Jeg vil lage middag selv tre dager i uka.", "Jeg har laget middag tre dager i uka en hel måned."),
        ("Jeg vil ha det ryddig nok til å ha besøk.", "Jeg har hatt besøk hjemme."),
        ("Jeg vil gå på en aktivitet hver uke.", "Jeg har vært på aktiviteten fire uker på rad."),
    ];

    public static readonly IReadOnlyList<string> Sikkerhet =
    [
        "Hund i leiligheten; be om at den er i et eget rom.",
        "Har truet ansatte tidligere; besøk to sammen.",
        "Røyker inne; ta med munnbind ved astma.",
    ];

    public static readonly IReadOnlyList<string> Sprak = ["arabisk", "somali", "polsk", "tigrinja", "ukrainsk"];
}

/// <summary>What the generated team leader and saksbehandlere write on a vedtak (issue 11).</summary>
internal static class Vedtakstekster
{
    public static readonly IReadOnlyList<string> Retur =
    [
        "Begrunnelsen må vise hvorfor timetallet trengs, med det kartleggingen fant.",
        "Timetallet er høyere enn innstillingen uten at det er begrunnet. Se over omfanget.",
        "Skriv begrunnelsen enklere, slik at innbyggeren forstår hva som er avgjørende.",
        "Evalueringsdatoen bør komme etter tre måneder når tjenesten er ny.",
    ];

    public static readonly IReadOnlyList<string> Tillegg =
    [
        "Kartleggingen viser at husleien ikke er betalt de to siste månedene, og at innbyggeren selv ønsker hjelp til budsjett.",
        "Timetallet er satt ut fra at opplæringen skal skje i hjemmet, og at innbyggeren etter hvert skal klare mer selv.",
        "Vi har lagt vekt på innbyggerens egne mål om å klare boligen og økonomien selv.",
    ];

    public static readonly IReadOnlyList<string> Endringsgrunn =
    [
        "Behovet har økt etter at innbyggeren fikk varsel om utkastelse.",
        "Innbyggeren klarer mer selv, og timene kan trappes ned.",
        "Evalueringsmøtet viste at målene om økonomi krever tettere oppfølging en periode.",
        "Innbyggeren har flyttet til ny bolig og trenger hjelp til å etablere seg.",
    ];
}
