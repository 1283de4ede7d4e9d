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
internal sealed record Ansatte(IReadOnlyList<Ansatt> Saksbehandlere, Ansatt Teamleder, IReadOnlyList<Ansatt> Vurderingsteam, Guid VurderingsteamId);

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
    ];

    public static async Task<Ansatte> SikreAsync(IServiceProvider services, DateTimeOffset opprettet, CancellationToken ct)
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

        return new Ansatte(
            [.. alle.Where(a => a.Rolle == Roller.Saksbehandler).Select(a => a.Ansatt)],
            alle.Single(a => a.Rolle == Roller.Teamleder).Ansatt,
            vurderingsteam,
            team.Id);
    }

    private static void Sjekk(IdentityResult result, string epost)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Kontoen {epost} kunne ikke lages: {string.Join("; ", result.Errors.Select(e => e.Code))}");
        }
    }
}
