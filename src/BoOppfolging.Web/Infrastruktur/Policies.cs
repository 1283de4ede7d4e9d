using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;
using Microsoft.AspNetCore.Authorization;

namespace BoOppfolging.Web.Infrastruktur;

/// <summary>
/// Role policies, one per kind of user. Every controller names one of these or is explicitly
/// public ([AllowAnonymous]); a test enforces that. Which case a user may see, and what they may
/// do to it, is decided by <see cref="TilgangService"/> and <see cref="Tillatelser"/>; these policies are
/// only the coarse gate in front.
/// </summary>
public static class Policies
{
    public const string Innlogget = nameof(Innlogget);
    public const string Innbygger = nameof(Innbygger);
    public const string Saksarbeid = nameof(Saksarbeid);
    public const string Administrator = nameof(Administrator);

    /// <summary>The forvaltningsenhet's work: intake, screening, letters (saksbehandlere and team leaders).</summary>
    public const string Forvaltning = nameof(Forvaltning);

    /// <summary>The roles the permission table gives the intake's actions: the coarse gate follows the fine one.</summary>
    public static readonly IReadOnlyList<string> ForvaltningRoller = Tillatelser.RollerSomKan(Handling.RegistrerMottakskontroll);

    /// <summary>The vurderingsteam's work: the team's queue and the vurderingsmøte (team members and team leaders).</summary>
    public const string Vurdering = nameof(Vurdering);

    /// <summary>The roles the permission table gives the vurderingsmøte: the coarse gate follows the fine one.</summary>
    public static readonly IReadOnlyList<string> VurderingRoller = Tillatelser.RollerSomKan(Handling.RegistrerVurderingsmote);

    /// <summary>Totrinnskontroll: the team leaders who approve or return a vedtak.</summary>
    public const string Godkjenning = nameof(Godkjenning);

    /// <summary>The roles the permission table gives approving a vedtak.</summary>
    public static readonly IReadOnlyList<string> GodkjenningRoller = Tillatelser.RollerSomKan(Handling.GodkjennVedtak);

    /// <summary>The bo-oppfølger's own pages ("Mine brukere", the week): the users they follow up.</summary>
    public const string Oppfolger = nameof(Oppfolger);

    /// <summary>The team leader's view of the bo-oppfølgere's load and capacity.</summary>
    public const string Kapasitet = nameof(Kapasitet);

    public static readonly IReadOnlyList<string> KapasitetRoller = Tillatelser.RollerSomKan(Handling.SettKapasitet);

    /// <summary>The team leader's review of stand-in access.</summary>
    public const string Vikartilganger = nameof(Vikartilganger);

    public static readonly IReadOnlyList<string> VikartilgangRoller = Tillatelser.RollerSomKan(Handling.GjennomgaVikartilgang);

    /// <summary>The follow-up overview across cases (team leader; a saksbehandler's evaluations due).</summary>
    public const string Oppfolgingsoversikt = nameof(Oppfolgingsoversikt);

    public static readonly IReadOnlyList<string> OppfolgingsoversiktRoller = Tillatelser.RollerSomKan(Handling.SeOppfolgingsoversikt);

    /// <summary>The team leader's handover of a bo-oppfølger's cases to others.</summary>
    public const string Overlevering = nameof(Overlevering);

    public static readonly IReadOnlyList<string> OverleveringRoller = Tillatelser.RollerSomKan(Handling.OverforSaker);

    public static readonly IReadOnlyList<string> SaksarbeidRoller =
        [Roller.Saksbehandler, Roller.Vurderingsteam, Roller.BoOppfolger, Roller.Teamleder];

    public static void Legg(AuthorizationOptions options)
    {
        options.AddPolicy(Innlogget, p => p.RequireAuthenticatedUser());
        options.AddPolicy(Innbygger, p => p.RequireRole(Roller.Innbygger));
        options.AddPolicy(Saksarbeid, p => p.RequireRole(SaksarbeidRoller));
        options.AddPolicy(Administrator, p => p.RequireRole(Roller.Administrator));
        options.AddPolicy(Forvaltning, p => p.RequireRole(ForvaltningRoller));
        options.AddPolicy(Vurdering, p => p.RequireRole(VurderingRoller));
        options.AddPolicy(Godkjenning, p => p.RequireRole(GodkjenningRoller));
        options.AddPolicy(Oppfolger, p => p.RequireRole(Roller.BoOppfolger));
        options.AddPolicy(Kapasitet, p => p.RequireRole(KapasitetRoller));
        options.AddPolicy(Vikartilganger, p => p.RequireRole(VikartilgangRoller));
        options.AddPolicy(Oppfolgingsoversikt, p => p.RequireRole(OppfolgingsoversiktRoller));
        options.AddPolicy(Overlevering, p => p.RequireRole(OverleveringRoller));
        // No fallback policy: an unknown address answers 404 to everyone. Every controller action
        // names a policy or [AllowAnonymous], and AutorisasjonsmatriseTests fails on one that does not.
    }
}
