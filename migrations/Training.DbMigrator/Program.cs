using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Training;
using Training.Data;
using Training.EntityFrameworkCore;
using Training.Identity;

// Migrates the database named by configuration (appsettings.json, environment, command line) and seeds what every
// deployment needs: organisation units, roles and permissions. "--demo" adds the demo accounts.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<ICurrentUser, SystemUser>();
builder.Services.AddTrainingApplication();
builder.Services.AddTrainingEntityFrameworkCore(builder.Configuration.ReadTrainingDatabaseOptions(AppContext.BaseDirectory));
builder.Services.AddTrainingIdentityCore();

using var host = builder.Build();
using var scope = host.Services.CreateScope();
await scope.ServiceProvider.GetRequiredService<TrainingDbMigrationService>()
    .MigrateAndSeedAsync(includeDemoData: args.Contains("--demo"));
Console.WriteLine("Database migrated and seeded.");

/// <summary>The migrator acts as the system: audit entries it writes carry this name.</summary>
internal sealed class SystemUser : ICurrentUser
{
    public Guid? Id => null;

    public string? UserName => "DbMigrator";
}
