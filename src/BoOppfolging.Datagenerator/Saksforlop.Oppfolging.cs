using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Saksbygging;

namespace BoOppfolging.Datagenerator;

/// <summary>
/// Issue 12: the follow-up after a granting vedtak, through the case builder's phase 3 steps (<c>Saksbygger.Oppfolging.cs</c>).
/// </summary>
internal sealed partial class Saksforlop
{
    private sealed partial class Forlop
    {
        /// <summary>
        /// The steps of the follow-up, each at its own time: a visit is planned on one day and documented on another, and
        /// between them come other visits, a meeting, a reassessment. They are queued by time and taken in that order (the
        /// builder's timeline never runs backwards); a step may queue the next one (the next reassessment, the vedtak's
        /// approval after it is sent). Steps after "now" are not taken.
        /// </summary>
        private readonly PriorityQueue<Action<DateTimeOffset>, (DateTimeOffset Tid, long Nr)> _koen = new();
        private long _nr;

        /// <summary>The day the service ends by an opphørsvedtak, if it does before "now"; the last day with visits; who visits on a day.</summary>
        private DateOnly? _slutt;
        private DateOnly _sisteDag;
        private Func<DateOnly, Ansatt> _hvem = null!;
        private Opphorsgrunn? _grunn;

        /// <summary>The days the citizen mostly does not take part (before a warning, and after it where nothing changes).</summary>
        private (DateOnly Fra, DateOnly Til) _uteblir = (DateOnly.MaxValue, DateOnly.MinValue);

        /// <summary>
        /// How much of the grant the visits are planned to fill, per case. Visits not held, short phone calls and holidays take
        /// some off, so most plan a little over the grant and stop at it (<see cref="Besokene"/>: a month's grant is not
        /// exceeded); some land well under; a few run over. The team leader's hours list then holds the cases that stand out,
        /// not most of them.
        /// </summary>
        private double _innsats = 1;

        /// <summary>The few cases whose visits run over the grant (no stop at the month's grant).</summary>
        private bool _overforbruk;

        /// <summary>The weekly grant the visits were drawn for (the first vedtak's).</summary>
        private decimal _ukeminutter = 240;

        private void Senere(DateTimeOffset tid, Action<DateTimeOffset> steg)
        {
            if (tid <= b._naa) _koen.Enqueue(steg, (tid, _nr++));
        }

        /// <summary>
        /// Takes the queued steps due by <paramref name="grense"/>, in time order (one may queue another), each at its time or, if the
        /// clock is past it, now. The course's own steps call it before they move the clock, so a complaint's steps queued after a
        /// vedtak letter (<see cref="Klagen"/>) fall between them at their times; with nothing queued it does nothing.
        /// </summary>
        private void KjorTil(DateTimeOffset grense)
        {
            while (_koen.TryPeek(out _, out var forste) && forste.Tid <= grense)
            {
                var steg = _koen.Dequeue();
                if (forste.Tid > _t) _t = forste.Tid;
                steg(_t);
            }
        }

