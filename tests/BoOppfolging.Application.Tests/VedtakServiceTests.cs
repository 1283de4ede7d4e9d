using BoOppfolging.Application.Vedtak;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Iplos;
using BoOppfolging.Tests.Felles;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using static BoOppfolging.Application.Tests.Vedtakshjelp;

namespace BoOppfolging.Application.Tests;

/// <summary>
/// The vedtak through its service, on a real SQLite file: the draft made from the innstilling, what is missing before
/// it can be sent, totrinnskontroll (the approver is never the drafter, in the service and in the database), a return
/// with reasons, every sending kept, an endringsvedtak in the chain, and who may not.
/// </summary>
public sealed class VedtakServiceTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly TestBruker _saksbehandler = TestBruker.Med(Roller.Saksbehandler);
    private readonly TestBruker _teamleder = TestBruker.Med(Roller.Teamleder);

    private DateOnly Idag => Norsktid.Dato(database.Tid.GetUtcNow());

    /// <summary>A case with the mapping finished and an innstilling to grant 4 hours a week, assigned to the saksbehandler, then <paramref name="steg"/>.</summary>
    private async Task<Sak> InnstillingAsync(Action<Infrastructure.Saksbygging.Saksbygger>? steg = null)
    {
        await using (var scope = database.Scope())
        {
            await Iploskatalog.SeedAsync(scope.Db(), Ct);
        }

        var (sak, _, _) = await database.SakHosTeametAsync(b =>
        {
            b.FerdigKartlegging().TildelSaksbehandler(_saksbehandler.Id!.Value).Som(_saksbehandler.Id!.Value);
            steg?.Invoke(b);
        });
        return sak;
    }

    private async Task<T> SomAsync<T>(TestBruker bruker, Func<VedtakService, Task<T>> gjor)
    {
        await using var scope = database.Scope(bruker);
        return await gjor(scope.Get<VedtakService>());
    }

    private async Task<Domain.Vedtak> VedtakAsync(Guid sakId)
    {
        await using var scope = database.Scope();
        return await scope.Db().Set<Domain.Vedtak>().AsNoTracking().OrderBy(v => v.Nummer).LastAsync(v => v.SakId == sakId, Ct);
    }

    private async Task<Sak> SakAsync(Guid sakId)
    {
        await using var scope = database.Scope();
        return await scope.Db().Saker.AsNoTracking().SingleAsync(s => s.Id == sakId, Ct);
    }

    private static void Lykkes(Result result) => Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => $"{e.Felt}: {e.Melding}")));

    [Fact]
    public async Task Utkastet_lages_fra_innstillingen_og_sier_hva_som_mangler_foer_det_kan_sendes()
    {
        var sak = await InnstillingAsync();

        var id = await SomAsync(_saksbehandler, s => s.UtarbeidAsync(new(sak.Id, sak.Versjon), Ct));

        Lykkes(id);
        var v = await VedtakAsync(sak.Id);
        Assert.Equal((Vedtaksutfall.Innvilget, 16, Timeenhet.Uke, (Guid?)null), (v.Innhold.Utfall, v.Innhold.Kvarter, v.Innhold.Enhet, v.Innhold.HjemmelId));
        Assert.Equal(["Jeg vil betale husleien selv hver måned.", "Jeg vil lage middag selv tre dager i uka."], v.Innhold.Mal);
        Assert.Equal(Domain.Vedtak.Standardvilkar, v.Innhold.Vilkar);
        Assert.Equal(Saksstatus.VedtakUnderArbeid, (await SakAsync(sak.Id)).Status);

        var visning = (await SomAsync(_saksbehandler, s => s.HentAsync(sak.Id, v.Id, Ct))).Value;
        Assert.True(visning.IplosAdvarsel); // the builder's IPLOS scores are all 2
        Assert.Equal(["HjemmelId", "BegrunnelseRegler", "BegrunnelseFakta", "IplosBegrunnelse"], visning.Mangler.Select(m => m.Felt));

        var sendt = await SomAsync(_saksbehandler, s => s.LagreAsync(Skjema(v, send: true, iplos: null) with { BegrunnelseFakta = " " }, Ct));

        Assert.Equal(["BegrunnelseFakta", "IplosBegrunnelse"], sendt.Errors.Select(e => e.Felt));
        Assert.Null((await VedtakAsync(sak.Id)).Innhold.HjemmelId); // nothing saved
        Assert.Equal(Saksstatus.VedtakUnderArbeid, (await SakAsync(sak.Id)).Status);
    }

    [Fact]
    public async Task Sendt_underkjent_rettet_og_godkjent_av_en_annen_med_hvert_forsok_tatt_vare_paa()
    {
        var sak = await InnstillingAsync(b => b.UtarbeidVedtak());
        var v = await VedtakAsync(sak.Id);
        Lykkes(await SomAsync(_saksbehandler, s => s.LagreAsync(Skjema(v, send: false), Ct)));
        v = await VedtakAsync(sak.Id);
        Lykkes(await SomAsync(_saksbehandler, s => s.LagreAsync(Skjema(v, send: true), Ct)));
        Assert.Equal(Saksstatus.TilGodkjenning, (await SakAsync(sak.Id)).Status);

        v = await VedtakAsync(sak.Id);
        var utenArsak = await SomAsync(_teamleder, s => s.BeslutteAsync(new(sak.Id, v.Id, v.Versjon, false, [], " "), Ct));
        Assert.Equal(["Arsaker", "Begrunnelse"], utenArsak.Errors.Select(e => e.Felt));
        Lykkes(await SomAsync(_teamleder, s => s.BeslutteAsync(new(sak.Id, v.Id, v.Versjon, false, [Underkjenningsarsak.FeilOmfang], "Fire timer er for mye til å begynne med."), Ct)));
        Assert.Equal(Saksstatus.VedtakUnderArbeid, (await SakAsync(sak.Id)).Status);

        var retur = (await SomAsync(_saksbehandler, s => s.HentAsync(sak.Id, v.Id, Ct))).Value;
        Assert.Equal((Beslutningsutfall.Underkjent, "Fire timer er for mye til å begynne med."), (retur.SisteUnderkjenning!.Utfall, retur.SisteUnderkjenning.Begrunnelse));
        Assert.Equal([Underkjenningsarsak.FeilOmfang], retur.SisteUnderkjenning.Arsaker);
        Assert.True(retur.KanEndre);

        v = await VedtakAsync(sak.Id);
        Lykkes(await SomAsync(_saksbehandler, s => s.LagreAsync(Skjema(v, send: true) with { Timer = "3" }, Ct)));
        v = await VedtakAsync(sak.Id);
        Lykkes(await SomAsync(_teamleder, s => s.BeslutteAsync(new(sak.Id, v.Id, v.Versjon, true, [], null), Ct)));

        v = await VedtakAsync(sak.Id);
        Assert.Equal((Vedtaksstatus.Vedtatt, 12, 180m), (v.Status, v.Innhold.Kvarter, v.MinutterPerUke));
        Assert.Equal([Beslutningsutfall.Underkjent, Beslutningsutfall.Godkjent], v.Beslutninger.OrderBy(b => b.Sendt).Select(b => b.Utfall));
        Assert.Equal(Saksstatus.Vedtatt, (await SakAsync(sak.Id)).Status);
        var last = await SomAsync(_saksbehandler, s => s.LagreAsync(Skjema(v, send: false), Ct));
        Assert.Equal(VedtakFeil.Last, last.Error);
    }

    [Fact]
    public async Task En_teamleder_kan_ikke_godkjenne_sitt_eget_vedtak_og_ser_ikke_knappen()
    {
        var sak = await InnstillingAsync(b => b.UtarbeidVedtak(utfortAv: _teamleder.Id).SendVedtakTilGodkjenning(utfortAv: _teamleder.Id));
        var v = await VedtakAsync(sak.Id);

        var eget = await SomAsync(_teamleder, s => s.HentAsync(sak.Id, v.Id, Ct));
        Assert.False(eget.Value.KanBeslutte);
        Assert.True(eget.Value.ErEgetVedtak);
        Assert.Equal(VedtakFeil.EgetVedtak, (await SomAsync(_teamleder, s => s.BeslutteAsync(new(sak.Id, v.Id, v.Versjon, true, [], null), Ct))).Error);
        Assert.True((await SomAsync(_teamleder, s => s.TilGodkjenningAsync(1, Ct))).Rader.Single(r => r.VedtakId == v.Id).ErEget);

        var annen = TestBruker.Med(Roller.Teamleder);
        Assert.True((await SomAsync(annen, s => s.HentAsync(sak.Id, v.Id, Ct))).Value.KanBeslutte);
        Lykkes(await SomAsync(annen, s => s.BeslutteAsync(new(sak.Id, v.Id, v.Versjon, true, [], null), Ct)));
    }

    [Fact]
    public async Task Databasen_avviser_en_godkjenner_som_har_utarbeidet_vedtaket_selv_utenom_domenet()
    {
        var teamleder = Guid.CreateVersion7();
        var sak = await InnstillingAsync(b => b.UtarbeidVedtak().SendVedtakTilGodkjenning().GodkjennVedtak(teamleder));
        var v = await VedtakAsync(sak.Id);
        await using var scope = database.Scope();

        var iVedtak = await Assert.ThrowsAsync<SqliteException>(() => scope.Db().Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE Vedtak SET GodkjentAv = OpprettetAv WHERE Id = {v.Id}", Ct));
        var iBeslutning = await Assert.ThrowsAsync<SqliteException>(() => scope.Db().Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE Vedtaksbeslutninger SET BesluttetAv = SendtAv WHERE VedtakId = {v.Id}", Ct));

        Assert.Contains("CK_Vedtak_Totrinnskontroll", iVedtak.Message, StringComparison.Ordinal);
        Assert.Contains("CK_Vedtaksbeslutninger_Totrinnskontroll", iBeslutning.Message, StringComparison.Ordinal);
        Assert.Equal(teamleder, (await VedtakAsync(sak.Id)).GodkjentAv);
    }

    [Fact]
    public async Task Den_som_sendte_kan_ta_vedtaket_tilbake_men_ikke_andre()
    {
        var sak = await InnstillingAsync(b => b.UtarbeidVedtak().SendVedtakTilGodkjenning());
        var v = await VedtakAsync(sak.Id);
        var kollega = TestBruker.Med(Roller.Saksbehandler);

        Assert.True((await SomAsync(_saksbehandler, s => s.HentAsync(sak.Id, v.Id, Ct))).Value.KanTaTilbake);
        Assert.True((await SomAsync(kollega, s => s.TaTilbakeAsync(new(sak.Id, v.Id, v.Versjon), Ct))).IsNotFound); // the case is not theirs
        Assert.Equal(VedtakFeil.BareAvsenderKanTaTilbake, (await SomAsync(_teamleder, s => s.TaTilbakeAsync(new(sak.Id, v.Id, v.Versjon), Ct))).Error);
        Lykkes(await SomAsync(_saksbehandler, s => s.TaTilbakeAsync(new(sak.Id, v.Id, v.Versjon), Ct)));

        Assert.Equal(Saksstatus.VedtakUnderArbeid, (await SakAsync(sak.Id)).Status);
        Assert.Equal(Beslutningsutfall.TattTilbake, (await VedtakAsync(sak.Id)).Beslutninger.Single().Utfall);
    }

    [Fact]
    public async Task Bare_forvaltningsenheten_utarbeider_og_bare_en_teamleder_godkjenner()
    {
        var sak = await InnstillingAsync();
        var medlem = TestBruker.Med(Roller.Vurderingsteam);
        var bo = TestBruker.Med(Roller.BoOppfolger);

        Assert.True((await SomAsync(medlem, s => s.UtarbeidAsync(new(sak.Id, sak.Versjon), Ct))).IsNotFound);
        Assert.True((await SomAsync(bo, s => s.UtarbeidAsync(new(sak.Id, sak.Versjon), Ct))).IsNotFound);
        Lykkes(await SomAsync(_saksbehandler, s => s.UtarbeidAsync(new(sak.Id, sak.Versjon), Ct)));
        var v = await VedtakAsync(sak.Id);
        var lagret = await SomAsync(_saksbehandler, s => s.LagreAsync(Skjema(v, send: true), Ct));
        Lykkes(lagret);
        v = await VedtakAsync(sak.Id);

        Assert.True((await SomAsync(_saksbehandler, s => s.BeslutteAsync(new(sak.Id, v.Id, v.Versjon, true, [], null), Ct))).IsNotFound);
        Assert.False((await SomAsync(_saksbehandler, s => s.HentAsync(sak.Id, v.Id, Ct))).Value.KanBeslutte);
    }

    [Fact]
    public async Task En_gammel_versjon_gir_konflikt_og_en_hjemmel_utenfor_listen_avvises_ved_feltet()
    {
        var sak = await InnstillingAsync(b => b.UtarbeidVedtak(Vedtaksinnhold.Tomt));
        var v = await VedtakAsync(sak.Id);
        Lykkes(await SomAsync(_saksbehandler, s => s.LagreAsync(Skjema(v, send: false), Ct)));

        Assert.True((await SomAsync(_saksbehandler, s => s.LagreAsync(Skjema(v, send: false), Ct))).IsConflict);
        v = await VedtakAsync(sak.Id);
        var feilHjemmel = await SomAsync(_saksbehandler, s => s.LagreAsync(Skjema(v, send: false, hjemmel: Guid.CreateVersion7()), Ct));
        Assert.Equal("HjemmelId", feilHjemmel.Error!.Felt);
        var feilTimer = await SomAsync(_saksbehandler, s => s.LagreAsync(Skjema(v, send: false) with { Timer = "2,1" }, Ct));
        Assert.Equal("Timer", feilTimer.Error!.Felt);
        var forMange = await SomAsync(_saksbehandler, s => s.LagreAsync(Skjema(v, send: false) with { Timer = "700", Enhet = Timeenhet.Maaned }, Ct));
        Assert.Equal(("Timer", "vedtak_timer_maaned"), (forMange.Error!.Felt, forMange.Error.Kode));
    }

    [Fact]
    public async Task Et_endringsvedtak_erstatter_det_gjeldende_fra_sin_dato_og_panelet_viser_hvilket_som_gjaldt()
    {
        var teamleder = Guid.CreateVersion7();
        var sak = await InnstillingAsync(b => b.UtarbeidVedtak().SendVedtakTilGodkjenning().GodkjennVedtak(teamleder));
        var forste = await VedtakAsync(sak.Id);
        sak = await SakAsync(sak.Id);
        Assert.Null((await SomAsync(_saksbehandler, s => s.HentPanelAsync(sak.Id, null, Ct))).Value.IKraft); // not in force today yet, but may be changed
        var iKraft = forste.Fra!.Value;
        var dagen = new DateTimeOffset(iKraft.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
        if (dagen > database.Tid.GetUtcNow()) database.Tid.SetUtcNow(dagen); // the fixture's clock only moves on
        {
            Lykkes(await SomAsync(_saksbehandler, s => s.EndreAsync(new(sak.Id, sak.Versjon, Vedtakstype.Endringsvedtak, "Behovet har økt."), Ct)));
            var endring = await VedtakAsync(sak.Id);
            Assert.Equal((2, forste.Id, (DateOnly?)null), (endring.Nummer, endring.ErstatterId, endring.Fra));
            var fra = iKraft.AddMonths(1);
            Lykkes(await SomAsync(_saksbehandler, s => s.LagreAsync(Skjema(endring, send: true) with { Timer = "6", Fra = fra, Evalueringsdato = fra.AddMonths(3) }, Ct)));
            endring = await VedtakAsync(sak.Id);
            Lykkes(await SomAsync(_teamleder, s => s.BeslutteAsync(new(sak.Id, endring.Id, endring.Versjon, true, [], null), Ct)));

            var foer = (await SomAsync(_saksbehandler, s => s.HentPanelAsync(sak.Id, fra.AddDays(-1), Ct))).Value;
            var etter = (await SomAsync(_saksbehandler, s => s.HentPanelAsync(sak.Id, fra, Ct))).Value;
            Assert.Equal((1, "4 timer per uke"), (foer.IKraft!.Nummer, foer.IKraft.Timer));
            Assert.Equal((2, "6 timer per uke"), (etter.IKraft!.Nummer, etter.IKraft.Timer));
            Assert.Equal(Vedtaksstatus.Vedtatt, (await SomAsync(_saksbehandler, s => s.HentAsync(sak.Id, forste.Id, Ct))).Value.Status);
            Assert.Equal(Saksstatus.Vedtatt, (await SakAsync(sak.Id)).Status);
        }
    }

    [Fact]
    public async Task Aa_lese_et_vedtak_skrives_i_revisjonsloggen()
    {
        var sak = await InnstillingAsync(b => b.UtarbeidVedtak());
        var v = await VedtakAsync(sak.Id);

        Lykkes(await SomAsync(_saksbehandler, s => s.HentAsync(sak.Id, v.Id, Ct)));

        await using var les = database.Scope();
        Assert.True(await les.Db().AuditLogg.AnyAsync(a => a.SakId == sak.Id && a.Beskrivelse == "Vedtak" && a.Handling == AuditHandling.Les && a.BrukerId == _saksbehandler.Id, Ct));
        Assert.True(await les.Db().AuditLogg.AnyAsync(a => a.SakId == sak.Id && a.Beskrivelse == "Vedtak" && a.Handling == AuditHandling.Opprett, Ct));
    }
}
