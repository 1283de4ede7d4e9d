using System.Globalization;

namespace BoOppfolging.Domain;

/// <summary>What kind of identity number a <see cref="Fodselsnummer"/> is.</summary>
public enum FodselsnummerType
{
    /// <summary>An ordinary birth number (fødselsnummer).</summary>
    Fodselsnummer,

    /// <summary>A D-number: day of month + 40, given to people without a birth number.</summary>
    DNummer,
}

/// <summary>
/// A validated Norwegian national identity number (fødselsnummer or D-number), possibly a
/// synthetic test number.
/// <para>
/// All validation of identity numbers lives in this class. From 2032 new numbers may be issued
/// with other check-digit rules (Skatteetaten is running out of individual numbers); when that
/// happens, this class is the one place to change.
/// </para>
/// <para>
/// <see cref="ToString"/> returns <see cref="Maskert"/>, so a full number never ends up in a log
/// line or a page by accident; use <see cref="Verdi"/> when the full number is really needed.
/// </para>
/// </summary>
public sealed record Fodselsnummer
{
    private const int Lengde = 11;
    private const string KodeMangler = "fodselsnummer_mangler";
    private const string KodeLengde = "fodselsnummer_lengde";
    private const string KodeUgyldig = "fodselsnummer_ugyldig";
    private const string KodeDato = "fodselsnummer_dato";
    private const string KodeSyntetisk = "fodselsnummer_syntetisk";

    private const string MeldingUgyldig = "Fødselsnummeret er ikke gyldig. Kontroller at du har skrevet det riktig.";

    // Month offsets for synthetic test numbers: NAV (+40) and Skatteetaten's Tenor (+80).
    private const int SyntetiskNav = 40;
    private const int SyntetiskSkatteetaten = 80;
    private const int DNummerTillegg = 40;

    private static readonly int[] VekterK1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
    private static readonly int[] VekterK2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

    private Fodselsnummer(string verdi, DateOnly fodselsdato, FodselsnummerType type, bool erSyntetisk)
    {
        Verdi = verdi;
        Fodselsdato = fodselsdato;
        Type = type;
        ErSyntetisk = erSyntetisk;
    }

    /// <summary>The full 11-digit number. Do not log it.</summary>
    public string Verdi { get; }

    public DateOnly Fodselsdato { get; }

    public FodselsnummerType Type { get; }

    /// <summary>True for synthetic test numbers (month + 40 or month + 80). Can combine with a D-number.</summary>
    public bool ErSyntetisk { get; }

    /// <summary>The birth-date part followed by asterisks, e.g. "010190*****", for lists and logs.</summary>
    public string Maskert => string.Concat(Verdi.AsSpan(0, 6), "*****");

