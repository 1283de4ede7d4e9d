using BoOppfolging.Application.Oppfolging;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Saksbygging;
using BoOppfolging.Tests.Felles;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Tests;

/// <summary>
/// Evaluation through the service, on a real SQLite file: a case long in follow-up is due on the overview; the saksbehandler
/// evaluates it with the goals' status (written to the goals with history), and "continue" takes it off the list until the next
/// date, while "change" keeps it there with what to do; one per double submit; errors by field; not found for a bo-oppfølger
/// not on the case; the timeline and the audit.
/// </summary>
public sealed class EvalueringServiceTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Idag => Norsktid.Dato(database.Tid.GetUtcNow());

    /// <summary>A case 200 days in follow-up (its six-month evaluation has come), with the saksbehandler and contact given.</summary>
    private async Task<(Sak Sak, IReadOnlyList<Maal> Maal)> SakAsync(TestBruker saksbehandler, TestBruker leder, TestBruker kontakt, Action<Saksbygger>? steg = null)
    {
        var team = new Team("Vurderingsteam " + Guid.NewGuid().ToString("N")[..6], Teamtype.Vurderingsteam);
        await using var scope = database.Scope();
        var db = scope.Db();
        db.Team.Add(team);
        var person = Testdata.NyPerson("Nora", "Olsen");
        db.Personer.Add(person);
        var bygger = Testdata.NySoknad(person, database.Tid.GetUtcNow().AddDays(-200))
            .TildelSaksbehandler(saksbehandler.Id!.Value)
            .TilStatus(Saksstatus.IOppfolging, team.Id, godkjenner: leder.Id!.Value, primaerkontakt: kontakt.Id!.Value);
        steg?.Invoke(bygger);
        bygger.LeggTil(db);
        await db.SaveChangesAsync(Ct);
        return (bygger.Sak, bygger.Kartlegging!.Maal);
    }

    private static RegistrerEvalueringCommand Kommando(
        Guid sakId, Evalueringskonklusjon? konklusjon, DateOnly? neste, params MaalvurderingInput[] maal) =>
        new(sakId, Guid.CreateVersion7(), null, true, "Vi gikk gjennom målene. Husleien betales nå selv.", maal, konklusjon, neste);

    private async Task<Oversiktsrad?> PaaListenAsync(TestBruker leder, Guid sakId)
    {
        await using var scope = database.Scope(leder);
        var oversikt = (await scope.Get<OppfolgingsoversiktService>().HentAsync(Oversiktsliste.Evaluering, null, Ct)).Value;
        return oversikt.Del(Oversiktsliste.Evaluering)!.Rader.SingleOrDefault(r => r.SakId == sakId);
    }

    [Fact]
    public async Task Fortsette_tar_saken_av_listen_til_neste_dato_og_maalene_faar_status_med_historikk()
    {
        var leder = await Vedtakshjelp.AnsattAsync(database, Roller.Teamleder, "Tone", "Haugen");
        var ingrid = await Vedtakshjelp.AnsattAsync(database, Roller.Saksbehandler, "Ingrid", "Berg");
        var aisha = await Oppfolgingshjelp.OppfolgerAsync(database, "Aisha", "Rahman");
        var (sak, maal) = await SakAsync(ingrid, leder, aisha);
        Assert.NotNull(await PaaListenAsync(leder, sak.Id));

        var id = Guid.CreateVersion7();
        await using (var scope = database.Scope(ingrid))
        {
            var service = scope.Get<EvalueringService>();
            var side = (await service.HentAsync(sak.Id, Ct)).Value;
            Assert.True(side.KanEvaluere);
            Assert.True(side.Forfall <= Idag.AddDays(OppfolgingsoversiktService.EvalueringVarselDager));
            Assert.Equal(maal.Select(m => m.Id), side.Maal.Select(m => m.Id));

            var c = Kommando(sak.Id, Evalueringskonklusjon.Fortsette, Idag.AddMonths(3),
                new MaalvurderingInput(maal[0].Id, Maalstatusverdi.Nadd, null), new MaalvurderingInput(maal[1].Id, Maalstatusverdi.Pagar, null)) with { Id = id, Dato = Idag };
            var r = await service.RegistrerAsync(c, Ct);
            Assert.True(r.IsSuccess, r.Error?.Melding);
        }

        // The same form sent again (a double submit) records nothing more.
        await using (var scope = database.Scope(ingrid))
        {
            var c = Kommando(sak.Id, Evalueringskonklusjon.Fortsette, Idag.AddMonths(3)) with { Id = id, Dato = Idag };
            Assert.True((await scope.Get<EvalueringService>().RegistrerAsync(c, Ct)).IsSuccess);
        }

        Assert.Null(await PaaListenAsync(leder, sak.Id));
        await using (var scope = database.Scope(aisha))
        {
            var side = (await scope.Get<EvalueringService>().HentAsync(sak.Id, Ct)).Value;
            var ev = Assert.Single(side.Evalueringer);
            Assert.Equal((Evalueringskonklusjon.Fortsette, (DateOnly?)Idag.AddMonths(3), "Ingrid Berg"), (ev.Konklusjon, ev.NesteEvaluering, ev.RegistrertAv));
            Assert.Equal(Idag.AddMonths(3), side.Forfall);
            Assert.Equal([Maalstatusverdi.Nadd, Maalstatusverdi.Pagar], side.Maal.Select(m => m.Status));
        }

        await using var les = database.Scope();
        var status = await les.Db().Set<Maalstatus>().SingleAsync(m => m.SakId == sak.Id && m.MaalId == maal[0].Id, Ct);
        Assert.Equal((Maalstatusverdi.Nadd, ingrid.Id!.Value), (Assert.Single(status.Historikk).Status, status.Historikk[0].Av));
        var lagret = await les.Db().Saker.Include(s => s.Hendelser).SingleAsync(s => s.Id == sak.Id, Ct);
        Assert.Single(lagret.Hendelser, h => h.Type == HendelseType.TjenestenEvaluert && !h.Intern);
        var audit = await les.Db().AuditLogg.AsNoTracking().Where(a => a.SakId == sak.Id && a.Beskrivelse == "Evaluering").ToListAsync(Ct);
        Assert.Contains(audit, a => a.Handling == AuditHandling.Opprett && a.BrukerId == ingrid.Id);
        Assert.Contains(audit, a => a.Handling == AuditHandling.Les && a.BrukerId == aisha.Id);
    }

    [Fact]
    public async Task Endre_holder_saken_paa_listen_med_hva_som_skal_gjores_til_nytt_vedtak()
    {
        var leder = await Vedtakshjelp.AnsattAsync(database, Roller.Teamleder, "Tone", "Haugen");
        var ingrid = await Vedtakshjelp.AnsattAsync(database, Roller.Saksbehandler, "Ingrid", "Berg");
        var aisha = await Oppfolgingshjelp.OppfolgerAsync(database, "Aisha", "Rahman");
        var (sak, _) = await SakAsync(ingrid, leder, aisha, b => b.Evaluer(Idag.AddDays(-3), Evalueringskonklusjon.Endre, tidspunkt: database.Tid.GetUtcNow().AddDays(-3)));

        var rad = await PaaListenAsync(leder, sak.Id);
        Assert.Equal(("Evaluert: skal endres", (DateOnly?)Idag.AddDays(-3), true), (rad?.Merknad, rad?.Dato, rad?.Forfalt));
        await using var scope = database.Scope(ingrid);
        var side = (await scope.Get<EvalueringService>().HentAsync(sak.Id, Ct)).Value;
        Assert.True(side.KanLageVedtak);
        Assert.False(side.VedtakUnderArbeid);
        Assert.Equal(Idag.AddDays(-3), side.Forfall);
    }

    [Fact]
    public async Task Feil_ved_feltet_og_ikke_funnet_for_en_bo_oppfolger_som_ikke_er_kontakt()
    {
        var leder = await Vedtakshjelp.AnsattAsync(database, Roller.Teamleder, "Tone", "Haugen");
        var ingrid = await Vedtakshjelp.AnsattAsync(database, Roller.Saksbehandler, "Ingrid", "Berg");
        var aisha = await Oppfolgingshjelp.OppfolgerAsync(database, "Aisha", "Rahman");
        var (sak, maal) = await SakAsync(ingrid, leder, aisha);

        await using (var scope = database.Scope(aisha))
        {
            var service = scope.Get<EvalueringService>();
            Assert.Equal("Dato", (await service.RegistrerAsync(Kommando(sak.Id, Evalueringskonklusjon.Fortsette, Idag.AddMonths(3)), Ct)).Error?.Felt);
            var c = Kommando(sak.Id, Evalueringskonklusjon.Fortsette, null, new MaalvurderingInput(maal[0].Id, Maalstatusverdi.Avbrutt, " ")) with { Dato = Idag };
            var feil = (await service.RegistrerAsync(c, Ct)).Errors.Select(f => f.Felt).ToList();
            Assert.Equal(["NesteEvaluering", "Maal[0].Kommentar"], feil);
            Assert.Equal("Dato", (await service.RegistrerAsync(Kommando(sak.Id, Evalueringskonklusjon.Avslutte, null) with { Dato = Idag.AddDays(1) }, Ct)).Error?.Felt);
            // A goal that is not the case's is refused.
            var fremmed = Kommando(sak.Id, Evalueringskonklusjon.Avslutte, null, new MaalvurderingInput(Guid.CreateVersion7(), Maalstatusverdi.Nadd, null)) with { Dato = Idag };
            Assert.False((await service.RegistrerAsync(fremmed, Ct)).IsSuccess);
        }

        await using (var scope = database.Scope(TestBruker.Med(Roller.BoOppfolger)))
        {
            var service = scope.Get<EvalueringService>();
            Assert.True((await service.HentAsync(sak.Id, Ct)).IsNotFound);
            Assert.True((await service.RegistrerAsync(Kommando(sak.Id, Evalueringskonklusjon.Avslutte, null) with { Dato = Idag }, Ct)).IsNotFound);
        }

        await using var les = database.Scope();
        Assert.False(await les.Db().Set<Evaluering>().AnyAsync(e => e.SakId == sak.Id, Ct));
    }
}
