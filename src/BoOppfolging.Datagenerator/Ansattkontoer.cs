using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Demo;
using BoOppfolging.Infrastructure.Identity;
using BoOppfolging.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoOppfolging.Datagenerator;

internal sealed record Ansatt(Guid Id, string Navn);

/// <summary>The staff the generated cases are worked by: the ids go on the cases and their timelines.</summary>
/// <param name="BoOppfolgere">The follow-up staff, <c>bo-oppfolger@demo.no</c> first: primær- and sekundærkontakter.</param>
/// <param name="Teamet">Each bo-oppfølger's follow-up team (its bo-oppfølgere, themselves included): a case's contacts are of one team.</param>
internal sealed record Ansatte(
    IReadOnlyList<Ansatt> Saksbehandlere, Ansatt Teamleder, IReadOnlyList<Ansatt> Vurderingsteam, Guid VurderingsteamId, IReadOnlyList<Ansatt> BoOppfolgere,
    IReadOnlyDictionary<Guid, IReadOnlyList<Ansatt>> Teamet);

/// <summary>
/// Staff accounts for the generated data, made through Identity's <see cref="UserManager{TUser}"/> if
/// they are missing, all with the demo password. The first three have the demo seeder's names and
/// e-mail addresses, so the README's log-ins work on a generated database too.
/// </summary>
internal static class Ansattkontoer
{
    public const string Vurderingsteamet = "Vurderingsteamet";

    private static readonly (string Epost, string Fornavn, string Etternavn, string Rolle)[] Kontoer =
    [
        ("saksbehandler@demo.no", "Ingrid", "Berg", Roller.Saksbehandler),
        ("teamleder@demo.no", "Tone", "Haugen", Roller.Teamleder),
        ("vurderingsteam@demo.no", "Kristian", "Dahl", Roller.Vurderingsteam),
        ("vurderingsteam02@demo.no", "Sigrid", "Nygård", Roller.Vurderingsteam),
        ("vurderingsteam03@demo.no", "Mohammed", "Hassan", Roller.Vurderingsteam),
        ("saksbehandler02@demo.no", "Jørgen", "Bakke", Roller.Saksbehandler),
        ("saksbehandler03@demo.no", "Åshild", "Rønning", Roller.Saksbehandler),
        ("saksbehandler04@demo.no", "Petter", "Solberg", Roller.Saksbehandler),
        ("saksbehandler05@demo.no", "Marte", "Kvåle", Roller.Saksbehandler),
        ("saksbehandler06@demo.no", "Øyvind", "Lunde", Roller.Saksbehandler),
        ("saksbehandler07@demo.no", "Hanne", "Strand", Roller.Saksbehandler),
        ("saksbehandler08@demo.no", "Yonas", "Tesfaye", Roller.Saksbehandler),
        ("saksbehandler09@demo.no", "Silje", "Mæhle", Roller.Saksbehandler),
        ("saksbehandler10@demo.no", "Knut", "Østby", Roller.Saksbehandler),
        ("saksbehandler11@demo.no", "Camilla", "Sæther", Roller.Saksbehandler),
        ("saksbehandler12@demo.no", "Halvard", "Moe", Roller.Saksbehandler),
        ("saksbehandler13@demo.no", "Agnieszka", "Nowak", Roller.Saksbehandler),
        ("saksbehandler14@demo.no", "Trond", "Hovland", Roller.Saksbehandler),
        ("saksbehandler15@demo.no", "Gunnhild", "Aas", Roller.Saksbehandler),
        ("saksbehandler16@demo.no", "Sindre", "Bråthen", Roller.Saksbehandler),
        ("saksbehandler17@demo.no", "Linh", "Tran", Roller.Saksbehandler),
        ("saksbehandler18@demo.no", "Ståle", "Fjeld", Roller.Saksbehandler),
        ("saksbehandler19@demo.no", "Randi", "Søreide", Roller.Saksbehandler),
        ("saksbehandler20@demo.no", "Even", "Grønli", Roller.Saksbehandler),
        ("saksbehandler21@demo.no", "Ida", "Løken", Roller.Saksbehandler),
        // The demo seeder's bo-oppfølger, so its log-in and "Mine brukere" work on a generated database too.
        ("bo-oppfolger@demo.no", "Aisha", "Rahman", Roller.BoOppfolger),
    ];

    /// <summary>The follow-up teams' names, numbered: <c>Bo-oppfølging 1</c>, <c>Bo-oppfølging 2</c>, …</summary>
    public const string Oppfolgingsteamet = "Bo-oppfølging";