    public static Result<Fodselsnummer> Parse(string? input, bool tillatSyntetisk, string felt = "Fodselsnummer")
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return Result<Fodselsnummer>.Fail(new Feil(KodeMangler, "Fyll inn fødselsnummer.", felt));
        }

        // Allow "010190 12345": people often type a space after the birth date.
        var verdi = string.Concat(input.Trim().Where(c => !char.IsWhiteSpace(c)));

        if (verdi.Length != Lengde || !verdi.All(char.IsAsciiDigit))
        {
            return Result<Fodselsnummer>.Fail(new Feil(KodeLengde, "Fødselsnummeret må ha 11 siffer.", felt));
        }

        var siffer = verdi.Select(c => c - '0').ToArray();
        if (!KontrollsifreErRiktige(siffer))
        {
            return Result<Fodselsnummer>.Fail(new Feil(KodeUgyldig, MeldingUgyldig, felt));
        }

        var dag = (siffer[0] * 10) + siffer[1];
        var maaned = (siffer[2] * 10) + siffer[3];
        var aar = (siffer[4] * 10) + siffer[5];
        var individnummer = (siffer[6] * 100) + (siffer[7] * 10) + siffer[8];

        var type = FodselsnummerType.Fodselsnummer;
        if (dag > DNummerTillegg)
        {
            type = FodselsnummerType.DNummer;
            dag -= DNummerTillegg;
        }

        var erSyntetisk = false;
        if (maaned > SyntetiskSkatteetaten)
        {
            erSyntetisk = true;
            maaned -= SyntetiskSkatteetaten;
        }
        else if (maaned > SyntetiskNav)
        {
            erSyntetisk = true;
            maaned -= SyntetiskNav;
        }

        var fulltAar = FulltAar(aar, individnummer);
        if (fulltAar is null || !DatoFinnes(fulltAar.Value, maaned, dag))
        {
            return Result<Fodselsnummer>.Fail(new Feil(KodeDato, MeldingUgyldig, felt));
        }

        if (erSyntetisk && !tillatSyntetisk)
        {
            return Result<Fodselsnummer>.Fail(new Feil(KodeSyntetisk, "Testnummer kan ikke brukes her.", felt));
        }

        var fodselsdato = new DateOnly(fulltAar.Value, maaned, dag);
        return Result<Fodselsnummer>.Ok(new Fodselsnummer(verdi, fodselsdato, type, erSyntetisk));
    }

    public static bool ErGyldig(string? input, bool tillatSyntetisk) => Parse(input, tillatSyntetisk).IsSuccess;

    /// <summary>Age in whole years on <paramref name="dato"/>.</summary>
    public int AlderPaa(DateOnly dato) => Alder(Fodselsdato, dato);

    /// <summary>
    /// Age in whole years on <paramref name="dato"/>. A person turns a year older on their birthday;
    /// someone born 29 February turns a year older on 1 March in years that are not leap years.
    /// </summary>
    public static int Alder(DateOnly fodselsdato, DateOnly dato)
    {
        var alder = dato.Year - fodselsdato.Year;
        if (dato.Month < fodselsdato.Month || (dato.Month == fodselsdato.Month && dato.Day < fodselsdato.Day))
        {
            alder--;
        }

        return alder;
    }

    /// <summary>
    /// Makes a valid synthetic number (Skatteetaten's convention, month + 80) for
    /// <paramref name="fodselsdato"/>. Tries individual numbers from
    /// <paramref name="individnummerStart"/> upward within the range valid for the birth year's
    /// century (000–499 for 1900–1999, 500–999 for 2000–2039, 500–749 for 1854–1899), wrapping
    /// round to the start of the range, and skips numbers that give check digit 10. A start below
    /// the range begins at the start of the range. Deterministic.
    /// </summary>
    public static string LagSyntetisk(DateOnly fodselsdato, int individnummerStart)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(individnummerStart);

        var (min, maks) = fodselsdato.Year switch
        {
            >= 1854 and <= 1899 => (500, 749),
            >= 1900 and <= 1999 => (0, 499),
            >= 2000 and <= 2039 => (500, 999),
            _ => throw new ArgumentOutOfRangeException(
                nameof(fodselsdato), fodselsdato, "Fødselsnummer finnes bare for fødselsår 1854–2039."),
        };

        var antall = maks - min + 1;
        var forskyvning = individnummerStart < min ? 0 : (individnummerStart - min) % antall;
        var datoDel = string.Create(
            CultureInfo.InvariantCulture,
            $"{fodselsdato.Day:00}{fodselsdato.Month + SyntetiskSkatteetaten:00}{fodselsdato.Year % 100:00}");

        for (var i = 0; i < antall; i++)
        {
            var individnummer = min + ((forskyvning + i) % antall);
            var ni = string.Create(CultureInfo.InvariantCulture, $"{datoDel}{individnummer:000}");
            var siffer = ni.Select(c => c - '0').ToList();

            var k1 = Kontrollsiffer(siffer, VekterK1);
            if (k1 is null)
            {
                continue;
            }

            siffer.Add(k1.Value);
            var k2 = Kontrollsiffer(siffer, VekterK2);
            if (k2 is null)
            {
                continue;
            }

            return string.Create(CultureInfo.InvariantCulture, $"{ni}{k1.Value}{k2.Value}");
        }

        // Cannot happen: every range holds many individual numbers with valid check digits.
        throw new InvalidOperationException("Fant ikke noe gyldig individnummer.");
    }

    /// <summary>Returns <see cref="Maskert"/>, never the full number.</summary>
    public override string ToString() => Maskert;

    private static bool KontrollsifreErRiktige(int[] siffer)
    {
        var k1 = Kontrollsiffer(siffer, VekterK1);
        var k2 = Kontrollsiffer(siffer, VekterK2);
        return k1 == siffer[9] && k2 == siffer[10];
    }

    /// <summary>Mod 11 check digit over the first <c>vekter.Length</c> digits; null when it would be 10.</summary>
    private static int? Kontrollsiffer(IReadOnlyList<int> siffer, int[] vekter)
    {
        var sum = 0;
        for (var i = 0; i < vekter.Length; i++)
        {
            sum += siffer[i] * vekter[i];
        }

        var k = 11 - (sum % 11);
        return k switch
        {
            11 => 0,
            10 => null,
            _ => k,
        };
    }

    /// <summary>The four-digit birth year from the two-digit year and the individual number; null if no rule fits.</summary>
    private static int? FulltAar(int aar, int individnummer) => individnummer switch
    {
        <= 499 => 1900 + aar,
        <= 749 when aar >= 54 => 1800 + aar,
        _ when aar <= 39 => 2000 + aar,
        >= 900 when aar >= 40 => 1900 + aar,
        _ => null,
    };

    private static bool DatoFinnes(int aar, int maaned, int dag) =>
        maaned is >= 1 and <= 12 && dag >= 1 && dag <= DateTime.DaysInMonth(aar, maaned);
}
