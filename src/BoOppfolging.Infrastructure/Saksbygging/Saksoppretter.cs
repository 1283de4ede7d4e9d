using System.Security.Cryptography;
using BoOppfolging.Application.Brev;
using BoOppfolging.Application.Common;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BoOppfolging.Infrastructure.Saksbygging;

/// <summary>What a test needs to know about a case it had built: to open it, find it and recognise it on screen.</summary>
public sealed record ByggetSak(Guid Id, string Referanse, Guid PersonId, string Navn, string? Fodselsnummer, Saksstatus Status);

/// <summary>
/// A case to build in a running app (<see cref="Saksoppretter"/>). Users are named by e-mail, as a
/// test logs in with them. Defaults: an application by a new person, received an hour ago, left in
/// <c>Mottatt</c>.
/// </summary>
public sealed record Saksbestilling
{
    /// <summary>Where the standard path (<see cref="Saksbygger.TilStatus"/>) takes the case.</summary>
    public Saksstatus Status { get; init; } = Saksstatus.Mottatt;

    /// <summary><see cref="Kanal.Soknad"/> for an application; any other channel makes a referral.</summary>
    public Kanal Kanal { get; init; } = Kanal.Soknad;

    /// <summary>The citizen account that sends the application; its person is the applicant. Null: a new person, and an account id of its own.</summary>
    public string? Innbygger { get; init; }

    /// <summary>The staff member who registers a referral and takes the steps, unless a saksbehandler is assigned.</summary>
    public string Aktor { get; init; } = "saksbehandler@demo.no";

    /// <summary>Assigned to this saksbehandler as the first step, who then takes the rest.</summary>
    public string? Saksbehandler { get; init; }

    /// <summary>The vurderingsteam (by name) a case on its way to the team goes to; null: the first vurderingsteam by name.</summary>
    public string? Vurderingsteam { get; init; }

    /// <summary>A member of the vurderingsteam who takes the case as soon as it is with the team, and takes the team's steps.</summary>
    public string? Vurderer { get; init; }

    /// <summary>The team leader who approves the vedtak, for a case ordered in <c>Vedtatt</c> (never the one who drafted it).</summary>
    public string? Godkjenner { get; init; }

    /// <summary>
    /// Made primærkontakt (by e-mail) after the standard path. For a case ordered in <c>IOppfolging</c> this starts the
    /// follow-up (bo-oppfolger@demo.no unless given); on an earlier open case it only gives the contact access.
    /// </summary>
    public string? Primaerkontakt { get; init; }

    /// <summary>The sekundærkontakt's e-mail, assigned with the primærkontakt.</summary>
    public string? Sekundaerkontakt { get; init; }

    /// <summary>
    /// The citizen account that applied as fullmektig for a new person (the names below): the case's fullmektig, who sees it in Mine saker.
    /// </summary>
    public string? Fullmektig { get; init; }

    /// <summary>A person saved before (a second case for the same person). Null: a new person with the names below.</summary>
    public Guid? PersonId { get; init; }

    public string Fornavn { get; init; } = "Tora";

    /// <summary>Null: "Testesen" and a few letters of its own, so a search finds this person only.</summary>
    public string? Etternavn { get; init; }

    /// <summary>A new person gets a synthetic fødselsnummer not used before; without it, only a birth date.</summary>
    public bool MedFodselsnummer { get; init; } = true;

    public Soknadsinnhold? Soknad { get; init; }

    public Henvendelsesinnhold? Henvendelse { get; init; }

    /// <summary>Steps after the standard path, e.g. <c>b =&gt; b.RegistrerMottakskontroll(iMaalgruppen: false)</c>.</summary>
    public Func<Saksbygger, Saksbygger>? Steg { get; init; }

    /// <summary>
    /// For a case with a vedtak: its letter registered as sent digitally on this day, as <c>BrevService.SendAsync</c> does (the PDF
    /// stored, the complaint deadline set from the day). Null: the letter stays a draft.
    /// </summary>
    public DateOnly? VedtaksbrevSendt { get; init; }

    /// <summary>How long ago the case came in; its steps follow a minute apart.</summary>
    public TimeSpan Alder { get; init; } = TimeSpan.FromHours(1);
}