        /// <summary>
        /// From an approved grant: primær- and sekundærkontakt from the bo-oppfølgere within days (some wait weeks for one with
        /// room, and one approved lately may still wait), then visits from the vedtak's start to "now" at roughly the granted
        /// hours (one to three a week; most done, some not met or cancelled, a few logged days late, some planned in the last
        /// week not yet documented, the next ones planned), a samarbeidsmøte about every three months, an agreement on
        /// cooperation on most, an individuell plan and a kriseplan on some, the goals' status on some, the IPLOS reassessments
        /// as their dates come, now and then an endringsvedtak or a new primærkontakt, and on some an opphørsvedtak that ends it.
        /// </summary>
        private void Oppfolgingen()
        {
            var vedtak = _sak.Vedtak[^1];
            var venter = _rng.Sjanse(0.1);
            if (!Steg(venter ? 20 * 24 : 24, venter ? 90 * 24 : 10 * 24)) return;
            var oppfolgere = b._ansatte.BoOppfolgere;
            var primaer = _rng.Velg(oppfolgere);
            var sekundaer = _rng.Sjanse(0.7) ? Annen(primaer) : null;
            _sak.TildelKontakter(primaer.Id, sekundaer?.Id, utfortAv: b._ansatte.Teamleder.Id, tidspunkt: _t);
            var start = _t;
            var startdag = Norsktid.Dato(_t);
            if (vedtak.Fra is { } fra && fra > startdag) startdag = fra;
            var idag = Norsktid.Dato(b._naa);

            // Some end: an opphørsvedtak from a day months or years in; the visits stop there. A few do not take part: they get a
            // warning (seed 000), followed up after its deadline; most take part again, and on the others the service ends for lack
            // of participation weeks after the follow-up.
            DateOnly? slutt = _rng.Sjanse(0.3) ? Helligdager.NesteVirkedagFraOgMed(startdag.AddDays(_rng.Tall(150, 900))) : null;
            var grunn = (Opphorsgrunn?)null;
            var varsel = Helligdager.NesteVirkedagFraOgMed(startdag.AddDays(_rng.Tall(60, 500)));
            var bedret = _rng.Sjanse(0.65);
            if (_rng.Sjanse(0.12) && varsel < idag && (slutt is null || varsel < slutt.Value.AddDays(-60)))
            {
                var oppfolges = Helligdager.NesteVirkedagFraOgMed(varsel.AddDays(Medvirkningsvarsel.StandardFristDager + _rng.Tall(1, 7)));
                Medvirkning(varsel, oppfolges, bedret);
                _uteblir = (varsel.AddDays(-30), varsel);
                if (!bedret)
                {
                    slutt = Helligdager.NesteVirkedagFraOgMed(oppfolges.AddDays(_rng.Tall(21, 35)));
                    grunn = Opphorsgrunn.ManglendeMedvirkning;
                    _uteblir = (varsel.AddDays(-30), slutt.Value);
                }
            }

            if (slutt <= idag.AddDays(-3)) Senere(Lokal(slutt.Value.AddDays(-_rng.Tall(8, 15)), Klokke()), t => Opphor(t, slutt.Value, grunn));
            else slutt = null;
            var sisteDag = slutt?.AddDays(-1) ?? idag.AddDays(14);

            // Now and then the primærkontakt changes (leaves, long leave, a better match), with the history kept.
            Ansatt? ny = null;
            var bytte = startdag.AddDays(_rng.Tall(120, 600));
            if (_rng.Sjanse(0.12) && bytte < sisteDag.AddDays(-14) && bytte < idag)
            {
                ny = Annen(primaer, sekundaer);
                var nyPrimaer = ny;
                Senere(Lokal(Helligdager.NesteVirkedagFraOgMed(bytte), Klokke()), t => _sak.TildelKontakter(
                    nyPrimaer.Id, sekundaer?.Id, utfortAv: b._ansatte.Teamleder.Id, tidspunkt: t,
                    begrunnelse: _rng.Velg(Oppfolgingstekster.Kontaktbytte)));
            }
            else
            {
                bytte = DateOnly.MaxValue;
            }

            Ansatt Hvem(DateOnly dag) => sekundaer is not null && _rng.Sjanse(0.1) ? sekundaer : dag >= bytte ? ny! : primaer;
            (_slutt, _sisteDag, _hvem, _grunn) = (slutt, sisteDag, Hvem, grunn);

            Besokene(vedtak, start, startdag, sisteDag, Hvem);
            Moter(startdag, sisteDag, Hvem);
            Planer(start, startdag, sisteDag, Hvem);
            Maalene(startdag, sisteDag, Hvem);
            NesteEvaluering();
            if (_sak.Iplosvurderinger.Count > 0) Senere(Revurderingstid(), Revurdering);
            if (vedtak.Innhold.GirTimer && _rng.Sjanse(0.12))
            {
                var endring = b.Arbeidstid(_t + TimeSpan.FromDays(_rng.Tall(40, 160)));
                if (Norsktid.Dato(endring) < sisteDag.AddDays(-20)) Senere(endring, Endringsvedtak);
            }

            // A step drawn for the morning of the day the contacts were assigned in the afternoon comes just after them.
            KjorTil(DateTimeOffset.MaxValue);
        }

        /// <summary>A bo-oppfølger of <paramref name="en"/>'s team other than those given (any other, if the team has none).</summary>
        private Ansatt Annen(Ansatt en, Ansatt? to = null)
        {
            var teamet = b._ansatte.Teamet[en.Id];
            if (!teamet.Any(a => a != en && a != to)) teamet = b._ansatte.BoOppfolgere;
            while (true)
            {
                var annen = _rng.Velg(teamet);
                if (annen != en && annen != to) return annen;
            }
        }

        /// <summary>A time of day in working hours (08:30–14:30), in quarter hours, drawn from the case's stream unless another is given.</summary>
        private TimeSpan Klokke(Tilfeldig? rng = null) => TimeSpan.FromHours(8.5) + TimeSpan.FromMinutes(15 * (rng ?? _rng).Tall(0, 25));

        /// <summary>
        /// The visits, week by week: as many as the granted hours give (one to three a week), on working days. Most are planned
        /// days ahead and documented the same day; some are logged straight away without being planned (a phone call); a few
        /// are logged days late. Planned visits in the last week are left undocumented now and then, and those after "now" are
        /// planned only.
        /// </summary>
        private void Besokene(Domain.Vedtak vedtak, DateTimeOffset start, DateOnly fra, DateOnly til, Func<DateOnly, Ansatt> hvem)
        {
            _ukeminutter = vedtak.Innhold.MinutterPerUke ?? 240;
            var timer = (double)_ukeminutter / 60;
            (_innsats, _overforbruk) = _rng.Vektet(
                ((1.3 + (0.3 * _rng.Desimal()), false), 0.9), ((0.45 + (0.25 * _rng.Desimal()), false), 0.06), ((1.5 + (0.3 * _rng.Desimal()), true), 0.04));
            var perUke = Math.Clamp((int)Math.Round(timer / 2), 1, 3);
            var omrader = vedtak.Innhold.Omrader.Count > 0 ? vedtak.Innhold.Omrader : [Hjelpeomrade.PraktiskBotrening];
            var maal = _sak.Kartlegging?.Maal ?? [];
            var idag = Norsktid.Dato(b._naa);
            var mandag = fra.AddDays(-(((int)fra.DayOfWeek + 6) % 7));
            Span<int> dager = stackalloc int[5];
            var (denne, levert) = (DateOnly.MinValue, 0);
            for (var uke = mandag; uke <= til; uke = uke.AddDays(7))
            {
                var antall = Math.Clamp(perUke + (_rng.Sjanse(0.15) ? -1 : 0) + (_rng.Sjanse(0.1) ? 1 : 0), 1, 3);
                for (var i = 0; i < 5; i++) dager[i] = i;
                for (var i = 0; i < antall; i++)
                {
                    var j = _rng.Tall(i, 5);
                    (dager[i], dager[j]) = (dager[j], dager[i]);
                }

                dager[..antall].Sort();
                for (var i = 0; i < antall; i++)
                {
                    var dag = uke.AddDays(dager[i]);
                    if (dag < fra || dag > til || !Helligdager.ErVirkedag(dag)) continue;
                    // The bo-oppfølger keeps to the month's grant: a visit is shortened to what is left, or left out when it is used.
                    var maaned = Timeregnskap.MaanedStart(dag);
                    if (maaned != denne) (denne, levert) = (maaned, 0);
                    // A month's grant as the product counts it: a monthly grant in full, a weekly one by the month's days.
                    var ramme = vedtak.Innhold is { Enhet: Timeenhet.Maaned, Kvarter: { } kvarter }
                        ? kvarter * 15
                        : (int)(timer * 60 * DateTime.DaysInMonth(dag.Year, dag.Month) / 7);
                    var igjen = _overforbruk ? int.MaxValue : ramme - levert;
                    if (igjen < 15) continue;
                    levert += Besoket(start, dag, timer / antall, igjen, omrader, maal, hvem(dag), idag);
                }
            }
        }

