using BoOppfolging.Application.Samtykker;
using BoOppfolging.Application.Tilgang;
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

    private static DateOnly Idag(TestDatabase db) => Norsktid.Dato(db.Tid.GetUtcNow());

    private async Task<Guid> VersjonAsync(Guid sakId)
    {
        await using var scope = database.Scope();
        return (await scope.Db().Saker.AsNoTracking().SingleAsync(s => s.Id == sakId, Ct)).Versjon;
    }

    [Fact]
    public async Task Teammedlemmet_registrerer_et_muntlig_samtykke_for_en_paarorende_med_ordlyd_dato_og_hvem()
    {
        var (sak, medlem, _) = await database.SakHosTeametAsync();
        var igaar = Idag(database).AddDays(-1);

        await using (var scope = database.Scope(medlem))
        {
            var skjema = await scope.Get<SamtykkeService>().HentSkjemaAsync(sak.Id, Handling.RegistrerSamtykke, Ct);
            var result = await scope.Get<SamtykkeService>().RegistrerAsync(
                new(sak.Id, skjema.Value.Versjon, Samtykkeformaal.Parorende, "  Eva Vik ", "datter", Samtykkeform.Muntlig, igaar), Ct);
            Assert.True(result.IsSuccess, result.Error?.Melding);
        }

        await using var les = database.Scope(medlem);
        var samtykke = await les.Db().Samtykker.AsNoTracking().SingleAsync(s => s.SakId == sak.Id && s.Form != null, Ct);
        Assert.Equal(
            (Samtykkeformaal.Parorende, "pårørende Eva Vik (datter)", Samtykke.OrdlydForParorende("Eva Vik", "datter"), (Samtykkeform?)Samtykkeform.Muntlig, medlem.Id),
            (samtykke.Formaal, samtykke.Kilde, samtykke.Ordlyd, samtykke.Form, samtykke.RegistrertAv));
        Assert.Equal(igaar, Norsktid.Dato(samtykke.Gitt));
        Assert.True(samtykke.GjelderParorende);

        // On the timeline the citizen sees, and audited as a new row by who registered it.
        var hendelse = await les.Db().Hendelser.AsNoTracking().SingleAsync(h => h.SakId == sak.Id && h.Type == HendelseType.SamtykkeGitt, Ct);
        Assert.Equal((medlem.Id, false), (hendelse.UtfortAv, hendelse.Intern));
        Assert.Contains("pårørende Eva Vik (datter) kan delta i kartleggingen", hendelse.Tekst, StringComparison.Ordinal);
        Assert.True(await les.Db().AuditLogg.AnyAsync(a => a.SakId == sak.Id && a.Beskrivelse == "Samtykke" && a.Handling == AuditHandling.Opprett && a.BrukerId == medlem.Id, Ct));

        // Listed with how it was given; the application's own consents say so. Not a source to ask for information.
        var liste = await les.Get<SamtykkeService>().ListAsync(sak.Id, Ct);
        Assert.True(liste.KanLeggeTil);
        Assert.Equal("muntlig", liste.Samtykker.Single(s => s.Id == samtykke.Id).Hvordan);
        Assert.All(liste.Samtykker.Where(s => s.Id != samtykke.Id), s => Assert.Equal("i søknaden", s.Hvordan));
        var innhenting = await les.Get<Kartlegging.InnhentingService>().HentSkjemaAsync(sak.Id, Ct);
        Assert.DoesNotContain(innhenting.Value.Samtykker, s => s.Id == samtykke.Id);
    }

    [Fact]
    public async Task En_skriftlig_fra_en_ny_fastlege_faar_ordlyden_fra_soknaden_og_kan_bli_grunnlag_for_innhenting()
    {
        var (sak, medlem, _) = await database.SakHosTeametAsync();
        await using (var scope = database.Scope(medlem))
        {
            Assert.True((await scope.Get<SamtykkeService>().RegistrerAsync(
                new(sak.Id, await VersjonAsync(sak.Id), Samtykkeformaal.Fastlege, "Dr. Nina Holm", null, Samtykkeform.Skriftlig, Idag(database)), Ct)).IsSuccess);
        }

        await using var les = database.Scope(medlem);
        var samtykke = await les.Db().Samtykker.AsNoTracking().SingleAsync(s => s.SakId == sak.Id && s.Kilde == "fastlegen (Dr. Nina Holm)", Ct);
        Assert.Equal((Samtykkeformaal.Fastlege, Samtykke.OrdlydFor("fastlegen (Dr. Nina Holm)"), database.Tid.GetUtcNow()), (samtykke.Formaal, samtykke.Ordlyd, samtykke.Gitt));
        Assert.False(samtykke.GjelderParorende);
        var innhenting = await les.Get<Kartlegging.InnhentingService>().HentSkjemaAsync(sak.Id, Ct);
        Assert.Contains(innhenting.Value.Samtykker, s => s.Id == samtykke.Id);
    }

    public static TheoryData<Samtykkeformaal?, string?, string?, Samtykkeform?, int?, string, string> UgyldigeRegistreringer => new()
    {
        { null, null, null, null, null, "Formaal", "Velg hva samtykket gjelder." },
        { Samtykkeformaal.Parorende, "Eva Vik", "datter", null, 0, "Form", "Velg hvordan samtykket ble gitt." },
        { Samtykkeformaal.Parorende, "Eva Vik", "datter", Samtykkeform.MineSaker, 0, "Form", "Velg hvordan samtykket ble gitt." },
        { Samtykkeformaal.Parorende, "Eva Vik", "datter", Samtykkeform.Muntlig, null, "Dato", "Skriv datoen samtykket ble gitt." },
        { Samtykkeformaal.Parorende, "Eva Vik", "datter", Samtykkeform.Muntlig, 1, "Dato", "Datoen samtykket ble gitt, kan ikke være fram i tid." },
        { Samtykkeformaal.Parorende, " ", "datter", Samtykkeform.Muntlig, 0, "Navn", "Skriv navnet på den pårørende." },
        { Samtykkeformaal.Parorende, "Eva Vik", "", Samtykkeform.Muntlig, 0, "Relasjon", "Skriv hvilken relasjon den pårørende har til innbyggeren, for eksempel datter eller nabo." },
        { Samtykkeformaal.AnnenTjeneste, null, null, Samtykkeform.Skriftlig, 0, "Navn", "Skriv navnet på tjenesten." },
        { Samtykkeformaal.Nav, new string('x', 151), null, Samtykkeform.Skriftlig, 0, "Navn", "Navnet kan ha høyst 150 tegn." },
        { (Samtykkeformaal)99, "Eva Vik", null, Samtykkeform.Skriftlig, 0, "Formaal", "Velg hva samtykket gjelder." },
    };

    [Theory]
    [MemberData(nameof(UgyldigeRegistreringer))]
    public async Task Et_ufullstendig_samtykke_avvises_med_melding_ved_feltet_og_saken_er_uendret(
        Samtykkeformaal? formaal, string? navn, string? relasjon, Samtykkeform? form, int? dagerFram, string felt, string melding)
    {
        var (sak, medlem, _) = await database.SakHosTeametAsync();
        var versjon = await VersjonAsync(sak.Id);
        await using (var scope = database.Scope(medlem))
        {
            var result = await scope.Get<SamtykkeService>().RegistrerAsync(
                new(sak.Id, versjon, formaal, navn, relasjon, form, dagerFram is { } d ? Idag(database).AddDays(d) : null), Ct);
            Assert.Contains(result.Errors, f => f.Felt == felt && f.Melding == melding);
        }

        Assert.Equal(versjon, await VersjonAsync(sak.Id));
        await using var les = database.Scope();
        Assert.False(await les.Db().Samtykker.AnyAsync(s => s.SakId == sak.Id && s.Form != null, Ct));
    }

    [Fact]
    public async Task Forvaltningen_registrerer_i_mottak_men_ikke_lenger_naar_saken_er_hos_vurderingsteamet_og_boOppfolgeren_aldri()
    {
        var saksbehandler = TestBruker.Med(Roller.Saksbehandler);
        var (iMottak, _, _) = await SakMedSamtykkerAsync(saksbehandler.Id);
        var (hosTeamet, _, _) = await database.SakHosTeametAsync();
        var boOppfolger = TestBruker.Med(Roller.BoOppfolger);

        await using var scope = database.Scope(saksbehandler);
        var service = scope.Get<SamtykkeService>();
        RegistrerSamtykkeCommand Kommando(Sak sak, Guid versjon) => new(sak.Id, versjon, Samtykkeformaal.Nav, null, null, Samtykkeform.Muntlig, Idag(database));
        Assert.True((await service.RegistrerAsync(Kommando(iMottak, await VersjonAsync(iMottak.Id)), Ct)).IsSuccess);
        Assert.Equal("NAV", (await LesRegistrertAsync(iMottak.Id)).Kilde);

        // The saksbehandler sees the unassigned case (the inbox), but it is the team's now: the state is the message.
        var hosTeametNaa = await service.RegistrerAsync(Kommando(hosTeamet, await VersjonAsync(hosTeamet.Id)), Ct);
        Assert.Equal("ikke_tillatt_naa", hosTeametNaa.Error!.Kode);
        Assert.False((await service.ListAsync(hosTeamet.Id, Ct)).KanLeggeTil);

        await using var annen = database.Scope(boOppfolger);
        Assert.True((await annen.Get<SamtykkeService>().RegistrerAsync(Kommando(iMottak, await VersjonAsync(iMottak.Id)), Ct)).IsNotFound);
        Assert.True((await annen.Get<SamtykkeService>().HentSkjemaAsync(iMottak.Id, Handling.RegistrerSamtykke, Ct)).IsNotFound);
    }

    /// <summary>The one consent registered after the application.</summary>
    private async Task<Samtykke> LesRegistrertAsync(Guid sakId)
    {
        await using var scope = database.Scope();
        return await scope.Db().Samtykker.AsNoTracking().SingleAsync(s => s.SakId == sakId && s.Form != null, Ct);
    }

    [Fact]
    public async Task Innbyggeren_ser_ordlyden_og_gir_samtykke_for_en_paarorende_fra_soknaden_og_en_ny()
    {
        var standard = Saksbygger.StandardSoknad();
        var innhold = standard with { Kontakter = standard.Kontakter! with { Parorende = [new Parorende("Eva Vik", "datter", "900 00 000", true)] } };
        var sak = await database.LagreSakAsync(_ => { }, innhold: innhold);
        var innbygger = TestBruker.Med(Roller.Innbygger, sak.PersonId);

        await using (var scope = database.Scope(innbygger))
        {
            var service = scope.Get<SamtykkeService>();
            var skjema = await service.HentSkjemaAsync(sak.Id, Handling.GiSamtykke, Ct);
            Assert.Equal([new ParorendeValg("Eva Vik", "datter")], skjema.Value.ParorendeISoknaden);
            Assert.True((await service.ListAsync(sak.Id, Ct)).KanLeggeTil);

            // First the wording, nothing saved; then the consent.
            var fraSoknaden = new GiSamtykkeCommand(sak.Id, skjema.Value.Versjon, "0", null, null);
            Assert.Equal(Samtykke.OrdlydForParorende("Eva Vik", "datter"), (await service.ForhandsvisAsync(fraSoknaden, Ct)).Value);
            Assert.Equal(2, (await service.ListAsync(sak.Id, Ct)).Samtykker.Count);
            Assert.True((await service.GiAsync(fraSoknaden, Ct)).IsSuccess);

            var ukjent = await service.ForhandsvisAsync(new(sak.Id, skjema.Value.Versjon, "7", null, null), Ct);
            Assert.Equal(("Valg", "Velg en av de pårørende i listen, eller skriv inn en ny."), (ukjent.Error!.Felt, ukjent.Error.Melding));
            var utenNavn = await service.ForhandsvisAsync(new(sak.Id, skjema.Value.Versjon, SamtykkeService.NyParorende, "", "nabo"), Ct);
            Assert.Equal(("Navn", "Skriv navnet på den pårørende."), (utenNavn.Error!.Felt, utenNavn.Error.Melding));

            var ny = new GiSamtykkeCommand(sak.Id, await VersjonAsync(sak.Id), SamtykkeService.NyParorende, "Ali Hassan", "nabo");
            Assert.True((await service.GiAsync(ny, Ct)).IsSuccess);
        }

        await using var les = database.Scope(innbygger);
        var liste = (await les.Get<SamtykkeService>().ListAsync(sak.Id, Ct)).Samtykker;
        Assert.Equal(["pårørende Eva Vik (datter)", "pårørende Ali Hassan (nabo)"], liste.Where(s => s.Form != null).Select(s => s.Kilde));
        Assert.All(liste.Where(s => s.Form != null), s => Assert.Equal(("i Mine saker", true, true), (s.Hvordan, s.ErGyldig, s.KanTrekkes)));
        Assert.All(await les.Db().Samtykker.AsNoTracking().Where(s => s.SakId == sak.Id && s.Form != null).ToListAsync(Ct),
            s => Assert.Equal((Samtykkeform.MineSaker, innbygger.Id), (s.Form!.Value, s.RegistrertAv)));

        // Another citizen: not found, and staff's registration is not theirs to use.
        await using var annen = database.Scope(TestBruker.Med(Roller.Innbygger, Guid.CreateVersion7()));
        Assert.True((await annen.Get<SamtykkeService>().GiAsync(new(sak.Id, await VersjonAsync(sak.Id), "0", null, null), Ct)).IsNotFound);
        await using var selv = database.Scope(innbygger);
        Assert.True((await selv.Get<SamtykkeService>().RegistrerAsync(
            new(sak.Id, await VersjonAsync(sak.Id), Samtykkeformaal.Nav, null, null, Samtykkeform.Muntlig, Idag(database)), Ct)).IsNotFound);
    }
}