    /// <summary>
    /// Bo-oppfølgere per follow-up team. A team leader leads a team of about a dozen (a county's ~2 000 are ~160 teams), and
    /// their overview and "Bo-oppfølgere" show that team's cases.
    /// </summary>
    public const int Teamstorrelse = 12;

    /// <summary>
    /// Staff accounts with <paramref name="boOppfolgere"/> bo-oppfølgere in all (the demo one included): the
    /// rest are <c>bo-oppfolger002@demo.no</c> and on, each with a capacity set by the team leader.
    /// </summary>
    public static async Task<Ansatte> SikreAsync(IServiceProvider services, DateTimeOffset opprettet, int boOppfolgere, Tilfeldig rng, CancellationToken ct)
    {
        var userManager = services.GetRequiredService<UserManager<ApplicationUser>>();
        var db = services.GetRequiredService<AppDbContext>();
        var alle = new List<(Ansatt Ansatt, string Rolle)>();
        foreach (var (epost, fornavn, etternavn, rolle) in Kontoer)
        {
            var bruker = await userManager.FindByNameAsync(epost);
            if (bruker is null)
            {
                bruker = new ApplicationUser
                {
                    UserName = epost, Email = epost, EmailConfirmed = true, Fornavn = fornavn, Etternavn = etternavn, Opprettet = opprettet,
                };
                Sjekk(await userManager.CreateAsync(bruker, DemoSeeder.Passord), epost);
            }

            if (!await userManager.IsInRoleAsync(bruker, rolle)) Sjekk(await userManager.AddToRoleAsync(bruker, rolle), epost);
            alle.Add((new Ansatt(bruker.Id, bruker.FulltNavn), rolle));
        }

        var vurderingsteam = alle.Where(a => a.Rolle == Roller.Vurderingsteam).Select(a => a.Ansatt).ToList();
        var team = await db.Team.Include(t => t.Medlemmer).SingleOrDefaultAsync(t => t.Navn == Vurderingsteamet, ct);
        if (team is null)
        {
            team = new Team(Vurderingsteamet, Teamtype.Vurderingsteam);
            db.Team.Add(team);
        }

        foreach (var medlem in vurderingsteam) team.LeggTilMedlem(medlem.Id);
        await db.SaveChangesAsync(ct);

        var teamleder = alle.Single(a => a.Rolle == Roller.Teamleder).Ansatt;
        var oppfolgere = await BoOppfolgereAsync(services, alle.Where(a => a.Rolle == Roller.BoOppfolger).Select(a => a.Ansatt).ToList(), boOppfolgere,
            teamleder, opprettet, rng, ct);
        var teamet = await OppfolgingsteamAsync(services, oppfolgere, teamleder, opprettet, rng, ct);
        return new Ansatte(
            [.. alle.Where(a => a.Rolle == Roller.Saksbehandler).Select(a => a.Ansatt)],
            teamleder,
            vurderingsteam,
            team.Id,
            oppfolgere,
            teamet);
    }

    /// <summary>
    /// The follow-up staff beyond the demo one (<see cref="KontoerAsync"/>: <c>bo-oppfolger002@demo.no</c> and on). Each gets a capacity of 60 to 100 hours a week, in quarter hours: with ~20 cases at the
    /// generated grants (2 to 8 hours a week each), some are over it and some have room.
    /// </summary>
    private static async Task<IReadOnlyList<Ansatt>> BoOppfolgereAsync(
        IServiceProvider services, List<Ansatt> demo, int antall, Ansatt teamleder, DateTimeOffset opprettet, Tilfeldig rng, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var alle = new List<Ansatt>(demo);
        alle.AddRange(await KontoerAsync(services, demo[0].Id, "bo-oppfolger", Roller.BoOppfolger, 2, antall, opprettet, rng, ct));

        var kapasiteter = await db.Set<Oppfolgerkapasitet>().Select(k => k.BrukerId).ToListAsync(ct);
        foreach (var oppfolger in alle.Where(a => !kapasiteter.Contains(a.Id)))
        {
            var kapasitet = new Oppfolgerkapasitet(oppfolger.Id);
            var satt = kapasitet.Sett(rng.Tall(240, 401), teamleder.Id, opprettet);
            if (!satt.IsSuccess) throw new InvalidOperationException($"Kapasiteten for {oppfolger.Navn} ble avvist: {satt.Error?.Kode}");
            db.Set<Oppfolgerkapasitet>().Add(kapasitet);
        }

        await db.SaveChangesAsync(ct);
        return alle;
    }