        /// <summary>One visit or call, at most <paramref name="igjen"/> minutes; returns the minutes delivered (held), else 0.</summary>
        private int Besoket(
            DateTimeOffset start, DateOnly dag, double timer, int igjen, IReadOnlyList<Hjelpeomrade> omrader, IReadOnlyList<Maal> maal,
            Ansatt oppfolger, DateOnly idag)
        {
            var type = _rng.Vektet(
                (Besokstype.Hjemmebesok, 0.6), (Besokstype.Telefon, 0.12), (Besokstype.FolgeNav, 0.08), (Besokstype.FolgeLege, 0.06),
                (Besokstype.FolgeBank, 0.03), (Besokstype.FolgeAnnet, 0.03), (Besokstype.Digitalt, 0.04), (Besokstype.Mote, 0.04));
            var minutter = type == Besokstype.Telefon
                ? 15 * _rng.Tall(1, 3)
                : Math.Clamp(15 * (int)Math.Round((timer * 60 * _innsats * (0.85 + (0.3 * _rng.Desimal()))) / 15), 30, 240);
            minutter = Math.Min(minutter, igjen / 15 * 15);
            var klokke = new TimeOnly(9, 0).AddMinutes(15 * _rng.Tall(0, 21));
            var tid = Lokal(dag, klokke.ToTimeSpan());
            var utfall = dag >= _uteblir.Fra && dag < _uteblir.Til
                ? _rng.Vektet((Besoksutfall.Gjennomfort, 0.35), (Besoksutfall.IkkeTruffet, 0.4), (Besoksutfall.AvlystAvBruker, 0.25))
                : _rng.Vektet(
                    (Besoksutfall.Gjennomfort, 0.85), (Besoksutfall.IkkeTruffet, 0.07), (Besoksutfall.AvlystAvBruker, 0.05), (Besoksutfall.AvlystAvTjenesten, 0.03));
            // A phone call is logged, not planned; most other visits are agreed days ahead, the next at the visit before.
            var planlegges = type != Besokstype.Telefon && _rng.Sjanse(0.8);
            var planlagt = Lokal(dag.AddDays(-_rng.Tall(1, 12)), Klokke());
            if (planlagt < start) planlagt = start + TimeSpan.FromMinutes(_rng.Tall(1, 120));
            if (Norsktid.Dato(planlagt) > dag) planlegges = false;
            if (planlagt > b._naa && tid > b._naa) planlagt = b._naa - TimeSpan.FromMinutes(_rng.Tall(1, 600));
            if (planlagt < start || Norsktid.Dato(planlagt) > dag) planlegges = false;

            var sent = _rng.Sjanse(0.04);
            var registreres = sent
                ? Lokal(Helligdager.NesteVirkedagFraOgMed(dag.AddDays(_rng.Tall(2, 10))), Klokke())
                : tid + TimeSpan.FromMinutes(minutter + _rng.Tall(10, 240));
            // A planned visit in the last week is now and then not documented yet: it shows as not documented.
            var udokumentert = planlegges && dag >= idag.AddDays(-7) && _rng.Sjanse(0.3);
            if (registreres > b._naa || udokumentert)
            {
                if (planlegges && planlagt <= b._naa) Senere(planlagt, t => _sak.PlanleggBesok(dag, klokke, minutter, type, oppfolger.Id, t));
                if (tid <= b._naa) b.Telling.BesokUdokumentert++;
                return 0;
            }

            var innhold = Innhold(dag, klokke, minutter, type, utfall, omrader, maal);
            if (sent) b.Telling.BesokSentRegistrert++;
            var holdt = utfall == Besoksutfall.Gjennomfort ? minutter : 0;
            if (!planlegges)
            {
                Senere(registreres, t => _sak.RegistrerBesok(EtterVedtaket(innhold), oppfolger.Id, t));
                return holdt;
            }

            Besok? besok = null;
            Senere(planlagt, t =>
            {
                _sak.PlanleggBesok(dag, klokke, minutter, type, oppfolger.Id, t);
                besok = (Besok)_sak.Rader[^1];
            });
            Senere(registreres, t => _sak.RegistrerBesok(EtterVedtaket(innhold), oppfolger.Id, t, besok));
            return holdt;
        }

