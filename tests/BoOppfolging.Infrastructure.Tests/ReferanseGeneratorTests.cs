using System.Text.RegularExpressions;
using BoOppfolging.Application.Common;
using BoOppfolging.Tests.Felles;

namespace BoOppfolging.Infrastructure.Tests;

public sealed partial class ReferanseGeneratorTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [GeneratedRegex(@"^BO-2026-\d{6}$")]
    private static partial Regex Referanse2026();

    [Fact]
    public async Task Mange_samtidige_foresporsler_faar_hver_sin_referanse()
    {
        var ct = TestContext.Current.CancellationToken;
        const int Antall = 200;
        const int Scopes = 8;
        var scopes = Enumerable.Range(0, Scopes).Select(_ => database.Scope()).ToList();
        try
        {
            var referanser = await Task.WhenAll(Enumerable.Range(0, Antall).Select(i =>
                Task.Run(() => scopes[i % Scopes].Get<IReferanseGenerator>().NesteAsync(2026, ct), ct)));

            Assert.All(referanser, r => Assert.Matches(Referanse2026(), r));
            Assert.Equal(Antall, referanser.Distinct().Count());
        }
        finally
        {
            foreach (var scope in scopes) await scope.DisposeAsync();
        }
    }

    [Fact]
    public async Task Hvert_aar_har_sin_egen_nummerserie()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = database.Scope();
        var generator = scope.Get<IReferanseGenerator>();

        var forste2030 = await generator.NesteAsync(2030, ct);
        var andre2030 = await generator.NesteAsync(2030, ct);
        var forste2031 = await generator.NesteAsync(2031, ct);
        var tredje2030 = await generator.NesteAsync(2030, ct);

        Assert.Equal(["BO-2030-000001", "BO-2030-000002", "BO-2031-000001", "BO-2030-000003"], [forste2030, andre2030, forste2031, tredje2030]);
    }
}
