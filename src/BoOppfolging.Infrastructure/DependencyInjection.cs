using BoOppfolging.Application.Audit;
using BoOppfolging.Application.Common;
using BoOppfolging.Application.Kontoer;
using BoOppfolging.Application.Brev;
using BoOppfolging.Infrastructure.Brev;
using BoOppfolging.Infrastructure.Demo;
using BoOppfolging.Infrastructure.Dokumenter;
using BoOppfolging.Infrastructure.Epost;
using BoOppfolging.Infrastructure.Identity;
using BoOppfolging.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BoOppfolging.Infrastructure;

public sealed class DatabaseOptions
{
    public const string Sqlite = nameof(Sqlite);
    public const string SqlServer = nameof(SqlServer);

    /// <summary><c>Sqlite</c> (the embedded default) or <c>SqlServer</c>.</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>The folder for the SQLite file, documents and the e-mail pickup folder. Relative to the content root.</summary>
    public string DataMappe { get; set; } = "data";

    /// <summary>Apply migrations at start. Always on for SQLite; for SQL Server, operators may apply the script instead.</summary>
    public bool MigrerVedOppstart { get; set; } = true;
}

public static class DependencyInjection
{
    private static readonly SqliteTilkoblingsInterceptor TilkoblingsInterceptor = new();

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var database = configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        var dataMappe = Path.GetFullPath(database.DataMappe, contentRoot);
        services.AddSingleton(database);

        services.AddScoped(sp => new EndringsAuditInterceptor(sp.GetRequiredService<IAuditLogg>));
        if (string.Equals(database.Provider, DatabaseOptions.SqlServer, StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = configuration.GetConnectionString("BoOppfolging")
                ?? throw new InvalidOperationException(
                    "Database:Provider er SqlServer, men ConnectionStrings:BoOppfolging mangler.");
            services.AddDbContext<SqlServerAppDbContext>((sp, options) => options
                .UseSqlServer(connectionString)
                .AddInterceptors(sp.GetRequiredService<EndringsAuditInterceptor>()));
            services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<SqlServerAppDbContext>());
        }
        else if (string.Equals(database.Provider, DatabaseOptions.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = SqliteTilkobling(configuration, dataMappe);
            services.AddDbContext<SqliteAppDbContext>((sp, options) => options
                .UseSqlite(connectionString)
                .AddInterceptors(sp.GetRequiredService<EndringsAuditInterceptor>(), TilkoblingsInterceptor));
            services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<SqliteAppDbContext>());
        }
        else
        {
            throw new InvalidOperationException($"Ukjent Database:Provider «{database.Provider}». Bruk Sqlite eller SqlServer.");
        }

        services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<AppDbContext>());
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DemoSeeder>();
        services.AddSingleton<IReferanseGenerator, ReferanseGenerator>();

        services.Configure<EpostOptions>(o => o.Mappe = Path.Combine(dataMappe, "epost"));
        services.Configure<EpostOptions>(configuration.GetSection("Epost"));
        services.AddSingleton<IEpostSender, FilEpostSender>();
        services.Configure<DokumentlagerOptions>(o => o.Mappe = Path.Combine(dataMappe, "dokumenter"));
        services.Configure<DokumentlagerOptions>(configuration.GetSection("Dokumentlager"));
        services.AddSingleton<IDokumentlager, FilDokumentlager>();
        services.Configure<BrevOptions>(configuration.GetSection("Brev"));
        services.AddSingleton<IBrevPdf, PdfSharpBrevPdf>();

        services
            .AddIdentity<ApplicationUser, IdentityRole<Guid>>(options =>
            {
                // User names are the e-mail address for local accounts, and user names are unique.
                // ID-porten accounts may have no e-mail, so uniqueness of e-mail itself is not required.
                options.User.RequireUniqueEmail = false;
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<NorskIdentityErrorDescriber>()
            .AddSignInManager<AppSignInManager>()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>();
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddSingleton<Application.Kartlegging.IIploskatalog, Iplos.Iploskatalog>();
        services.AddScoped<IKontoService, KontoService>();
        services.AddScoped<IBrukerOppslag, BrukerOppslag>();
        return services;
    }

    private static string SqliteTilkobling(IConfiguration configuration, string dataMappe) =>
        configuration.GetConnectionString("Sqlite") ?? new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataMappe, "booppfolging.db"),
            // Also the busy timeout: a writer waits up to this many seconds for another writer.
            DefaultTimeout = 30,
            Pooling = true,
        }.ToString();

    /// <summary>
    /// For a host that runs its hosted services (the web app): on SQLite, the audit log's read entries wait in
    /// a file of their own and are moved into the log once per <c>Audit:Leseintervall</c> (default one second;
    /// <c>00:00:00</c> saves each in the log at once). See <see cref="Leseauditko"/>.
    /// </summary>
    public static IServiceCollection AddLeseauditko(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var database = configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        var intervall = configuration.GetValue("Audit:Leseintervall", TimeSpan.FromSeconds(1));
        if (!string.Equals(database.Provider, DatabaseOptions.Sqlite, StringComparison.OrdinalIgnoreCase) || intervall <= TimeSpan.Zero)
        {
            return services;
        }

        var hoved = new SqliteConnectionStringBuilder(SqliteTilkobling(configuration, Path.GetFullPath(database.DataMappe, contentRoot)));
        if (string.IsNullOrEmpty(hoved.DataSource) || hoved.DataSource == ":memory:" || hoved.Mode == SqliteOpenMode.Memory)
        {
            return services; // nothing on disk to keep the entries beside
        }

        var hovedfil = Path.GetFullPath(hoved.DataSource); // as SQLite opens it: from the working folder
        var kofil = Path.Combine(Path.GetDirectoryName(hovedfil)!, Path.GetFileNameWithoutExtension(hovedfil) + "-lesninger.db");
        var ko = new SqliteConnectionStringBuilder { DataSource = kofil, DefaultTimeout = 30, Pooling = true }.ToString();
        services.AddPooledDbContextFactory<LesekoDbContext>(o => o.UseSqlite(ko).AddInterceptors(TilkoblingsInterceptor));
        services.AddSingleton(sp => new Leseauditko(
            sp.GetRequiredService<IDbContextFactory<LesekoDbContext>>(),
            sp.GetRequiredService<IServiceScopeFactory>(),
            intervall,
            sp.GetRequiredService<ILogger<Leseauditko>>()));
        services.AddSingleton<ILeseauditko>(sp => sp.GetRequiredService<Leseauditko>());
        services.AddHostedService(sp => sp.GetRequiredService<Leseauditko>());
        return services;
    }
}