        /// <summary>
        /// A visit held after an endringsvedtak changed the hours, as long in proportion (the visits are drawn ahead for the
        /// first vedtak; the change comes later in the case's time, and this runs when the visit is logged).
        /// </summary>
        private Besoksinnhold EtterVedtaket(Besoksinnhold i)
        {
            if (i.Utfall != Besoksutfall.Gjennomfort || i.Type == Besokstype.Telefon
                || Vedtakskjede.IKraft(_sak.Vedtak, i.Dato)?.Innhold.MinutterPerUke is not { } naa || naa == _ukeminutter)
            {
                return i;
            }

            var minutter = Math.Clamp(15 * (int)Math.Round((double)(i.Minutter * naa / _ukeminutter) / 15), 15, 240);
            return i with { Minutter = minutter, Slutt = i.Start?.AddMinutes(minutter) };
        }

        private Besoksinnhold Innhold(
            DateOnly dag, TimeOnly klokke, int minutter, Besokstype type, Besoksutfall utfall, IReadOnlyList<Hjelpeomrade> omrader, IReadOnlyList<Maal> maal)
        {
            if (utfall != Besoksutfall.Gjennomfort)
            {
                var arsak = _rng.Velg(utfall switch
                {
                    Besoksutfall.IkkeTruffet => Oppfolgingstekster.IkkeTruffet,
                    Besoksutfall.AvlystAvBruker => Oppfolgingstekster.AvlystAvBruker,
                    _ => Oppfolgingstekster.AvlystAvTjenesten,
                });
                return new Besoksinnhold(dag, null, null, 0, type, utfall, arsak, [], [], null);
            }

            var valgt = _rng.Velg(omrader);
            IReadOnlyList<Hjelpeomrade> arbeidet = omrader.Count > 1 && _rng.Sjanse(0.3) ? [.. omrader.Take(2)] : [valgt];
            IReadOnlyList<Maalnotat> notater = maal.Count > 0 && _rng.Sjanse(0.15)
                ? [new Maalnotat(_rng.Velg(maal).Id, _rng.Velg(Oppfolgingstekster.Fremdrift))]
                : [];
            var notat = _rng.Sjanse(0.5) ? _rng.Velg(Oppfolgingstekster.Besoksnotater) : null;
            // Most write start and end; some only how long it took.
            return _rng.Sjanse(0.8)
                ? new Besoksinnhold(dag, klokke, klokke.AddMinutes(minutter), minutter, type, utfall, null, arbeidet, notater, notat)
                : new Besoksinnhold(dag, null, null, minutter, type, utfall, null, arbeidet, notater, notat);
        }

        /// <summary>A samarbeidsmøte about every three months, with the NAV office and others, now and then with an action agreed.</summary>
        private void Moter(DateOnly fra, DateOnly til, Func<DateOnly, Ansatt> hvem)
        {
            for (var dag = fra.AddDays(_rng.Tall(20, 60)); dag <= til; dag = dag.AddDays(_rng.Tall(75, 110)))
            {
                var moteDag = Helligdager.NesteVirkedagFraOgMed(dag);
                var av = hvem(moteDag).Id;
                var type = _rng.Vektet((Motetype.Samarbeidsmote, 0.8), (Motetype.Boligmote, 0.2));
                IReadOnlyList<Samarbeidsdeltaker> deltakere = _rng.Sjanse(0.5)
                    ? [new(Tekster.Fulltnavn(_rng), "NAV-veileder")]
                    : [new(Tekster.Fulltnavn(_rng), "NAV-veileder"), new(Tekster.Fulltnavn(_rng), _rng.Velg(Oppfolgingstekster.Roller))];
                var deltok = _rng.Sjanse(0.85);
                var referat = _rng.Velg(Oppfolgingstekster.Referater);
                IReadOnlyList<NyttTiltak> tiltak = _rng.Sjanse(0.4)
                    ? [new(_rng.Velg(Oppfolgingstekster.Tiltak), "Bo-oppfølger", moteDag.AddDays(_rng.Tall(14, 60)))]
                    : [];
                Senere(Lokal(moteDag, TimeSpan.FromHours(15) + TimeSpan.FromMinutes(_rng.Tall(0, 90))), t => _sak.RegistrerMote(
                    type, moteDag, deltakere, deltok, referat, tiltak, av, t));
            }
        }

        /// <summary>An agreement on cooperation on most, an individuell plan on some (revised after half a year on some), a kriseplan on a few.</summary>
        private void Planer(DateTimeOffset start, DateOnly fra, DateOnly til, Func<DateOnly, Ansatt> hvem)
        {
            if (_rng.Sjanse(0.6))
            {
                var dag = Helligdager.NesteVirkedagFraOgMed(fra.AddDays(_rng.Tall(0, 21)));
                if (dag <= til) Senere(Senest(start, Lokal(dag, Klokke())), t => _sak.InngaSamarbeidsavtale(utfortAv: hvem(dag).Id, tidspunkt: t));
            }

            if (_rng.Sjanse(0.1))
            {
                var dag = Helligdager.NesteVirkedagFraOgMed(fra.AddDays(_rng.Tall(7, 60)));
                if (dag <= til) Senere(Senest(start, Lokal(dag, Klokke())), t => _sak.SkrivKriseplan(utfortAv: hvem(dag).Id, tidspunkt: t));
            }

            if (!_rng.Sjanse(0.2)) return;
            var planDag = Helligdager.NesteVirkedagFraOgMed(fra.AddDays(_rng.Tall(14, 75)));
            if (planDag > til) return;
            var koordinator = hvem(planDag).Navn;
            Senere(Senest(start, Lokal(planDag, Klokke())), t => _sak.SkrivIndividuellPlan(
                IndividuellPlanFor(Norsktid.Dato(t)), koordinator, hvem(planDag).Id, t));
            var revidert = Helligdager.NesteVirkedagFraOgMed(planDag.AddMonths(6));
            if (_rng.Sjanse(0.5) && revidert <= til)
            {
                Senere(Lokal(revidert, Klokke()), t => _sak.SkrivIndividuellPlan(IndividuellPlanFor(Norsktid.Dato(t)), koordinator, hvem(revidert).Id, t));
            }
        }

