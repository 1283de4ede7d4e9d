using BoOppfolging.Application.Common;

namespace BoOppfolging.Tests.Felles;

/// <summary>The signed-in user in a test: whoever the test says, with no HTTP request behind it.</summary>
public sealed class TestBruker : ICurrentUser
{
    public static readonly TestBruker Anonym = new();

    public Guid? Id { get; init; }
    public IReadOnlyCollection<string> Roller { get; init; } = [];
    public Guid? PersonId { get; init; }
    public bool ErInnlogget => Id is not null;
    public string? IpAdresse { get; init; } = "127.0.0.1";
    public string? KorrelasjonsId { get; init; } = "test";

    public bool HarRolle(string rolle) => Roller.Contains(rolle);

    public static TestBruker Med(string rolle, Guid? personId = null) =>
        new() { Id = Guid.CreateVersion7(), Roller = [rolle], PersonId = personId };
}

/// <summary>Who <see cref="ICurrentUser"/> is in one DI scope; set by <see cref="TestDatabase.Scope"/>.</summary>
internal sealed class Innlogging
{
    public TestBruker Bruker { get; set; } = TestBruker.Anonym;
}
