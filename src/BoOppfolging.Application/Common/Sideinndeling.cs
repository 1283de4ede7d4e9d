using Microsoft.EntityFrameworkCore;

namespace BoOppfolging.Application.Common;

/// <summary>
/// One page of a list the caller orders: how many rows there are, how many pages, and the page to show (a page past the
/// last shows the last, one before the first the first). The work lists count with <see cref="TellAsync"/> and skip <see cref="Hopp"/>.
/// </summary>
public readonly record struct Sideinndeling(int Totalt, int Side, int AntallSider, int PerSide)
{
    /// <summary>The rows before the page.</summary>
    public int Hopp => (Side - 1) * PerSide;

    public static async Task<Sideinndeling> TellAsync<T>(IQueryable<T> liste, int side, int perSide, CancellationToken ct) =>
        For(await liste.CountAsync(ct), side, perSide);

    /// <summary>The same for a list the caller has already counted.</summary>
    public static Sideinndeling For(int totalt, int side, int perSide)
    {
        var antallSider = Math.Max(1, (totalt + perSide - 1) / perSide);
        return new Sideinndeling(totalt, Math.Clamp(side, 1, antallSider), antallSider, perSide);
    }
}
