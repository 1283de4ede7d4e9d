using BoOppfolging.Application.Oppfolging;
using BoOppfolging.Domain;

namespace BoOppfolging.Web.Features.Oppfolging;

/// <summary>A bo-oppfølger's room as the assignment and the handover show it beside the name: "3 t ledig", "2 t over kapasiteten".</summary>
public static class Kapasitetstekst
{
    public static string Ledig(Oppfolgervalg o) =>
        o.Ledig is not { } ledig ? "kapasitet ikke satt"
        : ledig >= 0 ? $"{Timeregnskap.Timer(ledig)} ledig"
        : $"{Timeregnskap.Timer(-ledig)} over kapasiteten";
}