    /// <summary>
    /// The follow-up teams: the bo-oppfølgere dealt into teams of about <see cref="Teamstorrelse"/>, each team with its team leader as a
    /// member (the demo team leader leads the first; the others are <c>teamleder002@demo.no</c> and on). Returns each
    /// bo-oppfølger's team.
    /// </summary>
    private static async Task<IReadOnlyDictionary<Guid, IReadOnlyList<Ansatt>>> OppfolgingsteamAsync(
        IServiceProvider services, IReadOnlyList<Ansatt> oppfolgere, Ansatt teamleder, DateTimeOffset opprettet, Tilfeldig rng, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        // Dealt round, so the teams differ by one at most (a last team of one or two would have no one to be sekundærkontakt).
        var antallTeam = (oppfolgere.Count + Teamstorrelse - 1) / Teamstorrelse;
        var grupper = oppfolgere.Select((o, i) => (o, i)).GroupBy(x => x.i % antallTeam, x => x.o).Select(g => g.ToArray()).ToList();
        var ledere = new List<Ansatt> { teamleder };
        ledere.AddRange(await KontoerAsync(services, teamleder.Id, "teamleder", Roller.Teamleder, 2, grupper.Count, opprettet, rng, ct));
        var finnes = await db.Team.Include(t => t.Medlemmer).Where(t => t.Type == Teamtype.BoOppfolging).ToDictionaryAsync(t => t.Navn, ct);
        var teamet = new Dictionary<Guid, IReadOnlyList<Ansatt>>();
        for (var i = 0; i < grupper.Count; i++)
        {
            var navn = $"{Oppfolgingsteamet} {i + 1}";
            if (!finnes.TryGetValue(navn, out var team))
            {
                team = new Team(navn, Teamtype.BoOppfolging);
                db.Team.Add(team);
            }

            team.LeggTilMedlem(ledere[i].Id);
            foreach (var medlem in grupper[i])
            {
                team.LeggTilMedlem(medlem.Id);
                teamet[medlem.Id] = grupper[i];
            }
        }

        await db.SaveChangesAsync(ct);
        return teamet;
    }

    /// <summary>
    /// Accounts <c>{prefix}{nr:000}@demo.no</c> for <paramref name="fra"/> to <paramref name="til"/> in <paramref name="rolle"/>,
    /// as rows: a county has hundreds, and UserManager would hash the password once each (a second apiece). They get the
    /// password hash of the account <paramref name="somId"/> (the same password; the hash carries its salt) and a security
    /// stamp of their own. Accounts that exist are taken as they are.
    /// </summary>
    private static async Task<List<Ansatt>> KontoerAsync(
        IServiceProvider services, Guid somId, string prefix, string rolle, int fra, int til, DateTimeOffset opprettet, Tilfeldig rng, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var normalizer = services.GetRequiredService<ILookupNormalizer>();
        var forste = await db.Users.AsNoTracking().SingleAsync(u => u.Id == somId, ct);
        var rolleId = await db.Roles.Where(r => r.Name == rolle).Select(r => r.Id).SingleAsync(ct);
        var finnes = (await db.Users.AsNoTracking().Where(u => u.UserName!.StartsWith(prefix)).Select(u => new { u.UserName, u.Id, u.Fornavn, u.Etternavn })
            .ToListAsync(ct)).ToDictionary(u => u.UserName!, StringComparer.Ordinal);
        var alle = new List<Ansatt>();
        for (var i = fra; i <= til; i++)
        {
            var epost = $"{prefix}{i:000}@demo.no";
            var kvinne = rng.Sjanse(0.5);
            var fornavn = rng.Velg(kvinne ? Navn.Kvinner : Navn.Menn);
            var etternavn = rng.Velg(Navn.Etternavn);
            if (finnes.TryGetValue(epost, out var lagret))
            {
                alle.Add(new Ansatt(lagret.Id, $"{lagret.Fornavn} {lagret.Etternavn}"));
                continue;
            }

            var bruker = new ApplicationUser
            {
                UserName = epost, Email = epost, EmailConfirmed = true, Fornavn = fornavn, Etternavn = etternavn, Opprettet = opprettet,
                PasswordHash = forste.PasswordHash, SecurityStamp = Guid.NewGuid().ToString("N"), LockoutEnabled = true,
            };
            bruker.NormalizedUserName = normalizer.NormalizeName(epost);
            bruker.NormalizedEmail = normalizer.NormalizeEmail(epost);
            db.Users.Add(bruker);
            db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = bruker.Id, RoleId = rolleId });
            alle.Add(new Ansatt(bruker.Id, bruker.FulltNavn));
        }

        await db.SaveChangesAsync(ct);
        return alle;
    }

    private static void Sjekk(IdentityResult result, string epost)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Kontoen {epost} kunne ikke lages: {string.Join("; ", result.Errors.Select(e => e.Code))}");
        }
    }
}
