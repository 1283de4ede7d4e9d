using BoOppfolging.Application.Tilgang;
using BoOppfolging.Domain;

namespace BoOppfolging.Application.Tests;

/// <summary>
/// The permission table (<see cref="Tillatelser"/>), pinned in full: every role × relation to the case ×
/// case state × action. The expected table is written out here as lists of states, not as the rules'
/// predicates, so a changed rule, a new state or a new action fails until this table says the same.
/// A later phase adds its actions and rows here.
/// </summary>
public sealed class TillatelserTests
{
    private static readonly Saksstatus[] AlleStatuser = Enum.GetValues<Saksstatus>();

    private static readonly Saksstatus[] IMottak = [Saksstatus.Mottatt, Saksstatus.Mottakskontroll];

    private static readonly Saksstatus[] UnderBehandling =
    [
        Saksstatus.Mottatt, Saksstatus.Mottakskontroll, Saksstatus.TilVurdering, Saksstatus.Kartlegging,
        Saksstatus.Innstilling, Saksstatus.VedtakUnderArbeid, Saksstatus.TilGodkjenning,
    ];

    private static readonly Saksstatus[] Apne = [.. UnderBehandling, Saksstatus.Vedtatt, Saksstatus.IOppfolging];

    /// <summary>A vedtak is made (granted, refused, or the service ended by one): the states a complaint can be made and handled in.</summary>
    private static readonly Saksstatus[] MedVedtak = [Saksstatus.Vedtatt, Saksstatus.IOppfolging, Saksstatus.Avsluttet, Saksstatus.Avslag];

    /// <summary>Henlegg: not once a vedtak awaits approval (the defect the case page had) nor after one is made.</summary>
    private static readonly Saksstatus[] KanHenlegges =
    [
        Saksstatus.Mottatt, Saksstatus.Mottakskontroll, Saksstatus.TilVurdering, Saksstatus.Kartlegging,
        Saksstatus.Innstilling, Saksstatus.VedtakUnderArbeid,
    ];

    private static readonly (string, Relasjon)[] Forvaltning =
    [
        (Roller.Saksbehandler, Relasjon.TildeltSaksbehandler), (Roller.Saksbehandler, Relasjon.Innboks), (Roller.Teamleder, Relasjon.Enhet),
    ];

    private static readonly (string, Relasjon)[] Innbyggeren = [(Roller.Innbygger, Relasjon.Part), (Roller.Innbygger, Relasjon.Fullmektig)];

    /// <summary>The contact, and a colleague holding stand-in access today: the same rights.</summary>
    private static readonly (string, Relasjon)[] Kontakten = [(Roller.BoOppfolger, Relasjon.Kontakt), (Roller.BoOppfolger, Relasjon.Vikar)];

    private static readonly (string, Relasjon)[] Ansatte =
        [.. Forvaltning, (Roller.Vurderingsteam, Relasjon.Teammedlem), .. Kontakten];

    private static readonly (string, Relasjon)[] Vurdering = [(Roller.Vurderingsteam, Relasjon.Teammedlem), (Roller.Teamleder, Relasjon.Enhet)];

    private static readonly (string, Relasjon)[] Oppfolgere = [.. Kontakten, (Roller.Teamleder, Relasjon.Enhet)];

    private static readonly Saksstatus[] HosTeamet = [Saksstatus.TilVurdering, Saksstatus.Kartlegging, Saksstatus.Innstilling];

