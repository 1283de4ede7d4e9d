using BoOppfolging.Application.Audit;
using BoOppfolging.Application.Brev;
using BoOppfolging.Application.Klage;
using BoOppfolging.Application.Soknad;
using BoOppfolging.Application.Vedtak;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Iplos;
using BoOppfolging.Tests.Felles;
using Microsoft.EntityFrameworkCore;
using static BoOppfolging.Application.Tests.Vedtakshjelp;

namespace BoOppfolging.Application.Tests;

/// <summary>
/// Complaints on a real SQLite file, with the vedtak made, approved and its letter sent through the services staff use: the
/// citizen's draft and file, sending once however often it is pressed (the complaint, its file, the timeline and the stored
/// acknowledgement letter in one save), a late complaint that must say why, another citizen who sees nothing, withdrawing, and
/// staff registering a paper complaint (the postmark decides the deadline; the acknowledgement is a draft to send) on the work list.
/// </summary>
public sealed class KlageServiceTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Idag => Norsktid.Dato(database.Tid.GetUtcNow());

    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF"u8.ToArray();

    [Fact]
    public async Task Innbyggeren_klager_i_tide_med_vedlegg_og_klagen_lagres_en_gang_med_kvittering_og_tidslinje()
    {
        var (sak, vedtak, _) = await SendtVedtakAsync();
        var innbygger = TestBruker.Med(Roller.Innbygger, personId: sak.PersonId);
        var utkastId = Guid.CreateVersion7();
        var input = new KlageInput("Jeg trenger hjelp til økonomi hver uke, ikke annenhver.", "Fire timer i uka.", null, null);

        var skjema = await KlageAsync(innbygger, k => k.HentSkjemaAsync(sak.Id, vedtak.Id, Ct));
        Assert.NotNull(skjema);
        Assert.Equal(Fristvurdering.InnenFristen, skjema.Fristvurdering);
        Assert.Equal(vedtak.Klagefrist, skjema.Klagefrist);
        Assert.True(skjema.KanKlage);
        Assert.Null(skjema.UtkastId);

        // A file attached keeps what is written so far in the draft.
        var fil = await KlageAsync(innbygger, k => k.LastOppVedleggAsync(sak.Id, vedtak.Id, utkastId, input, VedleggType.Dokumentasjon, "legeerklaering.pdf",
            new MemoryStream(Pdf), Pdf.Length, Ct));
        Assert.True(fil.IsSuccess, fil.Error?.Melding);
        skjema = await KlageAsync(innbygger, k => k.HentSkjemaAsync(sak.Id, vedtak.Id, Ct));
        Assert.Equal(utkastId, skjema!.UtkastId);
        Assert.Equal(input.Uenighet, skjema.Innhold.Uenighet);
        Assert.Equal("legeerklaering.pdf", Assert.Single(skjema.Vedlegg).Filnavn);

        var sendt = await KlageAsync(innbygger, k => k.SendAsync(sak.Id, vedtak.Id, utkastId, input, Ct));
        Assert.True(sendt.IsSuccess, sendt.Error?.Melding);
        // Pressed again (a double click, the back button): the same complaint, not a second one.
        var igjen = await KlageAsync(innbygger, k => k.SendAsync(sak.Id, vedtak.Id, utkastId, input, Ct));
        Assert.Equal(sendt.Value, igjen.Value);

        await using (var les = database.Scope())
        {
            var db = les.Db();
            var klage = await db.Set<Domain.Klage>().AsNoTracking().SingleAsync(k => k.SakId == sak.Id, Ct);
            Assert.Equal((Klagestatus.Mottatt, Klagekanal.Digital, Klagerrolle.Part, Fristvurdering.InnenFristen, true),
                (klage.Status, klage.Kanal, klage.Klagerrolle, klage.Fristvurdering, klage.Signert));
            Assert.Equal($"{sak.Referanse}-K1", klage.Referanse);
            Assert.Equal(input.Uenighet, klage.Innhold.Uenighet);
            Assert.Equal(Frister.ForelopigSvar(Idag), klage.SvarFrist);
            Assert.Equal(klage.Id, (await db.Vedlegg.AsNoTracking().SingleAsync(v => v.Id == fil.Value, Ct)).KlageId);
            Assert.False(await db.Set<Klageutkast>().AnyAsync(u => u.Id == utkastId, Ct));

            var kvittering = await db.Brev.AsNoTracking().SingleAsync(b => b.KlageId == klage.Id, Ct);
            Assert.Equal((Brevtype.Klagekvittering, Brevstatus.Sendt, Forsendelse.Digital), (kvittering.Type, kvittering.Status, kvittering.Forsendelse));
            Assert.NotNull(kvittering.Sha256);

            var hendelse = await db.Hendelser.AsNoTracking().SingleAsync(h => h.SakId == sak.Id && h.Type == HendelseType.Klage, Ct);
            Assert.False(hendelse.Intern);
            Assert.Contains(klage.Referanse, hendelse.Tekst, StringComparison.Ordinal);
            // The complaint is written to the audit log by the save itself; the vedtak is unchanged.
            Assert.True(await db.AuditLogg.AnyAsync(a => a.SakId == sak.Id && a.Beskrivelse.Contains("Klage") && a.Handling != AuditHandling.Les, Ct));
            var etter = await db.Set<Domain.Vedtak>().AsNoTracking().SingleAsync(v => v.Id == vedtak.Id, Ct);
            Assert.Equal(vedtak.Versjon, etter.Versjon);
        }

        var mine = Assert.Single(await KlageAsync(innbygger, k => k.MineAsync(sak.Id, Ct)));
        Assert.Equal(Klagestatus.Mottatt.TilInnbygger(), mine.StatusTekst);
        Assert.True(mine.KanTrekkes);
        Assert.Single(mine.Brev);
        Assert.Single(mine.Vedlegg);
        var kvitteringsside = await KlageAsync(innbygger, k => k.HentKvitteringAsync(sak.Id, sendt.Value, Ct));
        Assert.NotNull(kvitteringsside?.BrevId);

        // While it is open, the form says so instead of taking a second complaint.
        Assert.NotNull((await KlageAsync(innbygger, k => k.HentSkjemaAsync(sak.Id, vedtak.Id, Ct)))!.ApenKlageId);
        var andre = await KlageAsync(innbygger, k => k.SendAsync(sak.Id, vedtak.Id, Guid.CreateVersion7(), input, Ct));
        Assert.Equal(KlageFeil.AlleredeKlaget, andre.Error);

        // Withdrawn by the citizen: on the timeline, and no longer open.
        Assert.True((await KlageAsync(innbygger, k => k.TrekkAsync(sak.Id, mine.Id, mine.Versjon, Ct))).IsSuccess);
        mine = Assert.Single(await KlageAsync(innbygger, k => k.MineAsync(sak.Id, Ct)));
        Assert.Equal(Klagestatus.Trukket, mine.Status);
        Assert.False(mine.KanTrekkes);
    }

    [Fact]
    public async Task En_klage_etter_fristen_maa_si_hvorfor_og_det_som_er_skrevet_er_tatt_vare_paa()
    {
        var (sak, vedtak, _) = await SendtVedtakAsync();
        var innbygger = TestBruker.Med(Roller.Innbygger, personId: sak.PersonId);
        database.Tid.SetUtcNow(Klagefrist.Utlop(vedtak.Klagefrist!.Value).AddHours(1));

        var skjema = await KlageAsync(innbygger, k => k.HentSkjemaAsync(sak.Id, vedtak.Id, Ct));
        Assert.Equal(Fristvurdering.EtterFristen, skjema!.Fristvurdering);
        Assert.True(skjema.ForSent);
        Assert.True(skjema.KanKlage);

        var utkastId = Guid.CreateVersion7();
        var uten = new KlageInput("Jeg fikk for få timer.", null, null, null);
        var result = await KlageAsync(innbygger, k => k.SendAsync(sak.Id, vedtak.Id, utkastId, uten, Ct));
        Assert.Equal(KlageFeil.ForsinkelseGrunnMangler, result.Error);
        Assert.Equal("ForsinkelseGrunn", result.Error!.Felt);
        Assert.Equal(uten.Uenighet, (await KlageAsync(innbygger, k => k.HentSkjemaAsync(sak.Id, vedtak.Id, Ct)))!.Innhold.Uenighet);

        var med = uten with { ForsinkelseGrunn = "Jeg var innlagt på sykehus da brevet kom." };
        var sendt = await KlageAsync(innbygger, k => k.SendAsync(sak.Id, vedtak.Id, utkastId, med, Ct));
        Assert.True(sendt.IsSuccess, sendt.Error?.Melding);
        await using var les = database.Scope();
        var klage = await les.Db().Set<Domain.Klage>().AsNoTracking().SingleAsync(k => k.Id == sendt.Value, Ct);
        Assert.Equal(Fristvurdering.EtterFristen, klage.Fristvurdering);
        Assert.Equal(med.ForsinkelseGrunn, klage.Innhold.ForsinkelseGrunn);
        Assert.True(await les.Db().Brev.AnyAsync(b => b.KlageId == klage.Id && b.Type == Brevtype.Klagekvittering, Ct));
    }

    [Fact]
    public async Task En_annen_innbygger_ser_verken_skjema_klage_kvittering_eller_vedlegg()
    {
        var (sak, vedtak, _) = await SendtVedtakAsync();
        var innbygger = TestBruker.Med(Roller.Innbygger, personId: sak.PersonId);
        var annen = TestBruker.Med(Roller.Innbygger, personId: Guid.CreateVersion7());
        var utkastId = Guid.CreateVersion7();
        var input = new KlageInput("Uenig i timene.", null, null, null);
        var fil = await KlageAsync(innbygger, k => k.LastOppVedleggAsync(sak.Id, vedtak.Id, utkastId, input, VedleggType.Dokumentasjon, "a.pdf",
            new MemoryStream(Pdf), Pdf.Length, Ct));
        Assert.Null(await KlageAsync(annen, k => k.AapneUtkastVedleggAsync(sak.Id, vedtak.Id, fil.Value, Ct)));
        var klageId = (await KlageAsync(innbygger, k => k.SendAsync(sak.Id, vedtak.Id, utkastId, input, Ct))).Value;

        Assert.Null(await KlageAsync(annen, k => k.HentSkjemaAsync(sak.Id, vedtak.Id, Ct)));
        Assert.True((await KlageAsync(annen, k => k.SendAsync(sak.Id, vedtak.Id, Guid.CreateVersion7(), input, Ct))).IsNotFound);
        Assert.Null(await KlageAsync(annen, k => k.HentKvitteringAsync(sak.Id, klageId, Ct)));
        Assert.Empty(await KlageAsync(annen, k => k.MineAsync(sak.Id, Ct)));
        Assert.True((await KlageAsync(annen, k => k.TrekkAsync(sak.Id, klageId, Guid.NewGuid(), Ct))).IsNotFound);
        await using var scope = database.Scope(annen);
        Assert.Null(await scope.Get<SoknadService>().AapneVedleggAsync(sak.Id, fil.Value, Ct));
    }

    [Fact]
    public async Task Ansatte_registrerer_en_klage_fra_posten_og_poststemplet_avgjor_fristen()
    {
        var (sak, vedtak, saksbehandler) = await SendtVedtakAsync();
        var frist = vedtak.Klagefrist!.Value;
        database.Tid.SetUtcNow(Klagefrist.Utlop(frist).AddDays(2));
        var skjemaId = Guid.CreateVersion7();
        var command = new RegistrerKlageCommand(
            sak.Id, skjemaId, vedtak.Id, Klagekanal.Post, Klagerrolle.Part, "Kari Klagesen", Idag, frist, Signert: true,
            "Klagen gjelder timene (skannet).", null, null, null);

        await using (var scope = database.Scope(saksbehandler))
        {
            var feil = await scope.Get<KlagebehandlingService>().RegistrerAsync(command with { Mottatt = Idag.AddDays(1) }, [], Ct);
            Assert.Equal("Mottatt", feil.Error!.Felt);
        }

        Guid klageId;
        await using (var scope = database.Scope(saksbehandler))
        {
            var result = await scope.Get<KlagebehandlingService>().RegistrerAsync(command, [new Filopplasting("skannet.pdf", new MemoryStream(Pdf), Pdf.Length)], Ct);
            Assert.True(result.IsSuccess, result.Error?.Melding);
            klageId = result.Value;
        }

        await using (var scope = database.Scope(saksbehandler))
        {
            // The same form again registers nothing new.
            Assert.Equal(klageId, (await scope.Get<KlagebehandlingService>().RegistrerAsync(command, [], Ct)).Value);
        }

        await using (var scope = database.Scope(saksbehandler))
        {
            var visning = await scope.Get<KlagebehandlingService>().HentAsync(sak.Id, klageId, Ct);
            Assert.NotNull(visning);
            Assert.Equal(Fristvurdering.InnenFristen, visning.Klage.Fristvurdering); // posted on the last day
            Assert.Equal(saksbehandler.Id, visning.Klage.RegistrertAv);
            Assert.Equal("skannet.pdf", Assert.Single(visning.Vedlegg).Filnavn);
            var brev = Assert.Single(visning.Brev);
            Assert.Equal((Brevtype.Klagekvittering, Brevstatus.Utkast), (brev.Type, brev.Status));
            Assert.True(visning.KanBehandle);

            var liste = await scope.Get<KlagebehandlingService>().ListAsync(alle: false, 1, Ct);
            var linje = Assert.Single(liste!.Klager, k => k.Id == klageId);
            Assert.Equal((Klagestatus.Mottatt, 0), (linje.Status, linje.Alder));
        }

        // A citizen has no work list.
        await using (var scope = database.Scope(TestBruker.Med(Roller.Innbygger, personId: sak.PersonId)))
        {
            Assert.Null(await scope.Get<KlagebehandlingService>().ListAsync(false, 1, Ct));
            Assert.Null(await scope.Get<KlagebehandlingService>().HentAsync(sak.Id, klageId, Ct));
        }
    }

    [Fact]
    public async Task Foreloepig_svar_flytter_svardatoen_naar_brevet_sendes_og_oversendelsen_naar_oversendelsesbrevet_sendes()
    {
        var (sak, vedtak, saksbehandler) = await SendtVedtakAsync();
        var innbygger = TestBruker.Med(Roller.Innbygger, personId: sak.PersonId);
        var utkastId = Guid.CreateVersion7();
        var klageId = (await KlageAsync(innbygger, k => k.SendAsync(sak.Id, vedtak.Id, utkastId, new KlageInput("For få timer.", null, null, null), Ct))).Value;
        var klage = await KlagenAsync(klageId);
        var svarFrist = klage.SvarFrist;
        database.Tid.SetUtcNow(Klagefrist.Utlop(svarFrist).AddHours(2));

        await using (var scope = database.Scope(saksbehandler))
        {
            Assert.True((await scope.Get<KlagebehandlingService>().ListAsync(false, 1, Ct))!.Klager.Single(k => k.Id == klageId).TrengerForelopigSvar);
            var forTidlig = await scope.Get<KlagebehandlingService>().ForelopigSvarAsync(new(sak.Id, klageId, klage.Versjon, "Mange klager nå.", svarFrist), Ct);
            Assert.Equal("Forventet", forTidlig.Error!.Felt);
        }

        var forventet = Idag.AddDays(30);
        await using (var scope = database.Scope(saksbehandler))
        {
            Lykkes(await scope.Get<KlagebehandlingService>().ForelopigSvarAsync(new(sak.Id, klageId, klage.Versjon, "Vi venter på opplysninger fra NAV.", forventet), Ct));
        }

        // A draft changes nothing; sent, it moves the date and counts once.
        Assert.Equal(svarFrist, (await KlagenAsync(klageId)).SvarFrist);
        await SendBrevAsync(saksbehandler, sak.Id, klageId, Brevtype.KlageForelopigSvar);
        klage = await KlagenAsync(klageId);
        Assert.Equal((forventet, 1), (klage.SvarFrist, klage.AntallForelopigeSvar));

        await using (var scope = database.Scope(saksbehandler))
        {
            var behandling = scope.Get<KlagebehandlingService>();
            Lykkes(await behandling.VurderFormkravAsync(new(sak.Id, klageId, klage.Versjon, true, true, Fristunntak.IkkeKlandres, true, true, null), Ct));
        }

        klage = await KlagenAsync(klageId);
        Assert.Equal(Klagestatus.UnderBehandling, klage.Status);
        Assert.Null(klage.Formkrav!.Unntak); // an exception only counts for a late complaint
        await using (var scope = database.Scope(saksbehandler))
        {
            var behandling = scope.Get<KlagebehandlingService>();
            var ukjent = await behandling.OpprettholdAsync(new(sak.Id, klageId, klage.Versjon, "Saksforhold.", "Vurdering.", ["brev:" + Guid.NewGuid()]), Ct);
            Assert.Equal("Dokumenter", ukjent.Error!.Felt);
            var dokumenter = await behandling.DokumenterAsync(klage, Ct);
            Assert.Contains(dokumenter, d => d.Nokkel == "soknad");
            Assert.Contains(dokumenter, d => d.Nokkel == "vedtak");
            Lykkes(await behandling.OpprettholdAsync(new(sak.Id, klageId, klage.Versjon, "Saksforhold.", "Vi opprettholder.", [.. dokumenter.Select(d => d.Nokkel)]), Ct));
        }

        klage = await KlagenAsync(klageId);
        Assert.Equal((Klagestatus.UnderBehandling, Klagekonklusjon.Opprettholdt), (klage.Status, klage.Konklusjon));
        await SendBrevAsync(saksbehandler, sak.Id, klageId, Brevtype.KlageOversendelse);
        klage = await KlagenAsync(klageId);
        Assert.Equal((Klagestatus.OversendtStatsforvalteren, Idag), (klage.Status, klage.Oversendt));
        Assert.False(klage.ErHosEnheten);
    }

    [Fact]
    public async Task Et_avslag_som_omgjores_etter_klage_gjenopptar_saken_med_et_nytt_vedtak_som_en_annen_godkjenner()
    {
        var (sak, avslaget, saksbehandler) = await SendtVedtakAsync(Innstillingsutfall.Avslaa);
        Assert.Equal((Saksstatus.Avslag, Vedtaksutfall.Avslag), (sak.Status, avslaget.Utfall));
        var innbygger = TestBruker.Med(Roller.Innbygger, personId: sak.PersonId);
        var klageId = (await KlageAsync(innbygger, k => k.SendAsync(sak.Id, avslaget.Id, Guid.CreateVersion7(),
            new KlageInput("Jeg trenger hjelp, jeg har fått varsel om utkastelse.", "Bo-oppfølging.", null, null), Ct))).Value;
        var klage = await KlagenAsync(klageId);

        Guid nyttId;
        await using (var scope = database.Scope(saksbehandler))
        {
            var behandling = scope.Get<KlagebehandlingService>();
            Lykkes(await behandling.VurderFormkravAsync(new(sak.Id, klageId, klage.Versjon, true, true, null, true, true, null), Ct));
        }

        klage = await KlagenAsync(klageId);
        await using (var scope = database.Scope(saksbehandler))
        {
            var omgjort = await scope.Get<KlagebehandlingService>().OmgjorAsync(new(sak.Id, klageId, klage.Versjon, false, "Utkastelsesvarselet viser et klart behov."), Ct);
            Assert.True(omgjort.IsSuccess, omgjort.Error?.Melding);
            nyttId = omgjort.Value;
        }

        var nytt = await VedtaketAsync(nyttId);
        Assert.Equal((2, Vedtakstype.Vedtak, Vedtaksstatus.Utkast, (Guid?)klageId), (nytt.Nummer, nytt.Type, nytt.Status, nytt.KlageId));
        Assert.Equal(Saksstatus.VedtakUnderArbeid, (await SakenAsync(sak.Id)).Status);
        Assert.Equal(Klagestatus.UnderBehandling, (await KlagenAsync(klageId)).Status);

        var fra = Idag.AddDays(14);
        Lykkes(await VedtakAsync(saksbehandler, s => s.LagreAsync(new LagreVedtakCommand(
            sak.Id, nytt.Id, nytt.Versjon, Vedtaksutfall.Innvilget, nytt.Innhold.HjemmelId, [Hjelpeomrade.OkonomiOgNav], "3", Timeenhet.Uke, fra, null,
            fra.AddMonths(3), "Betale husleia i tide", "Helse- og omsorgstjenesteloven § 3-2.", "Varsel om utkastelse.", "Klagen fører fram.", null, null,
            "Kartleggingen viser behov for opplæring.", string.Join("\n", Domain.Vedtak.Standardvilkar), null, SendTilGodkjenning: true), Ct)));
        nytt = await VedtaketAsync(nyttId);
        var teamleder = await AnsattAsync(database, Roller.Teamleder, "Tone", "Haugen");
        Lykkes(await VedtakAsync(teamleder, s => s.BeslutteAsync(new(sak.Id, nytt.Id, nytt.Versjon, true, [], null), Ct)));

        klage = await KlagenAsync(klageId);
        Assert.Equal((Klagestatus.Omgjort, (Guid?)nyttId), (klage.Status, klage.NyttVedtakId));
        Assert.Equal(Saksstatus.Vedtatt, (await SakenAsync(sak.Id)).Status);
        // The refusal complained about is unchanged.
        Assert.Equal((Vedtaksstatus.Vedtatt, Vedtaksutfall.Avslag, avslaget.Versjon), ((await VedtaketAsync(avslaget.Id)).Status, (await VedtaketAsync(avslaget.Id)).Utfall, (await VedtaketAsync(avslaget.Id)).Versjon));
    }

    [Fact]
    public async Task Et_avslag_som_Statsforvalteren_opphever_gaar_tilbake_til_innstillingen_og_det_nye_vedtaket_besvarer_klagen()
    {
        var (sak, avslaget, saksbehandler) = await SendtVedtakAsync(Innstillingsutfall.Avslaa);
        var innbygger = TestBruker.Med(Roller.Innbygger, personId: sak.PersonId);
        var klageId = (await KlageAsync(innbygger, k => k.SendAsync(sak.Id, avslaget.Id, Guid.CreateVersion7(), new KlageInput("Uenig i avslaget.", null, null, null), Ct))).Value;
        await using (var scope = database.Scope(saksbehandler))
        {
            var b = scope.Get<KlagebehandlingService>();
            var k = await KlagenAsync(klageId);
            Lykkes(await b.VurderFormkravAsync(new(sak.Id, klageId, k.Versjon, true, true, null, true, true, null), Ct));
            k = await KlagenAsync(klageId);
            Lykkes(await b.OpprettholdAsync(new(sak.Id, klageId, k.Versjon, "Saksforhold.", "Vi opprettholder avslaget.", ["klage"]), Ct));
        }

        await SendBrevAsync(saksbehandler, sak.Id, klageId, Brevtype.KlageOversendelse);
        var klage = await KlagenAsync(klageId);
        await using (var scope = database.Scope(saksbehandler))
        {
            Lykkes(await scope.Get<KlagebehandlingService>().RegistrerResultatAsync(
                new(sak.Id, klageId, klage.Versjon, Statsforvalterutfall.OpphevetOgSendtTilbake, Idag, "Kartlegg behovet for hjelp til økonomi på nytt."), null, Ct));
        }

        // Decided by Statsforvalteren, yet the unit owes a new vedtak: the work list of open complaints keeps it, marked.
        await using (var scope = database.Scope(saksbehandler))
        {
            var linje = (await scope.Get<KlagebehandlingService>().ListAsync(alle: false, 1, Ct))!.Klager.Single(k => k.Id == klageId);
            Assert.Equal((Klagestatus.OpphevetOgSendtTilbake, true), (linje.Status, linje.VenterPaaNyttVedtak));
        }

        // Back to the innstilling for the vurderingsteam; from there the saksbehandler drafts vedtak number 2, which answers the complaint.
        var gjenapnet = await SakenAsync(sak.Id);
        Assert.Equal(Saksstatus.Innstilling, gjenapnet.Status);
        var utarbeidet = await VedtakAsync(saksbehandler, s => s.UtarbeidAsync(new(sak.Id, gjenapnet.Versjon), Ct));
        Assert.True(utarbeidet.IsSuccess, utarbeidet.Error?.Melding);
        var nytt = await VedtaketAsync(utarbeidet.Value);
        Assert.Equal((2, (Guid?)klageId), (nytt.Nummer, nytt.KlageId));
        // A second start is refused: the case has its draft.
        var versjon = (await SakenAsync(sak.Id)).Versjon;
        Assert.Equal(VedtakFeil.EtUtkastFinnes, (await VedtakAsync(saksbehandler, s => s.UtarbeidAsync(new(sak.Id, versjon), Ct))).Error);
    }

    [Fact]
    public async Task Et_opphorsvedtak_som_omgjores_etter_klage_gjenopptar_tjenesten_og_aapner_saken_naar_endringsvedtaket_godkjennes()
    {
        var (sak, innvilget, saksbehandler) = await SendtVedtakAsync();
        var teamleder = await AnsattAsync(database, Roller.Teamleder, "Tone", "Haugen");
        // The service is ended from today by an opphørsvedtak, approved and its letter sent: the case is Avsluttet. (Today is after the
        // grant's start: an opphør cannot come before the vedtak it ends.)
        if (innvilget.Innhold.Fra is { } start && Idag <= start) database.Tid.SetUtcNow(new DateTimeOffset(start.AddDays(1).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero));
        var sakVersjon = (await SakenAsync(sak.Id)).Versjon;
        var opphorId = (await VedtakAsync(saksbehandler, s => s.EndreAsync(new(sak.Id, sakVersjon, Vedtakstype.Opphorsvedtak,
            "Innbyggeren har ikke tatt del i tjenesten."), Ct))).Value;
        var opphor = await VedtaketAsync(opphorId);
        Lykkes(await VedtakAsync(saksbehandler, s => s.LagreAsync(new LagreVedtakCommand(
            sak.Id, opphor.Id, opphor.Versjon, null, opphor.Innhold.HjemmelId, [], null, null, Idag, null, null, null, "Helse- og omsorgstjenesteloven § 3-2.",
            "Har ikke møtt til avtalte besøk.", "Tjenesten avsluttes.", null, null, null, null, opphor.Endringsgrunn, SendTilGodkjenning: true,
            Opphorsgrunn.OnskerIkke, "Vi har jobbet med økonomien."), Ct)));
        opphor = await VedtaketAsync(opphorId);
        Lykkes(await VedtakAsync(teamleder, s => s.BeslutteAsync(new(sak.Id, opphor.Id, opphor.Versjon, true, [], null), Ct)));
        await using (var scope = database.Scope(teamleder))
        {
            var brev = await scope.Db().Brev.AsNoTracking().SingleAsync(b => b.Id == opphor.BrevId, Ct);
            Lykkes(await scope.Get<BrevService>().SendAsync(new SendBrevCommand(sak.Id, brev.Id, Idag, Forsendelse.Digital, brev.Versjon), Ct));
        }

        Assert.Equal(Saksstatus.Avsluttet, (await SakenAsync(sak.Id)).Status);
        var innbygger = TestBruker.Med(Roller.Innbygger, personId: sak.PersonId);
        var klageId = (await KlageAsync(innbygger, k => k.SendAsync(sak.Id, opphorId, Guid.CreateVersion7(),
            new KlageInput("Jeg har ønsket hjelpen hele tiden, jeg var på sykehus.", "Fortsatt bo-oppfølging.", null, null), Ct))).Value;
        Guid nyttId;
        await using (var scope = database.Scope(saksbehandler))
        {
            var b = scope.Get<KlagebehandlingService>();
            var k = await KlagenAsync(klageId);
            Lykkes(await b.VurderFormkravAsync(new(sak.Id, klageId, k.Versjon, true, true, null, true, true, null), Ct));
            k = await KlagenAsync(klageId);
            var omgjort = await b.OmgjorAsync(new(sak.Id, klageId, k.Versjon, false, "Fraværet skyldtes sykehusopphold."), Ct);
            Assert.True(omgjort.IsSuccess, omgjort.Error?.Melding);
            nyttId = omgjort.Value;
        }

        // The endringsvedtak replaces the opphørsvedtak from its date, with the grant's hours; the case stays ended until it is approved.
        var nytt = await VedtaketAsync(nyttId);
        Assert.Equal((Vedtakstype.Endringsvedtak, (Guid?)opphorId, Idag, innvilget.Kvarter), (nytt.Type, nytt.ErstatterId, nytt.Innhold.Fra, nytt.Kvarter));
        Assert.Equal(Saksstatus.Avsluttet, (await SakenAsync(sak.Id)).Status);
        Lykkes(await VedtakAsync(saksbehandler, s => s.LagreAsync(Skjema(nytt, send: true) with { Fra = Idag }, Ct)));
        nytt = await VedtaketAsync(nyttId);
        Lykkes(await VedtakAsync(teamleder, s => s.BeslutteAsync(new(sak.Id, nytt.Id, nytt.Versjon, true, [], null), Ct)));

        Assert.Equal(Saksstatus.Vedtatt, (await SakenAsync(sak.Id)).Status);
        Assert.Equal((Klagestatus.Omgjort, (Guid?)nyttId), ((await KlagenAsync(klageId)).Status, (await KlagenAsync(klageId)).NyttVedtakId));
    }

    private async Task<Domain.Vedtak> VedtaketAsync(Guid vedtakId)
    {
        await using var scope = database.Scope();
        return await scope.Db().Set<Domain.Vedtak>().AsNoTracking().SingleAsync(v => v.Id == vedtakId, Ct);
    }

    private async Task<Sak> SakenAsync(Guid sakId)
    {
        await using var scope = database.Scope();
        return await scope.Db().Saker.AsNoTracking().SingleAsync(s => s.Id == sakId, Ct);
    }

    private async Task<Domain.Klage> KlagenAsync(Guid klageId)
    {
        await using var scope = database.Scope();
        return await scope.Db().Set<Domain.Klage>().AsNoTracking().SingleAsync(k => k.Id == klageId, Ct);
    }

    private async Task SendBrevAsync(TestBruker bruker, Guid sakId, Guid klageId, Brevtype type)
    {
        await using var scope = database.Scope(bruker);
        var brev = await scope.Db().Brev.AsNoTracking().SingleAsync(b => b.KlageId == klageId && b.Type == type, Ct);
        Lykkes(await scope.Get<BrevService>().SendAsync(new SendBrevCommand(sakId, brev.Id, Idag, Forsendelse.Digital, brev.Versjon), Ct));
    }

    private async Task<(Sak Sak, Domain.Vedtak Vedtak, TestBruker Saksbehandler)> SendtVedtakAsync(Innstillingsutfall utfall = Innstillingsutfall.Innvilge)
    {
        var saksbehandler = await AnsattAsync(database, Roller.Saksbehandler, "Åse", "Sæther");
        var teamleder = await AnsattAsync(database, Roller.Teamleder, "Øystein", "Lærum");
        await using (var scope = database.Scope())
        {
            await Iploskatalog.SeedAsync(scope.Db(), Ct);
        }

        var (sak, _, _) = await database.SakHosTeametAsync(b => b.FerdigKartlegging(utfall).TildelSaksbehandler(saksbehandler.Id!.Value).Som(saksbehandler.Id!.Value));
        Lykkes(await VedtakAsync(saksbehandler, s => s.UtarbeidAsync(new(sak.Id, sak.Versjon), Ct)));
        var v = await SisteVedtakAsync(sak.Id);
        Lykkes(await VedtakAsync(saksbehandler, s => s.LagreAsync(Skjema(v, send: true) with { AnnenHjelp = utfall == Innstillingsutfall.Avslaa ? "Du kan kontakte NAV-kontoret." : null }, Ct)));
        v = await SisteVedtakAsync(sak.Id);
        Lykkes(await VedtakAsync(teamleder, s => s.BeslutteAsync(new(sak.Id, v.Id, v.Versjon, true, [], null), Ct)));
        v = await SisteVedtakAsync(sak.Id);
        await using (var scope = database.Scope(teamleder))
        {
            var brev = await scope.Db().Brev.AsNoTracking().SingleAsync(b => b.Id == v.BrevId, Ct);
            Lykkes(await scope.Get<BrevService>().SendAsync(new SendBrevCommand(sak.Id, brev.Id, Idag, Forsendelse.Digital, brev.Versjon), Ct));
        }

        await using (var scope = database.Scope())
        {
            return (await scope.Db().Saker.AsNoTracking().SingleAsync(s => s.Id == sak.Id, Ct), await SisteVedtakAsync(sak.Id), saksbehandler);
        }
    }

    private async Task<T> KlageAsync<T>(TestBruker bruker, Func<KlageService, Task<T>> gjor)
    {
        await using var scope = database.Scope(bruker);
        return await gjor(scope.Get<KlageService>());
    }

    private async Task<T> VedtakAsync<T>(TestBruker bruker, Func<VedtakService, Task<T>> gjor)
    {
        await using var scope = database.Scope(bruker);
        return await gjor(scope.Get<VedtakService>());
    }

    private async Task<Domain.Vedtak> SisteVedtakAsync(Guid sakId)
    {
        await using var scope = database.Scope();
        return await scope.Db().Set<Domain.Vedtak>().AsNoTracking().OrderBy(v => v.Nummer).LastAsync(v => v.SakId == sakId, Ct);
    }

    private static void Lykkes(Result result) => Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => $"{e.Felt}: {e.Melding}")));
}