/// <summary>
/// The case builder inside a running app, for tests (the browser suite's seeding entry point, the web
/// tests): the next reference from the app's own series, the person (a citizen account's, a saved one,
/// or a new one), the case built by <see cref="Saksbygger"/> and saved in one unit of work. Not
/// registered in the app's DI: a test makes it in a scope of the app with
/// <c>ActivatorUtilities.CreateInstance&lt;Saksoppretter&gt;(scope.ServiceProvider)</c>.
/// </summary>
public sealed class Saksoppretter(
    AppDbContext db, IReferanseGenerator referanser, TimeProvider tid, BrevService brevService, IBrukerOppslag brukere, IOptions<KommuneOptions> kommune,
    IBrevPdf brevPdf, IDokumentlager dokumentlager)
{
    public async Task<ByggetSak> OpprettAsync(Saksbestilling bestilling, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(bestilling);
        var mottatt = tid.GetUtcNow() - bestilling.Alder;
        var aktor = await BrukerIdAsync(bestilling.Aktor, ct);
        Guid? innsender = null;
        Guid? fullmektigPersonId = null;
        Person person;
        if (bestilling.Fullmektig is { } fullmektig)
        {
            var konto = await db.Users.AsNoTracking().Where(u => u.Email == fullmektig).Select(u => new { u.Id, u.PersonId }).SingleOrDefaultAsync(ct)
                ?? throw new InvalidOperationException($"Ingen konto med e-postadressen {fullmektig}.");
            (innsender, fullmektigPersonId) = (konto.Id, konto.PersonId);
            person = await NyPersonAsync(bestilling, ct);
        }
        else if (bestilling.Innbygger is { } innbygger)
        {
            var konto = await db.Users.AsNoTracking().Where(u => u.Email == innbygger).Select(u => new { u.Id, u.PersonId }).SingleOrDefaultAsync(ct)
                ?? throw new InvalidOperationException($"Ingen konto med e-postadressen {innbygger}.");
            innsender = konto.Id;
            person = await db.Personer.SingleAsync(p => p.Id == konto.PersonId, ct);
        }
        else if (bestilling.PersonId is { } personId)
        {
            person = await db.Personer.SingleAsync(p => p.Id == personId, ct);
        }
        else
        {
            person = await NyPersonAsync(bestilling, ct);
        }

        var referanse = await referanser.NesteAsync(Norsktid.Dato(mottatt).Year, ct);
        var bygger = bestilling.Kanal == Kanal.Soknad
            ? Saksbygger.Soknad(referanse, person, mottatt, innsender ?? Guid.CreateVersion7(), bestilling.Soknad, fullmektigPersonId)
            : Saksbygger.Henvendelse(referanse, person, mottatt, aktor, (bestilling.Henvendelse ?? Henvendelsesinnhold.Standard) with { Kanal = bestilling.Kanal });
        bygger.Som(aktor);
        if (bestilling.Saksbehandler is { } saksbehandler) bygger.TildelSaksbehandler(await BrukerIdAsync(saksbehandler, ct));
        if (bestilling.Status is Saksstatus.TilVurdering or Saksstatus.Kartlegging or Saksstatus.Innstilling
            or Saksstatus.VedtakUnderArbeid or Saksstatus.TilGodkjenning or Saksstatus.Vedtatt or Saksstatus.IOppfolging)
        {
            var team = await db.Team.Where(t => t.Type == Teamtype.Vurderingsteam && (bestilling.Vurderingsteam == null || t.Navn == bestilling.Vurderingsteam))
                .OrderBy(t => t.Navn).Select(t => t.Id).FirstAsync(ct);
            bygger.TilStatus(Saksstatus.TilVurdering, team);
            if (bestilling.Vurderer is { } vurderer) bygger.Som(await BrukerIdAsync(vurderer, ct)).TaTilVurdering();
            var forVedtak = bestilling.Status is Saksstatus.VedtakUnderArbeid or Saksstatus.TilGodkjenning or Saksstatus.Vedtatt or Saksstatus.IOppfolging;
            bygger.TilStatus(forVedtak ? Saksstatus.Innstilling : bestilling.Status, team);
            if (forVedtak)
            {
                // The vedtak is the forvaltningsenhet's: drafted by the saksbehandler (or the actor), approved by another.
                bygger.Som(bestilling.Saksbehandler is { } sb ? await BrukerIdAsync(sb, ct) : aktor);
                var godkjenner = bestilling.Godkjenner is { } g ? await BrukerIdAsync(g, ct) : (Guid?)null;
                // Follow-up starts with the contacts, below.
                bygger.TilStatus(bestilling.Status == Saksstatus.IOppfolging ? Saksstatus.Vedtatt : bestilling.Status, team, godkjenner);
            }
        }
        else
        {
            bygger.TilStatus(bestilling.Status);
        }

        var primaer = bestilling.Primaerkontakt ?? (bestilling.Status == Saksstatus.IOppfolging ? "bo-oppfolger@demo.no" : null);
        if (primaer is not null)
        {
            var sekundaer = bestilling.Sekundaerkontakt is { } s ? await BrukerIdAsync(s, ct) : (Guid?)null;
            bygger.TildelKontakter(await BrukerIdAsync(primaer, ct), sekundaer);
        }

        // With the vedtak letter sent, the steps come after it (a complaint counts its deadline from the letter).
        if (bestilling.VedtaksbrevSendt is null) bestilling.Steg?.Invoke(bygger);
        bygger.LeggTil(db);
        if (bygger.Vedtak.Count > 0) await VedtaksbrevAsync(bygger, ct);
        if (bestilling.VedtaksbrevSendt is { } sendt)
        {
            bygger.FerdigstillVedtaksbrev(sendt, Forsendelse.Digital, kommune.Value.PostgangDager);
            var pdf = brevPdf.LagPdf(Brevlagring.FraJson(bygger.SisteVedtaksbrev.InnholdJson));
            using var strom = new MemoryStream(pdf, writable: false);
            var nokkel = await dokumentlager.LagreAsync(strom, ct);
            bygger.RegistrerVedtaksbrevSendt(nokkel, Convert.ToHexStringLower(SHA256.HashData(pdf)), pdf.Length);
            bestilling.Steg?.Invoke(bygger);
            bygger.LeggTil(db);
        }

        await db.SaveChangesAsync(ct);
        return new ByggetSak(bygger.Sak.Id, referanse, person.Id, person.FulltNavn, person.Fodselsnummer, bygger.Sak.Status);
    }

    /// <summary>
    /// The newest vedtak's letter draft, once the case's rows are in the unit of work: the header reads the person and the
    /// application's address from there, as the service's does in the same save as a new case.
    /// </summary>
    private async Task VedtaksbrevAsync(Saksbygger bygger, CancellationToken ct)
    {
        var vedtak = bygger.Vedtak.Count > 0
            ? bygger.Vedtak[^1]
            : throw new InvalidOperationException($"Sak {bygger.Sak.Referanse}: et vedtaksbrev trenger et vedtak (bestill saken i VedtakUnderArbeid eller senere).");
        var part = await brevService.LagPartshodeAsync(bygger.Sak, vedtak.SaksbehandlerId ?? vedtak.OpprettetAv, ct);
        var godkjenner = vedtak.GodkjentAv is { } g ? (await brukere.NavnAsync([g], ct)).GetValueOrDefault(g) : null;
        bygger.Vedtaksbrev(part, godkjenner, kommune.Value.MineSakerAdresse).LeggTilRader(db);
    }

    /// <summary>The id of the account with this e-mail address.</summary>
    public async Task<Guid> BrukerIdAsync(string epost, CancellationToken ct) =>
        await db.Users.Where(u => u.Email == epost).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(ct)
        ?? throw new InvalidOperationException($"Ingen konto med e-postadressen {epost}.");

    /// <summary>A new person; a synthetic fødselsnummer on a random adult birth date that no trusted person has yet.</summary>
    private async Task<Person> NyPersonAsync(Saksbestilling bestilling, CancellationToken ct)
    {
        var etternavn = bestilling.Etternavn ?? "Testesen" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3));
        for (var forsok = 0; forsok < 100; forsok++)
        {
            var fodselsdato = new DateOnly(1950, 1, 1).AddDays(RandomNumberGenerator.GetInt32(365 * 50));
            if (!bestilling.MedFodselsnummer)
            {
                var uten = new Person(bestilling.Fornavn, etternavn, null, fodselsdato);
                db.Personer.Add(uten);
                return uten;
            }

            var fnr = Fodselsnummer.LagSyntetisk(fodselsdato, RandomNumberGenerator.GetInt32(100, 1000));
            if (await db.Personer.AnyAsync(p => p.Fodselsnummer == fnr, ct)) continue;
            var person = new Person(bestilling.Fornavn, etternavn, Fodselsnummer.Parse(fnr, tillatSyntetisk: true).Value);
            db.Personer.Add(person);
            return person;
        }

        throw new InvalidOperationException("Fant ikke et ledig syntetisk fødselsnummer.");
    }
}
