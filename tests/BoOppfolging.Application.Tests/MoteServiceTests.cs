using BoOppfolging.Application.Oppfolging;
using BoOppfolging.Domain;
using BoOppfolging.Tests.Felles;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Tests;

/// <summary>Samarbeidsmøter through the service, on a real SQLite file: recorded, actions done, minutes corrected, access and audit.</summary>
public sealed class MoteServiceTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Idag => Norsktid.Dato(database.Tid.GetUtcNow());

    /// <summary>A case in follow-up with <paramref name="kontakt"/> as primærkontakt (a new bo-oppfølger unless given).</summary>
    private async Task<(Sak Sak, TestBruker Kontakt)> SakIOppfolgingAsync(TestBruker? kontakt = null)
    {
        kontakt ??= TestBruker.Med(Roller.BoOppfolger);
        var team = new Team("Vurderingsteam " + Guid.NewGuid().ToString("N")[..6], Teamtype.Vurderingsteam);
        await using (var scope = database.Scope())
        {
            scope.Db().Team.Add(team);
            await scope.Db().SaveChangesAsync(Ct);
        }

        var sak = await database.LagreSakAsync(s => s.TildelSaksbehandler(Guid.CreateVersion7())
            .TilStatus(Saksstatus.IOppfolging, team.Id, godkjenner: Guid.CreateVersion7(), primaerkontakt: kontakt.Id!.Value));
        return (sak, kontakt);
    }

    private RegistrerMoteCommand Boligmote(Guid sakId, Guid? moteId = null) => new(
        sakId, moteId ?? Guid.CreateVersion7(), Idag, Motetype.Boligmote,
        [new("Nina Nav", "NAV-veileder"), new(null, " "), new("Per Institusjon", "Institusjon")], true, "Planla flyttingen til den nye leiligheten.",
        [new("Søke om depositum", "NAV", Idag.AddDays(14)), new(null, null, null), new("Bestille strøm", "Bo-oppfølger", Idag.AddDays(3))]);

    [Fact]
    public async Task Bo_oppfolgeren_registrerer_et_boligmote_og_tomme_rader_blir_ikke_lagret()
    {
        var (sak, kontakt) = await SakIOppfolgingAsync(await Vedtakshjelp.AnsattAsync(database, Roller.BoOppfolger, "Berit", "Bo"));
        var moteId = Guid.CreateVersion7();

        await using var scope = database.Scope(kontakt);
        var service = scope.Get<MoteService>();
        Assert.Equal("Berit Bo", Assert.Single(await service.KontakterAsync(sak.Id, Ct)).Navn);
        Assert.Equal("Ansatte", (await service.RegistrerAsync(Boligmote(sak.Id) with { Ansatte = [Guid.CreateVersion7()] }, Ct)).Error?.Felt);
        var result = await service.RegistrerAsync(Boligmote(sak.Id, moteId) with { Ansatte = [kontakt.Id!.Value] }, Ct);
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Melding)));

        var oversikt = (await service.HentOversiktAsync(sak.Id, Ct)).Value;
        Assert.Equal((Idag, false, true), (oversikt.SisteMote!.Value, oversikt.ManglerMote, oversikt.KanRegistrere));
        Assert.Equal(["Bestille strøm", "Søke om depositum"], oversikt.ApneTiltak.Select(t => t.Beskrivelse)); // earliest due first
        var mote = (await service.HentAsync(sak.Id, moteId, Ct)).Value;
        Assert.Equal(["Berit Bo", "Nina Nav", "Per Institusjon"], mote.Deltakere.Select(d => d.Navn));
        Assert.Equal(new Samarbeidsdeltaker("Berit Bo", "Primærkontakt", kontakt.Id), mote.Deltakere[0]);
        Assert.Equal(("Berit Bo", true, true), (mote.RegistrertAv, mote.KanFullfore, mote.KanKorrigere));

        await using var les = database.Scope();
        Assert.True(await les.Db().AuditLogg.AnyAsync(a => a.SakId == sak.Id && a.Beskrivelse == "Samarbeidsmøte" && a.Handling == AuditHandling.Opprett && a.BrukerId == kontakt.Id, Ct));
        Assert.True(await les.Db().AuditLogg.AnyAsync(a => a.SakId == sak.Id && a.Beskrivelse == "Samarbeidsmøter" && a.Handling == AuditHandling.Les && a.BrukerId == kontakt.Id, Ct));
    }

    [Fact]
    public async Task Samme_skjema_sendt_to_ganger_gir_ett_mote_og_en_konflikt()
    {
        var (sak, kontakt) = await SakIOppfolgingAsync();
        var skjema = Boligmote(sak.Id);
        await using (var scope = database.Scope(kontakt))
        {
            Assert.True((await scope.Get<MoteService>().RegistrerAsync(skjema, Ct)).IsSuccess);
        }

        await using (var scope = database.Scope(kontakt))
        {
            Assert.True((await scope.Get<MoteService>().RegistrerAsync(skjema, Ct)).IsConflict);
        }

        await using var les = database.Scope();
        Assert.Equal(1, await les.Db().Set<Samarbeidsmote>().CountAsync(m => m.SakId == sak.Id, Ct));
    }

    [Fact]
    public async Task Et_utfort_tiltak_forsvinner_fra_de_apne_men_blir_staaende_paa_motet()
    {
        var (sak, kontakt) = await SakIOppfolgingAsync();
        var moteId = Guid.CreateVersion7();
        await using var scope = database.Scope(kontakt);
        var service = scope.Get<MoteService>();
        await service.RegistrerAsync(Boligmote(sak.Id, moteId), Ct);
        var mote = (await service.HentAsync(sak.Id, moteId, Ct)).Value;
        var strom = mote.Tiltak.Single(t => t.Beskrivelse == "Bestille strøm");

        Assert.True((await service.FullforTiltakAsync(new(sak.Id, moteId, mote.Versjon, strom.Id, "Avtale med Tibber"), Ct)).IsSuccess);
        // The form read before that save is now stale.
        Assert.True((await service.FullforTiltakAsync(new(sak.Id, moteId, mote.Versjon, mote.Tiltak[0].Id, null), Ct)).IsConflict);

        var oversikt = (await service.HentOversiktAsync(sak.Id, Ct)).Value;
        Assert.Equal(["Søke om depositum"], oversikt.ApneTiltak.Select(t => t.Beskrivelse));
        var etter = (await service.HentAsync(sak.Id, moteId, Ct)).Value;
        Assert.Equal(2, etter.Tiltak.Count);
        Assert.Equal("Avtale med Tibber", etter.Tiltak.Single(t => t.Id == strom.Id).Merknad);

        // Due in 14 days: not overdue on the day, overdue the day after.
        Assert.False(Assert.Single(oversikt.ApneTiltak).Forfalt);
        database.Tid.Advance(TimeSpan.FromDays(15));
        Assert.True(Assert.Single((await service.HentOversiktAsync(sak.Id, Ct)).Value.ApneTiltak).Forfalt);
    }

    [Fact]
    public async Task En_bo_oppfolger_som_ikke_er_kontakt_paa_saken_faar_ikke_funnet()
    {
        var (sak, kontakt) = await SakIOppfolgingAsync();
        var moteId = Guid.CreateVersion7();
        await using (var scope = database.Scope(kontakt))
        {
            Assert.True((await scope.Get<MoteService>().RegistrerAsync(Boligmote(sak.Id, moteId), Ct)).IsSuccess);
        }

        foreach (var annen in new[] { TestBruker.Med(Roller.BoOppfolger), TestBruker.Med(Roller.Innbygger, sak.PersonId) })
        {
            await using var scope = database.Scope(annen);
            var service = scope.Get<MoteService>();
            Assert.True((await service.HentOversiktAsync(sak.Id, Ct)).IsNotFound);
            Assert.True((await service.HentAsync(sak.Id, moteId, Ct)).IsNotFound);
            Assert.True((await service.RegistrerAsync(Boligmote(sak.Id), Ct)).IsNotFound);
            Assert.True((await service.FullforTiltakAsync(new(sak.Id, moteId, Guid.Empty, Guid.Empty, null), Ct)).IsNotFound);
            Assert.True((await service.KorrigerReferatAsync(new(sak.Id, moteId, Guid.Empty, "Nytt", "Fordi"), Ct)).IsNotFound);
        }

        // A saksbehandler sees the case's meetings but may not record one.
        await using (var scope = database.Scope(TestBruker.Med(Roller.Teamleder)))
        {
            Assert.True((await scope.Get<MoteService>().HentOversiktAsync(sak.Id, Ct)).IsSuccess);
        }

        await using var les = database.Scope();
        Assert.Equal(1, await les.Db().Set<Samarbeidsmote>().CountAsync(m => m.SakId == sak.Id, Ct));
    }

    [Fact]
    public async Task Feil_i_skjemaet_avvises_ved_feltet_og_ingenting_lagres()
    {
        var (sak, kontakt) = await SakIOppfolgingAsync();
        await using var scope = database.Scope(kontakt);
        var service = scope.Get<MoteService>();
        var gyldig = Boligmote(sak.Id);

        async Task<string?> FeltAsync(RegistrerMoteCommand c) => (await service.RegistrerAsync(c, Ct)).Error?.Felt;
        Assert.Equal("Dato", await FeltAsync(gyldig with { Dato = null }));
        Assert.Equal("Dato", await FeltAsync(gyldig with { Dato = Idag.AddDays(1) }));
        Assert.Equal("Type", await FeltAsync(gyldig with { Type = (Motetype)42 }));
        Assert.Equal("Referat", await FeltAsync(gyldig with { Referat = new string('x', Samarbeidsmote.MaksReferat + 1) }));
        Assert.Equal("Deltakere[1].Rolle", await FeltAsync(gyldig with { Deltakere = [new("Nina Nav", "NAV-veileder"), new("Ola", null)] }));
        Assert.Equal("Deltakere", await FeltAsync(gyldig with { Deltakere = [], InnbyggerDeltok = false }));
        Assert.Equal("Tiltak[0].Frist", await FeltAsync(gyldig with { Tiltak = [new("Noe", "NAV", null)] }));
        Assert.Equal("Tiltak[0].Frist", await FeltAsync(gyldig with { Tiltak = [new("Noe", "NAV", Idag.AddDays(-1))] }));

        await using var les = database.Scope();
        Assert.False(await les.Db().Set<Samarbeidsmote>().AnyAsync(m => m.SakId == sak.Id, Ct));
    }

    [Fact]
    public async Task En_rettelse_av_referatet_beholder_det_som_sto_for()
    {
        var (sak, kontakt) = await SakIOppfolgingAsync(await Vedtakshjelp.AnsattAsync(database, Roller.BoOppfolger, "Rita", "Retter"));
        var moteId = Guid.CreateVersion7();
        await using var scope = database.Scope(kontakt);
        var service = scope.Get<MoteService>();
        await service.RegistrerAsync(Boligmote(sak.Id, moteId), Ct);
        var mote = (await service.HentAsync(sak.Id, moteId, Ct)).Value;

        Assert.Equal("Arsak", (await service.KorrigerReferatAsync(new(sak.Id, moteId, mote.Versjon, "Nytt referat", " "), Ct)).Error?.Felt);
        Assert.True((await service.KorrigerReferatAsync(new(sak.Id, moteId, mote.Versjon, "Planla flyttingen til leiligheten i Storgata.", "Manglet adressen"), Ct)).IsSuccess);

        var etter = (await service.HentAsync(sak.Id, moteId, Ct)).Value;
        Assert.Equal("Planla flyttingen til leiligheten i Storgata.", etter.Referat);
        var rettelse = Assert.Single(etter.Korreksjoner);
        Assert.Equal(("Planla flyttingen til den nye leiligheten.", "Manglet adressen", "Rita Retter"), (rettelse.Forrige, rettelse.Arsak, rettelse.Av));
    }

    [Fact]
    public async Task En_sak_uten_mote_paa_tre_maaneder_flagges()
    {
        var (sak, kontakt) = await SakIOppfolgingAsync();
        await using (var scope = database.Scope(kontakt))
        {
            var oversikt = (await scope.Get<MoteService>().HentOversiktAsync(sak.Id, Ct)).Value;
            Assert.False(oversikt.ManglerMote); // the follow-up started today
        }

        database.Tid.Advance(TimeSpan.FromDays(93));
        await using (var scope = database.Scope(kontakt))
        {
            var service = scope.Get<MoteService>();
            Assert.True((await service.HentOversiktAsync(sak.Id, Ct)).Value.ManglerMote);
            Assert.True((await service.RegistrerAsync(Boligmote(sak.Id), Ct)).IsSuccess);
            Assert.False((await service.HentOversiktAsync(sak.Id, Ct)).Value.ManglerMote);
        }
    }
}
