using BoOppfolging.Application.Oppfolging;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Saksbygging;
using BoOppfolging.Tests.Felles;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Tests;

/// <summary>The transition checklist through the service, on a real SQLite file: made, ticked, reopened, access and audit.</summary>
public sealed class OvergangServiceTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Idag => Norsktid.Dato(database.Tid.GetUtcNow());

    /// <summary>
    /// A case in follow-up whose application says the citizen lives in an institution and moves out in three weeks, with a new
    /// bo-oppfølger as primærkontakt, then <paramref name="steg"/>.
    /// </summary>
    private async Task<(Sak Sak, TestBruker Kontakt)> SakFraInstitusjonAsync(Action<Saksbygger>? steg = null, Boform boform = Boform.Institusjon)
    {
        var kontakt = TestBruker.Med(Roller.BoOppfolger);
        var team = new Team("Vurderingsteam " + Guid.NewGuid().ToString("N")[..6], Teamtype.Vurderingsteam);
        await using (var scope = database.Scope())
        {
            scope.Db().Team.Add(team);
            await scope.Db().SaveChangesAsync(Ct);
        }

        var innhold = Saksbygger.StandardSoknad() with
        {
            Bosituasjon = new Bosituasjon(boform, null, boform.HarUtflyttingsdato() ? Idag.AddDays(21) : null, false, null, false, null),
        };
        var sak = await database.LagreSakAsync(
            s =>
            {
                s.TildelSaksbehandler(Guid.CreateVersion7())
                    .TilStatus(Saksstatus.IOppfolging, team.Id, godkjenner: Guid.CreateVersion7(), primaerkontakt: kontakt.Id!.Value);
                steg?.Invoke(s);
            },
            innhold: innhold);
        return (sak, kontakt);
    }

    [Fact]
    public async Task Bo_oppfolgeren_oppretter_planen_og_markerer_punkter_gjort_panelet_viser_fremdrift_og_forfalte()
    {
        var (sak, kontakt) = await SakFraInstitusjonAsync();
        await using (var scope = database.Scope(kontakt))
        {
            var service = scope.Get<OvergangService>();
            var tom = (await service.HentAsync(sak.Id, Ct)).Value;
            Assert.Equal((false, true, true, (DateOnly?)Idag.AddDays(21)), (tom.Finnes, tom.KomFraInstitusjon, tom.KanEndre, tom.Utflyttingsdato));
            var kort = await service.KortAsync(sak.Id, Ct);
            Assert.Equal((false, true), (kort!.Finnes, kort.KanOpprette));

            var opprettet = await service.OpprettAsync(new(sak.Id, Guid.Empty, Idag.AddDays(14), Idag.AddDays(21)), Ct);
            Assert.True(opprettet.IsSuccess, string.Join("; ", opprettet.Errors.Select(e => e.Melding)));
            // A second first save (the form read before the plan was made) is a conflict, never a second plan.
            Assert.True((await service.OpprettAsync(new(sak.Id, Guid.Empty, Idag.AddDays(14), null), Ct)).IsConflict);
        }

        await using (var scope = database.Scope(kontakt))
        {
            var service = scope.Get<OvergangService>();
            var v = (await service.HentAsync(sak.Id, Ct)).Value;
            Assert.Equal((7, Idag.AddDays(42)), (v.Periode!.OverlappDager!.Value, v.Periode.FireUkerSlutt));
            Assert.True((await service.MarkerGjortAsync(new(sak.Id, v.Versjon, Overgangspunkt.BoligTilbudt, Idag), Ct)).IsSuccess);
            v = (await service.HentAsync(sak.Id, Ct)).Value;
            Assert.Equal("GjortDato", (await service.MarkerGjortAsync(new(sak.Id, v.Versjon, Overgangspunkt.Visning, Idag.AddDays(1)), Ct)).Error?.Felt);
            Assert.True((await service.MarkerGjortAsync(new(sak.Id, v.Versjon, Overgangspunkt.Visning, Idag.AddDays(-1)), Ct)).IsSuccess);
            // The form read before the last change is out of date.
            Assert.True((await service.EndrePunktAsync(new(sak.Id, v.Versjon, Overgangspunkt.Moblering, Idag, "NAV", null), Ct)).IsConflict);
            v = (await service.HentAsync(sak.Id, Ct)).Value;
            Assert.True((await service.EndrePunktAsync(new(sak.Id, v.Versjon, Overgangspunkt.Moblering, Idag.AddDays(-1), "NAV", "Søkt om grunnstønad."), Ct)).IsSuccess);

            var kort = (await service.KortAsync(sak.Id, Ct))!;
            Assert.Equal((true, 2, 10), (kort.Finnes, kort.Gjort, kort.Totalt));
            Assert.Equal(Overgangspunkt.Moblering, Assert.Single(kort.Forfalte).Punkt);
            Assert.Equal(Overgangspunkt.Moblering, kort.Neste!.Punkt);
        }

        // Reopened with a reason: the earlier mark is kept with who ticked it.
        await using (var scope = database.Scope(kontakt))
        {
            var service = scope.Get<OvergangService>();
            var v = (await service.HentAsync(sak.Id, Ct)).Value;
            Assert.Equal("Arsak", (await service.GjenapneAsync(new(sak.Id, v.Versjon, Overgangspunkt.Visning, " "), Ct)).Error?.Felt);
            Assert.True((await service.GjenapneAsync(new(sak.Id, v.Versjon, Overgangspunkt.Visning, "Visningen ble avlyst."), Ct)).IsSuccess);
            var visning = (await service.HentAsync(sak.Id, Ct)).Value.Punkter.Single(p => p.Punkt == Overgangspunkt.Visning);
            Assert.False(visning.ErGjort);
            var g = Assert.Single(visning.Gjenapninger);
            Assert.Equal((Idag.AddDays(-1), "Visningen ble avlyst."), (g.GjortDato, g.Arsak));
        }

        await using var les = database.Scope();
        var audit = await les.Db().AuditLogg.AsNoTracking().Where(a => a.SakId == sak.Id && a.Beskrivelse == "Overgangsplan").ToListAsync(Ct);
        Assert.Contains(audit, a => a.Handling == AuditHandling.Opprett && a.BrukerId == kontakt.Id);
        Assert.Contains(audit, a => a.Handling == AuditHandling.Endre && a.BrukerId == kontakt.Id);
        Assert.Contains(audit, a => a.Handling == AuditHandling.Les && a.BrukerId == kontakt.Id);
        Assert.Equal(1, await les.Db().Set<Overgangsplan>().CountAsync(p => p.SakId == sak.Id, Ct));
    }

    [Fact]
    public async Task En_bo_oppfolger_som_ikke_er_kontakt_paa_saken_faar_ikke_funnet_og_innbyggeren_ser_planen_uten_merknader()
    {
        var (sak, _) = await SakFraInstitusjonAsync(s => s.RegistrerMote(Motetype.Boligmote)
            .OpprettOvergang(Idag.AddDays(10)).FullforOvergangspunkt(Overgangspunkt.BoligTilbudt));
        await using (var scope = database.Scope(TestBruker.Med(Roller.BoOppfolger)))
        {
            var service = scope.Get<OvergangService>();
            Assert.True((await service.HentAsync(sak.Id, Ct)).IsNotFound);
            Assert.Null(await service.KortAsync(sak.Id, Ct));
            Assert.Null(await service.MinAsync(sak.Id, Ct));
            Assert.True((await service.MarkerGjortAsync(new(sak.Id, Guid.Empty, Overgangspunkt.Visning, Idag), Ct)).IsNotFound);
            Assert.True((await service.OpprettAsync(new(sak.Id, Guid.Empty, Idag, null), Ct)).IsNotFound);
        }

        await using (var scope = database.Scope(TestBruker.Med(Roller.Innbygger, sak.PersonId)))
        {
            var service = scope.Get<OvergangService>();
            Assert.True((await service.HentAsync(sak.Id, Ct)).IsNotFound);
            var min = await service.MinAsync(sak.Id, Ct);
            Assert.Equal((Idag.AddDays(10), 10, (DateOnly?)Idag), (min!.Innflytting, min.Punkter.Count, min.Punkter[0].GjortDato));
        }

        // The team leader keeps it too, and sees the registered boligmøte beside its item (a link, still ticked by hand).
        await using (var scope = database.Scope(TestBruker.Med(Roller.Teamleder)))
        {
            var v = (await scope.Get<OvergangService>().HentAsync(sak.Id, Ct)).Value;
            Assert.True(v.KanEndre);
            var boligmote = v.Punkter.Single(p => p.Punkt == Overgangspunkt.Boligmote);
            Assert.Equal(("Boligmøte registrert", (DateOnly?)Idag, false), (boligmote.Kobling!.Tekst, boligmote.Kobling.Dato, boligmote.ErGjort));
            Assert.StartsWith($"/saker/{sak.Id}/moter/", boligmote.Kobling.Lenke, StringComparison.Ordinal);
            Assert.Equal($"/saker/{sak.Id}/planer/samarbeidsavtale", v.Punkter.Single(p => p.Punkt == Overgangspunkt.HusordensreglerOgPlikter).Kobling!.Lenke);
        }
    }

    [Fact]
    public async Task Et_tomt_eller_ugyldig_skjema_avvises_ved_feltet_og_ingenting_lagres()
    {
        var (sak, kontakt) = await SakFraInstitusjonAsync();
        await using (var scope = database.Scope(kontakt))
        {
            var service = scope.Get<OvergangService>();
            Assert.Equal("Innflytting", (await service.OpprettAsync(new(sak.Id, Guid.Empty, null, null), Ct)).Error?.Felt);
            Assert.Equal("Innflytting", (await service.OpprettAsync(new(sak.Id, Guid.Empty, Idag.AddYears(40), null), Ct)).Error?.Felt);
        }

        await using var les = database.Scope();
        Assert.False(await les.Db().Set<Overgangsplan>().AnyAsync(p => p.SakId == sak.Id, Ct));
    }

    [Fact]
    public async Task En_sak_som_ikke_kom_fra_institusjon_faar_ikke_panelet_foer_den_har_en_plan()
    {
        var (sak, kontakt) = await SakFraInstitusjonAsync(boform: Boform.LeierPrivat);
        await using var scope = database.Scope(kontakt);
        var service = scope.Get<OvergangService>();
        Assert.Null(await service.KortAsync(sak.Id, Ct));
        Assert.True((await service.OpprettAsync(new(sak.Id, Guid.Empty, Idag.AddDays(5), null), Ct)).IsSuccess);
        Assert.True((await service.KortAsync(sak.Id, Ct))!.Finnes);
    }
}
