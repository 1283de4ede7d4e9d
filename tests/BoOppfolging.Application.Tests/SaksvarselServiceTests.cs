using BoOppfolging.Application.Common;
using BoOppfolging.Application.Kartlegging;
using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using BoOppfolging.Tests.Felles;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Tests;

/// <summary>The case's flags (what everyone who visits must know) through the service, on a real SQLite file.</summary>
public sealed class SaksvarselServiceTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Idag => Norsktid.Dato(database.Tid.GetUtcNow());

    private LagreSaksvarslerCommand Varsler(Guid sakId, Guid versjon) => new(
        sakId, versjon, Idag.AddDays(20), "Begjæring om fravikelse fra namsmannen.", [Risikotype.Dyr, Risikotype.Vold], "Stor hund. Ring på først, og gå to sammen.",
        Idag.AddDays(30), "arabisk", IndividuellPlanStatus.Har, "Lise Berg");

    [Fact]
    public async Task Vurderingsteamet_registrerer_varsler_som_saksbehandleren_ser_men_ikke_innbyggeren()
    {
        var saksbehandler = TestBruker.Med(Roller.Saksbehandler);
        var (sak, medlem, _) = await database.SakHosTeametAsync(s => s.TildelSaksbehandler(saksbehandler.Id!.Value, tidspunkt: s.Tid.AddMinutes(1)));

        await using (var scope = database.Scope(medlem))
        {
            var service = scope.Get<SaksvarselService>();
            var tom = (await service.HentAsync(sak.Id, Ct)).Value;
            Assert.Equal((false, true, Guid.Empty), (tom.HarVarsler, tom.KanEndre, tom.Versjon));
            var lagret = await service.LagreAsync(Varsler(sak.Id, Guid.Empty), Ct);
            Assert.True(lagret.IsSuccess, string.Join("; ", lagret.Errors.Select(e => e.Melding)));
        }

        await using (var scope = database.Scope(saksbehandler))
        {
            var v = (await scope.Get<SaksvarselService>().HentAsync(sak.Id, Ct)).Value;
            Assert.Equal((Idag.AddDays(20), "Begjæring om fravikelse fra namsmannen."), (v.Utkastelse!.Dato, v.Utkastelse.Merknad));
            Assert.Equal([Risikotype.Vold, Risikotype.Dyr], v.Sikkerhet!.Risiko);
            Assert.Equal(("arabisk", IndividuellPlanStatus.Har, "Lise Berg", false), (v.Tolkesprak, v.IndividuellPlan, v.Koordinator, v.GjennomgangForfalt));
            Assert.True(v.KanEndre);
        }

        foreach (var ikke in new[] { TestBruker.Med(Roller.Innbygger, sak.PersonId), TestBruker.Med(Roller.BoOppfolger), TestBruker.Med(Roller.Vurderingsteam) })
        {
            await using var scope = database.Scope(ikke);
            var service = scope.Get<SaksvarselService>();
            Assert.True((await service.HentAsync(sak.Id, Ct)).IsNotFound);
            Assert.True((await service.LagreAsync(Varsler(sak.Id, Guid.Empty) with { Tolkesprak = "polsk" }, Ct)).IsNotFound);
        }

        await using var les = database.Scope();
        Assert.Equal("arabisk", (await les.Db().Set<Saksvarsler>().AsNoTracking().SingleAsync(v => v.SakId == sak.Id, Ct)).Tolkesprak);
        Assert.True(await les.Db().AuditLogg.AnyAsync(a => a.SakId == sak.Id && a.Beskrivelse == "Saksvarsler" && a.Handling == AuditHandling.Opprett && a.BrukerId == medlem.Id, Ct));
    }

    [Fact]
    public async Task En_ufullstendig_sikkerhetsvurdering_og_en_koordinator_uten_plan_avvises_ved_feltet()
    {
        var (sak, medlem, _) = await database.SakHosTeametAsync();
        await using var scope = database.Scope(medlem);
        var service = scope.Get<SaksvarselService>();
        var gyldig = Varsler(sak.Id, Guid.Empty);

        async Task<string?> FeltAsync(LagreSaksvarslerCommand c) => (await service.LagreAsync(c, Ct)).Error?.Felt;
        Assert.Equal("GjennomgaasDato", await FeltAsync(gyldig with { GjennomgaasDato = null }));
        Assert.Equal("Risiko", await FeltAsync(gyldig with { Risiko = [] }));
        Assert.Equal("SikkerhetMerknad", await FeltAsync(gyldig with { SikkerhetMerknad = " " }));
        Assert.Equal("GjennomgaasDato", await FeltAsync(gyldig with { GjennomgaasDato = Idag.AddDays(-1) }));
        Assert.Equal("Koordinator", await FeltAsync(gyldig with { IndividuellPlan = IndividuellPlanStatus.Nei }));
        Assert.Equal("Tolkesprak", await FeltAsync(gyldig with { Tolkesprak = new string('x', 101) }));
        Assert.Equal("UtkastelseDato", await FeltAsync(gyldig with { UtkastelseDato = null }));
        Assert.Equal("Risiko", await FeltAsync(gyldig with { Risiko = [(Risikotype)42] }));

        await using var les = database.Scope();
        Assert.False(await les.Db().Set<Saksvarsler>().AnyAsync(v => v.SakId == sak.Id, Ct));
    }

    [Fact]
    public async Task To_forste_lagringer_samtidig_gir_konflikt_og_ikke_en_feilside()
    {
        var (sak, medlem, _) = await database.SakHosTeametAsync();
        await using (var scope = database.Scope(medlem))
        {
            Assert.True((await scope.Get<SaksvarselService>().LagreAsync(Varsler(sak.Id, Guid.Empty), Ct)).IsSuccess);
        }

        // The other request read "none" before the first was saved: its new row meets the unique index on the case.
        await using (var scope = database.Scope(medlem))
        {
            var result = await scope.Get<Saksendringer>().EndreEllerOpprettAsync<object, Saksvarsler>(
                Handling.RegistrerSaksvarsler, sak.Id, null, (_, _) => Task.FromResult<Saksvarsler?>(null), id => new Saksvarsler(id), Guid.Empty,
                (e, v) => Task.FromResult(v.Lagre(null, null, "somali", IndividuellPlanStatus.Nei, null, e.BrukerId, e.Tidspunkt)), Ct);
            Assert.True(result.IsConflict);
        }

        await using var les = database.Scope();
        Assert.Equal("arabisk", (await les.Db().Set<Saksvarsler>().AsNoTracking().SingleAsync(v => v.SakId == sak.Id, Ct)).Tolkesprak);
    }

    [Fact]
    public async Task En_sikkerhetsvurdering_som_ikke_er_gjennomgaatt_i_tide_er_markert_og_to_foerste_lagringer_gir_konflikt()
    {
        var (sak, medlem, _) = await database.SakHosTeametAsync();
        await using (var scope = database.Scope(medlem))
        {
            var service = scope.Get<SaksvarselService>();
            Assert.True((await service.LagreAsync(Varsler(sak.Id, Guid.Empty) with { GjennomgaasDato = Idag }, Ct)).IsSuccess);
            Assert.True((await service.LagreAsync(Varsler(sak.Id, Guid.Empty) with { Tolkesprak = "somali" }, Ct)).IsConflict);
        }

        database.Tid.Advance(TimeSpan.FromDays(1));
        await using (var scope = database.Scope(medlem))
        {
            var service = scope.Get<SaksvarselService>();
            var v = (await service.HentAsync(sak.Id, Ct)).Value;
            Assert.True(v.GjennomgangForfalt);
            Assert.Equal("arabisk", v.Tolkesprak);

            // Emptying a part removes that flag.
            var fjernet = await service.LagreAsync(new(sak.Id, v.Versjon, null, null, [], null, null, null, IndividuellPlanStatus.Nei, null), Ct);
            Assert.True(fjernet.IsSuccess);
            Assert.False((await service.HentAsync(sak.Id, Ct)).Value.HarVarsler);
        }
    }
}
