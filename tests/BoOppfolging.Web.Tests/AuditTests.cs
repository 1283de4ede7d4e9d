using System.Net;
using BoOppfolging.Domain;
using BoOppfolging.Web.Tests.Infrastruktur;
using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Web.Tests;

/// <summary>Log-ins, failed log-ins and reads of a case land in the audit log, with who, what and which case.</summary>
public sealed class AuditTests(BoOppfolgingApp app) : IClassFixture<BoOppfolgingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Innlogging_og_feilet_innlogging_skrives_i_auditloggen()
    {
        var brukerId = await app.MedDbAsync(db => db.Users.Where(u => u.Email == "teamleder@demo.no").Select(u => u.Id).SingleAsync(Ct));
        var feil = await app.NyKlient().PostSkjemaAsync("/konto/logg-inn", new() { ["Epost"] = "teamleder@demo.no", ["Passord"] = "feil-passord" });
        Assert.Equal(HttpStatusCode.OK, feil.StatusCode);
        await app.LoggInnAsync("teamleder@demo.no");

        var entries = await app.MedDbAsync(db => db.AuditLogg.Where(a => a.BrukerId == brukerId).ToListAsync(Ct));

        Assert.Contains(entries, a => a.Handling == AuditHandling.FeiletInnlogging);
        Assert.Contains(entries, a => a.Handling == AuditHandling.Innlogging && a.KorrelasjonsId != null);
    }

    [Fact]
    public async Task Lesing_av_en_sak_skrives_i_auditloggen_med_sak_og_person()
    {
        var (brukerId, sak) = await app.MedDbAsync(async db => (
            await db.Users.Where(u => u.Email == "teamleder@demo.no").Select(u => u.Id).SingleAsync(Ct),
            await db.Saker.OrderBy(s => s.Referanse).FirstAsync(Ct)));
        var klient = await app.LoggInnAsync("teamleder@demo.no");

        using var svar = await klient.GetAsync($"/saker/{sak.Id}", Ct);

        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        var lesinger = await app.MedDbAsync(db => db.AuditLogg
            .Where(a => a.SakId == sak.Id && a.Handling == AuditHandling.Les && a.BrukerId == brukerId).ToListAsync(Ct));
        var lesing = Assert.Single(lesinger);
        Assert.Equal(sak.PersonId, lesing.PersonId);
    }

    [Fact]
    public async Task En_visning_av_en_sak_med_soknad_skriver_en_lesing_ikke_en_per_del_av_siden()
    {
        // The case page reads the case, its intake, its application and its consents: one page view, one entry.
        var brukerId = await app.MedDbAsync(db => db.Users.Where(u => u.Email == "teamleder@demo.no").Select(u => u.Id).SingleAsync(Ct));
        // A demo application with its application row (built through the case builder), not the case the other read test opens.
        var sakId = await app.MedDbAsync(db => db.Saker.Where(s => db.Soknader.Any(so => so.SakId == s.Id))
            .OrderByDescending(s => s.Referanse).Select(s => s.Id).FirstAsync(Ct));
        var klient = await app.LoggInnAsync("teamleder@demo.no");

        using var svar = await klient.GetAsync($"/saker/{sakId}", Ct);

        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        Assert.Contains("Søknaden, sendt", await svar.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var lesinger = await app.MedDbAsync(db => db.AuditLogg
            .Where(a => a.SakId == sakId && a.Handling == AuditHandling.Les && a.BrukerId == brukerId).ToListAsync(Ct));
        Assert.Equal("Sak", Assert.Single(lesinger).Beskrivelse);
    }

    [Fact]
    public async Task Forsok_paa_aa_lese_en_sak_uten_tilgang_gir_404_og_ingen_lesing_i_loggen()
    {
        var sak = await app.MedDbAsync(db => db.Saker.Where(s => s.PrimaerkontaktId == null).OrderBy(s => s.Referanse).FirstAsync(Ct));
        var brukerId = await app.MedDbAsync(db => db.Users.Where(u => u.Email == "bo-oppfolger@demo.no").Select(u => u.Id).SingleAsync(Ct));
        var klient = await app.LoggInnAsync("bo-oppfolger@demo.no");

        using var svar = await klient.GetAsync($"/saker/{sak.Id}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, svar.StatusCode);
        Assert.False(await app.MedDbAsync(db => db.AuditLogg.AnyAsync(a => a.SakId == sak.Id && a.BrukerId == brukerId && a.Handling == AuditHandling.Les, Ct)));
    }

    [Fact]
    public async Task Administratorens_endringer_av_en_konto_skrives_i_auditloggen_med_administrator_og_konto()
    {
        var adminId = await BrukerIdAsync("admin@demo.no");
        var admin = await app.LoggInnAsync("admin@demo.no");

        using var ny = await admin.PostSkjemaAsync("/admin/brukere/ny", new()
        {
            ["Fornavn"] = "Audun", ["Etternavn"] = "Auditsen", ["Epost"] = "audun.auditsen@kommune.no", ["Roller"] = Roller.Saksbehandler,
        });
        Assert.Equal(HttpStatusCode.Redirect, ny.StatusCode);
        var kontoId = await BrukerIdAsync("audun.auditsen@kommune.no");
        var kontoside = $"/admin/brukere/{kontoId}";
        var team = await app.MedDbAsync(db => db.Team.Where(t => t.Type == Teamtype.BoOppfolging).Select(t => t.Id).FirstAsync(Ct));
        foreach (var (handling, felt) in new (string, Dictionary<string, string>)[]
        {
            ("roller", new() { ["Roller"] = Roller.Teamleder }),
            ("team", new() { ["team"] = team.ToString() }),
            ("deaktiver", []),
            ("aktiver", []),
        })
        {
            using var svar = await admin.PostSkjemaAsync($"{kontoside}/{handling}", felt, kontoside);
            Assert.Equal(HttpStatusCode.Redirect, svar.StatusCode);
        }

        // A value that is not a team's id: refused by the field in Norwegian, and the account stays in its team (no entry).
        using (var feil = await admin.PostSkjemaAsync($"{kontoside}/team", new() { ["team"] = "ikke-et-team" }, kontoside))
        {
            Assert.Equal(HttpStatusCode.OK, feil.StatusCode);
            Assert.Contains("Velg blant teamene i listen.", await feil.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        Assert.True(await app.MedDbAsync(db => db.TeamMedlemmer.AnyAsync(m => m.BrukerId == kontoId && m.TeamId == team, Ct)));

        var linjer = await app.MedDbAsync(db => db.AuditLogg.Where(a => a.KontoId == kontoId).OrderBy(a => a.Id).ToListAsync(Ct));
        Assert.Equal(
            [AuditHandling.KontoOpprettet, AuditHandling.RollerEndret, AuditHandling.TeamEndret, AuditHandling.KontoDeaktivert, AuditHandling.KontoAktivert],
            linjer.Select(a => a.Handling));
        Assert.All(linjer, a =>
        {
            Assert.Equal(adminId, a.BrukerId);
            Assert.NotNull(a.KorrelasjonsId);
            Assert.Null(a.SakId);
            Assert.Null(a.PersonId);
            // Which account is in KontoId; never its name or e-mail.
            Assert.DoesNotContain("Audun", a.Beskrivelse, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("auditsen", a.Beskrivelse, StringComparison.OrdinalIgnoreCase);
        });
        Assert.Contains(Roller.Saksbehandler, linjer[0].Beskrivelse, StringComparison.Ordinal);
        Assert.Contains(Roller.Teamleder, linjer[1].Beskrivelse, StringComparison.Ordinal);
        Assert.DoesNotContain(Roller.Saksbehandler, linjer[1].Beskrivelse, StringComparison.Ordinal);
    }

    /// <summary>A refused change changed nothing, so there is nothing to audit: no entry, the account as it was.</summary>
    [Fact]
    public async Task Avvist_endring_av_egen_konto_skriver_ingenting_i_auditloggen()
    {
        var adminId = await BrukerIdAsync("admin@demo.no");
        var admin = await app.LoggInnAsync("admin@demo.no");
        var egenSide = $"/admin/brukere/{adminId}";

        using var roller = await admin.PostSkjemaAsync($"{egenSide}/roller", new() { ["Roller"] = Roller.Saksbehandler }, egenSide);
        using var deaktiver = await admin.PostSkjemaAsync($"{egenSide}/deaktiver", [], egenSide);

        Assert.Equal(HttpStatusCode.OK, roller.StatusCode);
        Assert.Contains("Du kan ikke ta fra deg selv administratorrollen.", await roller.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, deaktiver.StatusCode);
        Assert.False(await app.MedDbAsync(db => db.AuditLogg.AnyAsync(a => a.KontoId == adminId, Ct)));
        Assert.False(await app.MedDbAsync(db => db.Users.Where(u => u.Id == adminId).Select(u => u.Deaktivert).SingleAsync(Ct)));
        Assert.Equal([Roller.Administrator], await app.MedDbAsync(db => db.UserRoles.Where(r => r.UserId == adminId)
            .Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync(Ct)));
    }

    private Task<Guid> BrukerIdAsync(string epost) =>
        app.MedDbAsync(db => db.Users.Where(u => u.Email == epost).Select(u => u.Id).SingleAsync(Ct));
}