    /// <summary>Action -> (who, in which states), one or more rows. Pairs not listed, and states not listed, are refused.</summary>
    private static readonly Dictionary<Handling, ((string Rolle, Relasjon Relasjon)[] Hvem, Saksstatus[] Naar)[]> Forventet = new()
    {
        [Handling.SeSak] = [([.. Innbyggeren, .. Ansatte], AlleStatuser)],
        [Handling.SeSaksopplysninger] = [(Ansatte, AlleStatuser)],
        [Handling.RegistrerMottakskontroll] = [(Forvaltning, IMottak)],
        [Handling.RegistrerKontakt] = [(Forvaltning, IMottak)],
        [Handling.KobleTilAnnenSak] = [(Forvaltning, IMottak)],
        [Handling.SendTilVurdering] = [(Forvaltning, [Saksstatus.Mottakskontroll])],
        [Handling.Henvis] = [(Forvaltning, [Saksstatus.Mottakskontroll]), (Vurdering, [Saksstatus.TilVurdering])],
        [Handling.Henlegg] = [(Forvaltning, KanHenlegges)],
        [Handling.BeOmOpplysninger] = [(Forvaltning, UnderBehandling), (Vurdering, [Saksstatus.TilVurdering])],
        [Handling.LagForelopigSvar] = [(Forvaltning, UnderBehandling)],
        [Handling.RegistrerOpplysningerMottatt] = [(Forvaltning, Apne), (Vurdering, [Saksstatus.TilVurdering, Saksstatus.Kartlegging])],
        [Handling.TildelSaksbehandler] = [(Forvaltning, Apne)],
        [Handling.EndreAdresse] = [(Forvaltning, AlleStatuser)],
        [Handling.SendBrev] = [(Forvaltning, AlleStatuser), (Vurdering, [.. HosTeamet, Saksstatus.Henvist])],
        [Handling.TrekkSoknad] = [(Innbyggeren, UnderBehandling)],
        [Handling.TrekkSamtykke] = [([.. Innbyggeren, .. Ansatte], AlleStatuser)],
        [Handling.RegistrerSamtykke] = [(Forvaltning, IMottak), (Vurdering, HosTeamet)],
        [Handling.GiSamtykke] = [(Innbyggeren, [.. IMottak, .. HosTeamet])],
        [Handling.TaSak] = [([(Roller.Vurderingsteam, Relasjon.Teammedlem)], HosTeamet)],
        [Handling.TildelVurderer] = [([(Roller.Teamleder, Relasjon.Enhet)], HosTeamet)],
        [Handling.RegistrerVurderingsmote] = [(Vurdering, [Saksstatus.TilVurdering])],
        [Handling.Kartlegg] = [(Vurdering, [Saksstatus.Kartlegging, Saksstatus.Innstilling])],
        [Handling.VurderIplos] = [(Vurdering, [Saksstatus.Kartlegging, Saksstatus.Innstilling])],
        [Handling.SkrivInnstilling] = [(Vurdering, HosTeamet)],
        [Handling.InnhentOpplysninger] = [(Vurdering, [Saksstatus.TilVurdering, Saksstatus.Kartlegging])],
        [Handling.RegistrerInnhentingSvar] = [(Vurdering, Apne), (Forvaltning, Apne)],
        [Handling.RegistrerSaksvarsler] = [(Ansatte, Apne)],
        [Handling.ForberedKartlegging] = [(Innbyggeren, [Saksstatus.Mottatt, Saksstatus.Mottakskontroll, Saksstatus.TilVurdering, Saksstatus.Kartlegging])],
        [Handling.UtarbeidVedtak] = [(Forvaltning, [Saksstatus.Innstilling, Saksstatus.VedtakUnderArbeid, Saksstatus.Vedtatt, Saksstatus.IOppfolging, Saksstatus.Avsluttet])],
        [Handling.TaVedtakTilbake] = [(Forvaltning, [Saksstatus.TilGodkjenning, Saksstatus.Vedtatt, Saksstatus.IOppfolging, Saksstatus.Avsluttet])],
        [Handling.GodkjennVedtak] = [([(Roller.Teamleder, Relasjon.Enhet)], [Saksstatus.TilGodkjenning, Saksstatus.Vedtatt, Saksstatus.IOppfolging, Saksstatus.Avsluttet])],
        [Handling.TildelKontakter] = [([(Roller.Teamleder, Relasjon.Enhet)], [Saksstatus.Vedtatt, Saksstatus.IOppfolging])],
        [Handling.PlanleggBesok] = [(Oppfolgere, [Saksstatus.IOppfolging])],
        [Handling.LoggBesok] = [(Oppfolgere, [Saksstatus.IOppfolging])],
        [Handling.KorrigerBesok] = [(Oppfolgere, [Saksstatus.IOppfolging, Saksstatus.Avsluttet])],
        [Handling.RegistrerMote] = [(Oppfolgere, [Saksstatus.IOppfolging])],
        [Handling.FullforTiltak] = [(Oppfolgere, [Saksstatus.IOppfolging])],
        [Handling.KorrigerMotereferat] = [(Oppfolgere, [Saksstatus.IOppfolging, Saksstatus.Avsluttet])],
        [Handling.RedigerPlaner] = [(Oppfolgere, [Saksstatus.IOppfolging])],
        [Handling.RedigerOvergang] = [(Oppfolgere, [Saksstatus.Vedtatt, Saksstatus.IOppfolging])],
        [Handling.SettMaalstatus] = [(Oppfolgere, [Saksstatus.IOppfolging])],
        [Handling.EvaluerTjenesten] = [([.. Forvaltning, .. Kontakten], [Saksstatus.IOppfolging])],
        [Handling.VarsleManglendeMedvirkning] = [(Forvaltning, [Saksstatus.IOppfolging])],
        [Handling.FolgOppMedvirkning] = [(Forvaltning, [Saksstatus.IOppfolging])],
        [Handling.SeKlage] = [([.. Forvaltning, .. Innbyggeren], MedVedtak)],
        [Handling.Klag] = [(Innbyggeren, MedVedtak)],
        [Handling.TrekkKlage] = [([.. Innbyggeren, .. Forvaltning], MedVedtak)],
        [Handling.RegistrerKlage] = [(Forvaltning, MedVedtak)],
        [Handling.BehandleKlage] = [(Forvaltning, MedVedtak)],
    };

