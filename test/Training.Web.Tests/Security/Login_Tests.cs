using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Training.Data;
using Training.Identity;

namespace Training.Web.Tests.Security;

/// <summary>
/// Hardening 2/3, item 2: the login tells nothing about which accounts exist or are locked until the right password is
/// given, costs the same for an unknown account, and one client address cannot keep failing (and locking) for long.
/// </summary>
public class Login_Tests(TrainingWebApplicationFactory factory) : IClassFixture<TrainingWebApplicationFactory>
{
    private static async Task<JsonElement> LoginAsync(HttpClient client, string email, string password, HttpStatusCode expected) =>
        await client.PostAsJsonAsync("/api/identity/login", new { email, password }).JsonAsync(expected);

    /// <summary>The answer without what differs by design between two requests.</summary>
    private static string Shape(JsonElement problem)
    {
        var fields = problem.EnumerateObject().Where(p => p.Name != "traceId").Select(p => $"{p.Name}={p.Value}");
        return string.Join("|", fields);
    }

    [Fact]
    public async Task Unknown_Wrong_And_Locked_Answer_Alike_And_Each_Costs_One_Password_Hash()
    {
        var hasher = new CountingHasher();
        // As if from several addresses, so that the account locks (one address alone is throttled first).
        await using var host = factory.WithWebHostBuilder(b => b.UseSetting("Security:LoginFailuresPerAddressAndLogin", "100").ConfigureServices(s =>
            s.Replace(ServiceDescriptor.Scoped<IPasswordHasher<TrainingUser>>(_ => hasher))));
        await factory.CreateUserAsync("locked@demo.local", [TrainingRoles.Reviewer], "04");
        var client = host.CreateClient();
        await LoginAsync(client, "nobody-at-all@demo.local", "Warm@2020x", HttpStatusCode.Unauthorized);

        hasher.Verified = 0;
        var unknown = await LoginAsync(client, "nobody@demo.local", "Wrong@2020x", HttpStatusCode.Unauthorized);
        var unknownCost = hasher.Verified;
        hasher.Verified = 0;
        var wrong = await LoginAsync(client, "reviewer@demo.local", "Wrong@2020x", HttpStatusCode.Unauthorized);
        var wrongCost = hasher.Verified;
        for (var i = 0; i < 5; i++)
        {
            await LoginAsync(client, "locked@demo.local", "Wrong@2020x", HttpStatusCode.Unauthorized);
        }

        var lockedWrong = await LoginAsync(client, "locked@demo.local", "Wrong@2020x", HttpStatusCode.Unauthorized);
        var lockedRight = await LoginAsync(client, "locked@demo.local", DemoDataSeeder.DemoPassword, HttpStatusCode.Unauthorized);

        unknownCost.ShouldBe(1);
        wrongCost.ShouldBe(1);
        Shape(unknown).ShouldBe(Shape(wrong));
        Shape(lockedWrong).ShouldBe(Shape(wrong));
        unknown.Code().ShouldBe("Training:InvalidCredentials");
        lockedRight.Code().ShouldBe("Training:LockedOut");
    }

    [Fact]
    public async Task An_Email_Shared_By_Two_Accounts_Answers_Like_A_Wrong_Password()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<TrainingUser>>();
            foreach (var name in new[] { "shared-1", "shared-2" })
            {
                (await users.CreateAsync(new TrainingUser(Guid.CreateVersion7(), name, "shared@demo.local", name), DemoDataSeeder.DemoPassword)).Succeeded.ShouldBeTrue();
            }
        }

        var answer = await LoginAsync(factory.CreateClient(), "shared@demo.local", DemoDataSeeder.DemoPassword, HttpStatusCode.Unauthorized);

        answer.Code().ShouldBe("Training:InvalidCredentials");
    }

    [Fact]
    public async Task One_Address_Cannot_Lock_An_Account_And_Waits_With_429_And_Retry_After()
    {
        await factory.CreateUserAsync("target@demo.local", [TrainingRoles.Reviewer], "04");
        await using var host = factory.WithWebHostBuilder(b => b.UseSetting("Security:LoginFailuresPerAddress", "8"));
        var client = host.CreateClient();
        for (var i = 0; i < 4; i++)
        {
            await LoginAsync(client, "target@demo.local", "Wrong@2020x", HttpStatusCode.Unauthorized);
        }

        var fifth = await client.PostAsJsonAsync("/api/identity/login", new { email = "target@demo.local", password = DemoDataSeeder.DemoPassword });
        for (var i = 0; i < 4; i++)
        {
            await LoginAsync(client, $"guess-{i}@demo.local", "Wrong@2020x", HttpStatusCode.Unauthorized);
        }

        var overLimit = await client.PostAsJsonAsync("/api/identity/login", new { email = "trainer@demo.local", password = DemoDataSeeder.DemoPassword });
        var page = new Pages.PageClient(host);
        var pageAnswer = await page.SignInAsync("trainer@demo.local", DemoDataSeeder.DemoPassword);

        foreach (var response in new[] { fifth, overLimit })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            response.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ShouldBeGreaterThan(0);
            (await response.Content.ReadFromJsonAsync<JsonElement>()).Code().ShouldBe("Training:TooManyFailedLogins");
        }

        pageAnswer.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);

        // The account the address kept trying was not locked by it.
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrainingUser>>();
        (await users.IsLockedOutAsync((await users.FindByNameAsync("target@demo.local"))!)).ShouldBeFalse();
    }

    [Fact]
    public async Task Parallel_Wrong_Passwords_For_One_Account_Never_Answer_A_Conflict()
    {
        await factory.CreateUserAsync("parallel@demo.local", [TrainingRoles.Reviewer], "04");
        await using var host = factory.WithWebHostBuilder(b =>
            b.UseSetting("Security:LoginFailuresPerAddressAndLogin", "100").UseSetting("Security:LoginFailuresPerAddress", "100"));
        var client = host.CreateClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() =>
            client.PostAsJsonAsync("/api/identity/login", new { email = "parallel@demo.local", password = "Wrong@2020x" }))));

        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.Unauthorized);
    }

    private sealed class CountingHasher : IPasswordHasher<TrainingUser>
    {
        private readonly PasswordHasher<TrainingUser> _inner = new();

        public int Verified { get; set; }

        public string HashPassword(TrainingUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(TrainingUser user, string hashedPassword, string providedPassword)
        {
            Verified++;
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
