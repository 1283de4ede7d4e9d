using BoOppfolging.Application.Brev;
using BoOppfolging.Application.Mottak;
using BoOppfolging.Domain;
using BoOppfolging.Tests.Felles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace BoOppfolging.Application.Tests;

/// <summary>Sending letters: the per-type effects (<see cref="IBrevSendtHandler"/>) and letters stored before the schema version.</summary>
public sealed class BrevServiceTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DateOnly Idag = new(2026, 11, 2);

    private readonly TestBruker _saksbehandler = TestBruker.Med(Roller.Saksbehandler);

    [Fact]
    public async Task Et_sendt_forelopig_svar_flytter_fristen_til_datoen_brevet_lovet()
    {
        var sak = await database.LagreSakAsync();
        var brevId = await ForelopigSvarAsync(sak, new DateOnly(2027, 1, 15));

        var result = await SendAsync(sak.Id, brevId);

        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Melding)));
        var etter = await SakAsync(sak.Id);
        Assert.Equal((new DateOnly(2027, 1, 15), (DateOnly?)Idag), (etter.Frist, etter.ForelopigSvarSendt));
    }

    [Fact]
    public async Task En_brevtype_uten_handler_blir_bare_sendt()
    {
        var sak = await database.LagreSakAsync();
        var brevId = await OpplysningsbehovAsync(sak);

        var result = await SendAsync(sak.Id, brevId);

        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Melding)));
        Assert.Equal(Brevstatus.Sendt, (await BrevAsync(brevId)).Status);
        var etter = await SakAsync(sak.Id);
        Assert.Equal((sak.Frist, (DateOnly?)null), (etter.Frist, etter.ForelopigSvarSendt));
        Assert.Equal(1, await AntallSendtHendelserAsync(sak.Id));
    }

    [Fact]
    public async Task En_handler_som_feiler_stopper_sendingen_og_brevet_forblir_et_utkast()
    {
        var sak = await database.LagreSakAsync();
        var brevId = await OpplysningsbehovAsync(sak);
        var versjon = (await SakAsync(sak.Id)).Versjon;
        var feil = new Feil("test_handler", "Handleren sa nei.");

        Result result;
        await using (var scope = database.Scope(_saksbehandler))
        {
            // The service as DI makes it, with one handler of this letter's type that fails.
            var brevService = ActivatorUtilities.CreateInstance<BrevService>(
                scope.ServiceProvider, (IEnumerable<IBrevSendtHandler>)[new Feilende(Brevtype.Opplysningsbehov, feil)]);
            var brev = await brevService.HentAsync(sak.Id, brevId, Ct);
            result = await brevService.SendAsync(new SendBrevCommand(sak.Id, brevId, Idag, Forsendelse.Digital, brev.Value.Versjon), Ct);
        }

        Assert.Equal(feil, result.Error);
        var etter = await BrevAsync(brevId);
        Assert.Equal((Brevstatus.Utkast, (string?)null, (DateOnly?)null), (etter.Status, etter.DokumentNokkel, etter.SendtDato));
        Assert.Equal(versjon, (await SakAsync(sak.Id)).Versjon);
        Assert.Equal(0, await AntallSendtHendelserAsync(sak.Id));

        // The same letter is sent once the handler lets it (here: the service with its real handlers).
        Assert.True((await SendAsync(sak.Id, brevId)).IsSuccess);
    }

    [Fact]
    public async Task Et_brev_lagret_foer_skjemaversjonen_vises_og_kan_sendes_som_foer()
    {
        var sak = await database.LagreSakAsync();
        var brevId = Guid.Empty;
        await using (var scope = database.Scope())
        {
            var brev = new Domain.Brev(sak.Id, Brevtype.Opplysningsbehov, "Foreløpig svar på søknad om bo-oppfølging",
                BrevlagringTests.LagretUtenVersjon, null, database.Tid.GetUtcNow());
            scope.Db().Brev.Add(brev);
            await scope.Db().SaveChangesAsync(Ct);
            brevId = brev.Id;
        }

        await using (var scope = database.Scope(_saksbehandler))
        {
            var vist = await scope.Get<BrevService>().HentAsync(sak.Id, brevId, Ct);
            Assert.Equal(("Kari Nordmann-Ødegård", "Åse Saksbehandler"), (vist.Value.Innhold.Mottaker.Navn, vist.Value.Innhold.SignaturNavn));
        }

        Assert.True((await SendAsync(sak.Id, brevId)).IsSuccess);
        await using (var scope = database.Scope(_saksbehandler))
        {
            var pdf = await scope.Get<BrevService>().HentPdfAsync(sak.Id, brevId, Ct);
            using var dokument = PdfDocument.Open(pdf.Value.Innhold);
            var tekst = string.Join(" ", dokument.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            Assert.Contains("Første & andre <avsnitt> \"sitat\".", tekst, StringComparison.Ordinal);
        }
    }

    private sealed class Feilende(Brevtype type, Feil feil) : IBrevSendtHandler
    {
        public Brevtype Type => type;

        public Task<Result> BrevSendtAsync(SendtBrev sendt, CancellationToken ct) => Task.FromResult(Result.Fail(feil));
    }

    private async Task<Guid> ForelopigSvarAsync(Sak sak, DateOnly forventet)
    {
        await using var scope = database.Scope(_saksbehandler);
        var result = await scope.Get<MottakService>().LagForelopigSvarAsync(
            new ForelopigSvarCommand(sak.Id, (await SakAsync(sak.Id)).Versjon, "Mange saker.", forventet), Ct);
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Melding)));
        return result.Value;
    }

    private async Task<Guid> OpplysningsbehovAsync(Sak sak)
    {
        await using var scope = database.Scope(_saksbehandler);
        var result = await scope.Get<MottakService>().BeOmOpplysningerAsync(
            new BeOmOpplysningerCommand(sak.Id, (await SakAsync(sak.Id)).Versjon, "Husleiekontrakten.", new DateOnly(2026, 11, 20)), Ct);
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Melding)));
        return result.Value;
    }

    private async Task<Result> SendAsync(Guid sakId, Guid brevId)
    {
        await using var scope = database.Scope(_saksbehandler);
        var brevService = scope.Get<BrevService>();
        var brev = await brevService.HentAsync(sakId, brevId, Ct);
        return await brevService.SendAsync(new SendBrevCommand(sakId, brevId, Idag, Forsendelse.Digital, brev.Value.Versjon), Ct);
    }

    private async Task<Sak> SakAsync(Guid sakId)
    {
        await using var scope = database.Scope();
        return await scope.Db().Saker.AsNoTracking().SingleAsync(s => s.Id == sakId, Ct);
    }

    private async Task<Domain.Brev> BrevAsync(Guid brevId)
    {
        await using var scope = database.Scope();
        return await scope.Db().Brev.AsNoTracking().SingleAsync(b => b.Id == brevId, Ct);
    }

    private async Task<int> AntallSendtHendelserAsync(Guid sakId)
    {
        await using var scope = database.Scope();
        return await scope.Db().Hendelser.CountAsync(h => h.SakId == sakId && h.Type == HendelseType.BrevSendt, Ct);
    }
}