        private IndividuellPlanInnhold IndividuellPlanFor(DateOnly dag) =>
            Saksbygger.StandardPlan(dag) with { Maal = _rng.Velg(Vurderingstekster.Maal).Tekst };

        private static DateTimeOffset Senest(DateTimeOffset start, DateTimeOffset tid) => tid > start ? tid : start + TimeSpan.FromMinutes(5);

        /// <summary>The goals of the mapping on some cases: under way after weeks, and later reached (most) or stopped with a reason.</summary>
        private void Maalene(DateOnly fra, DateOnly til, Func<DateOnly, Ansatt> hvem)
        {
            if (_sak.Kartlegging?.Maal is not { Count: > 0 } maal || !_rng.Sjanse(0.6)) return;
            foreach (var m in maal)
            {
                var pagar = Helligdager.NesteVirkedagFraOgMed(fra.AddDays(_rng.Tall(14, 60)));
                if (pagar > til) continue;
                var id = m.Id;
                Senere(Lokal(pagar, Klokke()), t => SettMaal(id, Maalstatusverdi.Pagar, null, hvem(pagar).Id, t));
                var videre = Helligdager.NesteVirkedagFraOgMed(pagar.AddDays(_rng.Tall(60, 400)));
                if (videre > til) continue;
                var valg = _rng.Desimal();
                if (valg < 0.45)
                {
                    Senere(Lokal(videre, Klokke()), t => SettMaal(id, Maalstatusverdi.Nadd, null, hvem(videre).Id, t));
                }
                else if (valg < 0.55)
                {
                    var arsak = _rng.Velg(Oppfolgingstekster.MaalAvbrutt);
                    Senere(Lokal(videre, Klokke()), t => SettMaal(id, Maalstatusverdi.Avbrutt, arsak, hvem(videre).Id, t));
                }
            }
        }

        /// <summary>A goal's new status, unless an evaluation in the meantime already set it or ended the goal.</summary>
        private void SettMaal(Guid id, Maalstatusverdi status, string? arsak, Guid av, DateTimeOffset tid)
        {
            var naa = _sak.Maalstatuser.SingleOrDefault(m => m.MaalId == id)?.Status ?? Maalstatusverdi.IkkeStartet;
            if (naa == status || naa is Maalstatusverdi.Nadd or Maalstatusverdi.Avbrutt) return;
            _sak.SettMaalstatus(id, status, arsak, av, tid);
        }

        /// <summary>When the next IPLOS reassessment is done: within weeks of its date.</summary>
        private DateTimeOffset Revurderingstid()
        {
            var dag = _sak.Iplosvurderinger[^1].NesteVurdering!.Value.AddDays(_rng.Tall(-21, 28));
            var tid = b.Arbeidstid(Lokal(dag, TimeSpan.FromHours(8) + TimeSpan.FromMinutes(_rng.Tall(0, 420))));
            return tid > _t ? tid : b.Arbeidstid(_t + TimeSpan.FromHours(1));
        }

        /// <summary>
        /// A reassessment, as <see cref="Revurderinger"/> makes them: some done late (the case is due or overdue on the IPLOS
        /// list until then), a few left as drafts; a finished one queues the next.
        /// </summary>
        private void Revurdering(DateTimeOffset tid)
        {
            if (_sak.Sak.Status.ErAvsluttet()) return;
            var forrige = _sak.Iplosvurderinger[^1];
            var valg = _rng.Desimal();
            if (valg < 0.15)
            {
                // Not done by its date: done one to four months late (meanwhile, and still if that is ahead, the case is overdue
                // on the IPLOS list), not never.
                Senere(b.Arbeidstid(tid + TimeSpan.FromDays(_rng.Tall(30, 121))), Revurdering);
                return;
            }

            var ferdig = valg >= 0.2;
            VurderIplos(Skaarer(forrige, ferdig), ferdig);
            if (ferdig) Senere(Revurderingstid(), Revurdering);
        }

        /// <summary>
        /// The next evaluation of the vedtak in force, from its date (<see cref="Evaluering.Forfall"/>): held with the citizen within
        /// weeks of it; a few are not held, and the case stands on the evaluation list. Drawn from the case's stream unless
        /// <paramref name="rng"/> is given (a vedtak made because of a complaint).
        /// </summary>
        private void NesteEvaluering(Tilfeldig? rng = null)
        {
            var r = rng ?? _rng;
            if (Vedtakskjede.Siste(_sak.Vedtak) is not { } vedtak) return;
            var forfall = Evaluering.Forfall(vedtak.Innhold.Evalueringsdato, _sak.Evalueringer.LastOrDefault(e => e.VedtakId == vedtak.Id));
            if (forfall is not { } f || r.Sjanse(0.08)) return;
            var dag = Helligdager.NesteVirkedagFraOgMed(f.AddDays(r.Tall(-25, 15)));
            // Not before the vedtak, and after the step that plans it (the last evaluation, the new vedtak's start).
            var tidligst = Norsktid.Dato(vedtak.Vedtatt!.Value) > Norsktid.Dato(_t) ? Norsktid.Dato(vedtak.Vedtatt!.Value) : Norsktid.Dato(_t);
            if (dag <= tidligst) dag = Helligdager.NesteVirkedagFraOgMed(tidligst.AddDays(1));
            if (dag > _sisteDag) return;
            Senere(Lokal(dag, Klokke(r)), t => Evaluer(t, dag, vedtak.Id));
        }

