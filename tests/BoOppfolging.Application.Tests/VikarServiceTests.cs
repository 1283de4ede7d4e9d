using BoOppfolging.Application.Oppfolging;
using BoOppfolging.Domain;
using BoOppfolging.Tests.Felles;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Tests;

/// <summary>
/// Stand-in access ("break the glass") on a real SQLite file: a bo-oppfølger not on the case gets "not found" until they state why
/// they must open it; then they see and log on it as a contact would, to the end of the day and no longer; the grant is in the
/// audit log with the reason's kind; the team leader sees it on the review list and marks it reviewed.
/// </summary>
public sealed class VikarServiceTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Idag => Norsktid.Dato(database.Tid.GetUtcNow());

    private async Task<(Sak Sak, string Fnr, TestBruker Leder, TestBruker Aisha, TestBruker Jonas)> SakIOppfolgingAsync(Saksstatus status = Saksstatus.IOppfolging)
    {
        var leder = await Vedtakshjelp.AnsattAsync(database, Roller.Teamleder, "Tone", "Haugen");
        var aisha = await Oppfolgingshjelp.OppfolgerAsync(database, "Aisha", "Rahman");
        var jonas = await Oppfolgingshjelp.OppfolgerAsync(database, "Jonas", "Moe");
        var saksbehandler = await Vedtakshjelp.AnsattAsync(database, Roller.Saksbehandler, "Ingrid", "Berg");
        var team = new Team("Vurderingsteam " + Guid.NewGuid().ToString("N")[..6], Teamtype.Vurderingsteam);
        await using var scope = database.Scope();
        var db = scope.Db();
        db.Team.Add(team);
        var person = Testdata.NyPerson("Nora", "Olsen");
        db.Personer.Add(person);
        var bygger = Testdata.NySoknad(person, database.Tid.GetUtcNow().AddDays(-60)).TildelSaksbehandler(saksbehandler.Id!.Value);
        bygger = status == Saksstatus.IOppfolging
            ? bygger.TilStatus(Saksstatus.Vedtatt, team.Id, godkjenner: leder.Id!.Value).TildelKontakter(aisha.Id!.Value, utfortAv: leder.Id)
            : bygger.TilStatus(status, team.Id);
        bygger.LeggTil(db);
        await db.SaveChangesAsync(Ct);
        return (bygger.Sak, person.Fodselsnummer!, leder, aisha, jonas);
    }

    [Fact]
    public async Task En_vikar_faar_tilgang_med_begrunnelse_ut_dagen_og_teamlederen_gaar_gjennom_den()
    {
        var (sak, fnr, leder, aisha, jonas) = await SakIOppfolgingAsync();

        await using (var scope = database.Scope(jonas))
        {
            Assert.True((await scope.Get<OppfolgingService>().HentAsync(sak.Id, Ct)).IsNotFound);
            var vikar = scope.Get<VikarService>();
            var kort = await vikar.GiAsync(new(fnr, Vikargrunn.Fravaer, "Syk", aisha.Id), Ct);
            Assert.Equal((VikarFeil.Begrunnelse.Melding, "Begrunnelse"), (kort.Error!.Melding, kort.Error.Felt));
            var ukjent = await vikar.GiAsync(new("BO-2026-999999", Vikargrunn.Fravaer, "Aisha er syk i dag.", aisha.Id), Ct);
            Assert.Equal(VikarFeil.FantIkkeSak, ukjent.Error);
            var segSelv = await vikar.GiAsync(new(fnr, Vikargrunn.Fravaer, "Aisha er syk i dag.", jonas.Id), Ct);
            Assert.Equal(VikarFeil.DekkerForSegSelv, segSelv.Error);
        }

        await using (var scope = database.Scope(jonas))
        {
            Assert.False(await scope.Db().Set<Vikartilgang>().AnyAsync(v => v.SakId == sak.Id, Ct));
            var gitt = await scope.Get<VikarService>().GiAsync(new($" {fnr} ", Vikargrunn.Fravaer, "Aisha er syk i dag, brukeren ringte om strømmen.", aisha.Id), Ct);
            Assert.Equal(sak.Id, gitt.Value);
        }

        await using (var scope = database.Scope(jonas))
        {
            // As a contact would: read the follow-up and log a visit.
            var oppfolging = scope.Get<OppfolgingService>();
            Assert.True((await oppfolging.HentAsync(sak.Id, Ct)).IsSuccess);
            var logget = await oppfolging.RegistrerAsync(new(
                sak.Id, Guid.CreateVersion7(), Guid.Empty, Idag, null, null, 30, Besokstype.Telefon, Besoksutfall.Gjennomfort, null, [], [], "Ringte om strømregningen."), Ct);
            Assert.True(logget.IsSuccess, logget.Error?.Melding);
            var skjema = (await scope.Get<VikarService>().HentAsync(Ct)).Value;
            Assert.Equal(sak.Id, Assert.Single(skjema.Idag).SakId);
            Assert.DoesNotContain(skjema.Kolleger, k => k.Id == jonas.Id);
            // A second grant the same day is not needed: the case is returned as it is.
            Assert.Equal(sak.Id, (await scope.Get<VikarService>().GiAsync(new(fnr, Vikargrunn.Annet, "Følger opp samtalen fra i morges.", null), Ct)).Value);
            Assert.Equal(1, await scope.Db().Set<Vikartilgang>().CountAsync(v => v.SakId == sak.Id, Ct));
            Assert.True(await scope.Db().AuditLogg.AnyAsync(
                a => a.SakId == sak.Id && a.BrukerId == jonas.Id && a.Handling == AuditHandling.Opprett
                    && a.Beskrivelse == "Vikartilgang: Kontaktpersonen er syk eller borte i dag", Ct));
        }

        await using (var scope = database.Scope(jonas))
        {
            Assert.True((await scope.Get<VikarService>().OversiktAsync(Ct)).IsNotFound);
        }

        await using (var scope = database.Scope(leder))
        {
            var vikar = scope.Get<VikarService>();
            Assert.True((await vikar.HentAsync(Ct)).IsNotFound);
            var rad = Assert.Single((await vikar.OversiktAsync(Ct)).Value.Rader, r => r.SakId == sak.Id);
            Assert.Equal(("Jonas Moe", "Aisha Rahman", (DateTimeOffset?)null), (rad.Vikar, rad.DekkerFor, rad.Gjennomgatt));
            Assert.True(rad.Gjelder);
            Assert.True((await vikar.GjennomgaAsync(rad.Id, Ct)).IsSuccess);
            Assert.Equal(VikarFeil.AlleredeGjennomgatt, (await vikar.GjennomgaAsync(rad.Id, Ct)).Error);
            Assert.Equal("Tone Haugen", Assert.Single((await vikar.OversiktAsync(Ct)).Value.Rader, r => r.SakId == sak.Id).GjennomgattAv);
        }

        // Past midnight in Norway the access has ended.
        database.Tid.SetUtcNow(Norsktid.Tidspunkt(Idag.AddDays(1), new TimeOnly(0, 1)));
        await using (var scope = database.Scope(jonas))
        {
            Assert.True((await scope.Get<OppfolgingService>().HentAsync(sak.Id, Ct)).IsNotFound);
            Assert.Empty((await scope.Get<VikarService>().HentAsync(Ct)).Value.Idag);
        }
    }

    [Fact]
    public async Task Bare_en_sak_i_oppfolging_kan_aapnes_som_vikar()
    {
        var (_, fnr, _, _, jonas) = await SakIOppfolgingAsync(Saksstatus.Kartlegging);
        await using var scope = database.Scope(jonas);
        Assert.Equal(VikarFeil.FantIkkeSak, (await scope.Get<VikarService>().GiAsync(new(fnr, Vikargrunn.Annet, "Brukeren ringte meg.", null), Ct)).Error);
    }

    [Theory]
    [InlineData("bo-2026-000123", true, "BO-2026-000123")]
    [InlineData("010160 12345", false, "01016012345")]
    [InlineData("Nora Olsen", null, null)]
    [InlineData("", null, null)]
    [InlineData("0101601234", null, null)]
    public void Oppslaget_tar_bare_et_saksnummer_eller_et_fodselsnummer(string sok, bool? erReferanse, string? verdi)
    {
        var oppslag = VikarService.Oppslag(sok);
        Assert.Equal(erReferanse, oppslag?.ErReferanse);
        Assert.Equal(verdi, oppslag?.Verdi);
    }
}