    private static readonly Dictionary<Handling, string[]> ForventetUtenSak = new()
    {
        [Handling.RegistrerHenvendelse] = [Roller.Saksbehandler, Roller.Teamleder],
        [Handling.SettKapasitet] = [Roller.Teamleder],
        [Handling.GiVikartilgang] = [Roller.BoOppfolger],
        [Handling.GjennomgaVikartilgang] = [Roller.Teamleder],
        [Handling.SeOppfolgingsoversikt] = [Roller.Teamleder, Roller.Saksbehandler],
        [Handling.OverforSaker] = [Roller.Teamleder],
        [Handling.SeKlager] = [Roller.Saksbehandler, Roller.Teamleder],
    };

    [Fact]
    public void Hver_handling_har_sin_rad_i_den_forventede_tabellen()
    {
        var mangler = Enum.GetValues<Handling>().Where(h => !Forventet.ContainsKey(h) && !ForventetUtenSak.ContainsKey(h)).ToList();
        Assert.True(mangler.Count == 0, $"Handlinger uten rad i TillatelserTests: {string.Join(", ", mangler)}");
    }

    public static TheoryData<Handling> Handlinger() => [.. Enum.GetValues<Handling>()];

    [Theory]
    [MemberData(nameof(Handlinger))]
    public void Rolle_relasjon_og_status_gir_det_tabellen_sier(Handling handling)
    {
        var avvik = new List<string>();
        foreach (var rolle in Roller.Alle)
        {
            foreach (var relasjon in Enum.GetValues<Relasjon>())
            {
                foreach (var status in AlleStatuser)
                {
                    var forventet = Forventet.TryGetValue(handling, out var rader)
                        && rader.Any(rad => rad.Hvem.Contains((rolle, relasjon)) && rad.Naar.Contains(status));
                    if (Tillatelser.ErTillatt(handling, rolle, relasjon, status) != forventet)
                    {
                        avvik.Add($"{rolle}/{relasjon}/{status}: forventet {(forventet ? "tillatt" : "nektet")}");
                    }
                }
            }

            var utenSak = ForventetUtenSak.TryGetValue(handling, out var roller) && roller.Contains(rolle);
            if (Tillatelser.ErTillattUtenSak(handling, rolle) != utenSak) avvik.Add($"{rolle} uten sak: forventet {utenSak}");
        }

        Assert.True(avvik.Count == 0, string.Join(Environment.NewLine, avvik));
    }

    [Fact]
    public void Administrator_kan_ingenting_paa_en_sak_uansett_relasjon()
    {
        foreach (var handling in Enum.GetValues<Handling>())
        {
            foreach (var relasjon in Enum.GetValues<Relasjon>())
            {
                Assert.False(Tillatelser.GjelderFor(handling, Roller.Administrator, relasjon));
            }

            Assert.False(Tillatelser.ErTillattUtenSak(handling, Roller.Administrator));
        }
    }

    [Fact]
    public void Handlingene_folger_livslopet_saken_kan_bare_henlegges_der_tilstandstabellen_tillater_det()
    {
        // The table and the lifecycle agree: an action that moves the case is offered only where the move is allowed.
        foreach (var status in AlleStatuser)
        {
            Assert.Equal(status.KanGaaTil(Saksstatus.Henlagt), Tillatelser.ErTillatt(Handling.Henlegg, Roller.Teamleder, Relasjon.Enhet, status));
            Assert.Equal(status.KanGaaTil(Saksstatus.TilVurdering), Tillatelser.ErTillatt(Handling.SendTilVurdering, Roller.Teamleder, Relasjon.Enhet, status));
            Assert.Equal(status.KanGaaTil(Saksstatus.Henvist), Tillatelser.ErTillatt(Handling.Henvis, Roller.Teamleder, Relasjon.Enhet, status));
            Assert.Equal(status.KanTrekkes(), Tillatelser.ErTillatt(Handling.TrekkSoknad, Roller.Innbygger, Relasjon.Part, status));
        }
    }
}
