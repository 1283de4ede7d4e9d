using BoOppfolging.Domain;

namespace BoOppfolging.Datagenerator;

/// <summary>
/// Issue 13: complaints on a vedtak whose letter was sent, through the case builder's complaint steps (<c>Saksbygger.Klage.cs</c>),
/// as <c>KlageService</c> and <c>KlagebehandlingService</c> take them: received, the formal check (some asked to put a defect right,
/// some avvist), reconsidered, and then reversed by a new vedtak or upheld and sent to Statsforvalteren, who decides months later;
/// a few withdrawn. Every draw is from the case's complaint stream, and the steps are queued by time with the follow-up's, so a
/// complaint leaves the rest of the course as it was; steps after "now" are not taken, so the recent complaints are still open.
/// </summary>
internal sealed partial class Saksforlop
{
    private sealed partial class Forlop
    {
        /// <summary>
        /// Whether the citizen complains about the vedtak whose letter was just sent (<see cref="SendVedtaksbrev"/>): about 12 % of
        /// refusals and 3 % of grants and endringsvedtak (<see cref="Genereringsvalg.Klager"/>), never a vedtak made because of a
        /// complaint, nor an opphørsvedtak. Most come within the deadline; about 8 % after it (on paper, or with a reason given).
        /// </summary>
        private void Klagen(Domain.Vedtak vedtak)
        {
            if (vedtak.KlageId is not null || vedtak.Type == Vedtakstype.Opphorsvedtak || vedtak.Klagefrist is not { } frist) return;
            var r = _klageRng;
            var avslag = vedtak.Innhold.Utfall == Vedtaksutfall.Avslag;
            if (!r.Sjanse(Math.Min(1, avslag ? 4 * b._klager : b._klager))) return;

            var sendt = Norsktid.Dato(_t);
            var sen = r.Sjanse(0.08);
            var dag = sen ? frist.AddDays(r.Tall(1, 45)) : sendt.AddDays(r.Tall(2, Math.Max(3, frist.DayNumber - sendt.DayNumber + 1)));
            Guid? konto = _erSoknad ? _konto : _person.KontoId;
            var kanal = konto is null
                ? r.Vektet((Klagekanal.Post, 0.65), (Klagekanal.Epost, 0.2), (Klagekanal.Oppmote, 0.15))
                : r.Vektet((Klagekanal.Digital, 0.65), (Klagekanal.Post, 0.25), (Klagekanal.Epost, 0.05), (Klagekanal.Oppmote, 0.05));
            // Sent from "Mine saker" at any hour; one on paper, by e-mail or in person is registered in working hours.
            var tid = kanal == Klagekanal.Digital
                ? Lokal(dag, TimeSpan.FromMinutes(r.Tall(7 * 60, 23 * 60)))
                : b.Arbeidstid(Lokal(dag, TimeSpan.FromMinutes(r.Tall(8 * 60, (15 * 60) + 30))), r);
            Senere(tid, t => MottaKlage(vedtak, kanal, konto, sen, t));
        }

