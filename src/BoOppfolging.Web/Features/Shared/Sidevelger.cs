namespace BoOppfolging.Web.Features.Shared;

/// <summary>
/// The page links under a list that is shown a page at a time (<c>_Sideveksling.cshtml</c>): the page shown, how many
/// there are, and the address of a page (each list keeps its own filters in it).
/// </summary>
public sealed record Sidevelger(int Side, int AntallSider, Func<int, string> Adresse)
{
    /// <summary>A list with no filters of its own in the address: the page is <c>?side=N</c> on <paramref name="sti"/>.</summary>
    public static Sidevelger Under(string sti, int side, int antallSider) => new(side, antallSider, s => $"{sti}?side={s}");
}
