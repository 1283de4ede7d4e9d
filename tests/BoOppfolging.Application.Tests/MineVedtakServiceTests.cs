using BoOppfolging.Application.Audit;
using BoOppfolging.Application.Brev;
using BoOppfolging.Application.Vedtak;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Iplos;
using BoOppfolging.Tests.Felles;
using Microsoft.EntityFrameworkCore;
using static BoOppfolging.Application.Tests.Vedtakshjelp;

namespace BoOppfolging.Application.Tests;

/// <summary>
/// The citizen's vedtak in "Mine saker", on a real SQLite file, with the vedtak made, approved and its letter sent through
/// the services staff use: an approved vedtak is not shown until its letter is sent; then it is, with its help, hours, dates,
/// letter and complaint deadline (open until midnight Norwegian time on the last day, then closed), and one read in the audit
/// log. Another citizen gets nothing. An endringsvedtak joins the list only when its letter is sent, and the list says which
/// vedtak is in force on the day.
/// </summary>
public sealed class MineVedtakServiceTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Idag => Norsktid.Dato(database.Tid.GetUtcNow());

    [Fact]
    public async Task Et_godkjent_vedtak_vises_innbyggeren_forst_naar_brevet_er_sendt_med_timer_datoer_brev_og_klagefrist()
    {
        var (sak, _, teamleder, v) = await GodkjentVedtakAsync();
        var innbygger = TestBruker.Med(Roller.Innbygger, personId: sak.PersonId);

        // Approved, but the citizen has not been sent the letter: nothing to show, and nothing read.
        Assert.Empty(await ListAsync(innbygger, sak.Id));
        Assert.False(await LestAvAsync(innbygger, sak.Id));

        Lykkes(await SendAsync(teamleder, sak.Id, v.BrevId!.Value, Forsendelse.Post));
        var sendt = Idag;

        var mitt = Assert.Single(await ListAsync(innbygger, sak.Id));
        var frist = Klagefrist.Frist(sendt, Forsendelse.Post, 3, 4);
        Assert.Equal(v.Id, mitt.Id);
        Assert.Equal("Vedtak av " + Dato(sendt), mitt.Navn);
        Assert.Equal("Du har fått bo-oppfølging.", mitt.Avgjort);
        Assert.True(mitt.GirTimer);
        Assert.Equal(new[] { Hjelpeomrade.OkonomiOgNav.Visningsnavn(), Hjelpeomrade.Ernaering.Visningsnavn() }, mitt.Omrader);
        Assert.Equal("4 timer per uke", mitt.Timer);
        Assert.Equal((v.Innhold.Fra, v.Innhold.Til, v.Innhold.Evalueringsdato), (mitt.Fra, mitt.Til, mitt.Evalueringsdato));
        Assert.NotNull(mitt.Til);
        Assert.Equal((v.BrevId, "Vedtak om bo-oppfølging", sendt), (mitt.BrevId, mitt.Brevtittel, mitt.BrevSendt));
        Assert.Equal(frist, mitt.Klagefrist);
        Assert.True(mitt.KanKlage);
        // The service starts two weeks after the innstilling.
        Assert.Equal(MittVedtakGjelder.FraDato, mitt.Gjelder);

        // One read of the case's vedtak in the audit log, by the citizen, naming the case and the person.
        await using (var les = database.Scope())
        {
            var lest = await les.Db().AuditLogg.AsNoTracking()
                .Where(a => a.SakId == sak.Id && a.BrukerId == innbygger.Id && a.Handling == AuditHandling.Les).ToListAsync(Ct);
            var entry = Assert.Single(lest);
            Assert.Equal(("Vedtak", sak.PersonId), (entry.Beskrivelse, entry.PersonId));
        }

        // Another citizen sees nothing of it, and reads nothing.
        var annen = TestBruker.Med(Roller.Innbygger, personId: Guid.CreateVersion7());
        Assert.Empty(await ListAsync(annen, sak.Id));
        Assert.False(await LestAvAsync(annen, sak.Id));

        // In force from its date; the deadline is open until the end of its last day, Norwegian time, and closed after.
        database.Tid.SetUtcNow(Klagefrist.Utlop(frist).AddSeconds(-1));
        mitt = Assert.Single(await ListAsync(innbygger, sak.Id));
        Assert.True(mitt.KanKlage);
        Assert.Equal(MittVedtakGjelder.Naa, mitt.Gjelder);
        database.Tid.Advance(TimeSpan.FromSeconds(1));
        mitt = Assert.Single(await ListAsync(innbygger, sak.Id));
        Assert.False(mitt.KanKlage);
        Assert.Equal(frist, mitt.Klagefrist);
    }

    [Fact]
    public async Task Et_endringsvedtak_vises_naar_brevet_er_sendt_og_listen_sier_hvilket_vedtak_som_gjelder()
    {
        var (sak, saksbehandler, teamleder, forste) = await GodkjentVedtakAsync();
        Lykkes(await SendAsync(teamleder, sak.Id, forste.BrevId!.Value, Forsendelse.Digital));
        database.Tid.Advance(TimeSpan.FromDays(15)); // the first vedtak's from date has come
        var innbygger = TestBruker.Med(Roller.Innbygger, personId: sak.PersonId);
        Assert.Equal(MittVedtakGjelder.Naa, Assert.Single(await ListAsync(innbygger, sak.Id)).Gjelder);

        // An endringsvedtak from a month ahead, with more hours, approved: not the citizen's to see until its letter goes.
        var lagret = await SakAsync(sak.Id);
        Lykkes(await SomAsync(saksbehandler, s => s.EndreAsync(new(sak.Id, lagret.Versjon, Vedtakstype.Endringsvedtak, "Behovet har økt."), Ct)));
        var endring = await SisteVedtakAsync(sak.Id);
        var fra = Idag.AddMonths(1);
        Lykkes(await SomAsync(saksbehandler, s => s.LagreAsync(
            Skjema(endring, send: true) with { Timer = "6", Fra = fra, Evalueringsdato = fra.AddMonths(3) }, Ct)));
        endring = await SisteVedtakAsync(sak.Id);
        Lykkes(await SomAsync(teamleder, s => s.BeslutteAsync(new(sak.Id, endring.Id, endring.Versjon, true, [], null), Ct)));
        var forEndringen = Assert.Single(await ListAsync(innbygger, sak.Id));
        Assert.Equal((forste.Id, MittVedtakGjelder.Naa), (forEndringen.Id, forEndringen.Gjelder));

        Lykkes(await SendAsync(teamleder, sak.Id, endring.BrevId!.Value, Forsendelse.Digital));
        var liste = await ListAsync(innbygger, sak.Id);
        Assert.Equal(new[] { endring.Id, forste.Id }, liste.Select(m => m.Id));
        Assert.Equal(("Vedtaket er endret.", "6 timer per uke", fra), (liste[0].Avgjort, liste[0].Timer, liste[0].Fra));
        Assert.Equal(Vedtakstype.Endringsvedtak, liste[0].Type);
        Assert.Equal(new[] { MittVedtakGjelder.FraDato, MittVedtakGjelder.Naa }, liste.Select(m => m.Gjelder));
        Assert.Equal(Klagefrist.Frist(Idag, Forsendelse.Digital, 3, 4), liste[0].Klagefrist);

        // From its date the endringsvedtak is the one in force, and the first is no longer.
        database.Tid.SetUtcNow(new DateTimeOffset(fra.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        liste = await ListAsync(innbygger, sak.Id);
        Assert.Equal(new[] { MittVedtakGjelder.Naa, MittVedtakGjelder.IkkeLenger }, liste.Select(m => m.Gjelder));
    }

    [Fact]
    public void Det_som_er_avgjort_sies_med_vanlige_ord()
    {
        Vedtaksinnhold Innhold(Vedtaksutfall utfall) => Vedtaksinnhold.Tomt with { Utfall = utfall };
        var sakId = Guid.CreateVersion7();
        var av = Guid.CreateVersion7();
        Assert.Equal("Du har fått bo-oppfølging.", MineVedtakService.Avgjort(Domain.Vedtak.Nytt(sakId, Innhold(Vedtaksutfall.Innvilget), av, TestDatabase.Start)));
        Assert.StartsWith("Søknaden er delvis innvilget.", MineVedtakService.Avgjort(Domain.Vedtak.Nytt(sakId, Innhold(Vedtaksutfall.DelvisInnvilget), av, TestDatabase.Start)), StringComparison.Ordinal);
        Assert.StartsWith("Søknaden er avslått.", MineVedtakService.Avgjort(Domain.Vedtak.Nytt(sakId, Innhold(Vedtaksutfall.Avslag), av, TestDatabase.Start)), StringComparison.Ordinal);
    }

    private async Task<(Sak Sak, TestBruker Saksbehandler, TestBruker Teamleder, Domain.Vedtak Vedtak)> GodkjentVedtakAsync()
    {
        var saksbehandler = await AnsattAsync(database, Roller.Saksbehandler, "Åse", "Sæther");
        var teamleder = await AnsattAsync(database, Roller.Teamleder, "Øystein", "Lærum");
        await using (var scope = database.Scope())
        {
            await Iploskatalog.SeedAsync(scope.Db(), Ct);
        }

        var (sak, _, _) = await database.SakHosTeametAsync(b => b.FerdigKartlegging().TildelSaksbehandler(saksbehandler.Id!.Value).Som(saksbehandler.Id!.Value));
        Lykkes(await SomAsync(saksbehandler, s => s.UtarbeidAsync(new(sak.Id, sak.Versjon), Ct)));
        var v = await SisteVedtakAsync(sak.Id);
        Lykkes(await SomAsync(saksbehandler, s => s.LagreAsync(Skjema(v, send: true), Ct)));
        v = await SisteVedtakAsync(sak.Id);
        Lykkes(await SomAsync(teamleder, s => s.BeslutteAsync(new(sak.Id, v.Id, v.Versjon, true, [], null), Ct)));
        return (sak, saksbehandler, teamleder, await SisteVedtakAsync(sak.Id));
    }

    private async Task<IReadOnlyList<MittVedtak>> ListAsync(TestBruker bruker, Guid sakId)
    {
        await using var scope = database.Scope(bruker);
        return await scope.Get<MineVedtakService>().ListAsync(sakId, Ct);
    }

    private async Task<bool> LestAvAsync(TestBruker bruker, Guid sakId)
    {
        await using var scope = database.Scope();
        return await scope.Db().AuditLogg.AnyAsync(a => a.SakId == sakId && a.BrukerId == bruker.Id && a.Handling == AuditHandling.Les, Ct);
    }

    private async Task<T> SomAsync<T>(TestBruker bruker, Func<VedtakService, Task<T>> gjor)
    {
        await using var scope = database.Scope(bruker);
        return await gjor(scope.Get<VedtakService>());
    }

    private async Task<Sak> SakAsync(Guid sakId)
    {
        await using var scope = database.Scope();
        return await scope.Db().Saker.AsNoTracking().SingleAsync(s => s.Id == sakId, Ct);
    }

    private async Task<Domain.Vedtak> SisteVedtakAsync(Guid sakId)
    {
        await using var scope = database.Scope();
        return await scope.Db().Set<Domain.Vedtak>().AsNoTracking().OrderBy(v => v.Nummer).LastAsync(v => v.SakId == sakId, Ct);
    }

    private async Task<Result> SendAsync(TestBruker bruker, Guid sakId, Guid brevId, Forsendelse forsendelse)
    {
        await using var scope = database.Scope(bruker);
        var brev = await scope.Db().Brev.AsNoTracking().SingleAsync(b => b.Id == brevId, Ct);
        return await scope.Get<BrevService>().SendAsync(new SendBrevCommand(sakId, brevId, Idag, forsendelse, brev.Versjon), Ct);
    }

    private static string Dato(DateOnly dato) => dato.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private static void Lykkes(Result result) => Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => $"{e.Felt}: {e.Melding}")));
}