        /// <summary>
        /// The complaint received, on the vedtak it is about if that is still the newest approved (the builder takes that one) and the
        /// case has no other complaint open; then its formal check queued, and on a few the citizen's withdrawal.
        /// </summary>
        private void MottaKlage(Domain.Vedtak vedtak, Klagekanal kanal, Guid? konto, bool sen, DateTimeOffset t)
        {
            var nyeste = _sak.Vedtak.Where(v => v.Status == Vedtaksstatus.Vedtatt).OrderBy(v => v.Vedtatt).LastOrDefault();
            if (nyeste?.Id != vedtak.Id || _sak.Klager.Any(k => !k.Status.ErAvsluttet())) return;
            var r = _klageRng;
            var digital = kanal == Klagekanal.Digital;
            var rolle = digital ? Klagerrolle.Part : r.Vektet((Klagerrolle.Part, 0.9), (Klagerrolle.Fullmektig, 0.07), (Klagerrolle.Annen, 0.03));
            var navn = rolle == Klagerrolle.Part ? _person.FulltNavn : Tekster.Fulltnavn(r);
            // Written down and signed at the unit when told in person; a letter or an e-mail now and then comes unsigned.
            var signert = kanal switch
            {
                Klagekanal.Post => r.Sjanse(0.92),
                Klagekanal.Epost => r.Sjanse(0.8),
                _ => true,
            };
            var dag = Norsktid.Dato(t);
            var vedtatt = Norsktid.Dato(vedtak.Vedtatt!.Value);
            // Posted a working day or a few before it came (the postmark), never before the vedtak.
            DateOnly? postlagt = null;
            if (kanal == Klagekanal.Post)
            {
                var stemplet = dag.AddDays(-r.Tall(1, 4));
                while (!Helligdager.ErVirkedag(stemplet)) stemplet = stemplet.AddDays(-1);
                postlagt = stemplet < vedtatt ? vedtatt : stemplet;
            }

            var (uenighet, onsket) = vedtak.Type == Vedtakstype.Endringsvedtak ? (Klagetekster.UenighetEndring, Klagetekster.OnsketEndring)
                : vedtak.Innhold.Utfall == Vedtaksutfall.Avslag ? (Klagetekster.UenighetAvslag, Klagetekster.OnsketAvslag)
                : (Klagetekster.UenighetTimer, Klagetekster.OnsketTimer);
            // The form in "Mine saker" asks a late citizen why; on paper most say, some do not.
            var grunn = sen && (digital || r.Sjanse(0.6)) ? r.Velg(Klagetekster.ForsinkelseGrunner) : null;
            var innhold = new Klageinnhold(
                r.Velg(uenighet), r.Sjanse(0.8) ? r.Velg(onsket) : null, r.Sjanse(0.4) ? r.Velg(Klagetekster.NyeOpplysninger) : null, grunn);
            var behandler = Klagebehandler();
            _sak.MottaKlage(kanal, innhold, postlagt, signert, rolle, navn, utfortAv: digital ? konto : behandler, tidspunkt: t);
            var klage = _sak.Klager[^1];

            // The citizen withdraws now and then, while the unit has it or while it is with Statsforvalteren.
            if (r.Sjanse(0.05)) Senere(b.Arbeidstid(t + r.Varighet(TimeSpan.FromDays(3), TimeSpan.FromDays(50)), r), tt => Trekk(klage, digital ? konto : behandler, tt));
            Senere(b.Arbeidstid(t + r.Varighet(TimeSpan.FromDays(1), TimeSpan.FromDays(14)), r), tt => Formkravene(klage, behandler, tt));
        }

