using System.Globalization;
using BoOppfolging.Application.Audit;
using BoOppfolging.Application.Saker;
using BoOppfolging.Application.Tilgang;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace BoOppfolging.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        ValidatorOptions.Global.LanguageManager.Culture = new CultureInfo("nb");
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Scoped);
        services.AddScoped<IAuditLogg, AuditLogg>();
        services.AddScoped<TilgangService>();
        services.AddScoped<Common.Saksendringer>();
        services.AddScoped<SakService>();
        services.AddScoped<Soknad.SoknadService>();
        services.AddScoped<Vedtak.Opphorskjoring>();
        services.AddScoped<Brev.BrevService>();
        services.AddScoped<Brevtekster.BrevtekstService>();
        // What sending a letter of a type does to its case (see IBrevSendtHandler): one line per effect.
        services.AddScoped<Brev.IBrevSendtHandler, Mottak.ForelopigSvarSendt>();
        services.AddScoped<Brev.IBrevSendtHandler, Oppfolging.MedvirkningsvarselSendt>();
        services.AddScoped<Mottak.MottakService>();
        services.AddScoped<Kartlegging.KartleggingService>();
        services.AddScoped<Vedtak.VedtakService>();
        services.AddScoped<Vedtak.MineVedtakService>();
        services.AddScoped<Oppfolging.OppfolgingService>();
        services.AddScoped<Oppfolging.KapasitetService>();
        services.AddScoped<Oppfolging.OppfolgingsteamService>();
        services.AddScoped<Oppfolging.OverleveringService>();
        services.AddScoped<Oppfolging.MineBrukereService>();
        services.AddScoped<Oppfolging.VikarService>();
        services.AddScoped<Oppfolging.OppfolgingsoversiktService>();
        services.AddScoped<Vedtak.Vedtaksbrev>();

        // A vedtak letter is sent only once the vedtak is approved, and states the complaint deadline counted from the sending.
        foreach (var type in new[] { Domain.Brevtype.Vedtak, Domain.Brevtype.Avslag, Domain.Brevtype.Endringsvedtak, Domain.Brevtype.Opphorsvedtak })
        {
            services.AddScoped<Brev.IBrevFerdigstilling>(sp => ActivatorUtilities.CreateInstance<Vedtak.Vedtaksbrevsending>(sp, type));
            services.AddScoped<Brev.IBrevSendtHandler>(sp => ActivatorUtilities.CreateInstance<Vedtak.Vedtaksbrevsending>(sp, type));
        }

        services.AddScoped<Samtykker.SamtykkeService>();
        services.AddScoped<Dokumenter.Filmottak>();
        services.AddScoped<Klage.KlageService>();
        services.AddScoped<Klage.KlagebehandlingService>();
        services.AddScoped<Brev.IBrevSendtHandler, Klage.KlageOversendtVedBrev>();
        services.AddScoped<Brev.IBrevSendtHandler, Klage.KlageForelopigSvarVedBrev>();
        services.AddScoped<Kartlegging.IplosService>();
        services.AddScoped<Kartlegging.KartleggingsarbeidService>();
        services.AddScoped<Dokumenter.DokumentOpprydding>();
        services.AddScoped<Kartlegging.ForberedelseService>();
        services.AddScoped<Kartlegging.SaksvarselService>();
        services.AddScoped<Kartlegging.InnhentingService>();
        services.AddScoped<Oppfolging.MoteService>();
        services.AddScoped<Oppfolging.PlanService>();
        services.AddScoped<Oppfolging.OvergangService>();
        services.AddScoped<Oppfolging.MaalService>();
        services.AddScoped<Oppfolging.EvalueringService>();
        services.AddScoped<Oppfolging.MedvirkningService>();
        return services;
    }
}
