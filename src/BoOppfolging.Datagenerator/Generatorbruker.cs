using BoOppfolging.Application.Common;

namespace BoOppfolging.Datagenerator;

/// <summary>
/// The generator as the app's "current user": nobody is signed in. The audit entries the data layer
/// writes for every case and person it creates carry no user, and the correlation id
/// "datagenerator", so a generated database says in its own audit log where its rows came from.
/// </summary>
internal sealed class Generatorbruker : ICurrentUser
{
    public Guid? Id => null;
    public bool ErInnlogget => false;
    public IReadOnlyCollection<string> Roller => [];
    public Guid? PersonId => null;
    public string? IpAdresse => null;
    public string? KorrelasjonsId => "datagenerator";

    public bool HarRolle(string rolle) => false;
}
