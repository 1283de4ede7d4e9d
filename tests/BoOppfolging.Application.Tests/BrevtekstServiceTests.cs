using BoOppfolging.Application.Brev;
using BoOppfolging.Application.Brevtekster;
using BoOppfolging.Application.Mottak;
using BoOppfolging.Domain;
using BoOppfolging.Tests.Felles;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Tests;

/// <summary>
/// Letter texts as data on a real SQLite file: version 1 seeded for every type, the administrator's drafts
/// checked against the catalogue, publishing with a valid-from date, and letters keeping their version.
/// The class moves its own clock forward, so it has a database of its own.
/// </summary>
public sealed class BrevtekstServiceTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly TestBruker _administrator = TestBruker.Med(Roller.Administrator);
    private readonly TestBruker _saksbehandler = TestBruker.Med(Roller.Saksbehandler);

    private static BrevtekstseksjonInput Input(Brevtekstseksjon s) =>
        new(s.Overskrift, s.Tekst, s.Betingelse, s.Fritekst is not null, s.Fritekst?.Nokkel, s.Fritekst?.Ledetekst, s.Fritekst?.Paakrevd ?? false);

    [Fact]
    public async Task Versjon_1_av_hver_brevtype_er_lagt_inn_og_gjelder_fra_2020_også_etter_en_ny_oppstart()
    {
        await using (var scope = database.Scope())
        {
            await Standardtekster.SeedAsync(scope.Db(), database.Tid.GetUtcNow(), Ct); // idempotent
        }

        await using (var scope = database.Scope(_administrator))
        {
            var oversikt = (await scope.Get<BrevtekstService>().OversiktAsync(Ct)).Value;
            Assert.Equal(Brevkataloger.Typer, oversikt.Select(o => o.Type));
            // Another test in the class may have published a version 2 of a type since (the fixture is shared): every type
            // has a text in force, and version 1 of each is there, published and valid from 2020, once.
            Assert.All(oversikt, o => Assert.NotNull(o.Gjeldende));
            Assert.Contains(oversikt, o => o.Type == Brevtype.Avslag);
            var forste = await scope.Db().Brevtekstversjoner.AsNoTracking().Where(v => v.Nummer == 1).ToListAsync(Ct);
            Assert.Equal(Brevkataloger.Typer.Order(), forste.Select(v => v.Type).Order());
            Assert.All(forste, v => Assert.Equal((Brevtekststatus.Publisert, (DateOnly?)Standardtekster.GyldigFra), (v.Status, v.GyldigFra)));
        }
    }

    [Fact]
    public async Task En_tekst_som_nevner_et_ukjent_flettefelt_lagres_ikke_og_meldingen_navngir_feltet()
    {
        var utkastId = await NyttUtkastAsync(Brevtype.ForelopigSvar);
        var (tittel, seksjoner, token) = await UtkastAsync(utkastId);
        var inputs = seksjoner.Select(Input).ToList();
        inputs[2] = inputs[2] with { Tekst = "Vi svarer innen {{sak.svarfrist}}." };

        Result result;
        await using (var scope = database.Scope(_administrator))
        {
            result = await scope.Get<BrevtekstService>().LagreAsync(new LagreBrevtekstCommand(utkastId, token, tittel, inputs), Ct);
        }

        var feil = Assert.Single(result.Errors);
        Assert.Equal("Seksjoner[2].Tekst", feil.Felt);
        Assert.Contains("«{{sak.svarfrist}}»", feil.Melding, StringComparison.Ordinal);
        Assert.Equal(seksjoner, (await UtkastAsync(utkastId)).Seksjoner);
    }

    [Fact]
    public async Task Bare_administrator_ser_og_endrer_brevtekster()
    {
        await using var scope = database.Scope(_saksbehandler);
        var service = scope.Get<BrevtekstService>();

        Assert.True((await service.OversiktAsync(Ct)).IsNotFound);
        Assert.True((await service.NyttUtkastAsync(Brevtype.Vedtak, Ct)).IsNotFound);
        Assert.True((await service.PubliserAsync(new PubliserBrevtekstCommand(Standardtekster.Id(Brevtype.Vedtak), Guid.Empty, null), Ct)).IsNotFound);
    }

    [Fact]
    public async Task Gyldig_fra_for_i_dag_avvises_ved_feltet_og_en_publisert_versjon_kan_ikke_lagres_pa_nytt()
    {
        var utkastId = await NyttUtkastAsync(Brevtype.Avslag);
        var (tittel, seksjoner, token) = await UtkastAsync(utkastId);
        var idag = Norsktid.Dato(database.Tid.GetUtcNow());
        await using var scope = database.Scope(_administrator);
        var service = scope.Get<BrevtekstService>();

        var forTidlig = await service.PubliserAsync(new PubliserBrevtekstCommand(utkastId, token, idag.AddDays(-1)), Ct);
        var utenDato = await service.PubliserAsync(new PubliserBrevtekstCommand(utkastId, token, null), Ct);
        Assert.Equal(("GyldigFra", "Gyldig fra kan ikke være før i dag."), (forTidlig.Error!.Felt, forTidlig.Error.Melding));
        Assert.Equal(("GyldigFra", "Skriv datoen teksten skal gjelde fra."), (utenDato.Error!.Felt, utenDato.Error.Melding));

        Assert.True((await service.PubliserAsync(new PubliserBrevtekstCommand(utkastId, token, idag.AddDays(400)), Ct)).IsSuccess);
        var nyToken = (await UtkastAsync(utkastId)).Token;
        var igjen = await service.LagreAsync(new LagreBrevtekstCommand(utkastId, nyToken, tittel + " endret", [.. seksjoner.Select(Input)]), Ct);
        Assert.Equal(BrevtekstFeil.AlleredePublisert, igjen.Error);
    }

    [Fact]
    public async Task En_tekst_publisert_med_senere_gyldig_fra_brukes_forst_fra_den_datoen_og_et_eldre_brev_beholder_sin_tekst()
    {
        var idag = Norsktid.Dato(database.Tid.GetUtcNow());
        var utkastId = await NyttUtkastAsync(Brevtype.Opplysningsbehov);
        var (tittel, seksjoner, token) = await UtkastAsync(utkastId);
        var inputs = seksjoner.Select(Input).ToList();
        var frist = inputs.FindIndex(s => s.Overskrift == "Frist");
        inputs[frist] = inputs[frist] with { Tekst = "Send oss opplysningene innen {{svar.frist}} (forvaltningsloven § 17)." };
        await using (var scope = database.Scope(_administrator))
        {
            var service = scope.Get<BrevtekstService>();
            Assert.True((await service.LagreAsync(new LagreBrevtekstCommand(utkastId, token, tittel, inputs), Ct)).IsSuccess);
        }

        var lagret = await UtkastAsync(utkastId);
        await using (var scope = database.Scope(_administrator))
        {
            var publisert = await scope.Get<BrevtekstService>().PubliserAsync(new PubliserBrevtekstCommand(utkastId, lagret.Token, idag.AddDays(10)), Ct);
            Assert.True(publisert.IsSuccess, string.Join("; ", publisert.Errors.Select(e => e.Melding)));
        }

        var sak = await database.LagreSakAsync();
        var forBrev = await OpplysningsbehovAsync(sak.Id, idag.AddDays(14));
        database.Tid.Advance(TimeSpan.FromDays(10));
        var etterBrev = await OpplysningsbehovAsync(sak.Id, idag.AddDays(24));

        var (forVersjon, forTekst) = await BrevAsync(sak.Id, forBrev);
        var (etterVersjon, etterTekst) = await BrevAsync(sak.Id, etterBrev);
        Assert.Equal(Standardtekster.Id(Brevtype.Opplysningsbehov), forVersjon);
        Assert.Contains($"Send oss opplysningene innen {idag.AddDays(14):dd.MM.yyyy}. Du kan sende dem i posten", forTekst, StringComparison.Ordinal);
        Assert.DoesNotContain("§ 17", forTekst, StringComparison.Ordinal);
        Assert.Equal(utkastId, etterVersjon);
        Assert.Contains($"Send oss opplysningene innen {idag.AddDays(24):dd.MM.yyyy} (forvaltningsloven § 17).", etterTekst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Et_brev_med_et_tomt_paakrevd_fritekstfelt_eller_flettefelt_kan_ikke_sendes_og_siden_sier_hvilket()
    {
        var sak = await database.LagreSakAsync();
        var idag = Norsktid.Dato(database.Tid.GetUtcNow());
        Guid svarId, vedtakId;
        await using (var scope = database.Scope(_saksbehandler))
        {
            var brevService = scope.Get<BrevService>();
            var hode = await brevService.LagHodeAsync(sak, Ct);
            svarId = (await brevService.LagUtkastAsync(sak, Brevmaler.ForelopigSvar(hode, idag, "", idag.AddDays(40)), Ct)).Id;
            var felt = Brevbestilling.Felles(hode);
            felt["vedtak.tjeneste"] = Flettverdi.Av("bo-oppfølging");
            vedtakId = (await brevService.LagUtkastAsync(sak, new Brevbestilling(Brevtype.Vedtak, hode, new Flettedata(felt, new HashSet<string>(), new Dictionary<string, string>())), Ct)).Id;
            await scope.Db().SaveChangesAsync(Ct);
        }

        await using (var scope = database.Scope(_saksbehandler))
        {
            var brevService = scope.Get<BrevService>();
            var svar = (await brevService.HentAsync(sak.Id, svarId, Ct)).Value;
            Assert.Equal(["fritekstfeltet «Hvorfor saken tar lengre tid» må fylles ut"], svar.Mangler);
            Assert.Equal(["begrunnelse"], svar.Fritekstfelt.Select(f => f.Nokkel));
            var vedtak = (await brevService.HentAsync(sak.Id, vedtakId, Ct)).Value;
            Assert.Contains("flettefeltet «Timer innvilget» er tomt", vedtak.Mangler);
            Assert.Equal(["tillegg"], vedtak.Fritekstfelt.Select(f => f.Nokkel));

            var sendt = await brevService.SendAsync(new SendBrevCommand(sak.Id, svarId, idag, Forsendelse.Digital, svar.Versjon), Ct);
            Assert.Equal("brev_mangler", sendt.Error!.Kode);
            Assert.Contains("«Hvorfor saken tar lengre tid»", sendt.Error.Melding, StringComparison.Ordinal);
        }

        await using (var scope = database.Scope(_saksbehandler))
        {
            var brevService = scope.Get<BrevService>();
            var svar = (await brevService.HentAsync(sak.Id, svarId, Ct)).Value;
            Assert.Equal(Brevstatus.Utkast, svar.Status);
            var lagret = await brevService.LagreFritekstAsync(
                new LagreFritekstCommand(sak.Id, svarId, svar.Versjon, new Dictionary<string, string> { ["begrunnelse"] = "Vi venter på svar fra fastlegen." }), Ct);
            Assert.True(lagret.IsSuccess, string.Join("; ", lagret.Errors.Select(e => e.Melding)));
        }

        await using (var scope = database.Scope(_saksbehandler))
        {
            var brevService = scope.Get<BrevService>();
            var svar = (await brevService.HentAsync(sak.Id, svarId, Ct)).Value;
            Assert.Empty(svar.Mangler);
            Assert.Contains("Vi venter på svar fra fastlegen.", svar.Innhold.Seksjoner.SelectMany(s => s.Tekster()));
            Assert.True((await brevService.SendAsync(new SendBrevCommand(sak.Id, svarId, idag, Forsendelse.Digital, svar.Versjon), Ct)).IsSuccess);
        }

        Assert.Equal(Standardtekster.Id(Brevtype.ForelopigSvar), (await BrevAsync(sak.Id, svarId)).Versjon);
    }

    private async Task<Guid> NyttUtkastAsync(Brevtype type)
    {
        await using var scope = database.Scope(_administrator);
        var result = await scope.Get<BrevtekstService>().NyttUtkastAsync(type, Ct);
        Assert.True(result.IsSuccess);
        return result.Value;
    }

    private async Task<(string Tittel, List<Brevtekstseksjon> Seksjoner, Guid Token)> UtkastAsync(Guid id)
    {
        await using var scope = database.Scope();
        var v = await scope.Db().Brevtekstversjoner.AsNoTracking().SingleAsync(x => x.Id == id, Ct);
        return (v.Tittel, v.Seksjoner, v.Versjon);
    }

    private async Task<Guid> OpplysningsbehovAsync(Guid sakId, DateOnly frist)
    {
        await using var scope = database.Scope(_saksbehandler);
        var sak = await scope.Db().Saker.AsNoTracking().SingleAsync(s => s.Id == sakId, Ct);
        var result = await scope.Get<MottakService>().BeOmOpplysningerAsync(new BeOmOpplysningerCommand(sakId, sak.Versjon, "Husleiekontrakten.", frist), Ct);
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Melding)));
        return result.Value;
    }

    private async Task<(Guid? Versjon, string Tekst)> BrevAsync(Guid sakId, Guid brevId)
    {
        await using var scope = database.Scope(_saksbehandler);
        var brev = await scope.Db().Brev.AsNoTracking().SingleAsync(b => b.Id == brevId, Ct);
        var vist = await scope.Get<BrevService>().HentAsync(sakId, brevId, Ct);
        return (brev.BrevtekstversjonId, string.Join("\n", vist.Value.Innhold.Seksjoner.SelectMany(s => s.Tekster())));
    }
}
