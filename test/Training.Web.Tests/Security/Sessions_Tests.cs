using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Training.Data;
using Training.Identity;
using Training.Web.Tests.Pages;

namespace Training.Web.Tests.Security;

/// <summary>
/// Hardening 2/3, item 1: refresh tokens work once, and logout, a password reset, a role change and disabling end every
/// cookie and token of the account on the next request, on every node.
/// </summary>
public class Sessions_Tests(TrainingWebApplicationFactory factory) : IClassFixture<TrainingWebApplicationFactory>
{
    private const string Password = DemoDataSeeder.DemoPassword;

    private static async Task<JsonElement> LoginAsync(HttpClient client, string email, string password = Password) =>
        await client.PostAsJsonAsync("/api/identity/login", new { email, password }).JsonAsync(HttpStatusCode.OK);

    private static HttpClient WithToken(WebApplicationFactory<Program> host, JsonElement tokens)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("accessToken").GetString());
        return client;
    }

    private static StringContent Refresh(JsonElement tokens) =>
        new(JsonSerializer.Serialize(new { refreshToken = tokens.GetProperty("refreshToken").GetString() }), System.Text.Encoding.UTF8, "application/json");

    [Fact]
    public async Task A_Refresh_Token_Works_Once_And_Its_Second_Use_Ends_The_Whole_Sign_In()
    {
        var client = factory.CreateClient();
        var first = await LoginAsync(client, "reviewer@demo.local");

        var second = await client.PostAsync("/api/identity/refresh", Refresh(first)).JsonAsync(HttpStatusCode.OK);
        var replay = await client.PostAsync("/api/identity/refresh", Refresh(first)).JsonAsync(HttpStatusCode.Unauthorized);
        var afterReplay = await client.PostAsync("/api/identity/refresh", Refresh(second)).JsonAsync(HttpStatusCode.Unauthorized);

        replay.Code().ShouldBe("Training:RefreshTokenReused");
        afterReplay.Code().ShouldBe("Training:InvalidRefreshToken");
        (await WithToken(factory, second).GetAsync("/api/training/organization-units?parentCode=04")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await WithToken(factory, first).GetAsync("/api/training/organization-units?parentCode=04")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Logout_Through_The_Api_Ends_The_Tokens_Of_That_Sign_In_Only()
    {
        var client = factory.CreateClient();
        var ended = await LoginAsync(client, "trainer@demo.local");
        var other = await LoginAsync(client, "trainer@demo.local");

        (await client.PostAsync("/api/identity/logout", Refresh(ended))).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await WithToken(factory, ended).GetAsync("/api/training/courses")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.PostAsync("/api/identity/refresh", Refresh(ended))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await WithToken(factory, other).GetAsync("/api/training/courses")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.PostAsJsonAsync("/api/identity/logout", new { refreshToken = "not-a-token" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_Cookie_Replayed_After_Logout_Is_Refused_On_Another_Node()
    {
        var page = new PageClient(factory);
        var signIn = await page.SignInAsync("reviewer@demo.local", Password);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("Training.Auth=", StringComparison.Ordinal)).Split(';')[0];
        await using var nodeB = new TrainingWebApplicationFactory.Node(factory.Database);
        var replay = nodeB.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        replay.DefaultRequestHeaders.Add("Cookie", cookie);

        var before = await replay.GetAsync("/OrganizationUnits");
        (await page.PostFormAsync("/Account/Logout", new Dictionary<string, string>())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await replay.GetAsync("/OrganizationUnits");

        before.StatusCode.ShouldBe(HttpStatusCode.OK);
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task A_Password_Reset_And_A_Role_Change_End_The_Old_Token_And_Cookie_Once_The_Bound_Passes()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock))));
        foreach (var change in new[] { "password", "role" })
        {
            var email = $"reset-{change}@demo.local";
            var user = await factory.CreateUserAsync(email, [TrainingRoles.Reviewer], "04");
            var tokens = await LoginAsync(host.CreateClient(), email);
            var page = new PageClient(host);
            await page.SignInAsync(email, Password);
            (await page.Http.GetAsync("/OrganizationUnits")).StatusCode.ShouldBe(HttpStatusCode.OK);
            var admin = WithToken(host, await LoginAsync(host.CreateClient(), "admin@demo.local"));
            var province = (await admin.GetAsync($"/api/training/users/{user.Id}").JsonAsync(HttpStatusCode.OK)).GetProperty("organizationUnits")[0].Id();

            await admin.PutAsJsonAsync($"/api/training/users/{user.Id}", new
            {
                userName = email, email, displayName = email, organizationUnitIds = new[] { province },
                roles = new[] { change == "role" ? TrainingRoles.Trainer : TrainingRoles.Reviewer }, password = change == "password" ? "Reset@2020x" : null,
            }).JsonAsync(HttpStatusCode.OK);
            clock.Advance(TimeSpan.FromSeconds(31));

            (await WithToken(host, tokens).GetAsync("/api/training/organization-units?parentCode=04")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, change);
            var cookie = await page.Http.GetAsync("/OrganizationUnits");
            cookie.StatusCode.ShouldBe(HttpStatusCode.Redirect, change);
            cookie.Headers.Location!.ToString().ShouldContain("/Account/Login");
            (await host.CreateClient().PostAsync("/api/identity/refresh", Refresh(tokens))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, change);
        }
    }

    [Fact]
    public async Task Saving_An_Account_Unchanged_Keeps_Its_Sessions()
    {
        var user = await factory.CreateUserAsync("unchanged@demo.local", [TrainingRoles.Reviewer], "04");
        var tokens = await LoginAsync(factory.CreateClient(), "unchanged@demo.local");
        var admin = await factory.CreateBearerClientAsync("admin@demo.local");
        var saved = await admin.GetAsync($"/api/training/users/{user.Id}").JsonAsync(HttpStatusCode.OK);

        await admin.PutAsJsonAsync($"/api/training/users/{user.Id}", new
        {
            userName = "unchanged@demo.local", email = "unchanged@demo.local", displayName = "Tên mới", roles = new[] { TrainingRoles.Reviewer },
            organizationUnitIds = new[] { saved.GetProperty("organizationUnits")[0].Id() },
        }).JsonAsync(HttpStatusCode.OK);

        (await WithToken(factory, tokens).GetAsync("/api/training/organization-units?parentCode=04")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_Disabled_Account_Signs_In_No_More_And_Says_Why_Only_To_The_Right_Password()
    {
        var user = await factory.CreateUserAsync("disabled@demo.local", [TrainingRoles.Reviewer], "04");
        var client = factory.CreateClient();
        var tokens = await LoginAsync(client, "disabled@demo.local");
        var admin = await factory.CreateBearerClientAsync("admin@demo.local");
        var province = (await admin.GetAsync($"/api/training/users/{user.Id}").JsonAsync(HttpStatusCode.OK)).GetProperty("organizationUnits")[0].Id();
        object Save(bool active) => new
        {
            userName = "disabled@demo.local", email = "disabled@demo.local", displayName = "x", roles = new[] { TrainingRoles.Reviewer },
            organizationUnitIds = new[] { province }, isActive = active,
        };

        var disabled = await admin.PutAsJsonAsync($"/api/training/users/{user.Id}", Save(false)).JsonAsync(HttpStatusCode.OK);
        var withToken = await WithToken(factory, tokens).GetAsync("/api/training/organization-units?parentCode=04");
        var wrong = await client.PostAsJsonAsync("/api/identity/login", new { email = "disabled@demo.local", password = "Wrong@2020" })
            .JsonAsync(HttpStatusCode.Unauthorized);
        var right = await client.PostAsJsonAsync("/api/identity/login", new { email = "disabled@demo.local", password = Password })
            .JsonAsync(HttpStatusCode.Unauthorized);
        var refresh = await client.PostAsync("/api/identity/refresh", Refresh(tokens)).JsonAsync(HttpStatusCode.Unauthorized);

        disabled.GetProperty("isActive").GetBoolean().ShouldBeFalse();
        withToken.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        wrong.Code().ShouldBe("Training:InvalidCredentials");
        right.Code().ShouldBe("Training:AccountDisabled");
        refresh.Code().ShouldBe("Training:AccountDisabled");
        await admin.PutAsJsonAsync($"/api/training/users/{user.Id}", Save(true)).JsonAsync(HttpStatusCode.OK);
        await LoginAsync(client, "disabled@demo.local");

        // The last administrator cannot disable itself.
        var me = (await admin.GetAsync("/api/training/users?search=admin@demo.local").JsonAsync(HttpStatusCode.OK)).GetProperty("items")[0];
        (await admin.PutAsJsonAsync($"/api/training/users/{me.Id()}", new
        {
            userName = "admin@demo.local", email = "admin@demo.local", displayName = "admin", roles = new[] { TrainingRoles.Admin },
            organizationUnitIds = new[] { province }, isActive = false,
        }).JsonAsync(HttpStatusCode.Conflict)).Code().ShouldBe("Training:LastAdministrator");
    }

    [Fact]
    public async Task An_Account_Closes_With_Its_Staff_Record_And_Opens_Again_When_The_Record_Is_Reactivated()
    {
        var officer = await factory.CreateBearerClientAsync("officer@demo.local");
        var client = factory.CreateClient();
        var tokens = await LoginAsync(client, "learner@demo.local");
        var learner = WithToken(factory, tokens);
        var staffId = (await officer.GetAsync("/api/training/staff?search=&pageSize=1000&includeInactive=true").JsonAsync(HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().Single(p => p.GetProperty("userId").ValueKind == JsonValueKind.String).Id();
        (await learner.GetAsync("/api/training/catalogue")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await officer.PutAsJsonAsync($"/api/training/staff/{staffId}", new { activeTo = "2025-12-31" }).JsonAsync(HttpStatusCode.OK);
        var ended = await learner.GetAsync("/api/training/catalogue");
        var login = await client.PostAsJsonAsync("/api/identity/login", new { email = "learner@demo.local", password = Password })
            .JsonAsync(HttpStatusCode.Unauthorized);
        await officer.PutAsJsonAsync($"/api/training/staff/{staffId}", new { clear = new[] { "activeTo" } }).JsonAsync(HttpStatusCode.OK);

        ended.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        login.Code().ShouldBe("Training:AccountDisabled");
        (await officer.GetAsync($"/api/training/staff/{staffId}").JsonAsync(HttpStatusCode.OK)).GetProperty("activeTo").ValueKind.ShouldBe(JsonValueKind.Null);
        var again = WithToken(factory, await LoginAsync(client, "learner@demo.local"));
        (await again.GetAsync("/api/training/catalogue")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
