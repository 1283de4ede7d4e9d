using BoOppfolging.Application.Brev;
using BoOppfolging.Application.Common;
using BoOppfolging.Datagenerator;
using BoOppfolging.Domain;
using BoOppfolging.Tests.Felles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoOppfolging.Infrastructure.Tests;

/// <summary>
/// The data generator (bench/, README "Testdata i volum") builds its cases only through the domain's
/// methods: a rule that changes there shows up here, not the next time someone makes 100 000 cases.
/// </summary>
public sealed class DatageneratorTests(DatageneratorTests.GenerertDatabase generert) : IClassFixture<DatageneratorTests.GenerertDatabase>
{
    // Somewhat fewer headed for follow-up than the default (0.55, for the volume of visits): at 300 cases the earlier phases then still
    // stop in each of their states (seed 2, with each case on its own stream: with 1, 5 or 7 some rare state has no case at this size), and the follow-up
    // has cases enough for its own checks. Complaints on half the grants (the default is 3 %, some four at this size), so that the
    // complaints' course has cases in its states; they draw from a stream of their own, so the cases' states are as without them.
    private static readonly Genereringsvalg Valg = new(300, 2, new DateOnly(2026, 11, 23), 120, Oppfolging: 0.45, Klager: 0.5);

    private static Task<Telling> GenererAsync(TestDatabase database, CancellationToken ct) =>
        new Generator(
            database.Services.GetRequiredService<IServiceScopeFactory>(), Valg, new KommuneOptions { MineSakerAdresse = TestDatabase.MineSakerAdresse }, TextWriter.Null)
            .KjorAsync(ct);

    /// <summary>One generated database for the class: making it is most of the time these tests take.</summary>
    public sealed class GenerertDatabase : IAsyncLifetime
    {
        public TestDatabase Database { get; } = new();
        internal Telling Telling { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            await Database.InitializeAsync();
            Telling = await GenererAsync(Database, TestContext.Current.CancellationToken);
        }

        public ValueTask DisposeAsync() => Database.DisposeAsync();
    }