        /// <summary>
        /// An evaluation with the citizen, the goals as they stand (some reached now): most conclude to go on, with the next date
        /// half a year or a year on (within the vedtak's period); some to change the service, and an endringsvedtak follows within
        /// weeks; the one in the months before an opphør to end it.
        /// </summary>
        private void Evaluer(DateTimeOffset tid, DateOnly dag, Guid vedtakId)
        {
            if (_sak.Sak.Status != Saksstatus.IOppfolging || Vedtakskjede.Siste(_sak.Vedtak) is not { } vedtak || vedtak.Id != vedtakId) return;
            var idag = Norsktid.Dato(tid);
            var konklusjon = _slutt is { } s && _grunn is null && dag >= s.AddDays(-120) ? Evalueringskonklusjon.Avslutte
                : _rng.Sjanse(0.1) ? Evalueringskonklusjon.Endre : Evalueringskonklusjon.Fortsette;
            // A vedtak for a period that ends within two months needs a new one: the evaluation says so.
            if (konklusjon == Evalueringskonklusjon.Fortsette && vedtak.Til is { } til && til <= dag.AddMonths(2)) konklusjon = Evalueringskonklusjon.Endre;
            DateOnly? neste = null;
            if (konklusjon == Evalueringskonklusjon.Fortsette)
            {
                var n = dag.AddMonths(_rng.Sjanse(0.6) ? 6 : 12);
                neste = vedtak.Til is { } t && n > t ? t : n;
                if (neste <= idag) (konklusjon, neste) = (Evalueringskonklusjon.Endre, null);
            }

            var status = _sak.Maalstatuser.ToDictionary(m => m.MaalId, m => m.Status);
            IReadOnlyList<Maalvurdering> maal = [.. (_sak.Kartlegging?.Maal ?? []).Select(m =>
            {
                var naa = status.GetValueOrDefault(m.Id, Maalstatusverdi.IkkeStartet);
                if (naa == Maalstatusverdi.Pagar && _rng.Sjanse(0.25)) naa = Maalstatusverdi.Nadd;
                return new Maalvurdering(m.Id, naa, naa == Maalstatusverdi.Avbrutt ? _rng.Velg(Oppfolgingstekster.MaalAvbrutt) : null);
            })];
            var vurdering = _rng.Velg(konklusjon switch
            {
                Evalueringskonklusjon.Fortsette => Oppfolgingstekster.EvalueringFortsette,
                Evalueringskonklusjon.Endre => Oppfolgingstekster.EvalueringEndre,
                _ => Oppfolgingstekster.EvalueringAvslutte,
            });
            _sak.Evaluer(dag, konklusjon, neste, vurdering, maal, _hvem(dag).Id, tid);
            if (konklusjon == Evalueringskonklusjon.Fortsette) NesteEvaluering();
            else if (konklusjon == Evalueringskonklusjon.Endre) Senere(b.Arbeidstid(tid + TimeSpan.FromDays(_rng.Tall(3, 20))), Endringsvedtak);
        }

        /// <summary>
        /// A warning about lack of participation on <paramref name="dag"/>, drafted by the saksbehandler from the visits not met and
        /// sent by the team leader the same day or the next (its PDF stored, as BrevService does), and followed up on
        /// <paramref name="oppfolges"/>: participation resumed, or not (the opphørsvedtak is then queued by the caller).
        /// </summary>
        private void Medvirkning(DateOnly dag, DateOnly oppfolges, bool bedret)
        {
            Senere(Lokal(dag, TimeSpan.FromHours(14) + TimeSpan.FromMinutes(_rng.Tall(0, 120))), t =>
            {
                if (_sak.Sak.Status != Saksstatus.IOppfolging) return;
                var saksbehandler = Saksbehandler();
                var forrige = _sak.Aktor;
                _sak.Som(saksbehandler);
                _sak.VarsleManglendeMedvirkning(Hode(dag), utfortAv: saksbehandler, tidspunkt: t);
                if (forrige is { } f) _sak.Som(f);
                b.Telling.Brev++;
                var sendes = b.Arbeidstid(t + TimeSpan.FromHours(_rng.Tall(1, 20)));
                if (sendes > b._naa - TimeSpan.FromDays(1)) return;
                Senere(sendes, sendt =>
                {
                    _sak.Som(b._ansatte.Teamleder.Id);
                    var (sha, lengde) = Arkiver(_sak.SisteMedvirkningsbrev);
                    _sak.RegistrerMedvirkningsbrevSendt(sha, sha, lengde, tidspunkt: sendt);
                    if (forrige is { } f2) _sak.Som(f2);
                    b.Telling.SendteBrev++;
                    Senere(Lokal(oppfolges, Klokke()), o =>
                    {
                        if (_sak.Sak.Status != Saksstatus.IOppfolging) return;
                        _sak.FolgOppMedvirkning(
                            bedret ? Medvirkningsutfall.Bedret : Medvirkningsutfall.IkkeBedret,
                            _rng.Velg(bedret ? Oppfolgingstekster.MedvirkningBedret : Oppfolgingstekster.MedvirkningIkkeBedret),
                            utfortAv: b._ansatte.Teamleder.Id, tidspunkt: o);
                    });
                });
            });
        }

