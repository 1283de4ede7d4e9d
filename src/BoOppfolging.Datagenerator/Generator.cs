using System.Diagnostics;
using System.Globalization;
using BoOppfolging.Application.Brev;
using BoOppfolging.Application.Common;
using BoOppfolging.Domain;
using BoOppfolging.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoOppfolging.Datagenerator;

/// <summary>
/// Fills a database with cases in volume: prepares it as the app does at start, makes the staff
/// accounts, then builds the cases in batches, each batch in a DI scope of its own (one DbContext,
/// one save, change tracking off while building) so that memory and save time stay flat.
/// </summary>
internal sealed class Generator(IServiceScopeFactory scopeFactory, Genereringsvalg valg, KommuneOptions kommune, TextWriter ut)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public async Task<Telling> KjorAsync(CancellationToken ct)
    {
        var klokke = Stopwatch.StartNew();
        // "Now" in the data: the base date at nine in the morning, Norwegian time.
        var naa = Saksforlop.Lokal(valg.Basisdato, TimeSpan.FromHours(9));
        Ansatte ansatte;
        Guid innbyggerRolle;
        Dictionary<int, int> serier;
        ILookupNormalizer normalizer;
        await using (var scope = scopeFactory.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            await services.GetRequiredService<DatabaseInitializer>().InitialiserAsync(ct);
            var db = services.GetRequiredService<AppDbContext>();
            if (await db.Saker.AnyAsync(ct))
            {
                throw new InvalidOperationException("Databasen har allerede saker. Generatoren fyller bare en tom database; bruk en ny fil.");
            }

            // About 20 open cases in follow-up per bo-oppfølger (the share of cases that get there and stay open, measured at
            // N = 1000 and 100 000), drawn from a stream of their own so the cases' course does not move with the staff.
            ansatte = await Ansattkontoer.SikreAsync(services, naa, AntallBoOppfolgere(valg), new Tilfeldig(valg.Seed ^ 0x0B0F), ct);
            innbyggerRolle = await db.Roles.Where(r => r.Name == Roller.Innbygger).Select(r => r.Id).SingleAsync(ct);
            serier = await db.Referanseserier.AsNoTracking().ToDictionaryAsync(r => r.Aar, r => r.SisteNummer, ct);
            normalizer = services.GetRequiredService<ILookupNormalizer>();
        }

        Skriv($"Databasen er klar, {ansatte.Saksbehandlere.Count} saksbehandlere, {ansatte.BoOppfolgere.Count} bo-oppfølgere, teamleder og vurderingsteam finnes ({Sekunder(klokke)})");

        var rng = new Tilfeldig(valg.Seed);
        var hoder = Sakshoder.Lag(rng, valg.Saker, naa);
        await using var rot = scopeFactory.CreateAsyncScope();
        var bygger = new Saksforlop(
            rng, ansatte, kommune, rot.ServiceProvider.GetRequiredService<IBrevPdf>(), naa, innbyggerRolle, normalizer, serier, valg.Oppfolging, valg.Klager);
        var dokumentlager = rot.ServiceProvider.GetRequiredService<IDokumentlager>();
        for (var fra = 0; fra < hoder.Length; fra += valg.Batch)
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            // Everything in a batch is new: nothing to detect, and detecting over tens of thousands of entities costs more than the inserts.
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            await StorSideCacheAsync(db, ct);
            var til = Math.Min(fra + valg.Batch, hoder.Length);
            var bygging = Stopwatch.StartNew();
            for (var i = fra; i < til; i++) bygger.Bygg(hoder[i], db);
            bygging.Stop();
            await OppdaterReferanseserierAsync(db, bygger.Serier, ct);
            // The sent letters' PDFs first: a row never refers to a file that is not there.
            foreach (var (nokkel, innhold) in bygger.Arkiv)
            {
                using var strom = new MemoryStream(innhold, writable: false);
                var lagret = await dokumentlager.LagreAsync(strom, ct);
                if (lagret != nokkel) throw new InvalidOperationException($"Dokumentlageret ga nøkkelen {lagret}, ikke innholdets SHA-256 {nokkel}.");
            }

            bygger.Arkiv.Clear();
            var lagring = Stopwatch.StartNew();
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            Skriv($"  {til,7}/{hoder.Length} saker, {bygger.Telling.Hendelser,8} hendelser ({Sekunder(klokke)}; bygget på {Sekunder(bygging)}, lagret på {Sekunder(lagring)})");
        }

        await SkrivSammendragAsync(bygger.Telling, klokke, ct);
        return bygger.Telling;
    }

    /// <summary>
    /// A page cache of 1 GiB on the batch's connection (opened for the scope, so the save uses it), SQLite only. A batch of cases
    /// in follow-up inserts tens of thousands of visits and audit entries into indexes spread over the file; with the app's 32 MiB
    /// the cache filled mid-transaction and SQLite spilled dirty pages to the WAL and wrote them again and again (strace at 1 000
    /// cases: 970 000 page writes for a 70 MB file, and most of the run waiting on them). A setting of the connection, no data.
    /// </summary>
    private static async Task StorSideCacheAsync(AppDbContext db, CancellationToken ct)
    {
        if (db.Database.ProviderName?.EndsWith(".Sqlite", StringComparison.Ordinal) != true) return;
        await db.Database.OpenConnectionAsync(ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -1048576;", ct);
    }

    /// <summary>
    /// The counters move with the batch, in the same save: the app's <see cref="ReferanseGenerator"/>
    /// then continues after the last generated number, and an interrupted run leaves no reference twice.
    /// The row's version is the concurrency token, as in the generator.
    /// </summary>
    private static async Task OppdaterReferanseserierAsync(AppDbContext db, IReadOnlyDictionary<int, int> serier, CancellationToken ct)
    {
        var lagret = await db.Referanseserier.ToDictionaryAsync(r => r.Aar, ct);
        foreach (var (aar, siste) in serier)
        {
            if (!lagret.TryGetValue(aar, out var serie))
            {
                db.Referanseserier.Add(new Referanseserie { Aar = aar, SisteNummer = siste });
            }
            else if (serie.SisteNummer != siste)
            {
                serie.SisteNummer = siste;
                serie.Versjon = Guid.NewGuid();
                db.Entry(serie).State = EntityState.Modified;
            }
        }
    }

    private async Task SkrivSammendragAsync(Telling telling, Stopwatch klokke, CancellationToken ct)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tall = new (string Navn, int Antall)[]
        {
            ("saker", await db.Saker.CountAsync(ct)),
            ("hendelser", await db.Hendelser.CountAsync(ct)),
            ("personer", await db.Personer.CountAsync(ct)),
            ("søknader", await db.Soknader.CountAsync(ct)),
            ("samtykker", await db.Samtykker.CountAsync(ct)),
            ("samtykker trukket", await db.Samtykker.CountAsync(s => s.Trukket != null, ct)),
            ("personer med adresse", await db.Personer.CountAsync(p => p.Adresse != null, ct)),
            ("henvendelser", await db.Henvendelser.CountAsync(ct)),
            ("kontaktforsøk", await db.Kontaktforsok.CountAsync(ct)),
            ("opplysningsbehov", await db.Opplysningsbehov.CountAsync(ct)),
            ("henvisninger", await db.Henvisninger.CountAsync(ct)),
            ("brev", await db.Brev.CountAsync(ct)),
            ("brev sendt (med lagret PDF)", await db.Brev.CountAsync(b => b.Status == Brevstatus.Sendt, ct)),
            ("brukerkontoer", await db.Users.CountAsync(ct)),
            ("vedtak", await db.Set<Vedtak>().CountAsync(ct)),
            ("kontaktperioder", await db.Set<Kontaktperiode>().CountAsync(ct)),
            ("besøk", await db.Set<Besok>().CountAsync(ct)),
            ("besøk registrert", await db.Set<Besok>().CountAsync(b => b.Status == Besoksstatus.Registrert, ct)),
            ("besøk planlagt", await db.Set<Besok>().CountAsync(b => b.Status == Besoksstatus.Planlagt, ct)),
            ("samarbeidsmøter", await db.Set<Samarbeidsmote>().CountAsync(ct)),
            ("individuelle planer", await db.Set<IndividuellPlan>().CountAsync(ct)),
            ("samarbeidsavtaler", await db.Set<Samarbeidsavtale>().CountAsync(ct)),
            ("kriseplaner", await db.Set<Kriseplan>().CountAsync(ct)),
            ("evalueringer", await db.Set<Evaluering>().CountAsync(ct)),
            ("varsler om manglende medvirkning", await db.Set<Medvirkningsvarsel>().CountAsync(ct)),
            ("målstatuser", await db.Set<Maalstatus>().CountAsync(ct)),
            ("klager", await db.Set<Klage>().CountAsync(ct)),
            ("auditlogg", await db.AuditLogg.CountAsync(ct)),
        };
        Skriv($"Ferdig på {Sekunder(klokke)}.");
        Skriv("Rader: " + string.Join(", ", tall.Select(t => string.Create(Invariant, $"{t.Navn} {t.Antall}"))));
        Skriv("Status: " + string.Join(", ", telling.Status.Select(s => string.Create(Invariant, $"{s.Key} {s.Value}"))));
        Skriv($"Hendelser per sak: {(double)telling.Hendelser / telling.Saker:0.0}; over fristen: {telling.OverFristen} ({Andel(telling.OverFristen, telling.Saker)}); "
            + $"ikke tildelt: {telling.IkkeTildelt} ({Andel(telling.IkkeTildelt, telling.Saker)}); haster: {telling.Haster}; "
            + $"foreløpig svar sendt: {telling.ForelopigSvarSendt}");
        Skriv($"Oppfølging: {telling.Status.GetValueOrDefault(Saksstatus.IOppfolging)} saker i oppfølging, {telling.Status.GetValueOrDefault(Saksstatus.Avsluttet)} avsluttet etter oppfølging; "
            + $"besøk logget sent: {telling.BesokSentRegistrert}, besøk til nå ikke dokumentert: {telling.BesokUdokumentert}; "
            + $"PDF-er laget på {telling.PdfTid.TotalSeconds:0.0} s");
        Skriv($"Klager: {telling.Klager.Values.Sum()} ({telling.KlagerPaAvslag} på avslag, {telling.KlagerEtterFristen} etter fristen, "
            + $"{telling.KlagerMedForelopigSvar} med foreløpig svar); "
            + string.Join(", ", telling.Klager.Select(k => string.Create(Invariant, $"{k.Key} {k.Value}"))));
    }

    /// <summary>Enough bo-oppfølgere for about 20 open cases each (at least four, so a case can change hands).</summary>
    internal static int AntallBoOppfolgere(Genereringsvalg valg) => Math.Max(4, (int)Math.Round(valg.Saker * valg.Oppfolging * AndelIOppfolging / 20));

    /// <summary>Of the cases headed for follow-up, the share in follow-up at the end (the rest are too recent, or ended).</summary>
    private const double AndelIOppfolging = 0.7;

    private static string Andel(int del, int av) => (100.0 * del / av).ToString("0.0", Invariant) + " %";

    private static string Sekunder(Stopwatch klokke) => klokke.Elapsed.TotalSeconds.ToString("0.0", Invariant) + " s";

    private void Skriv(FormattableString tekst) => ut.WriteLine(tekst.ToString(Invariant));

    private void Skriv(string tekst) => ut.WriteLine(tekst);
}
