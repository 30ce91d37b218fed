using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;
using Training.Data;
using Training.EntityFrameworkCore;
using Training.Identity;

namespace Training;

/// <summary>
/// The application and EF layers wired as the host wires them, over a <see cref="TestDatabase"/> migrated and seeded with
/// the real Cao Bằng tree and the demo users. One per test class; each test takes its own scope.
/// </summary>
public sealed class TrainingTestServices : IDisposable
{
    private readonly ServiceProvider _provider;

    /// <param name="configure">What a test adds to the services (an interceptor counting commands).</param>
    public TrainingTestServices(TestDatabase database, TimeProvider? clock = null, Action<IServiceCollection>? configure = null)
    {
        Database = database;

        // Messages are checked in Vietnamese, the application's first language.
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("vi-VN");
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(clock ?? TimeProvider.System);
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        services.AddSingleton(CurrentUser);
        services.AddSingleton<ICurrentUser>(CurrentUser);
        services.AddSingleton<ICurrentUserSetter>(CurrentUser);
        services.AddTrainingApplication();
        services.AddTrainingEntityFrameworkCore(database.Options);
        services.AddTrainingIdentityCore();
        services.AddQuartz();
        configure?.Invoke(services);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        using var scope = _provider.CreateScope();
        scope.ServiceProvider.GetRequiredService<TrainingDbMigrationService>().MigrateAndSeedAsync(includeDemoData: true, includeDemoRoster: false).GetAwaiter().GetResult();
    }

    public TestDatabase Database { get; }

    public TestCurrentUser CurrentUser { get; } = new();

    public AsyncServiceScope CreateScope() => _provider.CreateAsyncScope();

    /// <summary>The root provider, for what makes its own scopes (a Quartz job).</summary>
    public IServiceProvider Provider => _provider;

    /// <summary>Makes the demo user with this e-mail the caller of what follows.</summary>
    public async Task SignInAsAsync(string email)
    {
        await using var scope = CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<TrainingUser>>().FindByNameAsync(email)
            ?? throw new InvalidOperationException(email);
        CurrentUser.Id = user.Id;
        CurrentUser.UserName = user.UserName;
    }

    /// <summary>Makes an admin of Hoà An district only (created on first use) the caller: the demo has admins of the whole tree only.</summary>
    public async Task SignInAsDistrictAdminAsync()
    {
        await using (var scope = CreateScope())
        {
            if (await scope.ServiceProvider.GetRequiredService<UserManager<TrainingUser>>().FindByNameAsync(DistrictAdmin) is null)
            {
                await SignInAsAsync("admin@demo.local");
                var hoaAn = await scope.ServiceProvider.GetRequiredService<OrganizationUnits.IOrganizationUnitRepository>()
                    .FindByCodeAsync("051", new DateOnly(2020, 12, 31), false);
                await scope.ServiceProvider.GetRequiredService<IUserAdminAppService>().CreateAsync(new SaveUserDto
                {
                    UserName = DistrictAdmin, DisplayName = "Quản trị huyện Hoà An", Roles = [TrainingRoles.Admin], OrganizationUnitIds = [hoaAn!.Id],
                    Password = "Huyen@12345",
                });
            }
        }

        await SignInAsAsync(DistrictAdmin);
    }

    public const string DistrictAdmin = "district-admin@demo.local";

    public void Dispose()
    {
        _provider.Dispose();
        Database.Dispose();
    }
}