        /// <summary>
        /// The formal check: met on most (reconsidered next); a missing signature, power of attorney or statement of what is
        /// complained about is asked put right within two weeks (most do, the rest are avvist after the deadline); one late without
        /// an exception is avvist. A late one with a reason given mostly gets the exception.
        /// </summary>
        private void Formkravene(Klage klage, Guid behandler, DateTimeOffset t)
        {
            if (klage.Status != Klagestatus.Mottatt) return;
            var r = _klageRng;
            var iTide = klage.Fristvurdering.ErInnenFristen();
            Fristunntak? unntak = null;
            if (!iTide && klage.Innhold.ForsinkelseGrunn is not null && r.Sjanse(0.6)) unntak = Fristunntak.IkkeKlandres;
            else if (!iTide && r.Sjanse(0.15)) unntak = Fristunntak.SaerligeGrunner;
            var part = klage.Klagerrolle != Klagerrolle.Annen;
            var konkret = r.Sjanse(0.97);
            var merknader = new List<string>();
            var grunnGitt = klage.Innhold.ForsinkelseGrunn is not null;
            if (!iTide && unntak is null) merknader.Add(grunnGitt ? Klagetekster.ForSentGrunnIkkeGodtatt : Klagetekster.ForSent);
            if (unntak is not null) merknader.Add(unntak == Fristunntak.IkkeKlandres ? Klagetekster.IkkeKlandres : Klagetekster.SaerligeGrunner);
            if (!part) merknader.Add(Klagetekster.IkkePart);
            if (!konkret) merknader.Add(Klagetekster.IkkeKonkret);
            if (!klage.Signert) merknader.Add(Klagetekster.IkkeSignert);
            var formkrav = new Formkrav(part, iTide, unntak, konkret, klage.Signert, merknader.Count > 0 ? string.Join(" ", merknader) : null);
            _sak.VurderKlagensFormkrav(formkrav, behandler, t);
            if (formkrav.Oppfylt)
            {
                Klagebehandling(klage, behandler, t);
                return;
            }

            if (!formkrav.KanRettes)
            {
                var begrunnelse = grunnGitt ? Klagetekster.AvvistGrunnIkkeGodtatt : Klagetekster.AvvistForSent;
                Senere(b.Arbeidstid(t + r.Varighet(TimeSpan.FromHours(1), TimeSpan.FromDays(3)), r), tt => Avvis(klage, begrunnelse, behandler, tt));
                return;
            }

            // The letter asking to put it right minutes after the check (a step of its own, so the timeline has them in order).
            var frist = Helligdager.NesteVirkedagFraOgMed(Norsktid.Dato(t).AddDays(14));
            var rettes = r.Sjanse(0.7);
            Senere(t + TimeSpan.FromMinutes(r.Tall(5, 30)), tb =>
            {
                if (klage.Status != Klagestatus.Formkrav) return;
                _sak.BeOmRettingAvKlage(frist, behandler, tb);
                if (!rettes)
                {
                    Senere(b.Arbeidstid(Lokal(frist.AddDays(r.Tall(1, 8)), TimeSpan.FromHours(9)), r), tt => Avvis(klage, Klagetekster.AvvistIkkeRettet, behandler, tt));
                    return;
                }

                Senere(b.Arbeidstid(tb + r.Varighet(TimeSpan.FromDays(3), TimeSpan.FromDays(12)), r), tt =>
                {
                    if (klage.Status != Klagestatus.Formkrav) return;
                    var merknad = unntak is null ? Klagetekster.Rettet : $"{merknader[0]} {Klagetekster.Rettet}";
                    _sak.VurderKlagensFormkrav(formkrav with { ErPartEllerFullmektig = true, Konkret = true, Signert = true, Merknad = merknad }, behandler, tt);
                    Klagebehandling(klage, behandler, tt);
                });
            });
        }

        private void Avvis(Klage klage, string begrunnelse, Guid behandler, DateTimeOffset t)
        {
            if (klage.Status != Klagestatus.Formkrav) return;
            _sak.AvvisKlage(begrunnelse, behandler, t);
        }

        /// <summary>
        /// The reconsideration, queued from the formal check: most within a month, some within two and a half. When that is past the
        /// date a foreløpig svar is due, most get one a few days before it, promising the result by the day it comes.
        /// </summary>
        private void Klagebehandling(Klage klage, Guid behandler, DateTimeOffset t)
        {
            var r = _klageRng;
            var (fra, til) = r.Vektet(((7, 30), 0.65), ((30, 75), 0.35));
            var naar = b.Arbeidstid(t + r.Varighet(TimeSpan.FromDays(fra), TimeSpan.FromDays(til)), r);
            if (Norsktid.Dato(naar) > klage.SvarFrist && r.Sjanse(0.7))
            {
                var sendes = b.Arbeidstid(Lokal(klage.SvarFrist.AddDays(-r.Tall(1, 6)), TimeSpan.FromHours(9)), r);
                var forventet = Helligdager.NesteVirkedagFraOgMed(Norsktid.Dato(naar).AddDays(r.Tall(0, 15)));
                Senere(sendes > t ? sendes : t, _ =>
                {
                    if (klage.ErHosEnheten && forventet > klage.SvarFrist) _sak.RegistrerKlageForelopigSvar(forventet);
                });
            }

            Senere(naar, tt => Vurder(klage, behandler, tt));
        }

