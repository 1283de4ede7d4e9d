namespace BoOppfolging.Domain;

/// <summary>The roles of the service (docs: domain.md, "Who uses it").</summary>
public static class Roller
{
    public const string Innbygger = nameof(Innbygger);
    public const string Saksbehandler = nameof(Saksbehandler);
    public const string Vurderingsteam = nameof(Vurderingsteam);
    public const string BoOppfolger = nameof(BoOppfolger);
    public const string Teamleder = nameof(Teamleder);
    public const string Administrator = nameof(Administrator);

    public static readonly IReadOnlyList<string> Alle =
        [Innbygger, Saksbehandler, Vurderingsteam, BoOppfolger, Teamleder, Administrator];

    public static readonly IReadOnlyList<string> Ansatte =
        [Saksbehandler, Vurderingsteam, BoOppfolger, Teamleder, Administrator];

    public static string Visningsnavn(string rolle) => rolle switch
    {
        Innbygger => "Innbygger",
        Saksbehandler => "Saksbehandler",
        Vurderingsteam => "Vurderingsteam",
        BoOppfolger => "Bo-oppfølger",
        Teamleder => "Teamleder",
        Administrator => "Administrator",
        _ => rolle,
    };
}
