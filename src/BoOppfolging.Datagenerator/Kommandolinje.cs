using System.Globalization;
using Microsoft.Data.Sqlite;

namespace BoOppfolging.Datagenerator;

/// <param name="Basisdato">"Today" in the data: cases are received in the three years before it. Never the clock.</param>
/// <param name="Oppfolging">
/// The share of cases headed for a granted vedtak and follow-up (issue 12, "Volume": a county's active cases with two years
/// of visits). The rest take the course of the earlier phases as before; a recent case may not get there in time.
/// </param>
/// <param name="Klager">
/// The share of sent grants and endringsvedtak the citizen complains about (issue 13); refusals four times as often (at most
/// all). The default is what a municipal service sees; the tests raise it so that a few hundred cases have complaints in each state.
/// </param>
internal sealed record Genereringsvalg(
    int Saker, int Seed, DateOnly Basisdato, int Batch, double Oppfolging = Genereringsvalg.StandardOppfolging,
    double Klager = Genereringsvalg.StandardKlager)
{
    public const double StandardOppfolging = 0.55;

    /// <summary>About 3 % of grants and endringsvedtak, and so 12 % of refusals, are complained about.</summary>
    public const double StandardKlager = 0.03;
}

/// <summary>The command line: what to make, and the database settings passed on as configuration.</summary>
internal sealed record Kommandolinje(Genereringsvalg? Valg, IReadOnlyDictionary<string, string?> Innstillinger, string? Feil)
{
    /// <summary>
    /// Cases per save. A case in follow-up brings a hundred rows or more (its visits, and an audit entry each), and a save of
    /// 2 000 such cases spilled SQLite's page cache to the file while it ran: 1 000 cases took 52 s in one save of all, 18 s in
    /// saves of 250.
    /// </summary>
    public const int StandardBatch = 250;

    public const string Bruk = """
        Bruk:
          dotnet run --project src/BoOppfolging.Datagenerator -c Release -- --database <fil.db> [valg]
          dotnet run --project src/BoOppfolging.Datagenerator -c Release -- --provider SqlServer --connection "<tilkoblingsstreng>" [valg]

        Valg:
          --saker <antall>     saker som lages (standard 1000)
          --seed <tall>        frø for tilfeldighetene; samme frø gir samme data (standard 42)
          --dato <åååå-mm-dd>  «i dag» i dataene (standard 2026-11-23)
          --batch <antall>     saker per lagring (standard 250)
          --oppfolging <andel> andelen saker som går mot innvilget vedtak og oppfølging, 0 til 1 (standard 0.55)
          --dokumenter <mappe> hvor PDF-ene til sendte brev lagres (standard: <fil>-dokumenter ved siden av databasen;
                               appen må bruke samme mappe: Dokumentlager__Mappe=<mappe>)

        Databasen opprettes og migreres om den ikke finnes, men må være uten saker.
        """;

    public static Kommandolinje Les(IReadOnlyList<string> args)
    {
        var verdier = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var navn = args[i];
            if (navn is "-h" or "--help" or "--hjelp") return Feilet("");
            if (!navn.StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count) return Feilet($"Ukjent eller ufullstendig valg: {navn}");
            verdier[navn[2..]] = args[++i];
        }

        var ukjente = verdier.Keys.Except(["database", "provider", "connection", "saker", "seed", "dato", "batch", "dokumenter", "oppfolging"]).ToList();
        if (ukjente.Count > 0) return Feilet($"Ukjent valg: --{ukjente[0]}");

        if (!Heltall(verdier, "saker", 1000, out var saker) || saker < 1) return Feilet("--saker må være et positivt heltall.");
        if (!Heltall(verdier, "seed", 42, out var seed)) return Feilet("--seed må være et heltall.");
        if (!Heltall(verdier, "batch", StandardBatch, out var batch) || batch < 1) return Feilet("--batch må være et positivt heltall.");
        var oppfolging = Genereringsvalg.StandardOppfolging;
        if (verdier.TryGetValue("oppfolging", out var andel)
            && (!double.TryParse(andel, NumberStyles.Float, CultureInfo.InvariantCulture, out oppfolging) || oppfolging is < 0 or > 1))
        {
            return Feilet("--oppfolging må være et tall fra 0 til 1, for eksempel 0.4.");
        }

        var dato = new DateOnly(2026, 11, 23);
        if (verdier.TryGetValue("dato", out var datotekst)
            && !DateOnly.TryParseExact(datotekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out dato))
        {
            return Feilet("--dato må skrives åååå-mm-dd.");
        }

        var innstillinger = new Dictionary<string, string?>(StringComparer.Ordinal);
        var provider = verdier.GetValueOrDefault("provider", "Sqlite");
        innstillinger["Database:Provider"] = provider;
        var erSqlite = string.Equals(provider, "Sqlite", StringComparison.OrdinalIgnoreCase);
        if (verdier.TryGetValue("database", out var fil))
        {
            if (!erSqlite) return Feilet("--database er for SQLite; bruk --connection for SQL Server.");
            // The sent letters' PDFs beside the database, unless told: the app reads them from the same folder.
            innstillinger["Dokumentlager:Mappe"] = Path.GetFullPath(verdier.GetValueOrDefault("dokumenter") ?? Path.ChangeExtension(fil, null) + "-dokumenter");
            innstillinger["ConnectionStrings:Sqlite"] = new SqliteConnectionStringBuilder
            {
                DataSource = Path.GetFullPath(fil),
                DefaultTimeout = 30,
                Pooling = true,
            }.ToString();
        }
        else if (verdier.TryGetValue("connection", out var tilkobling))
        {
            if (verdier.TryGetValue("dokumenter", out var mappe)) innstillinger["Dokumentlager:Mappe"] = Path.GetFullPath(mappe);
            innstillinger[erSqlite ? "ConnectionStrings:Sqlite" : "ConnectionStrings:BoOppfolging"] = tilkobling;
        }
        else
        {
            // Never the web app's default file by accident: say where the data goes.
            return Feilet("Oppgi --database <fil.db>, eller --provider og --connection.");
        }

        return new Kommandolinje(new Genereringsvalg(saker, seed, dato, batch, oppfolging), innstillinger, null);
    }

    private static Kommandolinje Feilet(string feil) => new(null, new Dictionary<string, string?>(), feil);

    private static bool Heltall(Dictionary<string, string> verdier, string navn, int standard, out int verdi)
    {
        verdi = standard;
        return !verdier.TryGetValue(navn, out var tekst) || int.TryParse(tekst, NumberStyles.Integer, CultureInfo.InvariantCulture, out verdi);
    }
}