        /// <summary>An endringsvedtak on the hours, drafted, sent, and approved by the team leader within days, its letter sent.</summary>
        private void Endringsvedtak(DateTimeOffset tid)
        {
            // Not while another new vedtak waits for approval, nor in the last weeks before the service ends.
            if (_sak.Sak.Status != Saksstatus.IOppfolging || _sak.Vedtak[^1].Status != Vedtaksstatus.Vedtatt || Norsktid.Dato(tid) > _sisteDag.AddDays(-20)) return;
            var vedtak = _sak.Vedtak[^1];
            var saksbehandler = Saksbehandler();
            var fra = Norsktid.Dato(tid).AddDays(_rng.Tall(7, 21));
            if (vedtak.Fra > fra) fra = vedtak.Fra!.Value;
            var kvarter = Math.Max(4, vedtak.Innhold.Kvarter!.Value + (_rng.Sjanse(0.6) ? 4 : -4));
            _sak.EndreVedtak(
                Vedtakstype.Endringsvedtak, _rng.Velg(Vedtakstekster.Endringsgrunn),
                vedtak.Innhold with { Kvarter = kvarter, Fra = fra, Til = null, Evalueringsdato = fra.AddMonths(3) },
                utfortAv: saksbehandler, tidspunkt: tid);
            Vedtaksbrev(saksbehandler, null);
            Godkjenning(tid, saksbehandler);
            // The new vedtak has its own evaluation date (three months on): planned once it is in force.
            Senere(Lokal(fra, Klokke()), _ => NesteEvaluering());
        }

        /// <summary>
        /// The service ends: an opphørsvedtak from <paramref name="slutt"/> (the goals reached, the citizen moved, or said no more),
        /// drafted days before and approved by the team leader, its letter sent; the case is then Avsluttet.
        /// </summary>
        private void Opphor(DateTimeOffset tid, DateOnly slutt, Opphorsgrunn? hvorfor)
        {
            if (_sak.Sak.Status != Saksstatus.IOppfolging || _sak.Vedtak[^1].Status != Vedtaksstatus.Vedtatt) return;
            var saksbehandler = Saksbehandler();
            var (arsak, grunn, fakta) = hvorfor == Opphorsgrunn.ManglendeMedvirkning ? Oppfolgingstekster.OpphorManglendeMedvirkning : _rng.Velg(Oppfolgingstekster.Opphor);
            _sak.EndreVedtak(
                Vedtakstype.Opphorsvedtak, grunn,
                _sak.Vedtak[^1].Innhold with
                {
                    Fra = slutt, Til = null, BegrunnelseFakta = fakta, BegrunnelseVurdering = grunn, Opphorsgrunn = arsak,
                    Oppsummering = _rng.Velg(Oppfolgingstekster.Oppsummering),
                },
                utfortAv: saksbehandler, tidspunkt: tid);
            Vedtaksbrev(saksbehandler, null);
            Godkjenning(tid, saksbehandler);

            // Approved before the end date, the case stays in follow-up until the system's run on the day ends it.
            Senere(Lokal(slutt, TimeSpan.FromMinutes(_rng.Tall(60, 119))), t =>
            {
                var siste = _sak.Vedtak[^1];
                if (!_sak.Sak.Status.ErAvsluttet() && siste.Type == Vedtakstype.Opphorsvedtak && siste.Status == Vedtaksstatus.Vedtatt) _sak.AvsluttVedOpphor(t);
            });
        }

        /// <summary>Sent for approval hours later, approved by the team leader a day or two after, and the letter sent.</summary>
        private void Godkjenning(DateTimeOffset tid, Guid saksbehandler)
        {
            Senere(b.Arbeidstid(tid + TimeSpan.FromHours(_rng.Tall(1, 6))), sendt =>
            {
                _sak.SendVedtakTilGodkjenning(utfortAv: saksbehandler, tidspunkt: sendt);
                Senere(b.Arbeidstid(sendt + TimeSpan.FromHours(_rng.Tall(20, 60))), godkjent =>
                {
                    var teamleder = b._ansatte.Teamleder.Id;
                    _sak.GodkjennVedtak(teamleder, godkjent);
                    Vedtaksbrev(saksbehandler, teamleder);
                    SendVedtaksbrev();
                });
            });
        }

        /// <summary>Who drafts a later vedtak: the case's saksbehandler if it has one, else one of them.</summary>
        private Guid Saksbehandler() =>
            _sak.Sak.SaksbehandlerId is { } id && id != b._ansatte.Teamleder.Id ? id : _rng.Velg(b._ansatte.Saksbehandlere).Id;
    }
}

/// <summary>What the generated bo-oppfølgere write in the follow-up (issue 12).</summary>
internal static class Oppfolgingstekster
{
    public static readonly IReadOnlyList<string> Besoksnotater =
    [
        "Gikk gjennom regningene for måneden sammen. Husleien er betalt.",
        "Ryddet kjøkkenet sammen og laget en plan for søppel.",
        "Handlet inn etter ukemenyen. Gikk greit.",
        "Snakket om hvordan uka har vært. Virker mer i form enn sist.",
        "Fulgte til NAV-kontoret for møte om økonomien.",
        "Satte opp faste trekk for strøm og husleie i nettbanken.",
        "Laget middag sammen. Vil prøve selv neste gang.",
        "Gikk tur til aktivitetshuset og hilste på de som jobber der.",
    ];

