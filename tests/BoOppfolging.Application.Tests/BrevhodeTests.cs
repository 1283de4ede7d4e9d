using BoOppfolging.Application.Brev;
using BoOppfolging.Application.Mottak;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Identity;
using BoOppfolging.Tests.Felles;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Tests;

/// <summary>One letter header for every letter: <see cref="BrevService.LagHodeAsync"/> and the address rule the case page shows too.</summary>
public sealed class BrevhodeTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Brevavsender Avsender = Brevavsender.Fra(new KommuneOptions { Telefon = TestDatabase.Telefon, Epost = TestDatabase.Epost });

    [Fact]
    public async Task Kvitteringen_og_saksbehandlerens_brev_har_samme_mottaker_og_adresse_som_saksiden_viser()
    {
        var innbygger = await database.NyInnbyggerAsync("Åse", "Ødegård");
        await database.FyllUtAsync(innbygger, ("Storgata 1", "1430", "Ås"));
        var sakId = await database.SendAsync(innbygger);
        var saksbehandler = await SaksbehandlerAsync("Ingrid", "Berg");
        var sak = await SakAsync(sakId);

        await using (var scope = database.Scope(saksbehandler))
        {
            var mottak = scope.Get<MottakService>();
            var behov = await mottak.BeOmOpplysningerAsync(new BeOmOpplysningerCommand(sakId, sak.Versjon, "Husleiekontrakten.", new DateOnly(2026, 11, 20)), Ct);
            Assert.True(behov.IsSuccess, string.Join("; ", behov.Errors.Select(e => e.Melding)));
        }

        await using (var scope = database.Scope(saksbehandler))
        {
            var svar = await scope.Get<MottakService>().LagForelopigSvarAsync(
                new ForelopigSvarCommand(sakId, (await SakAsync(sakId)).Versjon, "Mange saker.", new DateOnly(2026, 12, 20)), Ct);
            Assert.True(svar.IsSuccess, string.Join("; ", svar.Errors.Select(e => e.Melding)));
        }

        var brev = await BrevAsync(sakId);
        var forventetMottaker = ("Åse Ødegård", "Storgata 1|1430 Ås");
        var kvittering = brev[Brevtype.Soknadskvittering];
        Assert.Equal(
            (Avsender, forventetMottaker, new DateOnly(2026, 11, 2), sak.Referanse, "Forvaltningsenheten, helse og omsorg", "Denne kvitteringen er laget automatisk."),
            (kvittering.Avsender, Mottaker(kvittering), kvittering.Dato, kvittering.Referanse, kvittering.SignaturNavn, kvittering.SignaturTittel));
        foreach (var type in new[] { Brevtype.Opplysningsbehov, Brevtype.ForelopigSvar })
        {
            var b = brev[type];
            Assert.Equal(
                (Avsender, forventetMottaker, new DateOnly(2026, 11, 2), sak.Referanse, "Ingrid Berg", "Saksbehandler"),
                (b.Avsender, Mottaker(b), b.Dato, b.Referanse, b.SignaturNavn, b.SignaturTittel));
        }

        await using (var scope = database.Scope(saksbehandler))
        {
            var visning = await scope.Get<MottakService>().HentAsync(sakId, Ct);
            Assert.Equal(new Postadresse("Storgata 1", "1430", "Ås"), visning.Value.Adresse);
        }
    }

    [Fact]
    public async Task En_adresse_registrert_paa_personen_gaar_foran_soknadens_paa_saksiden_og_i_nye_brev()
    {
        var innbygger = await database.NyInnbyggerAsync("Per", "Haugen");
        await database.FyllUtAsync(innbygger, ("Storgata 1", "1430", "Ås"));
        var sakId = await database.SendAsync(innbygger);
        var saksbehandler = TestBruker.Med(Roller.Saksbehandler);

        await using (var scope = database.Scope(saksbehandler))
        {
            var endret = await scope.Get<MottakService>().EndreAdresseAsync(
                new EndreAdresseCommand(sakId, (await SakAsync(sakId)).Versjon, "Bakkegata 2", "7010", "Trondheim"), Ct);
            Assert.True(endret.IsSuccess);
        }

        await using (var scope = database.Scope(saksbehandler))
        {
            Assert.Equal(new Postadresse("Bakkegata 2", "7010", "Trondheim"), (await scope.Get<MottakService>().HentAsync(sakId, Ct)).Value.Adresse);
            var hode = await scope.Get<BrevService>().LagHodeAsync(await SakAsync(sakId), Ct);
            Assert.Equal(("Per Haugen", "Bakkegata 2|7010 Trondheim"), (hode.Mottaker.Navn, string.Join("|", hode.Mottaker.Adresselinjer)));

            // A signer without a staff account (as in this test) signs with the unit's name, as before.
            Assert.Equal(("Forvaltningsenheten, helse og omsorg", "Saksbehandler"), (hode.SignaturNavn, hode.SignaturTittel));
        }

        // The receipt already sent keeps the address it was made with.
        Assert.Equal(("Per Haugen", "Storgata 1|1430 Ås"), Mottaker((await BrevAsync(sakId))[Brevtype.Soknadskvittering]));
    }

    private static (string, string) Mottaker(Brevinnhold brev) => (brev.Mottaker.Navn, string.Join("|", brev.Mottaker.Adresselinjer));

    private async Task<TestBruker> SaksbehandlerAsync(string fornavn, string etternavn)
    {
        var bruker = new ApplicationUser { UserName = $"{Guid.NewGuid():N}@test.no", Fornavn = fornavn, Etternavn = etternavn };
        await using var scope = database.Scope();
        scope.Db().Users.Add(bruker);
        await scope.Db().SaveChangesAsync(Ct);
        return new TestBruker { Id = bruker.Id, Roller = [Roller.Saksbehandler] };
    }

    private async Task<Sak> SakAsync(Guid sakId)
    {
        await using var scope = database.Scope();
        return await scope.Db().Saker.AsNoTracking().SingleAsync(s => s.Id == sakId, Ct);
    }

    private async Task<Dictionary<Brevtype, Brevinnhold>> BrevAsync(Guid sakId)
    {
        await using var scope = database.Scope();
        var brev = await scope.Db().Brev.AsNoTracking().Where(b => b.SakId == sakId).ToListAsync(Ct);
        return brev.ToDictionary(b => b.Type, b => Brevlagring.FraJson(b.InnholdJson));
    }
}