        /// <summary>
        /// The unit's conclusion: about a quarter reversed, in full or in part, where the case has a vedtak in force with hours and
        /// no other vedtak under way (<see cref="Omgjor"/>); the rest, and every refusal, upheld and sent to Statsforvalteren.
        /// </summary>
        private void Vurder(Klage klage, Guid behandler, DateTimeOffset t)
        {
            if (klage.Status != Klagestatus.UnderBehandling || klage.Konklusjon is not null) return;
            var r = _klageRng;
            var omgjores = r.Sjanse(0.25);
            var delvis = r.Sjanse(0.4);
            if (omgjores && KanOmgjores(klage, t))
            {
                Omgjor(klage, delvis, behandler, t);
                return;
            }

            var avslag = _sak.Vedtak.Single(v => v.Id == klage.VedtakId).Innhold.Utfall == Vedtaksutfall.Avslag;
            Oppretthold(klage, r.Velg(avslag ? Klagetekster.OpprettholdAvslag : Klagetekster.Oppretthold), behandler, t);
        }

        /// <summary>
        /// A reversal is an endringsvedtak on the vedtak in force (the case in Vedtatt or follow-up, hours granted, nothing else
        /// drafted), not in the weeks before the service ends: a refusal is not reversed here, it goes to Statsforvalteren.
        /// </summary>
        private bool KanOmgjores(Klage klage, DateTimeOffset t) =>
            _sak.Vedtak.Single(v => v.Id == klage.VedtakId).Innhold.GirTimer
            && _sak.Sak.Status is Saksstatus.Vedtatt or Saksstatus.IOppfolging
            && _sak.Vedtak[^1].Status == Vedtaksstatus.Vedtatt
            && Vedtakskjede.Siste(_sak.Vedtak) is { Innhold.Kvarter: not null }
            && (_slutt is not { } slutt || Norsktid.Dato(t) < slutt.AddDays(-45));

        /// <summary>
        /// Reversed in full or in part: the reasons recorded and an endringsvedtak with more hours drafted on the vedtak in force (as the
        /// follow-up's <see cref="Endringsvedtak"/>), sent for approval hours later, approved by the team leader a day or two after, which
        /// completes the reversal; its letter sent and its evaluation planned. What a partial reversal did not give goes on to
        /// Statsforvalteren weeks later, unless the citizen withdraws it.
        /// </summary>
        private void Omgjor(Klage klage, bool delvis, Guid saksbehandler, DateTimeOffset t)
        {
            var r = _klageRng;
            var begrunnelse = r.Velg(delvis ? Klagetekster.DelvisOmgjoring : Klagetekster.Omgjoring);
            _sak.OmgjorEtterKlage(delvis, begrunnelse, saksbehandler, t);
            var gjeldende = Vedtakskjede.Siste(_sak.Vedtak)!;
            var fra = Norsktid.Dato(t).AddDays(r.Tall(7, 15));
            if (gjeldende.Fra > fra) fra = gjeldende.Fra!.Value;
            _sak.EndreVedtak(
                Vedtakstype.Endringsvedtak, $"{(delvis ? "Delvis omgjort" : "Omgjort")} etter klage {klage.Referanse}. {begrunnelse}",
                gjeldende.Innhold with { Kvarter = gjeldende.Innhold.Kvarter!.Value + (delvis ? 4 : 8), Fra = fra, Til = null, Evalueringsdato = fra.AddMonths(3) },
                utfortAv: saksbehandler, tidspunkt: t);
            Vedtaksbrev(saksbehandler, null);
            Senere(b.Arbeidstid(t + r.Varighet(TimeSpan.FromHours(1), TimeSpan.FromHours(6)), r), sendt =>
            {
                _sak.SendVedtakTilGodkjenning(utfortAv: saksbehandler, tidspunkt: sendt);
                Senere(b.Arbeidstid(sendt + r.Varighet(TimeSpan.FromHours(20), TimeSpan.FromHours(60)), r), godkjent =>
                {
                    var teamleder = b._ansatte.Teamleder.Id;
                    _sak.GodkjennVedtak(teamleder, godkjent);
                    Vedtaksbrev(saksbehandler, teamleder);
                    _sak.FullforOmgjoringEtterKlage(teamleder, godkjent);
                    SendVedtaksbrev(r);
                    // The new vedtak has its own evaluation date (three months on): planned once it is in force.
                    Senere(Lokal(fra, Klokke(r)), _ => NesteEvaluering(r));
                    if (!delvis) return;
                    Senere(b.Arbeidstid(godkjent + r.Varighet(TimeSpan.FromDays(7), TimeSpan.FromDays(28)), r), tt =>
                    {
                        if (klage.Status != Klagestatus.DelvisOmgjort) return;
                        if (r.Sjanse(0.65)) Oppretthold(klage, Klagetekster.OpprettholdResten, saksbehandler, tt);
                        else _sak.TrekkKlage(klage.InnsendtAv ?? saksbehandler, tt);
                    });
                });
            });
        }

