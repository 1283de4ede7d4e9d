using BoOppfolging.Domain;

namespace BoOppfolging.Application.Saker;

public sealed record SakListeElement(
    Guid Id,
    string Referanse,
    string Navn,
    Saksstatus Status,
    Kanal Kanal,
    DateTimeOffset Mottatt,
    bool HarSaksbehandler);

public sealed record SakListe(IReadOnlyList<SakListeElement> Saker, int Totalt, int Side, int SideStorrelse)
{
    public int AntallSider => Math.Max(1, (int)Math.Ceiling(Totalt / (double)SideStorrelse));
}

public sealed record HendelseVisning(DateTimeOffset Tidspunkt, HendelseType Type, string Tekst, string? UtfortAv, bool Intern);

public sealed record SakDetaljer(
    Guid Id,
    string Referanse,
    Guid PersonId,
    string Navn,
    string? FodselsnummerMaskert,
    DateOnly? Fodselsdato,
    Saksstatus Status,
    Kanal Kanal,
    DateTimeOffset Mottatt,
    Guid Versjon,
    IReadOnlyList<HendelseVisning> Hendelser);
