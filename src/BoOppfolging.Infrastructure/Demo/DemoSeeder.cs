using BoOppfolging.Application.Common;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Identity;
using BoOppfolging.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BoOppfolging.Infrastructure.Demo;

/// <summary>
/// Demo accounts for every role and demo cases with made-up Norwegian names and synthetic
/// fødselsnummer (Skatteetaten's test convention, month + 80): no real people. Development only:
/// it refuses to run in Production, whatever the configuration says. Idempotent.
/// </summary>
public sealed class DemoSeeder(
    AppDbContext db,
    UserManager<ApplicationUser> userManager,
    IReferanseGenerator referanser,
    IHostEnvironment environment,
    TimeProvider timeProvider,
    ILogger<DemoSeeder> logger)
{
    public const string Passord = "Demo-passord-2026";

    /// <summary>The demo log-ins, also listed in the README.</summary>
    public static readonly IReadOnlyList<DemoKonto> Kontoer =
    [
        new("ola.nordmann@demo.no", "Ola", "Nordmann", Roller.Innbygger, new DateOnly(1985, 3, 14)),
        new("kari.nordmann@demo.no", "Kari", "Nordmann", Roller.Innbygger, new DateOnly(1979, 11, 2)),
        new("saksbehandler@demo.no", "Ingrid", "Berg", Roller.Saksbehandler, null),
        new("vurderingsteam@demo.no", "Kristian", "Dahl", Roller.Vurderingsteam, null),
        new("bo-oppfolger@demo.no", "Aisha", "Rahman", Roller.BoOppfolger, null),
        new("teamleder@demo.no", "Tone", "Haugen", Roller.Teamleder, null),
        new("admin@demo.no", "Per", "Lie", Roller.Administrator, null),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        if (environment.IsProduction())
        {
            throw new InvalidOperationException("Demodata kan ikke opprettes i produksjon.");
        }

        if (await db.Users.AnyAsync(u => u.NormalizedEmail == "SAKSBEHANDLER@DEMO.NO", ct))
        {
            return;
        }

        var naa = timeProvider.GetUtcNow();
        var brukere = new Dictionary<string, ApplicationUser>();
        var individnummer = 100;
        foreach (var konto in Kontoer)
        {
            Person? person = null;
            if (konto.Fodselsdato is { } fodselsdato)
            {
                var fnr = Fodselsnummer.Parse(Fodselsnummer.LagSyntetisk(fodselsdato, individnummer += 7), tillatSyntetisk: true).Value;
                person = new Person(konto.Fornavn, konto.Etternavn, fnr);
                db.Personer.Add(person);
                await db.SaveChangesAsync(ct);
            }

            var bruker = new ApplicationUser
            {
                UserName = konto.Epost,
                Email = konto.Epost,
                EmailConfirmed = true,
                Fornavn = konto.Fornavn,
                Etternavn = konto.Etternavn,
                PersonId = person?.Id,
                Opprettet = naa,
            };
            Sjekk(await userManager.CreateAsync(bruker, Passord));
            Sjekk(await userManager.AddToRoleAsync(bruker, konto.Rolle));
            brukere[konto.Epost] = bruker;
        }

        var saksbehandler = brukere["saksbehandler@demo.no"].Id;
        var boOppfolger = brukere["bo-oppfolger@demo.no"].Id;
        var vurderingsteam = new Team("Vurderingsteamet", Teamtype.Vurderingsteam);
        vurderingsteam.LeggTilMedlem(brukere["vurderingsteam@demo.no"].Id);
        var oppfolgingsteam = new Team("Bo-oppfølging sentrum", Teamtype.BoOppfolging);
        oppfolgingsteam.LeggTilMedlem(boOppfolger);
        db.Team.AddRange(vurderingsteam, oppfolgingsteam);

        var ola = brukere["ola.nordmann@demo.no"].PersonId!.Value;
        var kari = brukere["kari.nordmann@demo.no"].PersonId!.Value;

        var olaSak = await NySakAsync(ola, Kanal.Soknad, naa.AddDays(-3), ct);
        // The consents Ola gave when applying, to obtain information from his GP and NAV.
        foreach (var kilde in new[] { "fastlegen (Dr. Kari Bakke)", "NAV (NAV Sentrum)" })
        {
            db.Samtykker.Add(new Samtykke(olaSak.Id, kilde, Samtykke.OrdlydFor(kilde), naa.AddDays(-3)));
        }


        // Phase 1 in every state: applications and referrals received, screened, waiting for contact,
        // sent on, referred elsewhere, closed, withdrawn, overdue, with a foreløpig svar, and a duplicate.
        Person NyPerson(string fornavn, string etternavn, DateOnly fodt, bool kjentNummer = true)
        {
            var person = kjentNummer
                ? new Person(fornavn, etternavn, Fodselsnummer.Parse(Fodselsnummer.LagSyntetisk(fodt, individnummer += 7), tillatSyntetisk: true).Value)
                : new Person(fornavn, etternavn, null, fodt);
            db.Personer.Add(person);
            return person;
        }

        DateOnly Dato(DateTimeOffset t) => Norsktid.Dato(t);
        void Ok(Result r)
        {
            if (!r.IsSuccess) throw new InvalidOperationException(r.Error!.Melding);
        }

        // A GP's referral, screened, the person reached and willing: ready for the vurderingsteam.
        var jonas = NyPerson("Jonas", "Haugland", new DateOnly(1962, 6, 30));
        var (jonasSak, _) = await HenvendelseAsync(jonas.Id, Kanal.Fastlege, Mottaksform.Telefon, "Dr. Marte Sæther", "fastlege, Sentrum legekontor",
            "Pasienten har vansker med å holde orden i leiligheten og har fått varsel om husleierestanse.", Hastegrad.Normal, naa.AddDays(-12), saksbehandler, ct);
        Ok(jonasSak.TildelSaksbehandler(saksbehandler, saksbehandler, naa.AddDays(-11)));
        Ok(jonasSak.RegistrerMottakskontroll(jonas.Fodselsdato, true, true, null, Dato(naa.AddDays(-10)), saksbehandler, naa.AddDays(-10)));
        db.Kontaktforsok.Add(jonasSak.RegistrerKontakt(Dato(naa.AddDays(-9)), Kontaktform.Telefon, Kontaktresultat.OnskerHjelp, true, null, saksbehandler, naa.AddDays(-9)).Value);

        // From the hospital, already with the vurderingsteam.
        var fatima = NyPerson("Fatima", "Ali", new DateOnly(1994, 1, 19));
        var (fatimaSak, _) = await HenvendelseAsync(fatima.Id, Kanal.Spesialisthelsetjenesten, Mottaksform.Brev, "Sykehuset, sengepost 3", "utskrivningsklar pasient",
            "Skal skrives ut om to uker og trenger hjelp til å etablere seg i egen bolig.", Hastegrad.Haster, naa.AddDays(-25), saksbehandler, ct);
        Ok(fatimaSak.TildelSaksbehandler(saksbehandler, saksbehandler, naa.AddDays(-24)));
        Ok(fatimaSak.RegistrerMottakskontroll(fatima.Fodselsdato, true, true, null, Dato(naa.AddDays(-23)), saksbehandler, naa.AddDays(-23)));
        db.Kontaktforsok.Add(fatimaSak.RegistrerKontakt(Dato(naa.AddDays(-22)), Kontaktform.Mote, Kontaktresultat.OnskerHjelp, true, null, saksbehandler, naa.AddDays(-22)).Value);
        Ok(fatimaSak.SendTilVurdering(vurderingsteam.Id, saksbehandler, naa.AddDays(-21)));

        // An application 40 days old in mapping, with no foreløpig svar: over the deadline.
        var sofie = NyPerson("Sofie", "Lund", new DateOnly(2001, 9, 8));
        var sofieSak = await SoknadAsync(sofie.Id, naa.AddDays(-40), saksbehandler, ct);
        Ok(sofieSak.RegistrerMottakskontroll(sofie.Fodselsdato, true, true, null, Dato(naa.AddDays(-38)), saksbehandler, naa.AddDays(-38)));
        Ok(sofieSak.SendTilVurdering(vurderingsteam.Id, saksbehandler, naa.AddDays(-37)));

        // An application 35 days old, screened, information asked for and a foreløpig svar sent.
        var eirik = NyPerson("Eirik", "Solberg", new DateOnly(1988, 2, 11));
        var eirikSak = await SoknadAsync(eirik.Id, naa.AddDays(-35), saksbehandler, ct);
        Ok(eirikSak.RegistrerMottakskontroll(eirik.Fodselsdato, true, true, "Venter på opplysninger om husleie.", Dato(naa.AddDays(-33)), saksbehandler, naa.AddDays(-33)));
        db.Opplysningsbehov.Add(eirikSak.BeOmOpplysninger("Kopi av husleiekontrakten og siste varsel fra utleier.", Dato(naa.AddDays(5)), saksbehandler, naa.AddDays(-20)).Value);
        Ok(eirikSak.RegistrerForelopigSvar(Dato(naa.AddDays(-4)), Dato(naa.AddDays(21)), naa.AddDays(-4)));

        // Kari's application, screened and with the vurderingsteam: as far as the domain's own steps go
        // until the kartlegging phase adds its own (no case is walked past the rules).
        var kariPerson = await db.Personer.SingleAsync(p => p.Id == kari, ct);
        var kariSak = await SoknadAsync(kari, naa.AddDays(-30), saksbehandler, ct);
        Ok(kariSak.RegistrerMottakskontroll(kariPerson.Fodselsdato, true, true, null, Dato(naa.AddDays(-28)), saksbehandler, naa.AddDays(-28)));
        Ok(kariSak.SendTilVurdering(vurderingsteam.Id, saksbehandler, naa.AddDays(-27)));

        // A prison release, closed: moved away.
        var nils = NyPerson("Nils", "Johansen", new DateOnly(1958, 12, 24));
        var (nilsSak, _) = await HenvendelseAsync(nils.Id, Kanal.Kriminalomsorgen, Mottaksform.Epost, "Kriminalomsorgen, region øst", "saksbehandler i friomsorgen",
            "Løslates om en måned og har ikke bolig.", Hastegrad.Normal, naa.AddDays(-60), saksbehandler, ct);
        Ok(nilsSak.TildelSaksbehandler(saksbehandler, saksbehandler, naa.AddDays(-59)));
        Ok(nilsSak.RegistrerMottakskontroll(nils.Fodselsdato, true, true, null, Dato(naa.AddDays(-58)), saksbehandler, naa.AddDays(-58)));
        Ok(nilsSak.Henlegg(Henleggelsesgrunn.FlyttetFraKommunen, null, saksbehandler, naa.AddDays(-50)));

        // A relative's urgent call yesterday: nobody has looked at it yet.
        var aase = NyPerson("Åse", "Ødegård", new DateOnly(1970, 5, 17));
        await HenvendelseAsync(aase.Id, Kanal.Parorende, Mottaksform.Telefon, "Øystein Ødegård", "bror",
            "Søsteren hans har sluttet å åpne posten og har fått begjæring om utkastelse.", Hastegrad.Haster, naa.AddDays(-1), saksbehandler, ct);

        // A neighbour's report about someone with extensive needs: referred to another service.
        var mona = NyPerson("Mona", "Vik", new DateOnly(1981, 4, 3));
        var (monaSak, _) = await HenvendelseAsync(mona.Id, Kanal.Nabo, Mottaksform.Telefon, "Kåre Brekke", "nabo",
            "Naboen er urolig om natten og virker ruset.", Hastegrad.Normal, naa.AddDays(-15), saksbehandler, ct);
        Ok(monaSak.TildelSaksbehandler(saksbehandler, saksbehandler, naa.AddDays(-14)));
        Ok(monaSak.RegistrerMottakskontroll(mona.Fodselsdato, false, true, "Omfattende rusproblematikk.", Dato(naa.AddDays(-12)), saksbehandler, naa.AddDays(-12)));
        db.Henvisninger.Add(monaSak.HenvisTilAnnenTjeneste("Origo", "Behovet gjelder rus og psykisk helse, som Origo har ansvar for.", saksbehandler, naa.AddDays(-11)).Value);

        // A referral about someone whose fødselsnummer is not known yet.
        var lars = NyPerson("Lars", "Moen", new DateOnly(1975, 8, 21), kjentNummer: false);
        await HenvendelseAsync(lars.Id, Kanal.FrivilligOrganisasjon, Mottaksform.Epost, "Kirkens Bymisjon", "miljøarbeider",
            "Bor midlertidig på hybel og trenger hjelp med økonomi og kontakt med NAV.", Hastegrad.Normal, naa.AddDays(-6), saksbehandler, ct);

        // The same person twice: an open case with the vurderingsteam, and a new application to screen.
        var ida = NyPerson("Ida", "Berg", new DateOnly(1990, 10, 10));
        var idaSak = await SoknadAsync(ida.Id, naa.AddDays(-20), saksbehandler, ct);
        Ok(idaSak.RegistrerMottakskontroll(ida.Fodselsdato, true, true, null, Dato(naa.AddDays(-18)), saksbehandler, naa.AddDays(-18)));
        Ok(idaSak.SendTilVurdering(vurderingsteam.Id, saksbehandler, naa.AddDays(-17)));
        await SoknadAsync(ida.Id, naa.AddDays(-2), null, ct);

        // A withdrawn application.
        var henrik = NyPerson("Henrik", "Strand", new DateOnly(1999, 12, 1));
        var henrikSak = await SoknadAsync(henrik.Id, naa.AddDays(-9), null, ct);
        Ok(henrikSak.Trekk(saksbehandler, naa.AddDays(-7)));

        await db.SaveChangesAsync(ct);
        logger.LogInformation("Demodata opprettet: {Kontoer} kontoer", Kontoer.Count);
    }

    private async Task<Sak> NySakAsync(Guid personId, Kanal kanal, DateTimeOffset mottatt, CancellationToken ct)
    {
        var sak = Sak.Opprett(await referanser.NesteAsync(mottatt.Year, ct), personId, kanal, mottatt, null);
        db.Saker.Add(sak);
        return sak;
    }

    private async Task<(Sak Sak, Henvendelse Henvendelse)> HenvendelseAsync(
        Guid personId, Kanal kanal, Mottaksform form, string melder, string rolle, string beskrivelse, Hastegrad hastegrad,
        DateTimeOffset mottatt, Guid registrertAv, CancellationToken ct)
    {
        var (sak, henvendelse) = Sak.OpprettFraHenvendelse(
            await referanser.NesteAsync(mottatt.Year, ct), personId, kanal, form, melder, rolle, "912 34 567", null, beskrivelse, hastegrad, mottatt, registrertAv);
        db.Saker.Add(sak);
        db.Henvendelser.Add(henvendelse);
        return (sak, henvendelse);
    }

    private async Task<Sak> SoknadAsync(Guid personId, DateTimeOffset mottatt, Guid? saksbehandler, CancellationToken ct)
    {
        var sak = Sak.OpprettFraSoknad(await referanser.NesteAsync(mottatt.Year, ct), personId, null, mottatt, personId);
        if (saksbehandler is { } sb) sak.TildelSaksbehandler(sb, sb, mottatt.AddHours(2));
        db.Saker.Add(sak);
        return sak;
    }

    private static void Sjekk(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }
}

public sealed record DemoKonto(string Epost, string Fornavn, string Etternavn, string Rolle, DateOnly? Fodselsdato);
