using BoOppfolging.Application.Brev;
using BoOppfolging.Application.Brevtekster;
using BoOppfolging.Application.Vedtak;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Identity;
using BoOppfolging.Infrastructure.Iplos;
using BoOppfolging.Infrastructure.Saksbygging;
using BoOppfolging.Tests.Felles;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using static BoOppfolging.Application.Tests.Vedtakshjelp;

namespace BoOppfolging.Application.Tests;

/// <summary>
/// The vedtak letter on a real SQLite file, through the services a caseworker and a team leader use: it follows the draft
/// (and its type the outcome), is approved with the decision and carries the approver's name, cannot be sent before the
/// approval, and states the complaint deadline counted from the day and channel it is sent; the stored PDF says so.
/// </summary>
public sealed class VedtaksbrevTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Idag => Norsktid.Dato(database.Tid.GetUtcNow());

    [Fact]
    public async Task Brevet_folger_utkastet_godkjennes_med_vedtaket_og_faar_klagefristen_naar_det_sendes_i_posten()
    {
        var saksbehandler = await AnsattAsync(database, Roller.Saksbehandler, "Åse", "Sæther");
        var teamleder = await AnsattAsync(database, Roller.Teamleder, "Øystein", "Lærum");
        var sak = await InnstillingAsync(database, saksbehandler);

        Lykkes(await SomAsync(database, saksbehandler, s => s.UtarbeidAsync(new(sak.Id, sak.Versjon), Ct)));
        var v = await VedtakAsync(database, sak.Id);
        var brev = await BrevAsync(database, v.BrevId!.Value);
        Assert.Equal((Brevtype.Vedtak, Brevstatus.Utkast), (brev.Type, brev.Status));

        // A refusal makes it a letter of refusal, and back; it stays one letter.
        Lykkes(await SomAsync(database, saksbehandler, s => s.LagreAsync(Skjema(v, send: false) with { Utfall = Vedtaksutfall.Avslag, AnnenHjelp = "Praktisk bistand." }, Ct)));
        Assert.Equal(Brevtype.Avslag, (await BrevAsync(database, brev.Id)).Type);
        v = await VedtakAsync(database, sak.Id);
        Lykkes(await SomAsync(database, saksbehandler, s => s.LagreAsync(Skjema(v, send: true) with { Utfall = Vedtaksutfall.Innvilget }, Ct)));
        v = await VedtakAsync(database, sak.Id);
        Assert.Equal((brev.Id, Brevtype.Vedtak), (v.BrevId, (await BrevAsync(database, brev.Id)).Type));
        var tilGodkjenning = await TekstAsync(database, saksbehandler, sak.Id, brev.Id);
        Assert.Contains("Saksbehandler: Åse Sæther", tilGodkjenning, StringComparison.Ordinal);
        Assert.Contains(Vedtaksbrev.GodkjennerVenter, tilGodkjenning, StringComparison.Ordinal);

        // What the approver reads is what goes out: the free texts are closed while it waits, and after.
        await using (var skriveScope = database.Scope(saksbehandler))
        {
            var utkast = await BrevAsync(database, brev.Id);
            var skriv = await skriveScope.Get<BrevService>().LagreFritekstAsync(
                new LagreFritekstCommand(sak.Id, brev.Id, utkast.Versjon, new Dictionary<string, string> { ["tillegg"] = "Noe nytt." }), Ct);
            Assert.Equal(VedtakFeil.BrevFolgerVedtaket, skriv.Error);
        }

        // Not before it is approved, not even through the letter's own page.
        var forTidlig = await SendAsync(database, teamleder, sak.Id, brev.Id, Forsendelse.Post);
        Assert.Equal(VedtakFeil.BrevForGodkjenning, forTidlig.Error);

        Lykkes(await SomAsync(database, teamleder, s => s.BeslutteAsync(new(sak.Id, v.Id, v.Versjon, true, [], null), Ct)));
        var godkjent = await TekstAsync(database, teamleder, sak.Id, brev.Id);
        Assert.Contains("Vedtaket er godkjent av: Øystein Lærum", godkjent, StringComparison.Ordinal);
        Assert.Contains(Vedtaksbrev.FristVenter, godkjent, StringComparison.Ordinal);

        database.Tid.Advance(TimeSpan.FromDays(1));
        Lykkes(await SendAsync(database, teamleder, sak.Id, brev.Id, Forsendelse.Post));

        // Four weeks (helse- og omsorgstjenesteloven) from the day it is taken to arrive by post, moved off a weekend or holiday.
        var frist = Klagefrist.Frist(Idag, Forsendelse.Post, 3, 4);
        v = await VedtakAsync(database, sak.Id);
        Assert.Equal(frist, v.Klagefrist);
        await using var scope = database.Scope(teamleder);
        var pdf = await scope.Get<BrevService>().HentPdfAsync(sak.Id, brev.Id, Ct);
        using var dokument = PdfDocument.Open(pdf.Value.Innhold);
        var tekst = string.Join(" ", dokument.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Equal("Vedtak om bo-oppfølging", dokument.Information.Title);
        foreach (var del in new[]
        {
            "Søknaden er innvilget.", "4 timer per uke", "helse- og omsorgstjenesteloven § 3-2", "Du har ubetalte regninger og husleie.",
            $"senest {frist:dd.MM.yyyy}", "fire uker", "Fordi brevet er sendt i posten", "Saksbehandler: Åse Sæther",
            "Vedtaket er godkjent av: Øystein Lærum", Idag.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture),
        })
        {
            Assert.Contains(del, tekst, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("[", tekst, StringComparison.Ordinal);
        Assert.Equal(Forsendelse.Post, (await BrevAsync(database, brev.Id)).Forsendelse);
    }

    /// <summary>A case with its first vedtak drafted, sent and approved by two people; the case's version after it.</summary>
    private async Task<(Sak Sak, Guid Versjon)> GodkjentVedtakAsync(TestBruker saksbehandler, TestBruker teamleder)
    {
        var sak = await InnstillingAsync(database, saksbehandler);
        Lykkes(await SomAsync(database, saksbehandler, s => s.UtarbeidAsync(new(sak.Id, sak.Versjon), Ct)));
        var v = await VedtakAsync(database, sak.Id);
        Lykkes(await SomAsync(database, saksbehandler, s => s.LagreAsync(Skjema(v, send: true), Ct)));
        v = await VedtakAsync(database, sak.Id);
        Lykkes(await SomAsync(database, teamleder, s => s.BeslutteAsync(new(sak.Id, v.Id, v.Versjon, true, [], null), Ct)));
        await using var scope = database.Scope();
        return (sak, await scope.Db().Saker.Where(x => x.Id == sak.Id).Select(x => x.Versjon).SingleAsync(Ct));
    }

    [Fact]
    public async Task Opphorsbrevet_sier_grunnen_i_ord_til_innbyggeren_og_oppsummerer_oppfolgingen()
    {
        var saksbehandler = await AnsattAsync(database, Roller.Saksbehandler, "Per", "Opphør");
        var teamleder = await AnsattAsync(database, Roller.Teamleder, "Lise", "Opphør");
        var (sak, versjon) = await GodkjentVedtakAsync(saksbehandler, teamleder);
        Lykkes(await SomAsync(database, saksbehandler, s => s.EndreAsync(new(sak.Id, versjon, Vedtakstype.Opphorsvedtak, "Du bor nå i Bergen kommune."), Ct)));
        var opphor = await VedtakAsync(database, sak.Id);
        var slutt = Idag.AddDays(20);
        var skjema = Skjema(opphor, send: true) with
        {
            Fra = slutt, Opphorsgrunn = Opphorsgrunn.Flyttet, Oppsummering = "Vi har jobbet med budsjett, husleie og kontakt med NAV.",
            BegrunnelseFakta = "Du har meldt flytting til Bergen.",
        };
        // Non-participation would need a warning first; moving does not.
        Assert.Contains(
            (await SomAsync(database, saksbehandler, s => s.LagreAsync(skjema with { Opphorsgrunn = Opphorsgrunn.ManglendeMedvirkning }, Ct))).Errors,
            f => f.Felt == "Opphorsgrunn");
        Lykkes(await SomAsync(database, saksbehandler, s => s.LagreAsync(skjema, Ct)));
        opphor = await VedtakAsync(database, sak.Id);
        Lykkes(await SomAsync(database, teamleder, s => s.BeslutteAsync(new(sak.Id, opphor.Id, opphor.Versjon, true, [], null), Ct)));
        Lykkes(await SendAsync(database, teamleder, sak.Id, opphor.BrevId!.Value, Forsendelse.Digital));

        await using var les = database.Scope(teamleder);
        var pdf = await les.Get<BrevService>().HentPdfAsync(sak.Id, opphor.BrevId.Value, Ct);
        using var dokument = PdfDocument.Open(pdf.Value.Innhold);
        var tekst = string.Join(" ", dokument.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Equal("Vedtak om opphør av bo-oppfølging", dokument.Information.Title);
        foreach (var del in new[]
        {
            $"opphører fra og med {slutt:dd.MM.yyyy}", "Hvorfor tjenesten avsluttes", "Du har flyttet. Du bor nå i Bergen kommune.",
            "Hva vi har gjort sammen", "Vi har jobbet med budsjett, husleie og kontakt med NAV.", "Du har meldt flytting til Bergen.",
        })
        {
            Assert.Contains(del, tekst, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("[", tekst, StringComparison.Ordinal);

        // The follow-up goes on until the end date; the daily run ends the case on the day, not before.
        Assert.Equal(Saksstatus.Vedtatt, (await les.Db().Saker.AsNoTracking().SingleAsync(x => x.Id == sak.Id, Ct)).Status);
        database.Tid.Advance(TimeSpan.FromDays(19));
        await using (var jobb = database.Scope())
        {
            await jobb.Get<Opphorskjoring>().AvsluttAsync(Ct);
        }

        Assert.Equal(Saksstatus.Vedtatt, (await les.Db().Saker.AsNoTracking().SingleAsync(x => x.Id == sak.Id, Ct)).Status);
        database.Tid.Advance(TimeSpan.FromDays(1));
        await using (var jobb = database.Scope())
        {
            Assert.True(await jobb.Get<Opphorskjoring>().AvsluttAsync(Ct) >= 1);
        }

        var avsluttet = await les.Db().Saker.AsNoTracking().Include(x => x.Hendelser).SingleAsync(x => x.Id == sak.Id, Ct);
        Assert.Equal(Saksstatus.Avsluttet, avsluttet.Status);
        Assert.Contains(avsluttet.Hendelser, h => h.Tekst.Contains($"avsluttet fra {slutt:dd.MM.yyyy} ved opphørsvedtak", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Etter_doedsfall_gaar_opphorsbrevet_til_doedsboet_paa_personens_adresse()
    {
        var saksbehandler = await AnsattAsync(database, Roller.Saksbehandler, "Per", "Dødsbo");
        var teamleder = await AnsattAsync(database, Roller.Teamleder, "Lise", "Dødsbo");
        var (sak, versjon) = await GodkjentVedtakAsync(saksbehandler, teamleder);
        string navn;
        await using (var scope = database.Scope())
        {
            navn = await scope.Db().Personer.Where(p => p.Id == sak.PersonId).Select(p => p.Fornavn + " " + p.Etternavn).SingleAsync(Ct);
        }

        Lykkes(await SomAsync(database, saksbehandler, s => s.EndreAsync(new(sak.Id, versjon, Vedtakstype.Opphorsvedtak, "Meldt død av pårørende."), Ct)));
        var opphor = await VedtakAsync(database, sak.Id);
        Lykkes(await SomAsync(database, saksbehandler, s => s.LagreAsync(Skjema(opphor, send: true) with
        {
            Fra = Idag.AddDays(20), Opphorsgrunn = Opphorsgrunn.Dod, Oppsummering = "Vi har fulgt opp budsjett og husleie.", BegrunnelseFakta = "Vi har fått melding om dødsfallet.",
        }, Ct)));

        await using var les = database.Scope(saksbehandler);
        var brev = (await les.Get<BrevService>().HentAsync(sak.Id, (await VedtakAsync(database, sak.Id)).BrevId!.Value, Ct)).Value;
        // The person's own address, where a letter to them would go.
        var tilPersonen = await les.Get<BrevService>().LagPartshodeAsync(await les.Db().Saker.SingleAsync(x => x.Id == sak.Id, Ct), saksbehandler.Id!.Value, Ct);
        Assert.Equal($"Dødsboet etter {navn}", brev.Innhold.Mottaker.Navn);
        Assert.Equal(tilPersonen.Hode.Mottaker.Adresselinjer, brev.Innhold.Mottaker.Adresselinjer);
        Assert.NotEmpty(brev.Innhold.Mottaker.Adresselinjer);

        // Approved, it goes by post: the estate has no Mine saker.
        opphor = await VedtakAsync(database, sak.Id);
        Lykkes(await SomAsync(database, teamleder, s => s.BeslutteAsync(new(sak.Id, opphor.Id, opphor.Versjon, true, [], null), Ct)));
        Assert.Equal(VedtakFeil.DodsboMedPost, (await SendAsync(database, teamleder, sak.Id, opphor.BrevId!.Value, Forsendelse.Digital)).Error);
        Lykkes(await SendAsync(database, teamleder, sak.Id, opphor.BrevId!.Value, Forsendelse.Post));

        // The PDF read back: tagged, to the estate.
        var pdf = await les.Get<BrevService>().HentPdfAsync(sak.Id, opphor.BrevId.Value, Ct);
        using var dokument = PdfDocument.Open(pdf.Value.Innhold);
        Assert.Contains($"Dødsboet etter {navn}", string.Join(" ", dokument.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)), StringComparison.Ordinal);
        Assert.Contains("/StructTreeRoot", System.Text.Encoding.Latin1.GetString(pdf.Value.Innhold), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opphor_for_manglende_medvirkning_krever_et_sendt_varsel_som_ikke_er_fulgt_opp_som_bedret()
    {
        var saksbehandler = await AnsattAsync(database, Roller.Saksbehandler, "Per", "Varsel");
        var teamleder = await AnsattAsync(database, Roller.Teamleder, "Lise", "Varsel");
        var sak = await InnstillingAsync(database, saksbehandler);
        Lykkes(await SomAsync(database, saksbehandler, s => s.UtarbeidAsync(new(sak.Id, sak.Versjon), Ct)));
        var v = await VedtakAsync(database, sak.Id);
        Lykkes(await SomAsync(database, saksbehandler, s => s.LagreAsync(Skjema(v, send: true), Ct)));
        v = await VedtakAsync(database, sak.Id);
        Lykkes(await SomAsync(database, teamleder, s => s.BeslutteAsync(new(sak.Id, v.Id, v.Versjon, true, [], null), Ct)));
        Guid versjon;
        await using (var scope = database.Scope())
        {
            versjon = await scope.Db().Saker.Where(x => x.Id == sak.Id).Select(x => x.Versjon).SingleAsync(Ct);
        }

        Lykkes(await SomAsync(database, saksbehandler, s => s.EndreAsync(new(sak.Id, versjon, Vedtakstype.Opphorsvedtak, "Du har ikke vært hjemme på avtalte besøk."), Ct)));
        LagreVedtakCommand Skjemaet(Domain.Vedtak o) => Skjema(o, send: true) with
        {
            Fra = Idag.AddDays(14), Opphorsgrunn = Opphorsgrunn.ManglendeMedvirkning, Oppsummering = "Vi har forsøkt å møte deg hjemme.",
        };

        async Task<IReadOnlyList<Feil>> SendAsync()
        {
            var opphor = await VedtakAsync(database, sak.Id);
            return (await SomAsync(database, saksbehandler, s => s.LagreAsync(Skjemaet(opphor), Ct))).Errors;
        }

        async Task VarselAsync(Func<Medvirkningsvarsel, Result>? etter)
        {
            await using var scope = database.Scope();
            var varsel = Medvirkningsvarsel.Opprett(sak.Id, "Vi traff deg ikke.", Idag.AddDays(7), [], Idag, saksbehandler.Id!.Value, database.Tid.GetUtcNow()).Value;
            if (etter is not null) Lykkes(etter(varsel));
            scope.Db().Set<Medvirkningsvarsel>().Add(varsel);
            await scope.Db().SaveChangesAsync(Ct);
        }

        // No warning; a draft never sent; one sent and followed up as improved: none of them is a warning the end can rest on.
        Assert.Contains(await SendAsync(), f => f.Felt == "Opphorsgrunn" && f.Melding.Contains("varsel", StringComparison.Ordinal));
        await VarselAsync(null);
        Assert.Contains(await SendAsync(), f => f.Felt == "Opphorsgrunn");
        await VarselAsync(x => x.MarkerSendt(Idag) is { IsSuccess: false } r ? r : x.FolgOpp(Idag, Medvirkningsutfall.Bedret, null, Idag, saksbehandler.Id!.Value, database.Tid.GetUtcNow()));
        Assert.Contains(await SendAsync(), f => f.Felt == "Opphorsgrunn");

        // A warning sent (not improved): the opphørsvedtak goes to approval.
        await VarselAsync(x => x.MarkerSendt(Idag));
        Assert.Empty(await SendAsync());
        Assert.Equal(Vedtaksstatus.TilGodkjenning, (await VedtakAsync(database, sak.Id)).Status);
    }

    [Fact]
    public async Task Sendt_digitalt_regnes_fristen_fra_sendedagen_og_brevet_nevner_ikke_posten()
    {
        var saksbehandler = await AnsattAsync(database, Roller.Saksbehandler, "Per", "Berg");
        var teamleder = await AnsattAsync(database, Roller.Teamleder, "Lise", "Dal");
        var sak = await InnstillingAsync(database, saksbehandler);
        Lykkes(await SomAsync(database, saksbehandler, s => s.UtarbeidAsync(new(sak.Id, sak.Versjon), Ct)));
        var v = await VedtakAsync(database, sak.Id);
        Lykkes(await SomAsync(database, saksbehandler, s => s.LagreAsync(Skjema(v, send: true), Ct)));
        v = await VedtakAsync(database, sak.Id);
        Lykkes(await SomAsync(database, teamleder, s => s.BeslutteAsync(new(sak.Id, v.Id, v.Versjon, true, [], null), Ct)));

        Lykkes(await SendAsync(database, teamleder, sak.Id, v.BrevId!.Value, Forsendelse.Digital));

        Assert.Equal(Klagefrist.Frist(Idag, Forsendelse.Digital, 3, 4), (await VedtakAsync(database, sak.Id)).Klagefrist);
        var tekst = string.Join("\n", Brevlagring.FraJson((await BrevAsync(database, v.BrevId.Value)).InnholdJson).Seksjoner.SelectMany(s => s.Tekster()));
        Assert.DoesNotContain("sendt i posten", tekst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task En_bunke_sender_hvert_brev_for_seg_og_et_digitalt_brev_varsles_paa_epost_uten_personopplysninger()
    {
        var saksbehandler = await AnsattAsync(database, Roller.Saksbehandler, "Siri", "Moe");
        var teamleder = await AnsattAsync(database, Roller.Teamleder, "Jon", "Vik");
        var ikkeGodkjent = await InnstillingAsync(database, saksbehandler);
        Lykkes(await SomAsync(database, saksbehandler, s => s.UtarbeidAsync(new(ikkeGodkjent.Id, ikkeGodkjent.Versjon), Ct)));
        var godkjent = await InnstillingAsync(database, saksbehandler);
        Lykkes(await SomAsync(database, saksbehandler, s => s.UtarbeidAsync(new(godkjent.Id, godkjent.Versjon), Ct)));
        var v = await VedtakAsync(database, godkjent.Id);
        Lykkes(await SomAsync(database, saksbehandler, s => s.LagreAsync(Skjema(v, send: true), Ct)));
        v = await VedtakAsync(database, godkjent.Id);
        Lykkes(await SomAsync(database, teamleder, s => s.BeslutteAsync(new(godkjent.Id, v.Id, v.Versjon, true, [], null), Ct)));
        await using (var scope = database.Scope())
        {
            scope.Db().Users.Add(new ApplicationUser { UserName = "innbygger-varsel@test.no", Email = "innbygger-varsel@test.no", PersonId = godkjent.PersonId });
            await scope.Db().SaveChangesAsync(Ct);
        }

        var epostmappe = Path.Combine(database.DataMappe, "epost");
        var foer = Directory.Exists(epostmappe) ? Directory.GetFiles(epostmappe).Length : 0;
        var utkastBrev = (await VedtakAsync(database, ikkeGodkjent.Id)).BrevId!.Value;

        // The refused one first: what it left behind must not ride along with the next one's save.
        Result<IReadOnlyList<Utsendt>> utfall;
        await using (var scope = database.Scope(teamleder))
        {
            utfall = await scope.Get<BrevService>().SendFlereAsync(new SendFlereBrevCommand([utkastBrev, v.BrevId!.Value], Idag, Forsendelse.Digital), Ct);
        }

        Lykkes(utfall);
        Assert.Equal(VedtakFeil.BrevForGodkjenning, utfall.Value[0].Result.Error);
        Lykkes(utfall.Value[1].Result);
        Assert.Equal(Brevstatus.Utkast, (await BrevAsync(database, utkastBrev)).Status);
        Assert.Equal(Brevstatus.Sendt, (await BrevAsync(database, v.BrevId.Value)).Status);
        Assert.Equal(Klagefrist.Frist(Idag, Forsendelse.Digital, 3, 4), (await VedtakAsync(database, godkjent.Id)).Klagefrist);

        var epost = Assert.Single(Directory.GetFiles(epostmappe).Skip(foer).Select(File.ReadAllText));
        Assert.Contains("To: innbygger-varsel@test.no", epost, StringComparison.Ordinal);
        Assert.Contains(TestDatabase.MineSakerAdresse, epost, StringComparison.Ordinal);
        var person = await PersonAsync(database, godkjent.PersonId);
        Assert.DoesNotContain(person.Etternavn, epost, StringComparison.Ordinal);
        Assert.DoesNotContain(godkjent.Referanse, epost, StringComparison.Ordinal);

        // The batch printed: the stored letter, and nothing that is not sent.
        await using (var scope = database.Scope(teamleder))
        {
            var samlet = await scope.Get<BrevService>().HentSamletPdfAsync([v.BrevId.Value], Ct);
            using var dokument = PdfDocument.Open(samlet.Value.Innhold);
            Assert.Contains(godkjent.Referanse, string.Join(" ", dokument.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)), StringComparison.Ordinal);
            Assert.True((await scope.Get<BrevService>().HentSamletPdfAsync([v.BrevId.Value, utkastBrev], Ct)).IsNotFound);
        }
    }

    [Fact]
    public async Task Med_fullmektig_gaar_brevet_til_fullmektigen_paa_hennes_adresse_og_sier_hvem_vedtaket_gjelder()
    {
        var saksbehandler = await AnsattAsync(database, Roller.Saksbehandler, "Eva", "Lund");
        var person = Testdata.NyPerson("Odd", "Ås");
        var fullmektig = Testdata.NyPerson("Grete", "Ås");
        fullmektig.SettPostadresse("Kirkeveien 2", "0368", "Oslo");
        Sak sak;
        await using (var scope = database.Scope())
        {
            scope.Db().Personer.AddRange(person, fullmektig);
            var bygger = Saksbygger.Soknad(Testdata.NyReferanse(), person, database.Tid.GetUtcNow(), Guid.CreateVersion7(), fullmektigPersonId: fullmektig.Id);
            bygger.LeggTil(scope.Db());
            await scope.Db().SaveChangesAsync(Ct);
            sak = bygger.Sak;
        }

        Partshode part;
        await using (var scope = database.Scope(saksbehandler))
        {
            part = await scope.Get<BrevService>().LagPartshodeAsync(sak, saksbehandler.Id!.Value, Ct);
        }

        Assert.Equal(("Grete Ås", "Odd Ås", true, "Eva Lund"), (part.Hode.Mottaker.Navn, part.PersonNavn, part.TilFullmektig, part.Hode.SignaturNavn));
        Assert.Equal(["Kirkeveien 2", "0368 Oslo"], part.Hode.Mottaker.Adresselinjer);
        var vedtak = Domain.Vedtak.Nytt(sak.Id, Vedtaksinnhold.Tomt with { Utfall = Vedtaksutfall.Avslag, AnnenHjelp = "NAV." }, saksbehandler.Id.Value, database.Tid.GetUtcNow());
        var laget = Standardtekster.Lag(Vedtaksbrev.Bestilling(vedtak, null, null, part, null, TestDatabase.MineSakerAdresse));
        var tekst = string.Join("\n", laget.Innhold.Seksjoner.SelectMany(s => s.Tekster()));
        Assert.Contains("Du får dette brevet fordi du er fullmektig for Odd Ås i saken. Vedtaket gjelder Odd Ås.", tekst, StringComparison.Ordinal);
        Assert.Contains("Vi har behandlet søknaden om bo-oppfølging for Odd Ås. Søknaden er avslått.", tekst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Et_paakrevd_fritekstfelt_i_brevteksten_stopper_sending_til_godkjenning_til_det_er_fylt_ut()
    {
        // Its own database: a text version published here would be in force for every other test of the class.
        await using var egen = new TestDatabase();
        await egen.InitializeAsync();
        var administrator = TestBruker.Med(Roller.Administrator);
        await using (var scope = egen.Scope(administrator))
        {
            var tekster = scope.Get<BrevtekstService>();
            var id = (await tekster.NyttUtkastAsync(Brevtype.Vedtak, Ct)).Value;
            var utkast = (await tekster.HentAsync(id, Ct)).Value;
            var seksjoner = utkast.Seksjoner.Select(s => new BrevtekstseksjonInput(
                s.Overskrift, s.Tekst, s.Betingelse, s.Fritekst is not null, s.Fritekst?.Nokkel, s.Fritekst?.Ledetekst, s.Fritekst?.Paakrevd ?? false)).ToList();
            seksjoner.Add(new BrevtekstseksjonInput("Om oppstarten", null, null, ErFritekst: true, "oppstart", "Hvordan oppstarten skal skje", FritekstPaakrevd: true));
            Lykkes(await tekster.LagreAsync(new LagreBrevtekstCommand(id, utkast.Versjonstoken, utkast.Tittel, seksjoner), Ct));
            var lagret = (await tekster.HentAsync(id, Ct)).Value;
            Lykkes(await tekster.PubliserAsync(new PubliserBrevtekstCommand(id, lagret.Versjonstoken, Norsktid.Dato(egen.Tid.GetUtcNow())), Ct));
        }

        var saksbehandler = await AnsattAsync(egen, Roller.Saksbehandler, "Kim", "Holm");
        var sak = await InnstillingAsync(egen, saksbehandler);
        Lykkes(await SomAsync(egen, saksbehandler, s => s.UtarbeidAsync(new(sak.Id, sak.Versjon), Ct)));
        var v = await VedtakAsync(egen, sak.Id);

        var stoppet = await SomAsync(egen, saksbehandler, s => s.LagreAsync(Skjema(v, send: true), Ct));

        var feil = Assert.Single(stoppet.Errors);
        Assert.Equal("vedtak_brev_mangler", feil.Kode);
        Assert.Contains("«Hvordan oppstarten skal skje»", feil.Melding, StringComparison.Ordinal);
        Assert.Equal(Vedtaksstatus.Utkast, (await VedtakAsync(egen, sak.Id)).Status);

        await using (var scope = egen.Scope(saksbehandler))
        {
            var brev = await BrevAsync(egen, v.BrevId!.Value);
            Lykkes(await scope.Get<BrevService>().LagreFritekstAsync(
                new LagreFritekstCommand(sak.Id, brev.Id, brev.Versjon, new Dictionary<string, string> { ["oppstart"] = "Vi ringer deg første uka." }), Ct));
        }

        v = await VedtakAsync(egen, sak.Id);
        Lykkes(await SomAsync(egen, saksbehandler, s => s.LagreAsync(Skjema(v, send: true), Ct)));
        Assert.Equal(Vedtaksstatus.TilGodkjenning, (await VedtakAsync(egen, sak.Id)).Status);
        var tekst = string.Join("\n", Brevlagring.FraJson((await BrevAsync(egen, v.BrevId!.Value)).InnholdJson).Seksjoner.SelectMany(s => s.Tekster()));
        Assert.Contains("Vi ringer deg første uka.", tekst, StringComparison.Ordinal);
    }

    private static async Task<Sak> InnstillingAsync(TestDatabase db, TestBruker saksbehandler)
    {
        await using (var scope = db.Scope())
        {
            await Iploskatalog.SeedAsync(scope.Db(), Ct);
        }

        var (sak, _, _) = await db.SakHosTeametAsync(b => b.FerdigKartlegging().TildelSaksbehandler(saksbehandler.Id!.Value).Som(saksbehandler.Id!.Value));
        return sak;
    }

    private static async Task<T> SomAsync<T>(TestDatabase db, TestBruker bruker, Func<VedtakService, Task<T>> gjor)
    {
        await using var scope = db.Scope(bruker);
        return await gjor(scope.Get<VedtakService>());
    }

    private static async Task<Domain.Vedtak> VedtakAsync(TestDatabase db, Guid sakId)
    {
        await using var scope = db.Scope();
        return await scope.Db().Set<Domain.Vedtak>().AsNoTracking().OrderBy(v => v.Nummer).LastAsync(v => v.SakId == sakId, Ct);
    }

    private static async Task<Person> PersonAsync(TestDatabase db, Guid personId)
    {
        await using var scope = db.Scope();
        return await scope.Db().Personer.AsNoTracking().SingleAsync(p => p.Id == personId, Ct);
    }

    private static async Task<Domain.Brev> BrevAsync(TestDatabase db, Guid brevId)
    {
        await using var scope = db.Scope();
        return await scope.Db().Brev.AsNoTracking().SingleAsync(b => b.Id == brevId, Ct);
    }

    private static async Task<string> TekstAsync(TestDatabase db, TestBruker bruker, Guid sakId, Guid brevId)
    {
        await using var scope = db.Scope(bruker);
        var vist = (await scope.Get<BrevService>().HentAsync(sakId, brevId, Ct)).Value;
        return string.Join("\n", vist.Innhold.Seksjoner.SelectMany(s => s.Tekster()));
    }

    private async Task<Result> SendAsync(TestDatabase db, TestBruker bruker, Guid sakId, Guid brevId, Forsendelse forsendelse)
    {
        await using var scope = db.Scope(bruker);
        var brev = await BrevAsync(db, brevId);
        return await scope.Get<BrevService>().SendAsync(new SendBrevCommand(sakId, brevId, Idag, forsendelse, brev.Versjon), Ct);
    }

    private static void Lykkes(Result result) => Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => $"{e.Felt}: {e.Melding}")));
}