        /// <summary>Upheld: the unit's assessment written, the oversendelsesbrev sent within days, and Statsforvalteren's decision two to five months on.</summary>
        private void Oppretthold(Klage klage, string vurdering, Guid behandler, DateTimeOffset t)
        {
            var r = _klageRng;
            _sak.OpprettholdVedtakEtterKlage(vurdering, behandler, t);
            Senere(b.Arbeidstid(t + r.Varighet(TimeSpan.FromHours(2), TimeSpan.FromDays(3)), r), tt =>
            {
                if (klage.Status is not (Klagestatus.UnderBehandling or Klagestatus.DelvisOmgjort)) return;
                _sak.OversendKlage(behandler, tt);
                Senere(b.Arbeidstid(tt + r.Varighet(TimeSpan.FromDays(60), TimeSpan.FromDays(153)), r), Resultat);
            });

            void Resultat(DateTimeOffset tt)
            {
                if (klage.Status != Klagestatus.OversendtStatsforvalteren) return;
                var utfall = r.Vektet(
                    (Statsforvalterutfall.IkkeMedhold, 0.7), (Statsforvalterutfall.DelvisMedhold, 0.1), (Statsforvalterutfall.Medhold, 0.08),
                    (Statsforvalterutfall.OpphevetOgSendtTilbake, 0.07), (Statsforvalterutfall.Avvist, 0.05));
                var merknad = utfall switch
                {
                    Statsforvalterutfall.OpphevetOgSendtTilbake => r.Velg(Klagetekster.Instrukser),
                    Statsforvalterutfall.Avvist => Klagetekster.StatsforvalterAvviser(klage, r),
                    Statsforvalterutfall.DelvisMedhold => r.Velg(Klagetekster.DelvisMedhold),
                    Statsforvalterutfall.Medhold => r.Sjanse(0.5) ? Klagetekster.Medhold : null,
                    _ => r.Sjanse(0.3) ? Klagetekster.IkkeMedhold : null,
                };
                _sak.RegistrerKlageresultat(utfall, merknad, behandler, tt);
            }
        }

        /// <summary>Withdrawn by the citizen (or recorded by staff when told), unless the unit has decided, or is reversing the vedtak.</summary>
        private void Trekk(Klage klage, Guid? av, DateTimeOffset t)
        {
            if (!klage.Status.KanGaaTil(Klagestatus.Trukket)
                || klage is { Status: Klagestatus.UnderBehandling, Konklusjon: Klagekonklusjon.Omgjort or Klagekonklusjon.DelvisOmgjort })
            {
                return;
            }

            _sak.TrekkKlage(av, t);
        }

        /// <summary>Who handles a complaint: the case's saksbehandler, or one of them if the team leader holds the case.</summary>
        private Guid Klagebehandler() =>
            _sak.Sak.SaksbehandlerId is { } id && id != b._ansatte.Teamleder.Id ? id : _klageRng.Velg(b._ansatte.Saksbehandlere).Id;
    }
}
