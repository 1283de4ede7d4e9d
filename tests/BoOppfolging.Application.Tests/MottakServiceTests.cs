using BoOppfolging.Application.Brev;
using BoOppfolging.Application.Mottak;
using BoOppfolging.Application.Saker;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Saksbygging;
using BoOppfolging.Tests.Felles;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace BoOppfolging.Application.Tests;

/// <summary>The forvaltningsenhet's intake through the services, on a real SQLite file with the real PDF renderer.</summary>
public sealed class MottakServiceTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static RegistrerHenvendelseCommand Henvendelse(string etternavn, string? fnr = null) => new(
        Kanal.Fastlege, Mottaksform.Telefon, new DateOnly(2026, 11, 2), "Dr. Åse Ødegård", "fastlege", "22 33 44 55", null,
        "Bjørn", etternavn, fnr, fnr is null ? new DateOnly(1970, 1, 1) : null, "Har ikke betalt husleie på tre måneder.", Hastegrad.Haster,
        "Østre gate 5", "0155", "Oslo");

    private async Task<Guid> RegistrerAsync(TestBruker bruker, RegistrerHenvendelseCommand command)
    {
        await using var scope = database.Scope(bruker);
        var result = await scope.Get<MottakService>().RegistrerHenvendelseAsync(command, Ct);
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Melding)));
        return result.Value;
    }

    private async Task<Sak> SakAsync(Guid sakId)
    {
        await using var scope = database.Scope();
        return await scope.Db().Saker.AsNoTracking().Include(s => s.Person).SingleAsync(s => s.Id == sakId, Ct);
    }

    [Fact]
    public async Task En_henvendelse_fra_fastlege_blir_en_sak_som_venter_paa_personens_eget_onske()
    {
        var saksbehandler = TestBruker.Med(Roller.Saksbehandler);

        var sakId = await RegistrerAsync(saksbehandler, Henvendelse("Haugen"));

        var sak = await SakAsync(sakId);
        Assert.Equal((Kanal.Fastlege, Saksstatus.Mottatt, Hastegrad.Haster, false), (sak.Kanal, sak.Status, sak.Hastegrad, sak.OnskerHjelpOgSamtykker));
        Assert.Matches("^BO-2026-[0-9]{6}$", sak.Referanse);
        Assert.Null(sak.Person!.Fodselsnummer);
        await using var scope = database.Scope();
        var henvendelse = await scope.Db().Henvendelser.SingleAsync(h => h.SakId == sakId, Ct);
        Assert.Equal("Dr. Åse Ødegård", henvendelse.MelderNavn);
    }

    [Fact]
    public async Task En_ugyldig_henvendelse_gir_norske_meldinger_ved_feltene_og_lagrer_ingenting()
    {
        await using var scope = database.Scope(TestBruker.Med(Roller.Saksbehandler));
        var antall = await scope.Db().Saker.CountAsync(Ct);

        var result = await scope.Get<MottakService>().RegistrerHenvendelseAsync(
            Henvendelse("") with { Kanal = Kanal.Soknad, Fodselsnummer = "12345678901", Beskrivelse = new string('x', 4001) }, Ct);

        Assert.False(result.IsSuccess);
        var felter = result.Errors.ToDictionary(e => e.Felt!, e => e.Melding);
        Assert.Contains("søknad", felter["Kanal"], StringComparison.Ordinal);
        Assert.Equal("Skriv etternavnet til personen henvendelsen gjelder.", felter["Etternavn"]);
        Assert.StartsWith("Fødselsnummeret er ikke gyldig.", felter["Fodselsnummer"], StringComparison.Ordinal);
        Assert.Equal("Beskrivelsen kan ha høyst 4000 tegn.", felter["Beskrivelse"]);
        Assert.Equal(antall, await scope.Db().Saker.CountAsync(Ct));
    }

    [Fact]
    public async Task Mottakskontroll_registrerer_fodselsnummeret_og_regner_alderen_fra_det()
    {
        var saksbehandler = TestBruker.Med(Roller.Saksbehandler);
        var sakId = await RegistrerAsync(saksbehandler, Henvendelse("Lie"));
        var fnr = Fodselsnummer.LagSyntetisk(new DateOnly(2009, 1, 1), 501); // 17 years old on 2 November 2026
        var versjon = (await SakAsync(sakId)).Versjon;

        await using (var scope = database.Scope(saksbehandler))
        {
            var result = await scope.Get<MottakService>().KontrollerAsync(new MottakskontrollCommand(sakId, versjon, fnr, true, true, null), Ct);
            Assert.True(result.IsSuccess);
        }

        var sak = await SakAsync(sakId);
        Assert.Equal(fnr, sak.Person!.Fodselsnummer);
        Assert.False(sak.Mottakskontroll!.Over18);
        await using (var scope = database.Scope(saksbehandler))
        {
            var videre = await scope.Get<MottakService>().SendTilVurderingAsync(new SendTilVurderingCommand(sakId, sak.Versjon, await TeamAsync()), Ct);
            Assert.Equal(MottakFeil.KontrollIkkeGodkjent, videre.Error);
        }
    }

    [Fact]
    public async Task En_henvendelse_med_samtykke_sendes_til_vurderingsteamet()
    {
        var saksbehandler = TestBruker.Med(Roller.Saksbehandler);
        var sakId = await RegistrerAsync(saksbehandler, Henvendelse("Dahl", Fodselsnummer.LagSyntetisk(new DateOnly(1975, 5, 5), 502)));
        var team = await TeamAsync();

        await using (var scope = database.Scope(saksbehandler))
        {
            var mottak = scope.Get<MottakService>();
            Assert.True((await mottak.KontrollerAsync(new(sakId, (await SakAsync(sakId)).Versjon, null, true, true, null), Ct)).IsSuccess);
        }

        await using (var scope = database.Scope(saksbehandler))
        {
            var mottak = scope.Get<MottakService>();
            Assert.True((await mottak.RegistrerKontaktAsync(
                new(sakId, (await SakAsync(sakId)).Versjon, new DateOnly(2026, 11, 2), Kontaktform.Telefon, Kontaktresultat.OnskerHjelp, true, null), Ct)).IsSuccess);
        }

        // A follow-up team is not a choice here: assessment is the vurderingsteam's.
        var oppfolgingsteam = new Team("Bo-oppfølging nord " + Guid.NewGuid().ToString("N")[..6], Teamtype.BoOppfolging);
        await using (var scope = database.Scope())
        {
            scope.Db().Team.Add(oppfolgingsteam);
            await scope.Db().SaveChangesAsync(Ct);
        }

        await using (var scope = database.Scope(saksbehandler))
        {
            var mottak = scope.Get<MottakService>();
            var valg = (await mottak.HentAsync(sakId, Ct)).Value.Team;
            Assert.Contains(valg, t => t.Id == team);
            Assert.DoesNotContain(valg, t => t.Id == oppfolgingsteam.Id);
            var feilTeam = await mottak.SendTilVurderingAsync(new(sakId, (await SakAsync(sakId)).Versjon, oppfolgingsteam.Id), Ct);
            Assert.Equal(("ukjent_team", "TeamId"), (feilTeam.Error!.Kode, feilTeam.Error.Felt));
        }

        await using (var scope = database.Scope(saksbehandler))
        {
            Assert.True((await scope.Get<MottakService>().SendTilVurderingAsync(new(sakId, (await SakAsync(sakId)).Versjon, team), Ct)).IsSuccess);
        }

        var sak = await SakAsync(sakId);
        Assert.Equal((Saksstatus.TilVurdering, (Guid?)team), (sak.Status, sak.TeamId));
    }

    [Fact]
    public async Task Vurderingsteamet_ser_henvendelsen_og_kontrollen_og_kan_bare_be_om_opplysninger_og_henvise()
    {
        var saksbehandler = TestBruker.Med(Roller.Saksbehandler);
        var medlem = TestBruker.Med(Roller.Vurderingsteam);
        var sakId = await RegistrerAsync(saksbehandler, Henvendelse("Lunde", Fodselsnummer.LagSyntetisk(new DateOnly(1968, 3, 3), 502)));
        var teamId = await TeamAsync();
        await using (var scope = database.Scope())
        {
            var team = await scope.Db().Team.Include(t => t.Medlemmer).SingleAsync(t => t.Id == teamId, Ct);
            team.LeggTilMedlem(medlem.Id!.Value);
            await scope.Db().SaveChangesAsync(Ct);
        }

        await using (var scope = database.Scope(saksbehandler))
        {
            var mottak = scope.Get<MottakService>();
            Assert.True((await mottak.KontrollerAsync(new(sakId, (await SakAsync(sakId)).Versjon, null, true, true, "Notat fra kontrollen"), Ct)).IsSuccess);
            Assert.True((await mottak.RegistrerKontaktAsync(
                new(sakId, (await SakAsync(sakId)).Versjon, new DateOnly(2026, 11, 2), Kontaktform.Telefon, Kontaktresultat.OnskerHjelp, true, null), Ct)).IsSuccess);
            Assert.True((await mottak.SendTilVurderingAsync(new(sakId, (await SakAsync(sakId)).Versjon, teamId), Ct)).IsSuccess);
        }

        await using (var scope = database.Scope(medlem))
        {
            var visning = (await scope.Get<MottakService>().HentAsync(sakId, Ct)).Value;
            Assert.Equal(("Dr. Åse Ødegård", "Har ikke betalt husleie på tre måneder."), (visning.Henvendelse!.MelderNavn, visning.Henvendelse.Beskrivelse));
            Assert.Equal("Notat fra kontrollen", visning.Kontroll!.Notat);
            Assert.Single(visning.Kontakter);
            // "Trenger mer informasjon" and a referral when the criteria are not met go through the intake's own forms.
            var h = visning.Handlinger;
            Assert.Equal((true, true), (h.KanBeOmOpplysninger, h.KanHenvise));
            Assert.Equal(
                (false, false, false, false, false, false, false),
                (h.KanKontrollere, h.KanRegistrereKontakt, h.KanTildele, h.KanSendeTilVurdering, h.KanHenlegge, h.KanLageForelopigSvar, h.KanEndreAdresse));
            Assert.Empty(visning.Saksbehandlere);
        }

        await using (var scope = database.Scope(saksbehandler))
        {
            // In Til vurdering the intake is over: screening and contact are closed, closing and asking still open.
            var h = (await scope.Get<MottakService>().HentAsync(sakId, Ct)).Value.Handlinger;
            Assert.Equal((false, false, false, false), (h.KanKontrollere, h.KanRegistrereKontakt, h.KanSendeTilVurdering, h.KanHenvise));
            Assert.Equal((true, true, true), (h.KanHenlegge, h.KanBeOmOpplysninger, h.KanTildele));

            // An action the state does not allow now is refused with a message, not "not found".
            var kontroll = await scope.Get<MottakService>().KontrollerAsync(new(sakId, (await SakAsync(sakId)).Versjon, null, true, true, null), Ct);
            Assert.Equal("ikke_tillatt_naa", kontroll.Error!.Kode);
            Assert.Contains("Til vurdering", kontroll.Error.Melding, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Brevene_paa_en_sak_man_ikke_ser_listes_ikke()
    {
        var eier = TestBruker.Med(Roller.Saksbehandler);
        var sakId = await RegistrerAsync(eier, Henvendelse("Brevik"));
        await using (var scope = database.Scope(eier))
        {
            var sak = await scope.Db().Saker.SingleAsync(s => s.Id == sakId, Ct);
            sak.TildelSaksbehandler(eier.Id!.Value, eier.Id, database.Tid.GetUtcNow());
            await scope.Db().SaveChangesAsync(Ct);
        }

        await using (var scope = database.Scope(eier))
        {
            Assert.True((await scope.Get<MottakService>().BeOmOpplysningerAsync(
                new(sakId, (await SakAsync(sakId)).Versjon, "Husleiekontrakten", new DateOnly(2026, 11, 20)), Ct)).IsSuccess);
            Assert.Single(await scope.Get<BrevService>().ListAsync(sakId, Ct));
        }

        foreach (var annen in new[] { TestBruker.Med(Roller.Saksbehandler), TestBruker.Med(Roller.Vurderingsteam), TestBruker.Med(Roller.Innbygger, Guid.NewGuid()) })
        {
            await using var scope = database.Scope(annen);
            Assert.Empty(await scope.Get<BrevService>().ListAsync(sakId, Ct));
        }
    }

    [Fact]
    public async Task Den_som_lagrer_paa_en_gammel_versjon_faar_konflikt_og_ingenting_endres()
    {
        var saksbehandler = TestBruker.Med(Roller.Saksbehandler);
        var sakId = await RegistrerAsync(saksbehandler, Henvendelse("Berg"));
        var gammel = (await SakAsync(sakId)).Versjon;
        await using (var scope = database.Scope(saksbehandler))
        {
            await scope.Get<MottakService>().HenleggAsync(new HenleggCommand(sakId, gammel, Henleggelsesgrunn.Dod, null), Ct);
        }

        await using (var scope = database.Scope(saksbehandler))
        {
            var result = await scope.Get<MottakService>().HenleggAsync(new HenleggCommand(sakId, gammel, Henleggelsesgrunn.FlyttetFraKommunen, null), Ct);
            Assert.True(result.IsConflict);
        }

        Assert.Equal(Henleggelsesgrunn.Dod, (await SakAsync(sakId)).Henleggelsesgrunn);
    }

    [Fact]
    public async Task Andre_roller_og_saksbehandlere_uten_tilgang_til_saken_faar_ikke_funnet()
    {
        var eier = TestBruker.Med(Roller.Saksbehandler);
        var sakId = await RegistrerAsync(eier, Henvendelse("Strand"));
        await using (var scope = database.Scope(eier))
        {
            // Assigned to the owner: no longer in the shared inbox.
            var db = scope.Db();
            var sak = await db.Saker.SingleAsync(s => s.Id == sakId, Ct);
            sak.TildelSaksbehandler(eier.Id!.Value, eier.Id, database.Tid.GetUtcNow());
            await db.SaveChangesAsync(Ct);
        }

        var versjon = (await SakAsync(sakId)).Versjon;
        foreach (var annen in new[] { TestBruker.Med(Roller.Saksbehandler), TestBruker.Med(Roller.Vurderingsteam), TestBruker.Med(Roller.BoOppfolger) })
        {
            await using var scope = database.Scope(annen);
            var result = await scope.Get<MottakService>().HenleggAsync(new HenleggCommand(sakId, versjon, Henleggelsesgrunn.Dod, null), Ct);
            Assert.True(result.IsNotFound, annen.Roller.Single());
        }

        Assert.Equal(Saksstatus.Mottatt, (await SakAsync(sakId)).Status);
    }

    [Fact]
    public async Task Foreløpig_svar_lages_som_brev_og_sendt_brev_er_en_lagret_pdf_som_vises_likt_hver_gang()
    {
        var saksbehandler = TestBruker.Med(Roller.Saksbehandler);
        var sakId = await RegistrerAsync(saksbehandler, Henvendelse("Sæther"));
        var sak = await SakAsync(sakId);
        var begrunnelse = "Vi venter på opplysninger fra fastlegen og spesialisthelsetjenesten (æøå ÆØÅ).";
        Guid brevId;
        await using (var scope = database.Scope(saksbehandler))
        {
            var result = await scope.Get<MottakService>().LagForelopigSvarAsync(
                new ForelopigSvarCommand(sakId, sak.Versjon, begrunnelse, new DateOnly(2026, 12, 20)), Ct);
            Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Melding)));
            brevId = result.Value;
        }

        await using (var scope = database.Scope(saksbehandler))
        {
            var brev = await scope.Get<BrevService>().HentAsync(sakId, brevId, Ct);
            var sendt = await scope.Get<BrevService>().SendAsync(
                new SendBrevCommand(sakId, brevId, new DateOnly(2026, 11, 2), Forsendelse.Post, brev.Value.Versjon), Ct);
            Assert.True(sendt.IsSuccess, string.Join("; ", sendt.Errors.Select(e => e.Melding)));
        }

        byte[] forste, andre;
        await using (var scope = database.Scope(saksbehandler))
        {
            forste = (await scope.Get<BrevService>().HentPdfAsync(sakId, brevId, Ct)).Value.Innhold;
        }

        await using (var scope = database.Scope(saksbehandler))
        {
            andre = (await scope.Get<BrevService>().HentPdfAsync(sakId, brevId, Ct)).Value.Innhold;
        }

        Assert.Equal(forste, andre);
        using (var pdf = PdfDocument.Open(forste))
        {
            var tekst = string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
            Assert.Contains(sak.Referanse, tekst, StringComparison.Ordinal);
            Assert.Contains("02.11.2026", tekst, StringComparison.Ordinal);
            Assert.Contains("20.12.2026", tekst, StringComparison.Ordinal);
            Assert.Contains("spesialisthelsetjenesten (æøå ÆØÅ).", tekst, StringComparison.Ordinal);
            Assert.Contains("Foreløpig", tekst, StringComparison.Ordinal);
            // The recipient's block sits beside the date and reference, so its lines come between theirs.
            Assert.Matches("Bjørn Sæther .*Østre gate 5 .*0155 Oslo", tekst);
        }

        var etter = await SakAsync(sakId);
        Assert.Equal((new DateOnly(2026, 12, 20), (DateOnly?)new DateOnly(2026, 11, 2)), (etter.Frist, etter.ForelopigSvarSendt));
        await using (var scope = database.Scope())
        {
            var db = scope.Db();
            Assert.True(await db.Hendelser.AnyAsync(h => h.SakId == sakId && h.Type == HendelseType.BrevSendt && !h.Intern, Ct));
            Assert.True(await db.AuditLogg.AnyAsync(a => a.SakId == sakId && a.Handling == AuditHandling.Endre && a.Beskrivelse == "Brev", Ct));
            Assert.True(await db.AuditLogg.AnyAsync(a => a.SakId == sakId && a.Handling == AuditHandling.Les && a.Beskrivelse == "Brev" && a.BrukerId == saksbehandler.Id, Ct));
        }

        // A sent letter is never changed or sent again.
        await using (var scope = database.Scope(saksbehandler))
        {
            var brev = await scope.Get<BrevService>().HentAsync(sakId, brevId, Ct);
            var igjen = await scope.Get<BrevService>().SendAsync(
                new SendBrevCommand(sakId, brevId, new DateOnly(2026, 11, 2), Forsendelse.Digital, brev.Value.Versjon), Ct);
            Assert.Equal(BrevFeil.AlleredeSendt, igjen.Error);
        }
    }

    [Fact]
    public async Task Etterspurte_opplysninger_staar_paa_saken_og_blir_et_brev_med_det_som_mangler_og_fristen()
    {
        var saksbehandler = TestBruker.Med(Roller.Saksbehandler);
        var sakId = await RegistrerAsync(saksbehandler, Henvendelse("Opplysning"));
        Result<Guid> result;
        await using (var scope = database.Scope(saksbehandler))
        {
            result = await scope.Get<MottakService>().BeOmOpplysningerAsync(
                new BeOmOpplysningerCommand(sakId, (await SakAsync(sakId)).Versjon, "Kopi av husleiekontrakten (æøå).", new DateOnly(2026, 11, 20)), Ct);
        }

        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Melding)));
        await using (var scope = database.Scope(saksbehandler))
        {
            var behov = await scope.Db().Opplysningsbehov.AsNoTracking().SingleAsync(o => o.SakId == sakId, Ct);
            Assert.Equal(("Kopi av husleiekontrakten (æøå).", new DateOnly(2026, 11, 20)), (behov.Beskrivelse, behov.Frist));
            var brev = await scope.Get<BrevService>().HentAsync(sakId, result.Value, Ct);
            Assert.Equal((Brevtype.Opplysningsbehov, Brevstatus.Utkast), (brev.Value.Type, brev.Value.Status));
            var tekst = string.Join("\n", brev.Value.Innhold.Seksjoner.SelectMany(x => x.Tekster()));
            Assert.Contains("Kopi av husleiekontrakten (æøå).", tekst, StringComparison.Ordinal);
            Assert.Contains("Send oss opplysningene innen 20.11.2026.", tekst, StringComparison.Ordinal);
            Assert.Equal(["Østre gate 5", "0155 Oslo"], brev.Value.Innhold.Mottaker.Adresselinjer);
        }
    }

    [Fact]
    public async Task Et_brev_uten_adresse_kan_ikke_registreres_sendt_i_posten_men_kan_sendes_digitalt()
    {
        var saksbehandler = TestBruker.Med(Roller.Saksbehandler);
        var sakId = await RegistrerAsync(saksbehandler, Henvendelse("Uten") with { Adresse = null, Postnummer = null, Poststed = null });
        Guid brevId;
        await using (var scope = database.Scope(saksbehandler))
        {
            brevId = (await scope.Get<MottakService>().LagForelopigSvarAsync(
                new ForelopigSvarCommand(sakId, (await SakAsync(sakId)).Versjon, "Mange saker.", new DateOnly(2026, 12, 20)), Ct)).Value;
        }

        await using (var scope = database.Scope(saksbehandler))
        {
            var brev = await scope.Get<BrevService>().HentAsync(sakId, brevId, Ct);
            Assert.Empty(brev.Value.Innhold.Mottaker.Adresselinjer);
            var iPosten = await scope.Get<BrevService>().SendAsync(new SendBrevCommand(sakId, brevId, new DateOnly(2026, 11, 2), Forsendelse.Post, brev.Value.Versjon), Ct);
            Assert.Equal((BrevFeil.IngenAdresse, "Forsendelse"), (iPosten.Error, iPosten.Error!.Felt));
        }

        Assert.Null((await SakAsync(sakId)).ForelopigSvarSendt);
        await using (var scope = database.Scope(saksbehandler))
        {
            var brev = await scope.Get<BrevService>().HentAsync(sakId, brevId, Ct);
            var digitalt = await scope.Get<BrevService>().SendAsync(new SendBrevCommand(sakId, brevId, new DateOnly(2026, 11, 2), Forsendelse.Digital, brev.Value.Versjon), Ct);
            Assert.True(digitalt.IsSuccess);
        }
    }

    [Fact]
    public async Task Adressen_kan_registreres_senere_og_brev_som_lages_etterpaa_gaar_dit()
    {
        var saksbehandler = TestBruker.Med(Roller.Saksbehandler);
        var sakId = await RegistrerAsync(saksbehandler, Henvendelse("Adresseløs") with { Adresse = null, Postnummer = null, Poststed = null });

        await using (var scope = database.Scope(saksbehandler))
        {
            var mottak = scope.Get<MottakService>();
            Assert.Null((await mottak.HentAsync(sakId, Ct)).Value.Adresse);
            var ugyldig = await mottak.EndreAdresseAsync(new EndreAdresseCommand(sakId, (await SakAsync(sakId)).Versjon, "Bakkegata 2", "12a", ""), Ct);
            Assert.Equal(
                new Dictionary<string, string> { ["Postnummer"] = "Postnummeret må være fire siffer.", ["Poststed"] = "Skriv poststedet." },
                ugyldig.Errors.ToDictionary(e => e.Felt!, e => e.Melding));
            Assert.True((await mottak.EndreAdresseAsync(new EndreAdresseCommand(sakId, (await SakAsync(sakId)).Versjon, " Bakkegata 2 ", "7010", "Trondheim"), Ct)).IsSuccess);
        }

        Guid brevId;
        await using (var scope = database.Scope(saksbehandler))
        {
            var mottak = scope.Get<MottakService>();
            Assert.Equal(new Postadresse("Bakkegata 2", "7010", "Trondheim"), (await mottak.HentAsync(sakId, Ct)).Value.Adresse);
            brevId = (await mottak.LagForelopigSvarAsync(new ForelopigSvarCommand(sakId, (await SakAsync(sakId)).Versjon, "Mange saker.", new DateOnly(2026, 12, 20)), Ct)).Value;
        }

        await using (var les = database.Scope(saksbehandler))
        {
            var brev = await les.Get<BrevService>().HentAsync(sakId, brevId, Ct);
            Assert.Equal(["Bakkegata 2", "7010 Trondheim"], brev.Value.Innhold.Mottaker.Adresselinjer);
            var endring = await les.Db().AuditLogg.AsNoTracking().AnyAsync(a => a.Beskrivelse == "Person" && a.Handling == AuditHandling.Endre && a.BrukerId == saksbehandler.Id, Ct);
            Assert.True(endring);
        }
    }

    [Fact]
    public async Task En_adresse_paa_en_henvendelse_maa_ha_alle_tre_delene()
    {
        await using var scope = database.Scope(TestBruker.Med(Roller.Saksbehandler));

        var result = await scope.Get<MottakService>().RegistrerHenvendelseAsync(
            Henvendelse("Halv") with { Adresse = " ", Postnummer = "12", Poststed = "Oslo" }, Ct);

        var felter = result.Errors.ToDictionary(e => e.Felt!, e => e.Melding);
        Assert.Equal("Skriv gateadressen, eller la alle adressefeltene stå tomme.", felter["Adresse"]);
        Assert.Equal("Postnummeret må være fire siffer.", felter["Postnummer"]);
        Assert.DoesNotContain("Poststed", felter.Keys);
    }

    [Fact]
    public async Task Et_sendt_brev_som_er_endret_i_arkivet_vises_ikke()
    {
        var saksbehandler = TestBruker.Med(Roller.Saksbehandler);
        var sakId = await RegistrerAsync(saksbehandler, Henvendelse("Brekke"));
        Guid brevId;
        await using (var scope = database.Scope(saksbehandler))
        {
            brevId = (await scope.Get<MottakService>().LagForelopigSvarAsync(
                new ForelopigSvarCommand(sakId, (await SakAsync(sakId)).Versjon, "Mange saker.", new DateOnly(2026, 12, 20)), Ct)).Value;
        }

        await using (var scope = database.Scope(saksbehandler))
        {
            var brev = await scope.Get<BrevService>().HentAsync(sakId, brevId, Ct);
            await scope.Get<BrevService>().SendAsync(new SendBrevCommand(sakId, brevId, new DateOnly(2026, 11, 2), Forsendelse.Post, brev.Value.Versjon), Ct);
        }

        await using (var scope = database.Scope())
        {
            var brev = await scope.Db().Brev.SingleAsync(b => b.Id == brevId, Ct);
            var fil = Directory.EnumerateFiles(database.DataMappe, "*", SearchOption.AllDirectories)
                .Single(f => Path.GetFileName(f).Contains(brev.DokumentNokkel!, StringComparison.Ordinal) || f.EndsWith(brev.DokumentNokkel!, StringComparison.Ordinal));
            await File.AppendAllTextAsync(fil, "tukling", Ct);
        }

        await using (var scope = database.Scope(saksbehandler))
        {
            var result = await scope.Get<BrevService>().HentPdfAsync(sakId, brevId, Ct);
            Assert.Equal(BrevFeil.ArkivkopiEndret, result.Error);
        }
    }

    [Fact]
    public async Task Henvisning_avslutter_saken_og_lager_brevutkast_med_tjenesten_og_begrunnelsen()
    {
        var saksbehandler = TestBruker.Med(Roller.Saksbehandler);
        var sakId = await RegistrerAsync(saksbehandler, Henvendelse("Vik", Fodselsnummer.LagSyntetisk(new DateOnly(1980, 3, 3), 503)));
        await using (var scope = database.Scope(saksbehandler))
        {
            await scope.Get<MottakService>().KontrollerAsync(new(sakId, (await SakAsync(sakId)).Versjon, null, false, true, null), Ct);
        }

        Guid brevId;
        await using (var scope = database.Scope(saksbehandler))
        {
            var result = await scope.Get<MottakService>().HenvisAsync(new HenvisCommand(sakId, (await SakAsync(sakId)).Versjon, "Origo", "Rus og psykisk helse."), Ct);
            Assert.True(result.IsSuccess);
            brevId = result.Value;
        }

        Assert.Equal(Saksstatus.Henvist, (await SakAsync(sakId)).Status);
        await using (var scope = database.Scope(saksbehandler))
        {
            var brev = (await scope.Get<BrevService>().HentAsync(sakId, brevId, Ct)).Value;
            Assert.Equal((Brevtype.HenvistTilAnnenTjeneste, Brevstatus.Utkast), (brev.Type, brev.Status));
            Assert.Contains(brev.Innhold.Seksjoner.SelectMany(s => s.Tekster()), a => a.Contains("Origo", StringComparison.Ordinal));
            Assert.Single(await scope.Db().Henvisninger.Where(h => h.SakId == sakId).ToListAsync(Ct));
        }

        // The citizen does not see a letter that is not sent.
        var innbygger = TestBruker.Med(Roller.Innbygger, (await SakAsync(sakId)).PersonId);
        await using (var scope = database.Scope(innbygger))
        {
            Assert.True((await scope.Get<BrevService>().HentPdfAsync(sakId, brevId, Ct)).IsNotFound);
            Assert.Empty(await scope.Get<BrevService>().ListAsync(sakId, Ct));
        }
    }

    [Fact]
    public async Task En_ny_sak_for_en_person_med_aapen_sak_kobles_til_den_og_henlegges()
    {
        var saksbehandler = TestBruker.Med(Roller.Saksbehandler);
        var fnr = Fodselsnummer.LagSyntetisk(new DateOnly(1982, 2, 2), 504);
        var forste = await RegistrerAsync(saksbehandler, Henvendelse("Moen", fnr));
        var andre = await RegistrerAsync(saksbehandler, Henvendelse("Moen", fnr));
        Assert.Equal((await SakAsync(forste)).PersonId, (await SakAsync(andre)).PersonId); // a known number finds the person

        await using (var scope = database.Scope(saksbehandler))
        {
            var visning = (await scope.Get<MottakService>().HentAsync(andre, Ct)).Value;
            Assert.Equal(forste, Assert.Single(visning.AndreAapneSaker).Id);
            var result = await scope.Get<MottakService>().KobleTilAsync(new KobleTilSakCommand(andre, visning.Versjon, forste), Ct);
            Assert.True(result.IsSuccess);
        }

        var koblet = await SakAsync(andre);
        Assert.Equal((Saksstatus.Henlagt, (Guid?)forste), (koblet.Status, koblet.KobletTilSakId));
    }

    [Fact]
    public async Task Arbeidslisten_finner_paa_fodselsnummer_bare_ved_eksakt_treff_og_paa_navn_uansett_store_bokstaver()
    {
        var teamleder = TestBruker.Med(Roller.Teamleder);
        var fnr = Fodselsnummer.LagSyntetisk(new DateOnly(1984, 4, 4), 505);
        var sakId = await RegistrerAsync(teamleder, Henvendelse("Kvalheimsen", fnr));
        var referanse = (await SakAsync(sakId)).Referanse;
        await using var scope = database.Scope(teamleder);
        var saker = scope.Get<SakService>();

        Assert.Equal(sakId, Assert.Single((await saker.ListAsync(new Saksfilter { Sok = fnr }, Ct)).Saker).Id);
        Assert.Empty((await saker.ListAsync(new Saksfilter { Sok = fnr[..10] }, Ct)).Saker);
        Assert.Equal(sakId, Assert.Single((await saker.ListAsync(new Saksfilter { Sok = "kvalheimsen" }, Ct)).Saker).Id);
        Assert.Equal(sakId, Assert.Single((await saker.ListAsync(new Saksfilter { Sok = referanse.ToLowerInvariant() }, Ct)).Saker).Id);
        Assert.Empty((await saker.ListAsync(new Saksfilter { Sok = "Kvalheimsen", Status = nameof(Saksstatus.Henlagt) }, Ct)).Saker);
    }

    [Fact]
    public async Task Arbeidslisten_viser_saker_over_fristen_og_sorterer_paa_frist()
    {
        var teamleder = TestBruker.Med(Roller.Teamleder);
        var gammel = await RegistrerAsync(teamleder, Henvendelse("Fristesen") with { Mottatt = new DateOnly(2026, 9, 1) });
        var ny = await RegistrerAsync(teamleder, Henvendelse("Fristesen"));
        await using var scope = database.Scope(teamleder);

        var forsinket = await scope.Get<SakService>().ListAsync(new Saksfilter { Sok = "Fristesen", BareForsinket = true }, Ct);
        var alle = await scope.Get<SakService>().ListAsync(new Saksfilter { Sok = "Fristesen", Sortering = Sakssortering.Frist }, Ct);

        var element = Assert.Single(forsinket.Saker);
        Assert.Equal(gammel, element.Id);
        Assert.True(element.Forsinket);
        Assert.Equal([gammel, ny], alle.Saker.Select(s => s.Id));
    }

    [Fact]
    public async Task Et_sok_finner_ogsaa_avsluttede_saker_mens_arbeidslisten_uten_sok_viser_de_aapne()
    {
        var teamleder = TestBruker.Med(Roller.Teamleder);
        var sakId = await RegistrerAsync(teamleder, Henvendelse("Avsluttesen"));
        await using (var scope = database.Scope(teamleder))
        {
            Assert.True((await scope.Get<MottakService>().HenleggAsync(
                new HenleggCommand(sakId, (await SakAsync(sakId)).Versjon, Henleggelsesgrunn.FlyttetFraKommunen, null), Ct)).IsSuccess);
        }

        await using var les = database.Scope(teamleder);
        var saker = les.Get<SakService>();
        Assert.Equal(sakId, Assert.Single((await saker.ListAsync(new Saksfilter { Sok = "Avsluttesen" }, Ct)).Saker).Id);
        Assert.DoesNotContain(sakId, (await saker.ListAsync(new Saksfilter { Sortering = Sakssortering.Mottatt, Synkende = true }, Ct)).Saker.Select(s => s.Id));
    }

    [Fact]
    public async Task Datofilteret_bruker_norsk_kalenderdag_ogsaa_rett_etter_midnatt()
    {
        var teamleder = TestBruker.Med(Roller.Teamleder);
        var person = Testdata.NyPerson("Midnatt", "Datosen");
        // 23:30 UTC on 1 November is 00:30 on 2 November in Norway.
        var sak = Saksbygger.Henvendelse(
            "BO-2026-900001", person, new DateTimeOffset(2026, 11, 1, 23, 30, 0, TimeSpan.Zero), Guid.CreateVersion7(),
            Henvendelsesinnhold.Standard with { Kanal = Kanal.Annet });
        await using (var scope = database.Scope())
        {
            scope.Db().Personer.Add(person);
            sak.LeggTil(scope.Db());
            await scope.Db().SaveChangesAsync(Ct);
        }

        await using var les = database.Scope(teamleder);
        var saker = les.Get<SakService>();
        var filter = new Saksfilter { Sok = "Datosen", Status = "alle" };
        Assert.Single((await saker.ListAsync(filter with { MottattFra = new DateOnly(2026, 11, 2), MottattTil = new DateOnly(2026, 11, 2) }, Ct)).Saker);
        Assert.Empty((await saker.ListAsync(filter with { MottattTil = new DateOnly(2026, 11, 1) }, Ct)).Saker);
    }

    private async Task<Guid> TeamAsync()
    {
        await using var scope = database.Scope();
        var db = scope.Db();
        var team = await db.Team.FirstOrDefaultAsync(t => t.Type == Teamtype.Vurderingsteam, Ct);
        if (team is not null) return team.Id;
        team = new Team("Vurderingsteamet", Teamtype.Vurderingsteam);
        db.Team.Add(team);
        await db.SaveChangesAsync(Ct);
        return team.Id;
    }
}
