namespace BoOppfolging.Web.Features.Konto;

/// <summary>The texts of the account e-mails. No personal data beyond the recipient address.</summary>
public static class Epostmaler
{
    public static (string Emne, string Tekst) NyttPassord(string kommune, string lenke) => (
        $"Nytt passord – BoOppfølging, {kommune}",
        $"""
        Hei,

        Vi har fått en forespørsel om å lage nytt passord for kontoen din i BoOppfølging.
        Åpne lenken under for å velge et nytt passord. Lenken virker én gang.

        {lenke}

        Har du ikke bedt om dette, kan du se bort fra e-posten. Passordet ditt er ikke endret.

        Hilsen {kommune}
        """);

    public static (string Emne, string Tekst) NyAnsattkonto(string kommune, string lenke) => (
        $"Du har fått en konto i BoOppfølging – {kommune}",
        $"""
        Hei,

        Du har fått en konto i BoOppfølging. Åpne lenken under for å velge passord.
        Etter første innlogging må du sette opp innlogging i to trinn med en autentiseringsapp.

        {lenke}

        Hilsen {kommune}
        """);
}
