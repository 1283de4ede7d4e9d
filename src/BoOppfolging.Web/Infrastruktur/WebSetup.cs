using System.Globalization;
using System.Text.Json;
using BoOppfolging.Application.Brev;
using BoOppfolging.Application.Common;
using BoOppfolging.Application.Kontoer;
using BoOppfolging.Application.Oppfolging;
using BoOppfolging.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using FluentValidation;
using Serilog;

namespace BoOppfolging.Web.Infrastruktur;

public static class WebSetup
{
    public static readonly CultureInfo Norsk = new("nb-NO");

    public static IServiceCollection AddWeb(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddHostedService<UtkastOpprydding>();
        services.AddHostedService<OpphorsJobb>();
        services.AddSingleton(TimeProvider.System);
        services.Configure<KommuneOptions>(configuration.GetSection("Kommune"));
        services.Configure<OppfolgingOptions>(configuration.GetSection(OppfolgingOptions.Seksjon));
        services.Configure<IdentitetOptions>(o =>
            o.TillatTestnummer = configuration.GetValue("Identitet:TillatTestnummer", !environment.IsProduction()) && !environment.IsProduction());

        services
            .AddControllersWithViews(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                options.Filters.Add<TofaktorKravFilter>();
                options.Filters.Add<KonfliktFilter>();
                NorskeModellbindingsmeldinger.Sett(options.ModelBindingMessageProvider);
            })
            .AddRazorOptions(options =>
            {
                options.ViewLocationFormats.Clear();
                options.ViewLocationFormats.Add("/Features/{1}/{0}" + RazorViewEngine.ViewExtension);
                options.ViewLocationFormats.Add("/Features/Shared/{0}" + RazorViewEngine.ViewExtension);
            });

        services.AddValidatorsFromAssemblyContaining(typeof(WebSetup), ServiceLifetime.Scoped);
        services.AddAuthorization(Policies.Legg);
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = ".BoOppfolging.Innlogging";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.LoginPath = "/konto/logg-inn";
            options.LogoutPath = "/konto/logg-ut";
            options.AccessDeniedPath = "/feil/403";
            options.ExpireTimeSpan = TimeSpan.FromMinutes(60);
            options.SlidingExpiration = true;
            options.Events.OnRedirectToAccessDenied = context =>
            {
                // Answer 403 in place (with the Norwegian error page) instead of redirecting.
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = ".BoOppfolging.Antiforgery";
            options.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });

        // Keys in the database: cookies and antiforgery tokens made by one instance are read by the others.
        // Outside Development they are encrypted with a certificate first (required in Production).
        services.AddDataProtection()
            .SetApplicationName("BoOppfolging")
            .PersistKeysToDbContext<AppDbContext>()
            .BeskyttNoklene(configuration, environment);

        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Norsk);
            options.SupportedCultures = [Norsk];
            options.SupportedUICultures = [Norsk];
            options.RequestCultureProviders.Clear();
        });
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        services.AddIdPorten(configuration);
        return services;
    }

    public static WebApplication UseWeb(this WebApplication app)
    {
        CultureInfo.DefaultThreadCurrentCulture = Norsk;
        CultureInfo.DefaultThreadCurrentUICulture = Norsk;

        app.UseMiddleware<KorrelasjonsIdMiddleware>();
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            // The path only: query strings can carry search terms, and are never logged.
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} svarte {StatusCode} på {Elapsed:0} ms";
        });
        app.UseExceptionHandler("/feil/500");
        app.UseStatusCodePagesWithReExecute("/feil/{0}");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseMiddleware<SikkerhetshoderMiddleware>();
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = SkrivHelse }).AllowAnonymous();
        app.MapControllers();
        return app;
    }

    private static Task SkrivHelse(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            database = report.Entries.TryGetValue("database", out var db) ? db.Status.ToString() : "Unknown",
        }));
    }
}
