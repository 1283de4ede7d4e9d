namespace BoOppfolging.Domain;

/// <summary>What a team does: assesses applications, or follows up the users who have a vedtak.</summary>
public enum Teamtype
{
    Vurderingsteam,
    BoOppfolging,
}

/// <summary>A team in the unit, e.g. the vurderingsteam or a bo-oppfølging team. Members are user ids.</summary>
public sealed class Team
{
    private readonly List<TeamMedlem> _medlemmer = [];

    private Team() { } // for EF Core

    public Team(string navn, Teamtype type) => (Navn, Type) = (navn, type);

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string Navn { get; private set; } = "";
    public Teamtype Type { get; private set; }
    public IReadOnlyCollection<TeamMedlem> Medlemmer => _medlemmer.AsReadOnly();

    public void FjernMedlem(Guid brukerId) => _medlemmer.RemoveAll(m => m.BrukerId == brukerId);

    public void LeggTilMedlem(Guid brukerId)
    {
        if (_medlemmer.All(m => m.BrukerId != brukerId))
        {
            _medlemmer.Add(new TeamMedlem(Id, brukerId));
        }
    }
}

public sealed class TeamMedlem
{
    private TeamMedlem() { } // for EF Core

    internal TeamMedlem(Guid teamId, Guid brukerId) => (TeamId, BrukerId) = (teamId, brukerId);

    public Guid TeamId { get; private set; }
    public Guid BrukerId { get; private set; }
}
