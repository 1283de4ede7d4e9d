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
        var vurderingsteam = new Team("Vurderingsteamet");
        vurderingsteam.LeggTilMedlem(brukere["vurderingsteam@demo.no"].Id);
        var oppfolgingsteam = new Team("Bo-oppfølging sentrum");
        oppfolgingsteam.LeggTilMedlem(boOppfolger);
        db.Team.AddRange(vurderingsteam, oppfolgingsteam);

        var ola = brukere["ola.nordmann@demo.no"].PersonId!.Value;
        var kari = brukere["kari.nordmann@demo.no"].PersonId!.Value;

        await NySakAsync(ola, Kanal.Soknad, naa.AddDays(-3), [], ct);
        await NySakAsync(kari, Kanal.Soknad, naa.AddDays(-140),
            [Saksstatus.Mottakskontroll, Saksstatus.TilVurdering, Saksstatus.Kartlegging, Saksstatus.Innstilling,
             Saksstatus.VedtakUnderArbeid, Saksstatus.TilGodkjenning, Saksstatus.Vedtatt, Saksstatus.IOppfolging],
            ct, saksbehandler, vurderingsteam.Id, boOppfolger);

        var andre = new (string Fornavn, string Etternavn, DateOnly Fodt, Kanal Kanal, int DagerSiden, Saksstatus[] Vei, bool Team)[]
        {
            ("Jonas", "Haugland", new DateOnly(1962, 6, 30), Kanal.Fastlege, 12, [Saksstatus.Mottakskontroll], false),
            ("Fatima", "Ali", new DateOnly(1994, 1, 19), Kanal.Spesialisthelsetjenesten, 25,
                [Saksstatus.Mottakskontroll, Saksstatus.TilVurdering], true),
            ("Sofie", "Lund", new DateOnly(2001, 9, 8), Kanal.Soknad, 40,
                [Saksstatus.Mottakskontroll, Saksstatus.TilVurdering, Saksstatus.Kartlegging], true),
            ("Nils", "Johansen", new DateOnly(1958, 12, 24), Kanal.Kriminalomsorgen, 60,
                [Saksstatus.Mottakskontroll, Saksstatus.Henlagt], false),
            ("Åse", "Ødegård", new DateOnly(1970, 5, 17), Kanal.Parorende, 1, [], false),
        };
        foreach (var a in andre)
        {
            var fnr = Fodselsnummer.Parse(Fodselsnummer.LagSyntetisk(a.Fodt, individnummer += 7), tillatSyntetisk: true).Value;
            var person = new Person(a.Fornavn, a.Etternavn, fnr);
            db.Personer.Add(person);
            await NySakAsync(person.Id, a.Kanal, naa.AddDays(-a.DagerSiden), a.Vei, ct,
                a.Vei.Length > 0 ? saksbehandler : null, a.Team ? vurderingsteam.Id : null, null);
        }

        await db.SaveChangesAsync(ct);
        logger.LogInformation("Demodata opprettet: {Kontoer} kontoer", Kontoer.Count);
    }

    private async Task NySakAsync(
        Guid personId, Kanal kanal, DateTimeOffset mottatt, Saksstatus[] vei, CancellationToken ct,
        Guid? saksbehandler = null, Guid? team = null, Guid? primaerkontakt = null)
    {
        var sak = Sak.Opprett(await referanser.NesteAsync(mottatt.Year, ct), personId, kanal, mottatt, null);
        var tid = mottatt;
        if (saksbehandler is { } sb) sak.TildelSaksbehandler(sb, sb, tid = tid.AddHours(2));
        foreach (var status in vei)
        {
            tid = tid.AddDays(2);
            var utfortAv = status == Saksstatus.Kartlegging ? team : saksbehandler;
            var result = sak.EndreStatus(status, saksbehandler, tid, status == Saksstatus.Henlagt ? "Flyttet fra kommunen" : null);
            if (!result.IsSuccess) throw new InvalidOperationException(result.Error!.Melding);
            if (status == Saksstatus.TilVurdering && team is { } t) sak.TildelTeam(t, utfortAv, tid);
            if (status == Saksstatus.IOppfolging && primaerkontakt is { } p) sak.TildelKontakter(p, null, saksbehandler, tid);
        }

        db.Saker.Add(sak);
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
