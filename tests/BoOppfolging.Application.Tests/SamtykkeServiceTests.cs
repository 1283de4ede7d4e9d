using BoOppfolging.Application.Samtykker;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Saksbygging;
using BoOppfolging.Tests.Felles;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Tests;

/// <summary>Consents on a case through the service, on a real SQLite file: who may see and withdraw them, and what is recorded.</summary>
public sealed class SamtykkeServiceTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>An application naming a GP and a NAV office, with consent for both, as the case builder makes it.</summary>
    private async Task<(Sak Sak, Samtykke Fastlege, Samtykke Nav)> SakMedSamtykkerAsync(Guid? saksbehandler = null)
    {
        IReadOnlyList<Samtykke> samtykker = [];
        var sak = await database.LagreSakAsync(
            s =>
            {
                samtykker = s.Samtykkene;
                if (saksbehandler is { } sb) s.TildelSaksbehandler(sb, sb);
            },
            innhold: Saksbygger.StandardSoknad(fastlege: "Dr. Åse Lie", navKontor: "NAV Ås"));
        return (sak, samtykker.Single(s => s.Kilde == "fastlegen (Dr. Åse Lie)"), samtykker.Single(s => s.Kilde == "NAV (NAV Ås)"));
    }

    private async Task<Samtykke> LesAsync(Guid samtykkeId)
    {
        await using var scope = database.Scope();
        return await scope.Db().Samtykker.AsNoTracking().SingleAsync(s => s.Id == samtykkeId, Ct);
    }

    [Fact]
    public async Task Innbyggeren_ser_samtykkene_sine_med_ordlyden_og_trekker_tilbake_ett_av_dem()
    {
        var (sak, fastlege, nav) = await SakMedSamtykkerAsync();
        var innbygger = TestBruker.Med(Roller.Innbygger, sak.PersonId);
        database.Tid.Advance(TimeSpan.FromDays(2));

        await using (var scope = database.Scope(innbygger))
        {
            // Both were given in the same moment, with the application: the list shows both, with the wording agreed to.
            var liste = (await scope.Get<SamtykkeService>().ListAsync(sak.Id, Ct)).Samtykker;
            Assert.Equal(["NAV (NAV Ås)", "fastlegen (Dr. Åse Lie)"], liste.Select(s => s.Kilde).Order(StringComparer.Ordinal));
            Assert.All(liste, s => Assert.True(s.ErGyldig));
            Assert.Equal(Samtykke.OrdlydFor("fastlegen (Dr. Åse Lie)"), liste.Single(s => s.Id == fastlege.Id).Ordlyd);

            var skjema = await scope.Get<SamtykkeService>().HentAsync(sak.Id, fastlege.Id, Ct);
            Assert.True(skjema.Value.Samtykke.KanTrekkes);
            var result = await scope.Get<SamtykkeService>().TrekkTilbakeAsync(sak.Id, fastlege.Id, skjema.Value.Versjon, Ct);
            Assert.True(result.IsSuccess);
        }

        Assert.Equal(database.Tid.GetUtcNow(), (await LesAsync(fastlege.Id)).Trukket);
        Assert.Null((await LesAsync(nav.Id)).Trukket);
        await using var les = database.Scope();
        var hendelse = await les.Db().Hendelser.AsNoTracking().SingleAsync(h => h.SakId == sak.Id && h.Type == HendelseType.SamtykkeTrukket, Ct);
        Assert.Equal((innbygger.Id, false), (hendelse.UtfortAv, hendelse.Intern));
        var endring = await les.Db().AuditLogg.AsNoTracking()
            .SingleAsync(a => a.SakId == sak.Id && a.Beskrivelse == "Samtykke" && a.Handling == AuditHandling.Endre, Ct);
        Assert.Equal(innbygger.Id, endring.BrukerId);
    }

    [Fact]
    public async Task En_annen_innbygger_faar_ikke_funnet_og_samtykket_gjelder_fortsatt()
    {
        var (sak, fastlege, _) = await SakMedSamtykkerAsync();
        var annen = TestBruker.Med(Roller.Innbygger, Guid.CreateVersion7());

        await using (var scope = database.Scope(annen))
        {
            var service = scope.Get<SamtykkeService>();
            Assert.Empty((await service.ListAsync(sak.Id, Ct)).Samtykker);
            Assert.True((await service.HentAsync(sak.Id, fastlege.Id, Ct)).IsNotFound);
            Assert.True((await service.TrekkTilbakeAsync(sak.Id, fastlege.Id, sak.Versjon, Ct)).IsNotFound);
        }

        Assert.Null((await LesAsync(fastlege.Id)).Trukket);
        await using var les = database.Scope();
        Assert.False(await les.Db().AuditLogg.AnyAsync(a => a.SakId == sak.Id && a.BrukerId == annen.Id, Ct));
    }

    [Fact]
    public async Task Et_samtykke_hentes_bare_gjennom_sin_egen_sak()
    {
        var (sak, _, _) = await SakMedSamtykkerAsync();
        var (_, annenSaksFastlege, _) = await SakMedSamtykkerAsync();
        var teamleder = TestBruker.Med(Roller.Teamleder);

        await using var scope = database.Scope(teamleder);
        var service = scope.Get<SamtykkeService>();

        Assert.True((await service.HentAsync(sak.Id, annenSaksFastlege.Id, Ct)).IsNotFound);
        Assert.True((await service.TrekkTilbakeAsync(sak.Id, annenSaksFastlege.Id, sak.Versjon, Ct)).IsNotFound);
        Assert.Null((await LesAsync(annenSaksFastlege.Id)).Trukket);
    }

    [Fact]
    public async Task Saksbehandleren_registrerer_at_innbyggeren_har_trukket_samtykket_og_lesingen_logges()
    {
        var saksbehandler = TestBruker.Med(Roller.Saksbehandler);
        var (sak, _, nav) = await SakMedSamtykkerAsync(saksbehandler.Id);

        await using (var scope = database.Scope(saksbehandler))
        {
            var service = scope.Get<SamtykkeService>();
            var hentet = await service.HentAsync(sak.Id, nav.Id, Ct);
            Assert.Equal("NAV (NAV Ås)", hentet.Value.Samtykke.Kilde);
            Assert.True((await service.TrekkTilbakeAsync(sak.Id, nav.Id, hentet.Value.Versjon, Ct)).IsSuccess);
        }

        await using (var scope = database.Scope(saksbehandler))
        {
            // The page read before the change is stale now: a conflict, not a second withdrawal.
            var service = scope.Get<SamtykkeService>();
            Assert.True((await service.TrekkTilbakeAsync(sak.Id, nav.Id, Guid.NewGuid(), Ct)).IsConflict);
            var naa = (await scope.Db().Saker.AsNoTracking().SingleAsync(s => s.Id == sak.Id, Ct)).Versjon;
            var igjen = await service.TrekkTilbakeAsync(sak.Id, nav.Id, naa, Ct);
            Assert.Equal(SoknadFeil.SamtykkeAlleredeTrukket, igjen.Error);
        }

        await using var les = database.Scope();
        var lesing = await les.Db().AuditLogg.AsNoTracking()
            .SingleAsync(a => a.SakId == sak.Id && a.Beskrivelse == "Samtykke" && a.Handling == AuditHandling.Les, Ct);
        Assert.Equal((saksbehandler.Id, sak.PersonId), (lesing.BrukerId, lesing.PersonId));
        var hendelse = await les.Db().Hendelser.AsNoTracking().SingleAsync(h => h.SakId == sak.Id && h.Type == HendelseType.SamtykkeTrukket, Ct);
        Assert.Equal(saksbehandler.Id, hendelse.UtfortAv);
    }
}
