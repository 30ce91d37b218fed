using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Training.Data;
using Training.Identity;
using Training.OrganizationUnits;

namespace Training.Web.Tests;

/// <summary>
/// The real host over a database of its own (a SQLite file by default, so that Quartz's store shares it as in production),
/// migrated and seeded with the demo data on start, as <c>dotnet run</c> does.
/// </summary>
public class TrainingWebApplicationFactory : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database;
    private readonly bool _ownsDatabase;

    public TrainingWebApplicationFactory()
        : this(TestDatabase.SqliteFile(), ownsDatabase: true)
    {
    }

    /// <summary>A node over <paramref name="database"/>; several nodes may share one database, its owner drops it.</summary>
    protected TrainingWebApplicationFactory(TestDatabase database, bool ownsDatabase)
    {
        _database = database;
        _ownsDatabase = ownsDatabase;
    }

    public TestDatabase Database => _database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", _database.Options.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Default", _database.Options.ConnectionString);
        builder.UseSetting("Database:MigrateAndSeedOnStart", "true");
        builder.UseSetting("Database:SeedDemoData", "true");
    }

    public async Task<HttpClient> CreateBearerClientAsync(string email, string password = DemoDataSeeder.DemoPassword)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/identity/login", new { email, password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    /// <summary>An account with the given roles and units (codes read on 2020-12-31) that has set its own password.</summary>
    public async Task<TrainingUser> CreateUserAsync(string email, string[] roles, params string[] unitCodes)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrainingUser>>();
        var units = scope.ServiceProvider.GetRequiredService<IOrganizationUnitRepository>();
        var user = new TrainingUser(Guid.CreateVersion7(), email, email, email);
        foreach (var code in unitCodes)
        {
            user.AssignOrganizationUnit((await units.FindByCodeAsync(code, new DateOnly(2020, 12, 31), true))!.Id);
        }

        (await users.CreateAsync(user, DemoDataSeeder.DemoPassword)).Succeeded.ShouldBeTrue();
        (await users.AddToRolesAsync(user, roles)).Succeeded.ShouldBeTrue();
        return user;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDatabase)
        {
            _database.Dispose();
        }
    }

    /// <summary>One of several web nodes over a database that the test owns.</summary>
    public sealed class Node(TestDatabase database) : TrainingWebApplicationFactory(database, ownsDatabase: false);

    public sealed record TokenResponse(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);
}
