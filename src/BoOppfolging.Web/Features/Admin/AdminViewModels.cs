using BoOppfolging.Application.Kontoer;

namespace BoOppfolging.Web.Features.Admin;

public sealed class NyBrukerViewModel
{
    public string? Fornavn { get; set; }
    public string? Etternavn { get; set; }
    public string? Epost { get; set; }
    public List<string> Roller { get; set; } = [];

    public OpprettAnsattCommand ToCommand() => new(Fornavn, Etternavn, Epost, Roller);
}

public sealed class BrukerViewModel
{
    public AnsattVisning Bruker { get; set; } = null!;
    public List<string> Roller { get; set; } = [];
    public bool ErMeg { get; set; }

    /// <summary>The unit's teams to choose from, and the ones chosen (the account's, or what was posted).</summary>
    public IReadOnlyList<Teamalternativ> Teamvalg { get; set; } = [];
    public List<Guid> Team { get; set; } = [];

    /// <summary>Deactivation was refused: the account still holds open cases, which the team leader must hand over first.</summary>
    public bool MaOverforeSaker { get; set; }
}
