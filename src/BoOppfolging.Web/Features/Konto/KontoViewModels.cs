using BoOppfolging.Application.Kontoer;

namespace BoOppfolging.Web.Features.Konto;

public sealed class LoggInnViewModel
{
    public string? Epost { get; set; }
    public string? Passord { get; set; }
    public string? ReturnUrl { get; set; }
    public bool IdPortenAktivert { get; set; }
}

public sealed class TofaktorInnloggingViewModel
{
    public string? Kode { get; set; }
    public string? ReturnUrl { get; set; }
}

public sealed class RegistrerViewModel
{
    public string? Fornavn { get; set; }
    public string? Etternavn { get; set; }
    public string? Fodselsnummer { get; set; }
    public string? Epost { get; set; }
    public string? Passord { get; set; }
    public string? BekreftPassord { get; set; }

    public RegistrerInnbyggerCommand ToCommand() => new(Fornavn, Etternavn, Fodselsnummer, Epost, Passord, BekreftPassord);
}

public sealed class GlemtPassordViewModel
{
    public string? Epost { get; set; }
}

public sealed class NyttPassordViewModel
{
    public Guid Bruker { get; set; }
    public string? Kode { get; set; }
    public string? Passord { get; set; }
    public string? BekreftPassord { get; set; }
}

public sealed class EndrePassordViewModel
{
    public string? NavaerendePassord { get; set; }
    public string? NyttPassord { get; set; }
    public string? BekreftPassord { get; set; }
}

public sealed class TofaktorViewModel
{
    public bool Aktivert { get; set; }
    public bool Paakrevd { get; set; }
    public string Nokkel { get; set; } = "";
    public string QrKodeDataUri { get; set; } = "";
    public string? Kode { get; set; }
    public IReadOnlyList<string> Gjenopprettingskoder { get; set; } = [];
}
