using BoOppfolging.Application.Brev;
using BoOppfolging.Application.Oppfolging;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Saksbygging;
using BoOppfolging.Tests.Felles;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace BoOppfolging.Application.Tests;

/// <summary>
/// The non-participation path through the service, on a real SQLite file and document store: the warning and its letter
/// (drafted, then sent: <see cref="Medvirkningsvarsel.GrunnlagForOpphor"/> false before, true after; the vedtak's guard is in VedtaksbrevTests), the letter read back from its
/// PDF, one open warning at a time, the follow-up, errors by the field, not found for a bo-oppfølger not on the case, and the audit.
/// </summary>
public sealed class MedvirkningServiceTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    /// <summary>The letter's four parts, in the order the citizen reads them.</summary>
    private static readonly string[] Brevdeler = ["Dette har skjedd", "Din plikt til å medvirke", "Hva skjer videre?", "Frist"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Idag => Norsktid.Dato(database.Tid.GetUtcNow());

    /// <summary>A case in follow-up with a saksbehandler and a bo-oppfølger as primærkontakt, and three visits that did not happen.</summary>
    private async Task<(Sak Sak, TestBruker Saksbehandler, TestBruker Kontakt)> SakAsync(Person? fullmektig = null)
    {
        var saksbehandler = TestBruker.Med(Roller.Saksbehandler);
        var kontakt = TestBruker.Med(Roller.BoOppfolger);
        var team = new Team("Vurderingsteam " + Guid.NewGuid().ToString("N")[..6], Teamtype.Vurderingsteam);
        await using (var scope = database.Scope())
        {
            scope.Db().Team.Add(team);
            await scope.Db().SaveChangesAsync(Ct);
        }

        void Steg(Saksbygger s) => s
            .TildelSaksbehandler(saksbehandler.Id!.Value)
            .TilStatus(Saksstatus.IOppfolging, team.Id, godkjenner: Guid.CreateVersion7(), primaerkontakt: kontakt.Id!.Value)
            .RegistrerBesok(Saksbygger.IkkeGjennomfort(Idag.AddDays(-20), Besoksutfall.IkkeTruffet))
            .RegistrerBesok(Saksbygger.Gjennomfort(Idag.AddDays(-15)))
            .RegistrerBesok(Saksbygger.IkkeGjennomfort(Idag.AddDays(-10), Besoksutfall.AvlystAvBruker, "Ringte og avlyste."))
            .RegistrerBesok(Saksbygger.IkkeGjennomfort(Idag.AddDays(-3), Besoksutfall.IkkeTruffet));
        if (fullmektig is null) return (await database.LagreSakAsync(Steg), saksbehandler, kontakt);

        // The case applied for by a fullmektig on the person's behalf.
        await using (var scope = database.Scope())
        {
            var person = Testdata.NyPerson("Odd", "Ås");
            scope.Db().Personer.AddRange(person, fullmektig);
            var bygger = Saksbygger.Soknad(Testdata.NyReferanse(), person, database.Tid.GetUtcNow(), Guid.CreateVersion7(), fullmektigPersonId: fullmektig.Id);
            Steg(bygger);
            bygger.LeggTil(scope.Db());
            await scope.Db().SaveChangesAsync(Ct);
            return (bygger.Sak, saksbehandler, kontakt);
        }
    }

    private async Task<Guid> VarsleAsync(Sak sak, TestBruker bruker, string hva = "Vi traff deg ikke tre ganger.")
    {
        await using var scope = database.Scope(bruker);
        var side = (await scope.Get<MedvirkningService>().HentAsync(sak.Id, Ct)).Value;
        var result = await scope.Get<MedvirkningService>().VarsleAsync(new(sak.Id, side.SakVersjon, hva, Idag.AddDays(14)), Ct);
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => $"{e.Felt}: {e.Melding}")));
        return result.Value;
    }

    private async Task<Result> SendAsync(TestBruker bruker, Guid sakId, Guid brevId)
    {
        await using var scope = database.Scope(bruker);
        var brev = await scope.Db().Brev.AsNoTracking().SingleAsync(b => b.Id == brevId, Ct);
        return await scope.Get<BrevService>().SendAsync(new SendBrevCommand(sakId, brevId, Idag, Forsendelse.Digital, brev.Versjon), Ct);
    }

    private async Task<bool> SendtAsync(TestBruker bruker, Guid sakId)
    {
        await using var scope = database.Scope(bruker);
        return await scope.Db().Set<Medvirkningsvarsel>().Where(v => v.SakId == sakId).AnyAsync(Medvirkningsvarsel.GrunnlagForOpphor, Ct);
    }

    [Fact]
    public async Task Med_fullmektig_gaar_varselet_til_fullmektigen_og_sier_hvem_det_gjelder()
    {
        var fullmektig = Testdata.NyPerson("Grete", "Ås");
        fullmektig.SettPostadresse("Kirkeveien 2", "0368", "Oslo");
        var (sak, saksbehandler, _) = await SakAsync(fullmektig);

        var brevId = await VarsleAsync(sak, saksbehandler);
        await using var scope = database.Scope(saksbehandler);
        var brev = (await scope.Get<BrevService>().HentAsync(sak.Id, brevId, Ct)).Value;
        Assert.Equal("Grete Ås", brev.Innhold.Mottaker.Navn);
        Assert.Equal(["Kirkeveien 2", "0368 Oslo"], brev.Innhold.Mottaker.Adresselinjer);
        var tekst = string.Join("\n", brev.Innhold.Seksjoner.SelectMany(s => s.Tekster()));
        Assert.Contains("Du får dette brevet fordi du er fullmektig for Odd Ås i saken. Varselet gjelder Odd Ås.", tekst, StringComparison.Ordinal);

        // Sent, its PDF read back: tagged, to the fullmektig at her address, saying whom it concerns.
        Assert.True((await SendAsync(TestBruker.Med(Roller.Teamleder), sak.Id, brevId)).IsSuccess);
        var pdf = await scope.Get<BrevService>().HentPdfAsync(sak.Id, brevId, Ct);
        using var dokument = PdfDocument.Open(pdf.Value.Innhold);
        var ord = string.Join(" ", dokument.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("/StructTreeRoot", System.Text.Encoding.Latin1.GetString(pdf.Value.Innhold), StringComparison.Ordinal);
        foreach (var del in new[] { "Grete Ås", "Kirkeveien 2", "Du får dette brevet fordi du er fullmektig for Odd Ås i saken. Varselet gjelder Odd Ås." })
            Assert.Contains(del, ord, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Varselet_lager_brevet_og_regnes_som_sendt_forst_naar_brevet_er_sendt()
    {
        var (sak, saksbehandler, _) = await SakAsync();

        await using (var scope = database.Scope(saksbehandler))
        {
            var side = (await scope.Get<MedvirkningService>().HentAsync(sak.Id, Ct)).Value;
            Assert.True(side.ManglendeMedvirkning);
            Assert.True(side.KanVarsle);
            Assert.Equal([Besoksutfall.IkkeTruffet, Besoksutfall.AvlystAvBruker, Besoksutfall.IkkeTruffet], side.Uteblitte.Select(u => u.Utfall));
            Assert.Contains($"{Idag.AddDays(-20):dd.MM.yyyy}: Vi traff deg ikke på avtalt tid (hjemmebesøk).", side.ForslagHvaSkjedde, StringComparison.Ordinal);
            Assert.Contains($"{Idag.AddDays(-10):dd.MM.yyyy}: Du avlyste avtalen (hjemmebesøk).", side.ForslagHvaSkjedde, StringComparison.Ordinal);
            Assert.DoesNotContain(Idag.AddDays(-15).ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture), side.ForslagHvaSkjedde, StringComparison.Ordinal);
            Assert.Equal(Idag.AddDays(14), side.ForslagFrist);
        }

        Assert.False(await SendtAsync(saksbehandler, sak.Id));
        var brevId = await VarsleAsync(sak, saksbehandler);
        Assert.False(await SendtAsync(saksbehandler, sak.Id));

        await using (var scope = database.Scope(saksbehandler))
        {
            var brev = (await scope.Get<BrevService>().HentAsync(sak.Id, brevId, Ct)).Value;
            Assert.Equal((Brevtype.VarselManglendeMedvirkning, Brevstatus.Utkast), (brev.Type, brev.Status));
            var varsel = Assert.Single((await scope.Get<MedvirkningService>().HentAsync(sak.Id, Ct)).Value.Varsler);
            Assert.Equal((brevId, (DateOnly?)null, false, false), (varsel.BrevId, varsel.Sendt, varsel.BrevSendt, varsel.KanFolgeOpp));
        }

        Assert.Null((await OversiktsradAsync(sak.Id)).Varslet);
        var resultat = await SendAsync(saksbehandler, sak.Id, brevId);
        Assert.True(resultat.IsSuccess, string.Join("; ", resultat.Errors.Select(e => $"{e.Felt}: {e.Melding}")));
        Assert.True(await SendtAsync(saksbehandler, sak.Id));
        // The team leader's non-participation list marks the case as warned.
        Assert.Equal(Idag, (await OversiktsradAsync(sak.Id)).Varslet);

        await using (var scope = database.Scope(saksbehandler))
        {
            var side = (await scope.Get<MedvirkningService>().HentAsync(sak.Id, Ct)).Value;
            var varsel = Assert.Single(side.Varsler);
            Assert.Equal(((DateOnly?)Idag, true, true, false), (varsel.Sendt, varsel.BrevSendt, varsel.KanFolgeOpp, varsel.SkalFolgesOpp));
            Assert.Equal((false, true), (side.KanVarsle, side.VarsleApentVarsel));

            // One open warning at a time: a second is refused until the first is followed up.
            var nytt = await scope.Get<MedvirkningService>().VarsleAsync(new(sak.Id, side.SakVersjon, "Igjen.", Idag.AddDays(14)), Ct);
            Assert.Equal(MedvirkningFeil.ApentVarsel, nytt.Error);
        }

        var audit = await Audit(sak.Id);
        Assert.Contains(audit, a => a.Handling == AuditHandling.Opprett && a.BrukerId == saksbehandler.Id);
        Assert.Contains(audit, a => a.Handling == AuditHandling.Endre && a.BrukerId == saksbehandler.Id);
        Assert.Contains(audit, a => a.Handling == AuditHandling.Les && a.BrukerId == saksbehandler.Id);
    }

    [Fact]
    public async Task Brevet_har_det_som_skjedde_plikten_til_aa_medvirke_hva_som_skjer_videre_og_fristen()
    {
        var (sak, saksbehandler, _) = await SakAsync();
        var brevId = await VarsleAsync(sak, saksbehandler, $"Vi traff deg ikke {Idag.AddDays(-20):dd.MM.yyyy} og {Idag.AddDays(-3):dd.MM.yyyy}.");
        Assert.True((await SendAsync(TestBruker.Med(Roller.Teamleder), sak.Id, brevId)).IsSuccess);

        await using var scope = database.Scope(saksbehandler);
        var pdf = await scope.Get<BrevService>().HentPdfAsync(sak.Id, brevId, Ct);
        using var dokument = PdfDocument.Open(pdf.Value.Innhold);
        var tekst = string.Join(" ", dokument.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Equal("Varsel om manglende medvirkning", dokument.Information.Title);
        // A tagged PDF in Norwegian with its title shown (the letter machinery's structure, BrevPdfStrukturTests), for screen readers.
        var raa = System.Text.Encoding.Latin1.GetString(pdf.Value.Innhold);
        Assert.Contains("/StructTreeRoot", raa, StringComparison.Ordinal);
        Assert.Contains("/Lang(nb-NO)", raa, StringComparison.Ordinal);
        Assert.Contains("/DisplayDocTitle true", raa, StringComparison.Ordinal);
        Assert.Contains($"Vi traff deg ikke {Idag.AddDays(-20):dd.MM.yyyy} og {Idag.AddDays(-3):dd.MM.yyyy}.", tekst, StringComparison.Ordinal);
        Assert.Contains("Din plikt til å medvirke", tekst, StringComparison.Ordinal);
        Assert.Contains("plikter å samarbeide med oss om hvordan tjenesten blir utformet og gjennomført", tekst, StringComparison.Ordinal);
        Assert.Contains("Hva skjer videre?", tekst, StringComparison.Ordinal);
        Assert.Contains("kan bo-oppfølgingstjenesten avslutte tjenesten, og vedtaket ditt må da vurderes på nytt", tekst, StringComparison.Ordinal);
        Assert.Contains($"Ta kontakt med oss innen {Idag.AddDays(14):dd.MM.yyyy}.", tekst, StringComparison.Ordinal);
        Assert.Contains(sak.Referanse, tekst, StringComparison.Ordinal);
        // The four parts in reading order: what happened, the duty, what happens next, the date.
        var deler = Brevdeler.Select(d => tekst.IndexOf(d, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, deler);
        Assert.Equal(deler.Order(), deler);
    }

    [Fact]
    public async Task Oppfolgingen_registreres_og_feil_staar_ved_feltene()
    {
        var (sak, saksbehandler, _) = await SakAsync();
        await using (var scope = database.Scope(saksbehandler))
        {
            var service = scope.Get<MedvirkningService>();
            var side = (await service.HentAsync(sak.Id, Ct)).Value;
            var tom = await service.VarsleAsync(new(sak.Id, side.SakVersjon, " ", null), Ct);
            Assert.Equal(["HvaSkjedde", "Frist"], tom.Errors.Select(e => e.Felt));
            var passert = await service.VarsleAsync(new(sak.Id, side.SakVersjon, "x", Idag), Ct);
            Assert.Equal(["Frist"], passert.Errors.Select(e => e.Felt));
            Assert.Equal(Feil.Konflikt, (await service.VarsleAsync(new(sak.Id, Guid.NewGuid(), "x", Idag.AddDays(3)), Ct)).Error);
        }

        var brevId = await VarsleAsync(sak, saksbehandler);
        Assert.True((await SendAsync(saksbehandler, sak.Id, brevId)).IsSuccess);

        var teamleder = TestBruker.Med(Roller.Teamleder);
        await using (var scope = database.Scope(teamleder))
        {
            var service = scope.Get<MedvirkningService>();
            var varsel = Assert.Single((await service.HentAsync(sak.Id, Ct)).Value.Varsler);
            var tom = await service.FolgOppAsync(new(sak.Id, varsel.Id, varsel.Versjon, null, null, null), Ct);
            Assert.Equal(["Dato", "Utfall"], tom.Errors.Select(e => e.Felt));
            var utenNotat = await service.FolgOppAsync(new(sak.Id, varsel.Id, varsel.Versjon, Idag, Medvirkningsutfall.IkkeBedret, null), Ct);
            Assert.Equal(["Notat"], utenNotat.Errors.Select(e => e.Felt));
            var framITid = await service.FolgOppAsync(new(sak.Id, varsel.Id, varsel.Versjon, Idag.AddDays(1), Medvirkningsutfall.Bedret, null), Ct);
            Assert.Equal(["Dato"], framITid.Errors.Select(e => e.Felt));
            Assert.True((await service.FolgOppAsync(new(sak.Id, Guid.CreateVersion7(), varsel.Versjon, Idag, Medvirkningsutfall.Bedret, null), Ct)).IsNotFound);
            var ok = await service.FolgOppAsync(new(sak.Id, varsel.Id, varsel.Versjon, Idag, Medvirkningsutfall.IkkeBedret, "Har ikke svart på brevet."), Ct);
            Assert.True(ok.IsSuccess, string.Join("; ", ok.Errors.Select(e => $"{e.Felt}: {e.Melding}")));
        }

        await using (var scope = database.Scope(saksbehandler))
        {
            var side = (await scope.Get<MedvirkningService>().HentAsync(sak.Id, Ct)).Value;
            var varsel = Assert.Single(side.Varsler);
            Assert.Equal(((DateOnly?)Idag, (Medvirkningsutfall?)Medvirkningsutfall.IkkeBedret, "Har ikke svart på brevet.", false), (varsel.OppfolgingDato, varsel.Utfall, varsel.Oppfolgingsnotat, varsel.KanFolgeOpp));
            Assert.True(side.KanVarsle);
            var oppfolging = (await scope.Get<OppfolgingService>().HentAsync(sak.Id, Ct)).Value;
            Assert.Equal(Medvirkningsutfall.IkkeBedret, oppfolging.Medvirkning!.Utfall);
            Assert.True(oppfolging.KanVarsleManglendeMedvirkning);
        }
    }

    [Fact]
    public async Task Etter_fristen_skal_varselet_folges_opp_og_etter_oppfolgingen_ikke_lenger()
    {
        var (sak, saksbehandler, _) = await SakAsync();
        var brevId = await VarsleAsync(sak, saksbehandler);
        Assert.True((await SendAsync(saksbehandler, sak.Id, brevId)).IsSuccess);
        async Task<(bool Oppfolgingssiden, bool Varselet)> SkalFolgesOppAsync()
        {
            await using var scope = database.Scope(saksbehandler);
            var oppfolging = (await scope.Get<OppfolgingService>().HentAsync(sak.Id, Ct)).Value;
            var side = (await scope.Get<MedvirkningService>().HentAsync(sak.Id, Ct)).Value;
            return (oppfolging.Medvirkning!.SkalFolgesOpp, side.Varsler.Single().SkalFolgesOpp);
        }

        Assert.Equal((false, false), await SkalFolgesOppAsync());
        database.Tid.Advance(TimeSpan.FromDays(14));
        Assert.Equal((false, false), await SkalFolgesOppAsync());
        database.Tid.Advance(TimeSpan.FromDays(1));
        Assert.Equal((true, true), await SkalFolgesOppAsync());

        await using (var scope = database.Scope(saksbehandler))
        {
            var varsel = (await scope.Get<MedvirkningService>().HentAsync(sak.Id, Ct)).Value.Varsler.Single();
            Assert.True((await scope.Get<MedvirkningService>().FolgOppAsync(new(sak.Id, varsel.Id, varsel.Versjon, Idag, Medvirkningsutfall.Bedret, null), Ct)).IsSuccess);
        }

        Assert.Equal((false, false), await SkalFolgesOppAsync());
    }

    [Fact]
    public async Task En_bo_oppfolger_som_ikke_er_paa_saken_faar_ikke_funnet_og_kontakten_leser_uten_aa_kunne_varsle()
    {
        var (sak, saksbehandler, kontakt) = await SakAsync();
        var brevId = await VarsleAsync(sak, saksbehandler);
        Assert.True((await SendAsync(saksbehandler, sak.Id, brevId)).IsSuccess);
        Guid varselId, versjon;
        await using (var scope = database.Scope(saksbehandler))
        {
            var v = (await scope.Get<MedvirkningService>().HentAsync(sak.Id, Ct)).Value.Varsler.Single();
            (varselId, versjon) = (v.Id, v.Versjon);
        }

        var annen = TestBruker.Med(Roller.BoOppfolger);
        await using (var scope = database.Scope(annen))
        {
            var service = scope.Get<MedvirkningService>();
            Assert.True((await service.HentAsync(sak.Id, Ct)).IsNotFound);
            Assert.True((await service.VarsleAsync(new(sak.Id, sak.Versjon, "x", Idag.AddDays(3)), Ct)).IsNotFound);
            Assert.True((await service.FolgOppAsync(new(sak.Id, varselId, versjon, Idag, Medvirkningsutfall.Bedret, null), Ct)).IsNotFound);
        }

        await using (var scope = database.Scope(kontakt))
        {
            var service = scope.Get<MedvirkningService>();
            var side = (await service.HentAsync(sak.Id, Ct)).Value;
            Assert.Equal((false, false), (side.KanVarsle, side.Varsler.Single().KanFolgeOpp));
            Assert.True((await service.FolgOppAsync(new(sak.Id, varselId, versjon, Idag, Medvirkningsutfall.Bedret, null), Ct)).IsNotFound);
        }

        await using var les = database.Scope();
        var varsel = await les.Db().Set<Medvirkningsvarsel>().AsNoTracking().SingleAsync(v => v.Id == varselId, Ct);
        Assert.Null(varsel.Utfall);
    }

    private async Task<Oversiktsrad> OversiktsradAsync(Guid sakId)
    {
        await using var scope = database.Scope(TestBruker.Med(Roller.Teamleder));
        var oversikt = (await scope.Get<OppfolgingsoversiktService>().HentAsync(Oversiktsliste.ManglendeMedvirkning, null, Ct)).Value;
        return oversikt.Deler.Single().Rader.Single(r => r.SakId == sakId);
    }

    private async Task<List<AuditEntry>> Audit(Guid sakId)
    {
        await using var scope = database.Scope();
        return await scope.Db().AuditLogg.AsNoTracking()
            .Where(a => a.SakId == sakId && a.Beskrivelse == "Varsel om manglende medvirkning").ToListAsync(Ct);
    }
}
