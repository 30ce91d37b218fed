using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Training.Auditing;
using Training.Courses;
using Training.Data;
using Training.EntityFrameworkCore.Auditing;
using Training.EntityFrameworkCore.Courses;
using Training.EntityFrameworkCore.Identity;
using Training.EntityFrameworkCore.Notifications;
using Training.EntityFrameworkCore.OrganizationUnits;
using Training.EntityFrameworkCore.Rosters;
using Training.Identity;
using Training.Notifications;
using Training.OrganizationUnits;
using Training.Rosters;

namespace Training.EntityFrameworkCore;

public static class TrainingEntityFrameworkCoreServiceCollectionExtensions
{
    /// <summary>
    /// Reads "Database:Provider" (Sqlite by default, or PostgreSql) and "ConnectionStrings:Default". Without a connection
    /// string, SQLite uses App_Data/training.db under <paramref name="contentRootPath"/>.
    /// </summary>
    public static TrainingDatabaseOptions ReadTrainingDatabaseOptions(this IConfiguration configuration, string contentRootPath)
    {
        var options = new TrainingDatabaseOptions();
        configuration.GetSection(TrainingDatabaseOptions.SectionName).Bind(options);
        options.ConnectionString = configuration.GetConnectionString("Default") ?? string.Empty;
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            var builder = new SqliteConnectionStringBuilder(options.ConnectionString);
            if (string.IsNullOrEmpty(builder.DataSource))
            {
                builder.DataSource = Path.Combine(contentRootPath, "App_Data", "training.db");
            }

            if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(builder.DataSource))!);
            }

            options.ConnectionString = builder.ToString();
        }
        else if (string.IsNullOrEmpty(options.ConnectionString))
        {
            throw new InvalidOperationException("Database:Provider is PostgreSql but ConnectionStrings:Default is empty.");
        }

        return options;
    }

    public static IServiceCollection AddTrainingEntityFrameworkCore(this IServiceCollection services, TrainingDatabaseOptions database)
    {
        services.AddSingleton(database);
        services.AddMemoryCache();
        services.AddScoped<IInterceptor, AuditSaveChangesInterceptor>();
        services.AddSingleton<UnitTreeChanges>();
        services.AddScoped<IInterceptor, UnitTreeChangesInterceptor>();
        services.AddDbContext<TrainingDbContext>((provider, options) =>
        {
            options.UseTrainingDatabase(database);
            options.AddInterceptors(provider.GetServices<IInterceptor>());
        });
        services.AddScoped<ITrainingUnitOfWork>(sp => sp.GetRequiredService<TrainingDbContext>());
        services.AddScoped<IOrganizationUnitRepository, EfOrganizationUnitRepository>();
        services.AddScoped<IUserAccessRepository, EfUserAccessRepository>();
        services.AddScoped<IUserRepository, EfUserRepository>();
        services.AddScoped<ISignInSessionRepository, Training.EntityFrameworkCore.Identity.EfSignInSessionRepository>();
        services.AddScoped<IAuditLogRepository, EfAuditLogRepository>();
        services.AddScoped<IStaffMemberRepository, EfStaffMemberRepository>();
        services.AddScoped<IStaffImportJobRepository, EfStaffImportJobRepository>();
        services.AddScoped<IStaffListQuery, EfStaffListQuery>();
        services.AddScoped<ICourseRepository, EfCourseRepository>();
        services.AddScoped<Training.Quizzes.IQuestionRepository, Training.EntityFrameworkCore.Quizzes.EfQuestionRepository>();
        services.AddScoped<Training.Quizzes.IQuizRepository, Training.EntityFrameworkCore.Quizzes.EfQuizRepository>();
        services.AddScoped<Training.Quizzes.IQuizAttemptRepository, Training.EntityFrameworkCore.Quizzes.EfQuizAttemptRepository>();
        services.AddScoped<Training.Quizzes.IQuizResultsQuery, Training.EntityFrameworkCore.Quizzes.EfQuizResultsQuery>();
        services.AddScoped<Training.Quizzes.IQuestionListQuery, Training.EntityFrameworkCore.Quizzes.EfQuestionListQuery>();
        services.AddScoped<ICourseListQuery, EfCourseListQuery>();
        services.AddScoped<ISessionListQuery, EfSessionListQuery>();
        services.AddScoped<Training.Coverage.ICoverageQuery, Training.EntityFrameworkCore.Coverage.EfCoverageQuery>();
        services.AddScoped<Training.Coverage.ICoveragePlanRepository, Training.EntityFrameworkCore.Coverage.EfCoveragePlanRepository>();
        services.AddScoped<Training.Coverage.ICoverageRecordRepository, Training.EntityFrameworkCore.Coverage.EfCoverageRecordRepository>();
        services.AddScoped<ITrainingSessionRepository, EfTrainingSessionRepository>();
        services.AddScoped<ICompletionRepository, EfCompletionRepository>();
        services.AddScoped<Training.Certificates.ICertificateRepository, Training.EntityFrameworkCore.Certificates.EfCertificateRepository>();
        services.AddScoped<Training.Certificates.ICertificateListQuery, Training.EntityFrameworkCore.Certificates.EfCertificateListQuery>();
        services.AddScoped<Training.Certificates.ICertificateSettingsRepository, Training.EntityFrameworkCore.Certificates.EfCertificateSettingsRepository>();
        services.AddScoped<Training.Activities.IActivityRepository, Training.EntityFrameworkCore.Activities.EfActivityRepository>();
        services.AddScoped<Training.Activities.IActivityQuery, Training.EntityFrameworkCore.Activities.EfActivityQuery>();
        services.AddScoped<INotificationRepository, EfNotificationRepository>();
        services.AddScoped<Training.Files.IBlobStore, Training.EntityFrameworkCore.Files.DatabaseBlobStore>();
        services.AddScoped<IdentityDataSeeder>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<TrainingDbMigrationService>();
        return services;
    }

    public static TBuilder UseTrainingDatabase<TBuilder>(this TBuilder options, TrainingDatabaseOptions database)
        where TBuilder : DbContextOptionsBuilder
    {
        _ = database.Provider switch
        {
            DatabaseProvider.PostgreSql => options.UseNpgsql(WithPlannerCosts(database.ConnectionString), o => o.MigrationsAssembly(database.MigrationsAssembly)),
            _ => options.UseSqlite(database.ConnectionString, o => o.MigrationsAssembly(database.MigrationsAssembly)),
        };
        return options;
    }

    /// <summary>
    /// PostgreSQL's default random_page_cost (4) prices a disk seek as on spinning disks: over 150,000 staff it then scans
    /// every unit assignment rather than probe the index of a province's 250 units (120 ms against 25 ms for the coverage
    /// count). Storage is solid-state today, so 1.1 unless the connection string sets its own options.
    /// </summary>
    private static string WithPlannerCosts(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.Options))
        {
            builder.Options = "-c random_page_cost=1.1";
        }

        // A training room repeats the same few statements (a save, a session check) thousands of times a minute: prepared on
        // each connection once they recur, PostgreSQL parses and plans them once instead of per request.
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 50;
        }

        // PostgreSQL serves 100 connections unless told otherwise, shared by every node and Quartz's store. Npgsql's own default
        // of 100 a pool let 200 learners starting one quiz exhaust the server (53300, answered 500); 30 a node queue briefly for
        // a connection instead, and two cores run no more queries than that at once anyway.
        if (!connectionString.Contains("Maximum Pool Size", StringComparison.OrdinalIgnoreCase)
            && !connectionString.Contains("Max Pool Size", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxPoolSize = 30;
        }

        return builder.ConnectionString;
    }
}
