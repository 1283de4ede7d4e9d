using System.Globalization;
using BoOppfolging.Application.Audit;
using BoOppfolging.Application.Common;
using BoOppfolging.Application.Kontoer;
using BoOppfolging.Application.Oppfolging;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BoOppfolging.Infrastructure.Identity;

public sealed class KontoService(
    AppDbContext db,
    UserManager<ApplicationUser> userManager,
    IValidator<RegistrerInnbyggerCommand> registrerValidator,
    IValidator<OpprettAnsattCommand> opprettValidator,
    IValidator<EndreRollerCommand> rollerValidator,
    IOptions<IdentitetOptions> identitet,
    ICurrentUser currentUser,
    IAuditLogg audit,
    TimeProvider timeProvider,
    ILogger<KontoService> logger) : IKontoService
{
    private static readonly StringComparer NorskSortering = StringComparer.Create(new CultureInfo("nb-NO"), ignoreCase: true);

    public async Task<Result<Guid>> RegistrerInnbyggerAsync(RegistrerInnbyggerCommand command, CancellationToken ct)
    {
        var validation = await registrerValidator.ValidateAsync(command, ct);
        if (!validation.IsValid) return Result<Guid>.Invalid(validation.TilFeil());
        var fnr = Fodselsnummer.Parse(command.Fodselsnummer, identitet.Value.TillatTestnummer).Value;

        // A typed fødselsnummer proves nothing. The account therefore always gets a person of its own,
        // marked self-registered, and is never attached to a person the municipality already knows:
        // that would hand someone else's cases to whoever types their number. The answer is the same
        // whether or not the number is known, so registration reveals nothing about who is a client.
        await using var transaksjon = await db.Database.BeginTransactionAsync(ct);
        var person = new Person(command.Fornavn!.Trim(), command.Etternavn!.Trim(), fnr, selvregistrert: true);
        db.Personer.Add(person);
        await db.SaveChangesAsync(ct);

        var bruker = new ApplicationUser
        {
            UserName = command.Epost!.Trim(),
            Email = command.Epost.Trim(),
            Fornavn = command.Fornavn!.Trim(),
            Etternavn = command.Etternavn!.Trim(),
            PersonId = person.Id,
            Opprettet = timeProvider.GetUtcNow(),
        };
        var opprettet = await userManager.CreateAsync(bruker, command.Passord!);
        if (!opprettet.Succeeded) return Result<Guid>.Invalid(TilFeil(opprettet));
        var rolle = await userManager.AddToRoleAsync(bruker, Roller.Innbygger);
        if (!rolle.Succeeded) return Result<Guid>.Invalid(TilFeil(rolle));

        await transaksjon.CommitAsync(ct);
        logger.LogInformation("Innbyggerkonto {BrukerId} registrert", bruker.Id);
        return bruker.Id;
    }

    public async Task<Result<Guid>> OpprettAnsattAsync(OpprettAnsattCommand command, CancellationToken ct)
    {
        var validation = await opprettValidator.ValidateAsync(command, ct);
        if (!validation.IsValid) return Result<Guid>.Invalid(validation.TilFeil());

        await using var transaksjon = await db.Database.BeginTransactionAsync(ct);
        var bruker = new ApplicationUser
        {
            UserName = command.Epost!.Trim(),
            Email = command.Epost.Trim(),
            EmailConfirmed = true,
            Fornavn = command.Fornavn!.Trim(),
            Etternavn = command.Etternavn!.Trim(),
            Opprettet = timeProvider.GetUtcNow(),
        };
        var opprettet = await userManager.CreateAsync(bruker);
        if (!opprettet.Succeeded) return Result<Guid>.Invalid(TilFeil(opprettet));
        var roller = await userManager.AddToRolesAsync(bruker, command.Roller.Distinct());
        if (!roller.Succeeded) return Result<Guid>.Invalid(TilFeil(roller));

        // In the audit log, not only the application log: a role opens cases. Same transaction as the account.
        audit.RegistrerKontoendring(AuditHandling.KontoOpprettet, $"Brukerkonto opprettet med roller: {Rolleliste(command.Roller)}", bruker.Id);
        await db.SaveChangesAsync(ct);
        await transaksjon.CommitAsync(ct);
        logger.LogInformation("Ansattkonto {BrukerId} opprettet av {AdminId}", bruker.Id, currentUser.Id);
        return bruker.Id;
    }

    public async Task<Result> EndreRollerAsync(EndreRollerCommand command, CancellationToken ct)
    {
        var validation = await rollerValidator.ValidateAsync(command, ct);
        if (!validation.IsValid) return Result.Invalid(validation.TilFeil());
        var bruker = await userManager.FindByIdAsync(command.BrukerId.ToString());
        if (bruker is null || bruker.PersonId is not null) return Result.NotFound();
        if (bruker.Id == currentUser.Id && !command.Roller.Contains(Roller.Administrator))
        {
            return Result.Fail(KontoFeil.KanIkkeFjerneEgenAdminrolle);
        }

        // Removed and added together, with the audit entry: never half the roles, never a change without its entry.
        await using var transaksjon = await db.Database.BeginTransactionAsync(ct);
        var naa = await userManager.GetRolesAsync(bruker);
        if (naa.Contains(Roller.BoOppfolger) && !command.Roller.Contains(Roller.BoOppfolger)
            && await db.Saker.CountAsync(Kontaktansvar.ApneSakerFor(bruker.Id), ct) is var antall and > 0)
        {
            return Result.Fail(KontoFeil.OppfolgerrolleMedApneSaker(antall));
        }

        var fjern = await userManager.RemoveFromRolesAsync(bruker, naa.Except(command.Roller));
        if (!fjern.Succeeded) return Result.Invalid(TilFeil(fjern));
        var leggTil = await userManager.AddToRolesAsync(bruker, command.Roller.Except(naa).Distinct());
        if (!leggTil.Succeeded) return Result.Invalid(TilFeil(leggTil));
        await userManager.UpdateSecurityStampAsync(bruker);
        if (!naa.ToHashSet().SetEquals(command.Roller))
        {
            audit.RegistrerKontoendring(AuditHandling.RollerEndret, $"Brukerkonto: roller endret til {Rolleliste(command.Roller)}", bruker.Id);
            await db.SaveChangesAsync(ct);
        }

        await transaksjon.CommitAsync(ct);
        logger.LogInformation("Roller endret for {BrukerId} av {AdminId}", bruker.Id, currentUser.Id);
        return Result.Ok();
    }

    public async Task<Result> SettDeaktivertAsync(Guid brukerId, bool deaktivert, CancellationToken ct)
    {
        var bruker = await userManager.FindByIdAsync(brukerId.ToString());
        if (bruker is null) return Result.NotFound();
        if (deaktivert && bruker.Id == currentUser.Id) return Result.Fail(KontoFeil.KanIkkeDeaktivereSegSelv);
        if (deaktivert && await db.Saker.CountAsync(Kontaktansvar.ApneSakerFor(bruker.Id), ct) is var antall and > 0)
        {
            return Result.Fail(KontoFeil.HarApneSaker(antall));
        }

        await using var transaksjon = await db.Database.BeginTransactionAsync(ct);
        bruker.Deaktivert = deaktivert;
        var oppdatert = await userManager.UpdateAsync(bruker);
        if (!oppdatert.Succeeded) return Result.Invalid(TilFeil(oppdatert));

        // A new security stamp ends the user's open sessions at the next validation.
        await userManager.UpdateSecurityStampAsync(bruker);
        audit.RegistrerKontoendring(
            deaktivert ? AuditHandling.KontoDeaktivert : AuditHandling.KontoAktivert,
            deaktivert ? "Brukerkonto deaktivert" : "Brukerkonto aktivert", bruker.Id);
        await db.SaveChangesAsync(ct);
        await transaksjon.CommitAsync(ct);
        logger.LogInformation("Konto {BrukerId} deaktivert={Deaktivert} av {AdminId}", bruker.Id, deaktivert, currentUser.Id);
        return Result.Ok();
    }

    public async Task<Result> EndreTeamAsync(EndreTeamCommand command, CancellationToken ct)
    {
        var bruker = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == command.BrukerId && u.PersonId == null, ct);
        if (bruker is null) return Result.NotFound();
        var alle = await db.Team.Include(t => t.Medlemmer).ToListAsync(ct);
        var valgt = command.Team.Distinct().ToList();
        if (valgt.Any(id => alle.All(t => t.Id != id))) return Result.Fail(KontoFeil.UkjentTeam);

        var endret = false;
        foreach (var team in alle)
        {
            var erMedlem = team.Medlemmer.Any(m => m.BrukerId == bruker.Id);
            if (erMedlem == valgt.Contains(team.Id)) continue;
            if (erMedlem) team.FjernMedlem(bruker.Id);
            else team.LeggTilMedlem(bruker.Id);
            endret = true;
        }

        if (!endret) return Result.Ok();
        // The membership and its audit entry in one save: never a change without its entry.
        var navn = string.Join(", ", alle.Where(t => valgt.Contains(t.Id)).Select(t => t.Navn).Order(NorskSortering));
        var beskrivelse = navn.Length == 0 ? "Brukerkonto: ikke lenger med i noe team" : $"Brukerkonto: team endret til {navn}";
        audit.RegistrerKontoendring(AuditHandling.TeamEndret, beskrivelse.Length <= 200 ? beskrivelse : beskrivelse[..197] + "...", bruker.Id);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Team endret for {BrukerId} av {AdminId}", bruker.Id, currentUser.Id);
        return Result.Ok();
    }

    public async Task<IReadOnlyList<Teamalternativ>> TeamAsync(CancellationToken ct) =>
        [.. (await db.Team.AsNoTracking().Select(t => new Teamalternativ(t.Id, t.Navn, t.Type)).ToListAsync(ct)).OrderBy(t => t.Navn, NorskSortering)];

    public async Task<IReadOnlyList<AnsattVisning>> ListBrukereAsync(CancellationToken ct)
    {
        var brukere = await db.Users.AsNoTracking()
            .Where(u => u.PersonId == null)
            .Select(u => new { u.Id, u.Fornavn, u.Etternavn, u.Email, u.Deaktivert, u.TwoFactorEnabled })
            .ToListAsync(ct);
        var roller = await RollerForAsync(brukere.Select(b => b.Id).ToList(), ct);
        return brukere
            .Select(b => new AnsattVisning(
                b.Id, $"{b.Fornavn} {b.Etternavn}", b.Email ?? "",
                roller.TryGetValue(b.Id, out var r) ? r : [], b.Deaktivert, b.TwoFactorEnabled))
            .OrderBy(b => b.Navn, NorskSortering)
            .ToList();
    }

    public async Task<Result<AnsattVisning>> HentBrukerAsync(Guid brukerId, CancellationToken ct)
    {
        var b = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == brukerId && u.PersonId == null, ct);
        if (b is null) return Result<AnsattVisning>.NotFound();
        var roller = await RollerForAsync([b.Id], ct);
        var team = await db.TeamMedlemmer.AsNoTracking().Where(m => m.BrukerId == b.Id).Select(m => m.TeamId).ToListAsync(ct);
        return new AnsattVisning(
            b.Id, b.FulltNavn, b.Email ?? "", roller.TryGetValue(b.Id, out var r) ? r : [], b.Deaktivert, b.TwoFactorEnabled, team);
    }

    public async Task<Result<Guid>> FinnEllerOpprettIdPortenInnbyggerAsync(string? pid, CancellationToken ct)
    {
        var fnr = Fodselsnummer.Parse(pid, identitet.Value.TillatTestnummer);
        if (!fnr.IsSuccess) return Result<Guid>.Fail(fnr.Error!);

        await using var transaksjon = await db.Database.BeginTransactionAsync(ct);
        // ID-porten proves the number: the account belongs to the trusted person with it (one registered
        // by staff, or made at an earlier ID-porten log-in), never to a self-registered one.
        var person = await db.Personer.SingleOrDefaultAsync(p => p.Fodselsnummer == fnr.Value.Verdi && !p.Selvregistrert, ct);
        if (person is null)
        {
            // ID-porten gives the number, not the name; the name is filled in later (folkeregisteret or the citizen).
            person = new Person("(navn ikke registrert)", "", fnr.Value);
            db.Personer.Add(person);
            await db.SaveChangesAsync(ct);
        }

        var bruker = await db.Users.SingleOrDefaultAsync(u => u.PersonId == person.Id, ct);
        if (bruker is null)
        {
            bruker = new ApplicationUser
            {
                UserName = $"idporten-{person.Id:N}",
                Fornavn = person.Fornavn,
                Etternavn = person.Etternavn,
                PersonId = person.Id,
                Opprettet = timeProvider.GetUtcNow(),
            };
            var opprettet = await userManager.CreateAsync(bruker);
            if (!opprettet.Succeeded) return Result<Guid>.Invalid(TilFeil(opprettet));
            var rolle = await userManager.AddToRoleAsync(bruker, Roller.Innbygger);
            if (!rolle.Succeeded) return Result<Guid>.Invalid(TilFeil(rolle));
            logger.LogInformation("Innbyggerkonto {BrukerId} opprettet fra ID-porten", bruker.Id);
        }

        await transaksjon.CommitAsync(ct);
        return bruker.Id;
    }

    private async Task<Dictionary<Guid, IReadOnlyList<string>>> RollerForAsync(List<Guid> brukerIder, CancellationToken ct)
    {
        var par = await (from ur in db.UserRoles
                         join r in db.Roles on ur.RoleId equals r.Id
                         where brukerIder.Contains(ur.UserId)
                         select new { ur.UserId, r.Name }).ToListAsync(ct);
        return par.GroupBy(p => p.UserId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(p => p.Name!).Order().ToList());
    }

    /// <summary>Role names only (never who has them), in a fixed order so entries compare.</summary>
    private static string Rolleliste(IEnumerable<string> roller)
    {
        var liste = roller.Distinct().Order(StringComparer.Ordinal).ToList();
        return liste.Count == 0 ? "ingen" : string.Join(", ", liste);
    }

    private static IEnumerable<Feil> TilFeil(IdentityResult result) =>
        result.Errors.Select(e => new Feil(e.Code, e.Description, e.Code switch
        {
            var c when c.StartsWith("Password", StringComparison.Ordinal) => nameof(RegistrerInnbyggerCommand.Passord),
            "DuplicateUserName" or "DuplicateEmail" or "InvalidEmail" or "InvalidUserName" => nameof(RegistrerInnbyggerCommand.Epost),
            _ => null,
        }));
}
