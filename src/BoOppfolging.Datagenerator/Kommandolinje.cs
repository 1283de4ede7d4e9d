using System.Globalization;
using Microsoft.Data.Sqlite;

namespace BoOppfolging.Datagenerator;

/// <param name="Basisdato">"Today" in the data: cases are received in the three years before it. Never the clock.</param>
internal sealed record Genereringsvalg(int Saker, int Seed, DateOnly Basisdato, int Batch);

/// <summary>The command line: what to make, and the database settings passed on as configuration.</summary>
internal sealed record Kommandolinje(Genereringsvalg? Valg, IReadOnlyDictionary<string, string?> Innstillinger, string? Feil)
{
    public const string Bruk = """
        Bruk:
          dotnet run --project src/BoOppfolging.Datagenerator -c Release -- --database <fil.db> [valg]
          dotnet run --project src/BoOppfolging.Datagenerator -c Release -- --provider SqlServer --connection "<tilkoblingsstreng>" [valg]

        Valg:
          --saker <antall>     saker som lages (standard 1000)
          --seed <tall>        frø for tilfeldighetene; samme frø gir samme data (standard 42)
          --dato <åååå-mm-dd>  «i dag» i dataene (standard 2026-11-23)
          --batch <antall>     saker per lagring (standard 2000)
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

        var ukjente = verdier.Keys.Except(["database", "provider", "connection", "saker", "seed", "dato", "batch", "dokumenter"]).ToList();
        if (ukjente.Count > 0) return Feilet($"Ukjent valg: --{ukjente[0]}");

        if (!Heltall(verdier, "saker", 1000, out var saker) || saker < 1) return Feilet("--saker må være et positivt heltall.");
        if (!Heltall(verdier, "seed", 42, out var seed)) return Feilet("--seed må være et heltall.");
        if (!Heltall(verdier, "batch", 2000, out var batch) || batch < 1) return Feilet("--batch må være et positivt heltall.");
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

        return new Kommandolinje(new Genereringsvalg(saker, seed, dato, batch), innstillinger, null);
    }

    private static Kommandolinje Feilet(string feil) => new(null, new Dictionary<string, string?>(), feil);

    private static bool Heltall(Dictionary<string, string> verdier, string navn, int standard, out int verdi)
    {
        verdi = standard;
        return !verdier.TryGetValue(navn, out var tekst) || int.TryParse(tekst, NumberStyles.Integer, CultureInfo.InvariantCulture, out verdi);
    }
}