    public static readonly IReadOnlyList<string> Fremdrift =
    [
        "Har betalt husleien selv denne måneden.",
        "Har laget middag selv to ganger denne uka.",
        "Leiligheten var ryddig da vi kom.",
        "Har vært på aktiviteten to ganger siden sist.",
    ];

    public static readonly IReadOnlyList<string> IkkeTruffet =
    [
        "Ingen åpnet døren, og telefonen ble ikke besvart.",
        "Ikke hjemme til avtalt tid. Sendte melding om ny avtale.",
    ];

    public static readonly IReadOnlyList<string> AvlystAvBruker =
    [
        "Innbyggeren ringte og var syk.",
        "Innbyggeren hadde legetime samme dag og ba om ny tid.",
    ];

    public static readonly IReadOnlyList<string> AvlystAvTjenesten =
    [
        "Bo-oppfølgeren var syk. Ny tid er avtalt.",
        "Avlyst på grunn av personalmøte. Ny tid er avtalt.",
    ];

    public static readonly IReadOnlyList<string> Roller = ["fastlege", "boligkontoret", "psykiatrisk sykepleier", "gjeldsrådgiver"];

    public static readonly IReadOnlyList<string> Referater =
    [
        "Gikk gjennom hvordan det går med økonomien. NAV ser på søknaden om bostøtte.",
        "Husleien er betalt de siste månedene. Vi fortsetter med samme opplegg.",
        "Innbyggeren ønsker mer hjelp med aktiviteter på dagtid. Vi undersøker tilbud i nærmiljøet.",
        "Boligkontoret er fornøyd med at leiligheten holdes i orden. Ingen nye klager fra naboer.",
    ];

    public static readonly IReadOnlyList<string> Tiltak =
    [
        "Søke om bostøtte",
        "Avtale time hos fastlegen",
        "Finne en aktivitet på dagtid",
        "Sette opp nedbetalingsplan for strømregningen",
    ];

    public static readonly IReadOnlyList<string> Kontaktbytte =
    [
        "Bo-oppfølgeren har sluttet.",
        "Bo-oppfølgeren har langtidspermisjon.",
        "Innbyggeren ønsket en annen bo-oppfølger.",
    ];

    public static readonly IReadOnlyList<string> MaalAvbrutt =
    [
        "Innbyggeren ønsker ikke å jobbe med dette målet nå.",
        "Målet er erstattet av et nytt etter samarbeidsmøtet.",
    ];

    public static readonly IReadOnlyList<(Opphorsgrunn Arsak, string Grunn, string Fakta)> Opphor =
    [
        (Opphorsgrunn.MaalNadd, "Du klarer nå å bo i boligen uten bo-oppfølging.", "Målene i vedtaket er nådd, og husleien har vært betalt i et halvt år."),
        (Opphorsgrunn.Flyttet, "Du har flyttet fra kommunen.", "Du har meldt flytting til en annen kommune."),
        (Opphorsgrunn.OnskerIkke, "Du ønsker ikke lenger tjenesten.", "Du har sagt fra at hjelpen ikke lenger er ønsket."),
    ];

    public static readonly (Opphorsgrunn Arsak, string Grunn, string Fakta) OpphorManglendeMedvirkning = (
        Opphorsgrunn.ManglendeMedvirkning,
        "Du har ikke tatt imot hjelpen etter at vi varslet deg, og vi kan ikke gi tjenesten uten at du medvirker.",
        "Du har ikke vært hjemme eller har avlyst de fleste avtalte besøkene, også etter varselet om manglende medvirkning.");

    public static readonly IReadOnlyList<string> EvalueringFortsette =
    [
        "Vi gikk gjennom målene sammen. Det går fremover med økonomien, og vi fortsetter med samme timetall.",
        "Innbyggeren er fornøyd med hjelpen. Vi fortsetter som før og ser på målene igjen ved neste evaluering.",
        "Husleien betales, og innbyggeren klarer mer selv. Tjenesten fortsetter slik vedtaket sier.",
    ];

    public static readonly IReadOnlyList<string> EvalueringEndre =
    [
        "Innbyggeren trenger mindre hjelp enn før. Vi foreslår færre timer i et endringsvedtak.",
        "Økonomien krever tettere oppfølging en periode. Vi foreslår flere timer i et endringsvedtak.",
    ];

    public static readonly IReadOnlyList<string> EvalueringAvslutte =
    [
        "Vi gikk gjennom målene sammen og ble enige om å avslutte tjenesten. Saksbehandleren lager et opphørsvedtak.",
        "Innbyggeren trenger ikke tjenesten videre. Vi avslutter med et opphørsvedtak.",
    ];

    public static readonly IReadOnlyList<string> MedvirkningBedret =
    [
        "Har vært hjemme til alle avtalte besøk etter varselet. Vi fortsetter som før.",
        "Vi har avtalt faste tider som passer bedre, og besøkene blir gjennomført.",
    ];

    public static readonly IReadOnlyList<string> MedvirkningIkkeBedret =
    [
        "Ikke hjemme ved noen av besøkene etter varselet, og svarer ikke på telefon. Vedtaket må vurderes på nytt.",
    ];

    public static readonly IReadOnlyList<string> Oppsummering =
    [
        "Vi har jobbet med budsjett og husleie, og fått på plass faste trekk for husleie og strøm.",
        "Vi har handlet og laget mat sammen, og du har fått kontakt med et aktivitetstilbud i nærmiljøet.",
        "Vi har ryddet i post og regninger, og du har fått en fast kontaktperson hos NAV.",
    ];
}