    [Fact]
    public async Task Genererte_saker_er_gyldige_og_nye_referanser_fortsetter_etter_dem()
    {
        var ct = TestContext.Current.CancellationToken;
        var telling = generert.Telling;

        await using var scope = generert.Database.Scope();
        var db = scope.Db();
        var statuser = await db.Saker.Select(s => s.Status).Distinct().ToListAsync(ct);
        // At 300 cases only a handful reach the vedtak, too few to stop in its short states (a draft, one waiting for
        // approval) every time; the 100 000-case run for the benchmark has them all (bench/README.md).
        HashSet<Saksstatus> alltid =
        [
            Saksstatus.Mottatt, Saksstatus.Mottakskontroll, Saksstatus.TilVurdering, Saksstatus.Kartlegging, Saksstatus.Innstilling,
            Saksstatus.IOppfolging, Saksstatus.Avsluttet, Saksstatus.Henvist, Saksstatus.Henlagt, Saksstatus.Trukket,
        ];
        Assert.True(alltid.IsSubsetOf(statuser), "Ingen saker i " + string.Join(", ", alltid.Except(statuser)));
        // Vedtatt is now the few days between the approval and the contacts (issue 12), and Avslag the rarer since half the
        // cases are headed for a grant: at this size they are there with some seeds and not others (the bench's 1 000 has both).
        Assert.Subset(new HashSet<Saksstatus>([.. alltid, Saksstatus.VedtakUnderArbeid, Saksstatus.TilGodkjenning, Saksstatus.Vedtatt, Saksstatus.Avslag]),
            statuser.ToHashSet());

        // The vedtak (issue 11): one per case that reached it, in the state its case says, approved by the team leader and
        // never by the one who drafted it; some returned once; some approved grants changed by an endringsvedtak.
        var vedtak = await db.Set<Domain.Vedtak>().AsNoTracking().Join(db.Saker, v => v.SakId, s => s.Id, (v, s) => new { Vedtak = v, s.Status }).ToListAsync(ct);
        Assert.All(vedtak.Where(v => v.Status == Saksstatus.VedtakUnderArbeid), v => Assert.Equal(Vedtaksstatus.Utkast, v.Vedtak.Status));
        Assert.All(vedtak.Where(v => v.Status == Saksstatus.TilGodkjenning), v => Assert.Equal(Vedtaksstatus.TilGodkjenning, v.Vedtak.Status));
        Assert.All(vedtak.Where(v => v.Status is Saksstatus.Vedtatt or Saksstatus.IOppfolging or Saksstatus.Avsluttet or Saksstatus.Avslag && v.Vedtak.Nummer == 1),
            v => Assert.Equal(Vedtaksstatus.Vedtatt, v.Vedtak.Status));
        Assert.All(vedtak.Where(v => v.Vedtak.GodkjentAv is not null), v => Assert.NotEqual(v.Vedtak.OpprettetAv, v.Vedtak.GodkjentAv));
        // A draft not yet sent has no decision yet (more cases reach the vedtak now, so some stop just after it is drafted).
        Assert.All(vedtak, v => Assert.True(v.Vedtak.Innhold.HjemmelId is not null && (v.Vedtak.Beslutninger.Count > 0 || v.Vedtak.Status == Vedtaksstatus.Utkast)));
        Assert.Equal(new[] { Saksstatus.Vedtatt, Saksstatus.IOppfolging, Saksstatus.Avsluttet, Saksstatus.Avslag }.Sum(telling.Status.GetValueOrDefault),
            vedtak.Where(v => v.Vedtak.Nummer == 1 && v.Vedtak.Status == Vedtaksstatus.Vedtatt).Select(v => v.Vedtak.SakId).Distinct().Count());

        // Every vedtak has its letter, of the type its outcome gives; an approved one names the approver and waits for its deadline.
        var brev = await db.Brev.AsNoTracking().Where(b => vedtak.Select(v => v.Vedtak.BrevId).Contains(b.Id)).ToDictionaryAsync(b => b.Id, ct);
        Assert.All(vedtak, v => Assert.Equal(Application.Vedtak.Vedtaksbrev.Brevtype(v.Vedtak), brev[v.Vedtak.BrevId!.Value].Type));
        // Most approved letters are sent, each with its PDF in the store under its hash and the deadline on the vedtak.
        var sendte = vedtak.Where(v => brev[v.Vedtak.BrevId!.Value].Status == Brevstatus.Sendt).ToList();
        Assert.NotEmpty(sendte);
        // The other sent letters are the warnings about lack of participation (checked with the follow-up).
        Assert.Equal(telling.SendteBrev, sendte.Count + await db.Set<Medvirkningsvarsel>().CountAsync(v => v.Sendt != null, ct));
        Assert.All(sendte, v => Assert.NotNull(v.Vedtak.Klagefrist));
        var lager = scope.ServiceProvider.GetRequiredService<Application.Common.IDokumentlager>();
        foreach (var v in sendte.Take(5))
        {
            var sendt = brev[v.Vedtak.BrevId!.Value];
            await using var fil = await lager.AapneAsync(sendt.DokumentNokkel!, ct);
            Assert.NotNull(fil);
            Assert.Equal(sendt.Sha256, Convert.ToHexStringLower(await System.Security.Cryptography.SHA256.HashDataAsync(fil, ct)));
        }

        Assert.All(vedtak.Where(v => v.Vedtak.Status == Vedtaksstatus.Vedtatt && brev[v.Vedtak.BrevId!.Value].Status == Brevstatus.Utkast), v =>
        {
            var innhold = string.Join("\n", Brevlagring.FraJson(brev[v.Vedtak.BrevId!.Value].InnholdJson).Seksjoner.SelectMany(s => s.Tekster()));
            Assert.DoesNotContain(Application.Vedtak.Vedtaksbrev.GodkjennerVenter, innhold, StringComparison.Ordinal);
            Assert.Contains(Application.Vedtak.Vedtaksbrev.FristVenter, innhold, StringComparison.Ordinal);
        });

        // The vurderingsteam's queue: some cases taken by a member of the team, and those in Kartlegging after a meeting that found the criteria met.
        var kartlegginger = await db.Set<Kartlegging>().AsNoTracking()
            .Join(db.Saker, k => k.SakId, s => s.Id, (k, s) => new { Kartlegging = k, s.Status, SakId = s.Id }).ToListAsync(ct);
        var teamet = await db.TeamMedlemmer.Select(m => m.BrukerId).ToListAsync(ct);
        Assert.Contains(kartlegginger, k => k.Status == Saksstatus.TilVurdering && k.Kartlegging.AnsvarligId is not null);
        Assert.All(kartlegginger, k => Assert.Contains(k.Kartlegging.AnsvarligId!.Value, teamet));
        Assert.Equal(telling.Status[Saksstatus.Kartlegging], kartlegginger.Count(k => k.Status == Saksstatus.Kartlegging));
        Assert.All(kartlegginger.Where(k => k.Status == Saksstatus.Kartlegging),
            k => Assert.Equal(Vurderingskonklusjon.FyllerKriteriene, k.Kartlegging.SisteVurdering!.Konklusjon));

        // Every state of the phase: in Kartlegging with a kartleggingsmøte, needs and goals; mappings finished with the innstilling;
        // "fyller ikke" with an innstilling on avslag and without a mapping, or referred; "trenger mer informasjon" with a request.
        var opplysninger = await db.Opplysningsbehov.AsNoTracking().ToListAsync(ct);
        Assert.Contains(kartlegginger, k => k.Status == Saksstatus.Kartlegging && k.Kartlegging.Kartleggingsmoter.Count > 0
            && k.Kartlegging.Behov.Count > 0 && k.Kartlegging.Maal.Count > 0);
        // A finished mapping with an innstilling to grant: at 300 cases rarely still waiting for its vedtak (Innstilling), so
        // checked in whichever state it reached.
        Assert.Contains(kartlegginger, k => k.Status is not (Saksstatus.Kartlegging or Saksstatus.TilVurdering) && k.Kartlegging.Ferdigstilt is not null
            && k.Kartlegging.Innstilling?.Utfall == Innstillingsutfall.Innvilge);
        // "Fyller ikke" with an innstilling on avslag and no mapping: at 300 cases, now that half go on to follow-up, it is not
        // always still waiting for its vedtak (Innstilling); the path is checked in whichever state it reached.
        Assert.Contains(kartlegginger, k => k.Status is Saksstatus.Innstilling or Saksstatus.VedtakUnderArbeid or Saksstatus.TilGodkjenning or Saksstatus.Avslag
            && k.Kartlegging.Ferdigstilt is null
            && k.Kartlegging.SisteVurdering!.Konklusjon == Vurderingskonklusjon.FyllerIkkeKriteriene && k.Kartlegging.Innstilling!.Utfall == Innstillingsutfall.Avslaa);
        Assert.All(kartlegginger.Where(k => k.Status == Saksstatus.Innstilling), k => Assert.NotNull(k.Kartlegging.Innstilling));
        Assert.Contains(kartlegginger, k => k.Status == Saksstatus.Henvist && k.Kartlegging.SisteVurdering?.Konklusjon == Vurderingskonklusjon.FyllerIkkeKriteriene);
        Assert.Contains(kartlegginger, k => k.Kartlegging.Vurderingsmoter.Any(m => m.Konklusjon == Vurderingskonklusjon.TrengerMerInformasjon)
            && opplysninger.Any(o => o.SakId == k.SakId && o.Bedt >= k.Kartlegging.Vurderingsmoter[0].Registrert));
        Assert.NotEmpty(await db.Set<Forberedelse>().ToListAsync(ct));
        Assert.NotEmpty(await db.Set<Saksvarsler>().ToListAsync(ct));

        // IPLOS: a finished assessment on every finished mapping; reassessments with changed scores; drafts begun; next dates passed.
        var iplos = await db.Set<IplosVurdering>().AsNoTracking().ToListAsync(ct);
        Assert.All(kartlegginger.Where(k => k.Kartlegging.Ferdigstilt is not null), k => Assert.Contains(iplos, v => v.SakId == k.SakId && v.Ferdig is not null));
        var revurderte = iplos.Where(v => v.Ferdig is not null).GroupBy(v => v.SakId).Where(g => g.Count() > 1).ToList();
        Assert.NotEmpty(revurderte);
        Assert.Contains(revurderte, g => g.OrderBy(v => v.Dato).Select(v => string.Join(",", v.Skaarer.Select(x => x.Verdi))).Distinct().Count() > 1);
        Assert.Contains(iplos, v => v.Ferdig is null);
        Assert.Contains(iplos, v => v.Ferdig is not null && v.NesteVurdering < Valg.Basisdato);
        Assert.Equal(Valg.Saker, await db.Saker.CountAsync(ct));
        Assert.Equal(telling.Hendelser, await db.Hendelser.CountAsync(ct));
        // About half the cases now go through the mapping and the vedtak to follow-up (issue 12), each with some 40 events.
        Assert.InRange((double)telling.Hendelser / telling.Saker, 15, 26);

        var personer = await db.Personer.AsNoTracking().ToListAsync(ct);
        var numre = personer.Where(p => p.Fodselsnummer is not null).Select(p => p.Fodselsnummer!).ToList();
        Assert.Equal(numre.Count, numre.Distinct().Count());
        Assert.All(personer.Where(p => p.Fodselsnummer is not null), p =>
            Assert.Equal(p.Fodselsdato, Fodselsnummer.Parse(p.Fodselsnummer, tillatSyntetisk: true).Value.Fodselsdato));
        Assert.Contains(personer, p => p.Fodselsnummer is null && p.Fodselsdato is not null);
        // Written with each person (Person's constructor), so the search finds generated persons by name.
        Assert.All(personer, p => Assert.Equal(
            Navnedel.Deler(p.FulltNavn).Order(StringComparer.Ordinal), p.Navnedeler.Select(d => d.Del).Order(StringComparer.Ordinal)));

        // Referrals carry an address now and then, and some consents are withdrawn, with the event on the timeline.
        Assert.Contains(personer, p => p.Adresse is not null && p.Postnummer!.Length == 4 && p.Poststed is not null);
        var trukne = await db.Samtykker.AsNoTracking().Where(s => s.Trukket != null).ToListAsync(ct);
        Assert.NotEmpty(trukne);
        Assert.All(trukne, s => Assert.True(db.Hendelser.Any(h => h.SakId == s.SakId && h.Type == HendelseType.SamtykkeTrukket && h.Tidspunkt == s.Trukket)));

        // Nothing happens before the case came in, or after "now" in the data (nine o'clock on the date given).
        var naa = new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
        var saker = await db.Saker.AsNoTracking().Include(s => s.Hendelser).ToListAsync(ct);
        Assert.All(saker, s => Assert.All(s.Hendelser, h => Assert.InRange(h.Tidspunkt, s.Mottatt, naa)));

        var siste2026 = saker.Where(s => s.Referanse.StartsWith("BO-2026-", StringComparison.Ordinal)).Max(s => s.Referanse)!;
        var neste = await scope.Get<IReferanseGenerator>().NesteAsync(2026, ct);
        Assert.Equal(int.Parse(siste2026[8..], System.Globalization.CultureInfo.InvariantCulture) + 1,
            int.Parse(neste[8..], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Saker_i_oppfolging_har_kontakter_besok_moter_og_planer_som_henger_sammen()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = generert.Database.Scope();
        var db = scope.Db();
        var naa = new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
        var idag = new DateOnly(2026, 11, 23);
        var oppfolgere = (await db.Users.AsNoTracking().Where(u => u.UserName!.StartsWith("bo-oppfolger")).Select(u => new { u.Id, u.UserName }).ToListAsync(ct))
            .ToDictionary(u => u.Id, u => u.UserName!);
        Assert.Contains("bo-oppfolger@demo.no", oppfolgere.Values);
        Assert.Equal(Generator.AntallBoOppfolgere(Valg), oppfolgere.Count);
        Assert.Equal(oppfolgere.Count, await db.Set<Oppfolgerkapasitet>().CountAsync(k => k.MinutterPerUke > 0, ct));

        // Every case in follow-up has a primærkontakt among the bo-oppfølgere with an open period, and the other way round.
        var saker = await db.Saker.AsNoTracking().Where(s => s.Status == Saksstatus.IOppfolging || s.Status == Saksstatus.Avsluttet).ToListAsync(ct);
        var perioder = (await db.Set<Kontaktperiode>().AsNoTracking().ToListAsync(ct)).ToLookup(p => p.SakId);
        Assert.All(saker.Where(s => s.Status == Saksstatus.IOppfolging), s =>
        {
            Assert.Contains(s.PrimaerkontaktId!.Value, oppfolgere.Keys);
            Assert.Contains(perioder[s.Id], p => p.ErApen && p.Rolle == Kontaktrolle.Primaerkontakt && p.BrukerId == s.PrimaerkontaktId);
        });
        Assert.Contains(saker, s => s.SekundaerkontaktId is not null);
        Assert.Contains(perioder, g => g.Any(p => !p.ErApen));

        // Follow-up teams of about a dozen, each led by a team leader (the demo one leads the first), every bo-oppfølger in one;
        // a case's primær- and sekundærkontakt are of one team.
        var team = await db.Team.AsNoTracking().Include(t => t.Medlemmer).Where(t => t.Type == Teamtype.BoOppfolging).ToListAsync(ct);
        var ledere = (await db.UserRoles.AsNoTracking().Join(db.Roles.Where(r => r.Name == Roller.Teamleder), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId)
            .ToListAsync(ct)).ToHashSet();
        var demoLeder = await db.Users.AsNoTracking().Where(u => u.UserName == "teamleder@demo.no").Select(u => u.Id).SingleAsync(ct);
        Assert.Equal((int)Math.Ceiling(oppfolgere.Count / (double)Ansattkontoer.Teamstorrelse), team.Count);
        Assert.All(team, t => Assert.Single(t.Medlemmer, m => ledere.Contains(m.BrukerId)));
        Assert.Contains(team.Single(t => t.Navn == $"{Ansattkontoer.Oppfolgingsteamet} 1").Medlemmer, m => m.BrukerId == demoLeder);
        var teamAv = team.SelectMany(t => t.Medlemmer.Where(m => oppfolgere.ContainsKey(m.BrukerId)).Select(m => (m.BrukerId, t.Id))).ToDictionary();
        Assert.Equal(oppfolgere.Count, teamAv.Count);
        Assert.All(saker.Where(s => s.Status == Saksstatus.IOppfolging && s.SekundaerkontaktId is not null),
            s => Assert.Equal(teamAv[s.PrimaerkontaktId!.Value], teamAv[s.SekundaerkontaktId!.Value]));

        // Visits only on those cases, by a bo-oppfølger; registered on or after the day they took place and never after "now";
        // every outcome; some logged days late; planned ones in the weeks after "now" and some in the last week not documented.
        var besok = await db.Set<Besok>().AsNoTracking().ToListAsync(ct);
        var iOppfolging = saker.Select(s => s.Id).ToHashSet();
        Assert.True(besok.Count > 20 * saker.Count, $"{besok.Count} besøk på {saker.Count} saker");
        Assert.All(besok, b =>
        {
            Assert.Contains(b.SakId, iOppfolging);
            Assert.Contains(b.UtfortAv, oppfolgere.Keys);
            if (b.Registrert is { } registrert)
            {
                Assert.InRange(registrert, DateTimeOffset.MinValue, naa);
                Assert.True(Norsktid.Dato(registrert) >= b.Dato, $"registrert {registrert:O} før besøket {b.Dato}");
            }

            if (b.Planlagt is { } planlagt)
            {
                Assert.InRange(planlagt, DateTimeOffset.MinValue, naa);
                Assert.True(Norsktid.Dato(planlagt) <= b.Dato);
            }
        });
        Assert.Equal(Enum.GetValues<Besoksutfall>().Order(), besok.Where(b => b.Utfall is not null).Select(b => b.Utfall!.Value).Distinct().Order());
        Assert.InRange(besok.Count(b => b.Utfall == Besoksutfall.Gjennomfort) / (double)besok.Count(b => b.Utfall is not null), 0.75, 0.95);
        Assert.Contains(besok, b => b.Registrert is { } r && Norsktid.Dato(r) > b.Dato.AddDays(1));
        Assert.Contains(besok, b => b.Status == Besoksstatus.Planlagt && b.Dato > idag);
        Assert.Contains(besok, b => b.Status == Besoksstatus.Planlagt && b.Dato < idag);
        Assert.Contains(besok, b => b.Status == Besoksstatus.Registrert && b.PlanlagtAv is not null);
        Assert.Contains(besok, b => b.Status == Besoksstatus.Registrert && b.PlanlagtAv is null);

        // About a samarbeidsmøte a quarter, plans and agreements on some, goals with a status on some.
        Assert.True(await db.Set<Samarbeidsmote>().CountAsync(ct) > saker.Count);
        Assert.NotEmpty(await db.Set<IndividuellPlan>().ToListAsync(ct));
        Assert.NotEmpty(await db.Set<Samarbeidsavtale>().ToListAsync(ct));
        Assert.Contains(await db.Set<Maalstatus>().AsNoTracking().ToListAsync(ct), m => m.Status == Maalstatusverdi.Nadd);

        // A case ended after follow-up is ended by an approved opphørsvedtak with its reason and summary, on its end date (the
        // system's run), not at the approval: the follow-up goes on until the day.
        var opphor = await db.Set<Domain.Vedtak>().AsNoTracking()
            .Where(v => v.Type == Vedtakstype.Opphorsvedtak && v.Status == Vedtaksstatus.Vedtatt).ToListAsync(ct);
        Assert.NotEmpty(opphor);
        Assert.Equal(saker.Where(s => s.Status == Saksstatus.Avsluttet).Select(s => s.Id).Order(), opphor.Select(v => v.SakId).Order());
        var avsluttet = await db.Saker.AsNoTracking().Where(s => s.Status == Saksstatus.Avsluttet).Include(s => s.Hendelser).ToDictionaryAsync(s => s.Id, ct);
        Assert.All(opphor, v =>
        {
            Assert.NotNull(v.Innhold.Opphorsgrunn);
            Assert.False(string.IsNullOrWhiteSpace(v.Innhold.Oppsummering));
            var slutt = Assert.Single(avsluttet[v.SakId].Hendelser, h => h.Tekst.Contains("ved opphørsvedtak", StringComparison.Ordinal));
            Assert.Equal(v.Innhold.Fra, Norsktid.Dato(slutt.Tidspunkt));
            Assert.True(v.Vedtatt < slutt.Tidspunkt);
        });

        // Evaluations of the vedtak in force, with every conclusion; going on sets a next date after the day it was held. Some
        // cases in follow-up are due or overdue now, so the team leader's evaluation list has rows.
        var evalueringer = await db.Set<Evaluering>().AsNoTracking().ToListAsync(ct);
        var alleVedtak = await db.Set<Domain.Vedtak>().AsNoTracking().ToDictionaryAsync(v => v.Id, ct);
        Assert.Equal(Enum.GetValues<Evalueringskonklusjon>().Order(), evalueringer.Select(e => e.Konklusjon).Distinct().Order());
        Assert.All(evalueringer, e =>
        {
            var vedtaket = alleVedtak[e.VedtakId];
            Assert.Equal(e.SakId, vedtaket.SakId);
            Assert.Equal(Vedtaksstatus.Vedtatt, vedtaket.Status);
            Assert.True(e.Dato >= Norsktid.Dato(vedtaket.Vedtatt!.Value) && e.Dato <= idag);
            Assert.True(e.Konklusjon != Evalueringskonklusjon.Fortsette || e.NesteEvaluering > e.Dato);
        });
        var sisteEvaluering = evalueringer.GroupBy(e => e.VedtakId).ToDictionary(g => g.Key, g => g.MaxBy(e => e.Registrert));
        var forfalt = saker.Where(s => s.Status == Saksstatus.IOppfolging).Count(s =>
            Vedtakskjede.Siste(alleVedtak.Values.Where(v => v.SakId == s.Id)) is { } v
            && Evaluering.Forfall(v.Innhold.Evalueringsdato, sisteEvaluering.GetValueOrDefault(v.Id)) <= idag.AddDays(30));
        Assert.InRange(forfalt, 1, saker.Count / 2);

        // Last month's delivered hours by the product's own sum of the grant (Timeregnskap): some cases over the grant and some
        // well under, but not most of them, so the team leader's hours list holds the cases that stand out.
        var maanedStart = Timeregnskap.MaanedStart(idag).AddMonths(-1);
        var maanedSlutt = Timeregnskap.MaanedStart(idag).AddDays(-1);
        var levert = besok.Where(b => b.Utfall == Besoksutfall.Gjennomfort && b.Dato >= maanedStart && b.Dato <= maanedSlutt)
            .GroupBy(b => b.SakId).ToDictionary(g => g.Key, g => g.Sum(b => b.Minutter));
        var timer = saker.Where(s => s.Status == Saksstatus.IOppfolging)
            .Select(s => (Innvilget: Timeregnskap.Innvilget(alleVedtak.Values.Where(v => v.SakId == s.Id).ToList(), maanedStart, maanedSlutt),
                Levert: levert.GetValueOrDefault(s.Id)))
            .Where(t => t.Innvilget > 0).ToList();
        Assert.Contains(timer, t => t.Levert > t.Innvilget);
        Assert.Contains(timer, t => t.Levert < t.Innvilget * 0.75m);
        Assert.InRange(timer.Count(t => t.Levert > t.Innvilget || t.Levert < t.Innvilget * 0.75m), 1, timer.Count / 2);

        // Warnings about lack of participation (a few at this size): sent ones with their letter sent and its PDF stored under its
        // hash, followed up after the deadline; a service ended for lack of participation rests on a sent warning not followed up
        // as improved, and one not improved weeks ago has ended.
        var varsler = await db.Set<Medvirkningsvarsel>().AsNoTracking().ToListAsync(ct);
        Assert.Contains(varsler, v => v.ErSendt && v.ErFulgtOpp);
        Assert.All(varsler.Where(v => v.ErFulgtOpp), v => Assert.True(v.OppfolgingDato > v.Frist));
        Assert.All(varsler.Where(v => v.Utfall == Medvirkningsutfall.IkkeBedret && v.OppfolgingDato < idag.AddDays(-40)), v =>
            Assert.Contains(opphor, o => o.SakId == v.SakId && o.Innhold.Opphorsgrunn == Opphorsgrunn.ManglendeMedvirkning));
        var varselbrev = await db.Brev.AsNoTracking().Where(b => b.Type == Brevtype.VarselManglendeMedvirkning).ToDictionaryAsync(b => b.Id, ct);
        Assert.Equal(varsler.Count, varselbrev.Count);
        var lager = scope.ServiceProvider.GetRequiredService<IDokumentlager>();
        foreach (var v in varsler.Where(v => v.ErSendt))
        {
            var brev = varselbrev[v.BrevId!.Value];
            Assert.Equal(Brevstatus.Sendt, brev.Status);
            Assert.True(v.Frist > v.Sendt);
            await using var fil = await lager.AapneAsync(brev.DokumentNokkel!, ct);
            Assert.NotNull(fil);
            Assert.Equal(brev.Sha256, Convert.ToHexStringLower(await System.Security.Cryptography.SHA256.HashDataAsync(fil, ct)));
        }

        var grunnlag = Medvirkningsvarsel.GrunnlagForOpphor.Compile();
        Assert.All(opphor.Where(v => v.Innhold.Opphorsgrunn == Opphorsgrunn.ManglendeMedvirkning), v =>
            Assert.Contains(varsler, x => x.SakId == v.SakId && grunnlag(x) && x.Sendt <= Norsktid.Dato(v.Opprettet)));
    }

    [Fact]
    public async Task Klager_gjelder_et_sendt_vedtak_i_egen_sak_og_gaar_sin_gang_til_Statsforvalteren()
    {
        var ct = TestContext.Current.CancellationToken;
        var telling = generert.Telling;
        await using var scope = generert.Database.Scope();
        var db = scope.Db();
        var idag = new DateOnly(2026, 11, 23);

        // Complaints are made (issue 13), and counted as they are made.
        var klager = await db.Set<Klage>().AsNoTracking().ToListAsync(ct);
        Assert.True(klager.Count >= 20, $"{klager.Count} klager");
        Assert.Equal(
            klager.GroupBy(k => k.Status).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"),
            telling.Klager.Select(k => $"{k.Key} {k.Value}"));

        // Each on an approved vedtak of its own case whose letter was sent, after it was sent and with the deadline it set; never on a
        // vedtak made because of a complaint. Late ones sent from "Mine saker" say why.
        var vedtak = await db.Set<Domain.Vedtak>().AsNoTracking().ToDictionaryAsync(v => v.Id, ct);
        var brevIder = klager.Select(k => vedtak[k.VedtakId].BrevId).ToList();
        var brev = await db.Brev.AsNoTracking().Where(b => brevIder.Contains(b.Id)).ToDictionaryAsync(b => b.Id, ct);
        Assert.All(klager, k =>
        {
            var v = vedtak[k.VedtakId];
            Assert.Equal(k.SakId, v.SakId);
            Assert.Equal(Vedtaksstatus.Vedtatt, v.Status);
            Assert.Null(v.KlageId);
            Assert.NotNull(v.Klagefrist);
            Assert.Equal(v.Klagefrist, k.Klagefrist);
            var sendt = brev[v.BrevId!.Value];
            Assert.Equal(Brevstatus.Sendt, sendt.Status);
            Assert.InRange(k.Mottatt, sendt.SendtDato!.Value, idag);
            Assert.NotEqual(Fristvurdering.FristIkkeStartet, k.Fristvurdering);
        });
        Assert.All(klager.Where(k => k.Kanal == Klagekanal.Digital && !k.Fristvurdering.ErInnenFristen()), k => Assert.NotNull(k.Innhold.ForsinkelseGrunn));
        Assert.Contains(klager, k => vedtak[k.VedtakId].Innhold.Utfall == Vedtaksutfall.Avslag);
        Assert.Contains(klager, k => vedtak[k.VedtakId].Type == Vedtakstype.Endringsvedtak);
        Assert.Contains(klager, k => k.Kanal == Klagekanal.Digital);
        Assert.Contains(klager, k => k.Kanal != Klagekanal.Digital);

        // The open ones are recent: with the unit for at most a few months, with Statsforvalteren (who takes two to five) for up to ten.
        Assert.All(klager.Where(k => k.Status.ErHosEnheten()), k => Assert.True(k.Mottatt > idag.AddDays(-150), $"{k.Referanse} {k.Status} fra {k.Mottatt}"));
        Assert.All(klager.Where(k => Klagestatuser.Apne.Contains(k.Status)), k => Assert.True(k.Mottatt > idag.AddDays(-320), $"{k.Referanse} {k.Status} fra {k.Mottatt}"));
        Assert.Contains(klager, k => Klagestatuser.Apne.Contains(k.Status));

        // Statsforvalteren's result comes after the complaint was sent there, which comes after the unit upheld it (or the rest of a
        // partial reversal); a result sent back has instructions.
        Assert.All(klager.Where(k => k.Oversendt is not null), k =>
        {
            Assert.True(k.Oversendt >= k.Mottatt);
            Assert.True(k.Konklusjon is Klagekonklusjon.Opprettholdt or Klagekonklusjon.DelvisOmgjort && k.Vurdering is not null);
        });
        Assert.All(klager.Where(k => k.Resultat is not null), k =>
        {
            Assert.NotNull(k.Oversendt);
            Assert.InRange(k.ResultatDato!.Value, k.Oversendt!.Value, idag);
        });
        Assert.All(klager.Where(k => k.Status == Klagestatus.OpphevetOgSendtTilbake), k => Assert.False(string.IsNullOrWhiteSpace(k.ResultatMerknad)));
        Assert.All(klager.Where(k => k.Status == Klagestatus.Avvist), k => Assert.False(k.Formkrav!.Oppfylt));

        // A reversal is an endringsvedtak with more hours on the vedtak in force, linked to the complaint and approved (never a refusal's).
        Assert.All(klager.Where(k => k.NyttVedtakId is not null || k.Status is Klagestatus.Omgjort or Klagestatus.DelvisOmgjort), k =>
        {
            var nytt = vedtak[k.NyttVedtakId!.Value];
            Assert.Equal((k.SakId, Vedtakstype.Endringsvedtak, Vedtaksstatus.Vedtatt, (Guid?)k.Id), (nytt.SakId, nytt.Type, nytt.Status, nytt.KlageId));
            Assert.True(nytt.Kvarter > vedtak[nytt.ErstatterId!.Value].Kvarter);
            Assert.NotEqual(Vedtaksutfall.Avslag, vedtak[k.VedtakId].Innhold.Utfall);
        });

        // Several states: with the unit, reversed, with Statsforvalteren, and decided there.
        var statuser = klager.Select(k => k.Status).ToHashSet();
        Assert.True(statuser.Count >= 6, string.Join(", ", statuser));
        Assert.Contains(statuser, s => s.ErHosEnheten());
        Assert.Superset(new HashSet<Klagestatus> { Klagestatus.Omgjort, Klagestatus.OversendtStatsforvalteren, Klagestatus.IkkeMedhold }, statuser);
        Assert.Contains(statuser, s => s is Klagestatus.Medhold or Klagestatus.DelvisMedhold or Klagestatus.OpphevetOgSendtTilbake or Klagestatus.AvvistAvStatsforvalteren);

        // Every complaint is on its case's timeline from the day it came.
        var mottatt = await db.Hendelser.AsNoTracking().Where(h => h.Type == HendelseType.Klage).Select(h => h.Tekst).ToListAsync(ct);
        Assert.All(klager, k => Assert.Contains(mottatt, t => t.StartsWith($"Klage {k.Referanse} mottatt {k.Mottatt:dd.MM.yyyy}", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Samme_fro_gir_samme_saker()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var fersk = new TestDatabase();
        await fersk.InitializeAsync();
        await GenererAsync(fersk, ct);

        Assert.Equal(await InnholdAsync(generert.Database, ct), await InnholdAsync(fersk, ct));
    }

    /// <summary>The cases and their timelines without the ids the domain makes (Guid v7 differ from run to run).</summary>
    private static async Task<List<string>> InnholdAsync(TestDatabase database, CancellationToken ct)
    {
        await using var scope = database.Scope();
        var saker = await scope.Db().Saker.AsNoTracking().Include(s => s.Person).Include(s => s.Hendelser)
            .OrderBy(s => s.Referanse).ToListAsync(ct);
        var navn = await scope.Db().Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.UserName!, ct);
        var iplos = (await scope.Db().Set<IplosVurdering>().AsNoTracking().ToListAsync(ct)).ToLookup(
            v => v.SakId, v => $"{v.Dato:O} {v.NesteVurdering:O} {v.Ferdig:O} {string.Join(",", v.Skaarer.Select(x => x.Verdi))}");
        var besok = (await scope.Db().Set<Besok>().AsNoTracking().ToListAsync(ct)).ToLookup(
            b => b.SakId, b => $"{navn[b.UtfortAv]} {b.Dato:O} {b.Start} {b.Minutter} {b.Type} {b.Utfall} {b.Registrert:O} {b.Planlagt:O} {b.Notat}");
        var kartlegginger = (await scope.Db().Set<Kartlegging>().AsNoTracking().ToListAsync(ct)).ToDictionary(
            k => k.SakId,
            k => $"{(k.AnsvarligId is { } a ? navn[a] : "")} {string.Join(";", k.Vurderingsmoter.Select(m => $"{m.Dato:O} {m.Konklusjon} {string.Join(",", m.TilStede)}"))} "
                + $"{string.Join(";", k.Behov.Select(b => $"{b.Omrade} {b.Prioritet}"))} {k.Innstilling?.Utfall} {k.Innstilling?.Kvarter} "
                + string.Join(";", iplos[k.SakId].Order(StringComparer.Ordinal)));
        return [.. saker.Select(s => string.Join("|",
            [s.Referanse, s.Status.ToString(), s.Kanal.ToString(), s.Mottatt.ToString("O"), s.Frist.ToString("O"), s.Person!.FulltNavn,
             s.Person.Fodselsnummer ?? "", kartlegginger.GetValueOrDefault(s.Id) ?? "", string.Join(";", besok[s.Id].Order(StringComparer.Ordinal)), .. s.Hendelser.OrderBy(h => h.Tidspunkt).ThenBy(h => h.Type).Select(h => $"{h.Type} {h.Tekst} {h.Tidspunkt:O}")]))];
    }
}
