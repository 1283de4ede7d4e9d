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
internal sealed record Ansatte(
    IReadOnlyList<Ansatt> Saksbehandlere, Ansatt Teamleder, IReadOnlyList<Ansatt> Vurderingsteam, Guid VurderingsteamId, IReadOnlyList<Ansatt> BoOppfolgere);

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

    /// <summary>The bo-oppfølging team the follow-up staff belong to.</summary>
    public const string Oppfolgingsteamet = "Bo-oppfølging";

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
        return new Ansatte(
            [.. alle.Where(a => a.Rolle == Roller.Saksbehandler).Select(a => a.Ansatt)],
            teamleder,
            vurderingsteam,
            team.Id,
            oppfolgere);
    }

    /// <summary>
    /// The follow-up staff beyond the demo one, as rows: a county has hundreds, and UserManager would hash the password once
    /// each (a second apiece). They get the demo account's password hash (the same password; the hash carries its salt) and
    /// a security stamp of their own. Each gets a capacity of 60 to 100 hours a week, in quarter hours: with ~20 cases at the
    /// generated grants (2 to 8 hours a week each), some are over it and some have room.
    /// </summary>
    private static async Task<IReadOnlyList<Ansatt>> BoOppfolgereAsync(
        IServiceProvider services, List<Ansatt> demo, int antall, Ansatt teamleder, DateTimeOffset opprettet, Tilfeldig rng, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var normalizer = services.GetRequiredService<ILookupNormalizer>();
        var forste = await db.Users.AsNoTracking().SingleAsync(u => u.Id == demo[0].Id, ct);
        var rolle = await db.Roles.Where(r => r.Name == Roller.BoOppfolger).Select(r => r.Id).SingleAsync(ct);
        var finnes = (await db.Users.AsNoTracking().Where(u => u.UserName!.StartsWith("bo-oppfolger")).Select(u => new { u.UserName, u.Id, u.Fornavn, u.Etternavn })
            .ToListAsync(ct)).ToDictionary(u => u.UserName!, StringComparer.Ordinal);
        var alle = new List<Ansatt>(demo);
        for (var i = 2; i <= antall; i++)
        {
            var epost = $"bo-oppfolger{i:000}@demo.no";
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
            db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = bruker.Id, RoleId = rolle });
            alle.Add(new Ansatt(bruker.Id, bruker.FulltNavn));
        }

        var kapasiteter = await db.Set<Oppfolgerkapasitet>().Select(k => k.BrukerId).ToListAsync(ct);
        foreach (var oppfolger in alle.Where(a => !kapasiteter.Contains(a.Id)))
        {
            var kapasitet = new Oppfolgerkapasitet(oppfolger.Id);
            var satt = kapasitet.Sett(rng.Tall(240, 401), teamleder.Id, opprettet);
            if (!satt.IsSuccess) throw new InvalidOperationException($"Kapasiteten for {oppfolger.Navn} ble avvist: {satt.Error?.Kode}");
            db.Set<Oppfolgerkapasitet>().Add(kapasitet);
        }

        var team = await db.Team.Include(t => t.Medlemmer).SingleOrDefaultAsync(t => t.Navn == Oppfolgingsteamet, ct);
        if (team is null)
        {
            team = new Team(Oppfolgingsteamet, Teamtype.BoOppfolging);
            db.Team.Add(team);
        }

        foreach (var medlem in alle) team.LeggTilMedlem(medlem.Id);
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
