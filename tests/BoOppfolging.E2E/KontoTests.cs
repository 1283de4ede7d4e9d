using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OtpNet;

namespace BoOppfolging.E2E;

/// <summary>
/// The account's own life: a forgotten password through the e-mailed link, a changed password, and
/// two-step log-in set up with an authenticator app (the code computed here as the app would) and used.
/// </summary>
public sealed partial class KontoTests(AppFixture app)
{
    [Fact]
    public async Task Glemt_passord_gir_en_lenke_paa_e_post_som_lar_deg_velge_nytt_passord_en_gang()
    {
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        var epost = await NyInnbyggerAsync(side, new DateOnly(1984, 2, 11), 330);
        await side.LoggUtAsync();

        await side.GotoAsync("/konto/logg-inn");
        await side.GetByRole(AriaRole.Link, new() { Name = "Glemt passord?" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Glemt passord");
        await side.SjekkUniversellUtformingAsync();
        await side.GetByLabel("E-postadresse").FillAsync(epost);
        await side.GetByRole(AriaRole.Button, new() { Name = "Send lenke" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Sjekk e-posten din");
        await side.SjekkUniversellUtformingAsync();

        var lenke = await LenkeIEpostAsync(epost);
        Assert.StartsWith(app.BaseUrl + "/konto/nytt-passord", lenke, StringComparison.Ordinal);
        await side.GotoAsync(lenke);
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Velg nytt passord");
        await side.SjekkUniversellUtformingAsync();

        // Two different passwords: refused, with the message at the field.
        await side.GetByLabel("Nytt passord").FillAsync("Helt-nytt-passord-9");
        await side.GetByLabel("Gjenta passordet").FillAsync("Noe-annet-passord-9");
        await side.GetByRole(AriaRole.Button, new() { Name = "Lagre passord" }).ClickAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToContainTextAsync("Passordene er ikke like");
        await side.SjekkUniversellUtformingAsync();

        await side.GetByLabel("Nytt passord").FillAsync("Helt-nytt-passord-9");
        await side.GetByLabel("Gjenta passordet").FillAsync("Helt-nytt-passord-9");
        await side.GetByRole(AriaRole.Button, new() { Name = "Lagre passord" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Passordet er endret. Du kan nå logge inn.")).ToBeVisibleAsync();

        // The old password no longer works, the new one does.
        await side.LoggInnAsync(epost, Sidehjelp.SterktPassord);
        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToContainTextAsync("Feil e-postadresse eller passord.");
        await side.LoggInnAsync(epost, "Helt-nytt-passord-9");
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Mine saker");
        await side.LoggUtAsync();

        // The link works once.
        await side.GotoAsync(lenke);
        await side.GetByLabel("Nytt passord").FillAsync("Tredje-passord-99");
        await side.GetByLabel("Gjenta passordet").FillAsync("Tredje-passord-99");
        await side.GetByRole(AriaRole.Button, new() { Name = "Lagre passord" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Passordet er endret. Du kan nå logge inn.")).ToHaveCountAsync(0);
        await side.LoggInnAsync(epost, "Tredje-passord-99");
        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToContainTextAsync("Feil e-postadresse eller passord.");
    }

    [Fact]
    public async Task Glemt_passord_for_en_ukjent_adresse_sier_det_samme_og_sender_ingenting()
    {
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        var ukjent = Sidehjelp.UnikEpost("finnes-ikke");

        await side.GotoAsync("/konto/glemt-passord");
        await side.GetByLabel("E-postadresse").FillAsync(ukjent);
        await side.GetByRole(AriaRole.Button, new() { Name = "Send lenke" }).ClickAsync();

        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Sjekk e-posten din");
        Assert.Empty(EposterTil(ukjent));
    }

    [Fact]
    public async Task Endre_passord_krever_det_naavaerende_og_det_nye_gjelder_ved_neste_innlogging()
    {
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        var epost = await NyInnbyggerAsync(side, new DateOnly(1979, 10, 3), 340);

        await side.GetByRole(AriaRole.Link, new() { Name = "Endre passord" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Endre passord");
        await side.SjekkUniversellUtformingAsync();

        await side.GetByLabel("Passordet du har nå").FillAsync("Ikke-mitt-passord-1");
        await side.GetByLabel("Nytt passord").FillAsync("Endret-passord-2026");
        await side.GetByLabel("Gjenta det nye passordet").FillAsync("Endret-passord-2026");
        await side.GetByRole(AriaRole.Button, new() { Name = "Lagre nytt passord" }).ClickAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await Assertions.Expect(side.Locator("#NavaerendePassord")).ToHaveAttributeAsync("aria-invalid", "true");
        await side.SjekkUniversellUtformingAsync();

        await side.GetByLabel("Passordet du har nå").FillAsync(Sidehjelp.SterktPassord);
        await side.GetByLabel("Nytt passord").FillAsync("Endret-passord-2026");
        await side.GetByLabel("Gjenta det nye passordet").FillAsync("Endret-passord-2026");
        await side.GetByRole(AriaRole.Button, new() { Name = "Lagre nytt passord" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Passordet er endret.")).ToBeVisibleAsync();

        await side.LoggUtAsync();
        await side.LoggInnAsync(epost, Sidehjelp.SterktPassord);
        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToContainTextAsync("Feil e-postadresse eller passord.");
        await side.LoggInnAsync(epost, "Endret-passord-2026");
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Mine saker");
    }

    [Fact]
    public async Task Innlogging_i_to_trinn_settes_opp_med_en_app_og_kreves_ved_neste_innlogging()
    {
        await using var kontekst = await app.NyKontekstAsync();
        var side = await kontekst.NewPageAsync();
        var epost = await NyInnbyggerAsync(side, new DateOnly(1969, 5, 30), 350);

        await side.GetByRole(AriaRole.Link, new() { Name = "Innlogging i to trinn" }).ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Innlogging i to trinn");
        await Assertions.Expect(side.GetByRole(AriaRole.Img, new() { Name = "QR-kode for å legge til BoOppfølging i autentiseringsappen" })).ToBeVisibleAsync();
        await side.SjekkUniversellUtformingAsync();
        var nokkel = Base32Encoding.ToBytes((await side.Locator("code.kode").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant());
        var app2fa = new Totp(nokkel);

        // A wrong code first: refused at the field.
        await side.GetByLabel("Kode fra appen").FillAsync(FeilKode(app2fa.ComputeTotp()));
        await side.GetByRole(AriaRole.Button, new() { Name = "Slå på" }).ClickAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await Assertions.Expect(side.Locator("#Kode")).ToHaveAttributeAsync("aria-invalid", "true");
        await side.SjekkUniversellUtformingAsync();

        await side.GetByLabel("Kode fra appen").FillAsync(app2fa.ComputeTotp());
        await side.GetByRole(AriaRole.Button, new() { Name = "Slå på" }).ClickAsync();
        await Assertions.Expect(side.GetByText("Innlogging i to trinn er slått på.")).ToBeVisibleAsync();
        var gjenopprettingskoder = await side.Locator(".kodeliste code").AllInnerTextsAsync();
        Assert.Equal(10, gjenopprettingskoder.Count);
        await side.SjekkUniversellUtformingAsync();
        await side.LoggUtAsync();

        // The password alone is no longer enough.
        await side.LoggInnAsync(epost, Sidehjelp.SterktPassord);
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Innlogging i to trinn");
        await Assertions.Expect(side).ToHaveURLAsync(TofaktorSide());
        await side.SjekkUniversellUtformingAsync();
        await side.GetByLabel("Kode fra autentiseringsappen").FillAsync(FeilKode(app2fa.ComputeTotp()));
        await side.GetByRole(AriaRole.Button, new() { Name = "Logg inn" }).Last.ClickAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await side.GotoAsync("/mine-saker");
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Logg inn");

        await side.LoggInnAsync(epost, Sidehjelp.SterktPassord);
        await side.GetByLabel("Kode fra autentiseringsappen").FillAsync(app2fa.ComputeTotp());
        await side.GetByRole(AriaRole.Button, new() { Name = "Logg inn" }).Last.ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Mine saker");
        await side.LoggUtAsync();

        // A lost phone: a recovery code lets you in, once.
        await side.LoggInnAsync(epost, Sidehjelp.SterktPassord);
        await side.GetByLabel("Kode fra autentiseringsappen").FillAsync(gjenopprettingskoder[0]);
        await side.GetByRole(AriaRole.Button, new() { Name = "Logg inn" }).Last.ClickAsync();
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Mine saker");
        await side.LoggUtAsync();
        await side.LoggInnAsync(epost, Sidehjelp.SterktPassord);
        await side.GetByLabel("Kode fra autentiseringsappen").FillAsync(gjenopprettingskoder[0]);
        await side.GetByRole(AriaRole.Button, new() { Name = "Logg inn" }).Last.ClickAsync();
        await Assertions.Expect(side.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
    }

    private static async Task<string> NyInnbyggerAsync(IPage side, DateOnly fodt, int individnummer)
    {
        var epost = Sidehjelp.UnikEpost("konto");
        await side.GotoAsync("/konto/registrer");
        await side.FyllUtRegistreringAsync("Konto", "Testesen", Sidehjelp.Testnummer(fodt, individnummer), epost);
        await Assertions.Expect(side.Hovedoverskrift()).ToHaveTextAsync("Mine saker");
        return epost;
    }

    /// <summary>A six-digit code that is surely not the right one.</summary>
    private static string FeilKode(string riktig) => ((int.Parse(riktig, System.Globalization.CultureInfo.InvariantCulture) + 500_000) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    private string[] EposterTil(string epost) =>
        !Directory.Exists(app.EpostMappe) ? []
        : [.. Directory.GetFiles(app.EpostMappe, "*.eml").Select(File.ReadAllText)
            .Where(e => e.Contains("To: " + epost + "\r\n", StringComparison.Ordinal))];

    /// <summary>The link in the one e-mail sent to this address, as the user would click it.</summary>
    private async Task<string> LenkeIEpostAsync(string epost)
    {
        for (var forsok = 0; forsok < 50 && EposterTil(epost).Length == 0; forsok++)
        {
            await Task.Delay(100);
        }

        var melding = Assert.Single(EposterTil(epost));
        return Lenke().Match(melding).Value;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Lenke();

    [GeneratedRegex("/konto/tofaktor-innlogging")]
    private static partial Regex TofaktorSide();
}
