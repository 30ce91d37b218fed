using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Training.Identity;

namespace Training.Web.Tests.Identity;

public class IdentityApi_Tests(TrainingWebApplicationFactory factory) : IClassFixture<TrainingWebApplicationFactory>
{
    [Fact]
    public async Task Exchanges_Credentials_For_A_Bearer_Token_And_Refresh_It()
    {
        var client = factory.CreateClient();

        var login = await client.PostAsJsonAsync("/api/identity/login", new { email = "trainer@demo.local", password = "Demo@2020" });
        var token = await login.Content.ReadFromJsonAsync<TrainingWebApplicationFactory.TokenResponse>();
        var refreshed = await client.PostAsJsonAsync("/api/identity/refresh", new { refreshToken = token!.RefreshToken });
        var second = await refreshed.Content.ReadFromJsonAsync<TrainingWebApplicationFactory.TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", second!.AccessToken);

        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        token.TokenType.ShouldBe("Bearer");
        token.ExpiresIn.ShouldBeGreaterThan(0);
        refreshed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/api/training/organization-units?parentCode=04")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await factory.CreateClient().PostAsJsonAsync("/api/identity/refresh", new { refreshToken = "not-a-token" })).StatusCode
            .ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Locks_An_Account_After_Five_Failed_Sign_Ins()
    {
        await factory.CreateUserAsync("lockout@demo.local", [TrainingRoles.Learner], "01654");

        // As if from several addresses: one address alone is throttled before it can lock an account (Login_Tests).
        await using var host = factory.WithWebHostBuilder(b => b.UseSetting("Security:LoginFailuresPerAddressAndLogin", "100"));
        var client = host.CreateClient();
        for (var i = 0; i < IdentityConsts.MaxFailedAccessAttempts; i++)
        {
            (await client.PostAsJsonAsync("/api/identity/login", new { email = "lockout@demo.local", password = "Wrong@2020" })).StatusCode
                .ShouldBe(HttpStatusCode.Unauthorized);
        }

        var locked = await client.PostAsJsonAsync("/api/identity/login", new { email = "lockout@demo.local", password = "Demo@2020" });

        locked.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await CodeOf(locked)).ShouldBe(TrainingErrorCodes.LockedOut);
    }

    [Fact]
    public async Task Gives_No_Token_While_The_First_Password_Change_Is_Pending()
    {
        var admin = await factory.CreateBearerClientAsync("admin@demo.local");
        var created = await admin.PostAsJsonAsync("/api/training/users", new
        {
            userName = "0987654321", displayName = "Hoàng Thị Mai", roles = new[] { TrainingRoles.Learner }, password = "MotLan@2020",
        });

        var login = await factory.CreateClient().PostAsJsonAsync("/api/identity/login", new { email = "0987654321", password = "MotLan@2020" });

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        login.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await CodeOf(login)).ShouldBe(TrainingErrorCodes.PasswordChangeRequired);
        (await login.Content.ReadAsStringAsync()).ShouldNotContain("accessToken");
    }

    [Fact]
    public async Task Answers_A_Wrong_Password_With_A_Localised_Problem()
    {
        var client = factory.CreateClient();
        var vietnamese = await client.PostAsJsonAsync("/api/identity/login", new { email = "reviewer@demo.local", password = "Sai@2020" });
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/identity/login") { Content = JsonContent.Create(new { email = "nobody@demo.local", password = "x" }) };
        request.Headers.AcceptLanguage.ParseAdd("en");
        var english = await client.SendAsync(request);

        (await CodeOf(vietnamese)).ShouldBe(TrainingErrorCodes.InvalidCredentials);
        (await DetailOf(vietnamese)).ShouldBe("Tên đăng nhập hoặc mật khẩu không đúng.");
        (await DetailOf(english)).ShouldBe("The user name or password is wrong.");
    }

    [Theory]
    [InlineData("/api/identity/register")]
    [InlineData("/api/identity/forgotPassword")]
    [InlineData("/api/identity/resetPassword")]
    public async Task Does_Not_Expose_Registration_Or_Anonymous_Password_Reset(string path)
    {
        var response = await factory.CreateClient().PostAsJsonAsync(path, new { email = "x@demo.local", password = "Demo@2020" });

        response.StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed, HttpStatusCode.Unauthorized);
    }

    private static async Task<string?> CodeOf(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString();

    private static async Task<string?> DetailOf(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
}
