namespace BoOppfolging.Application.Common;

/// <summary>The shape of a case reference as people type it (BO-2026-000123, any case), for searches that take one.</summary>
public static partial class Saksreferanse
{
    public static bool ErGyldig(string? tekst) => tekst is not null && Monster().IsMatch(tekst);

    [System.Text.RegularExpressions.GeneratedRegex("^[Bb][Oo]-[0-9]{4}-[0-9]{6}$")]
    private static partial System.Text.RegularExpressions.Regex Monster();
}
