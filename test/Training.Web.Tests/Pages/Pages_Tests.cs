using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using Training.Identity;

namespace Training.Web.Tests.Pages;

public class Pages_Tests(TrainingWebApplicationFactory factory) : IClassFixture<TrainingWebApplicationFactory>
{
    [Fact]
    public async Task Serves_The_Login_Page_In_Vietnamese_Written_As_Characters()
    {
        var html = await factory.CreateClient().GetStringAsync("/Account/Login");

        html.ShouldContain("<html lang=\"vi\">");
        html.ShouldContain("Đăng nhập");
        html.ShouldContain("Mật khẩu");
        html.ShouldNotContain("&#x");
    }

    [Fact]
    public async Task Switches_To_English_And_Remember_It()
    {
        var client = new PageClient(factory);

        var culture = await client.PostFormAsync("/Account/Login", new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = "/Account/Login" },
            formAction: "/Culture");
        var english = await client.Http.GetStringAsync("/Account/Login");

        culture.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        english.ShouldContain("<html lang=\"en\">");
        english.ShouldContain("Sign in");
    }

    [Fact]
    public async Task Redirects_An_Anonymous_Visitor_To_The_Login_Page()
    {
        var client = new PageClient(factory);

        var response = await client.Http.GetAsync("/Admin/Users");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task Signs_In_And_Show_The_Home_Page_Of_The_Role()
    {
        var client = new PageClient(factory);

        var signIn = await client.SignInAsync("officer@demo.local", "Demo@2020");
        var home = await client.Http.GetStringAsync("/");

        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        home.ShouldContain("Xin chào, Bế Thị Lan");
        home.ShouldContain("Cán bộ đầu mối đơn vị");
        home.ShouldContain("Huyện Hoà An");
        home.ShouldContain("href=\"/OrganizationUnits\"");
        home.ShouldNotContain("href=\"/Admin/Users\"");
        (await client.Http.GetAsync("/Admin/Users")).Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
    }

    [Fact]
    public async Task Refuses_A_Form_Post_Without_The_Anti_Forgery_Token()
    {
        var response = await factory.CreateClient().PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Login"] = "admin@demo.local", ["Input.Password"] = "Demo@2020",
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_Form_Whose_Use_Case_Refuses_The_Caller_Ends_On_The_Access_Denied_Page_And_Changes_Nothing()
    {
        var trainer = new PageClient(factory);
        await trainer.SignInAsync("trainer@demo.local", Training.Data.DemoDataSeeder.DemoPassword);
        var created = await trainer.PostFormAsync("/Courses/Edit", new Dictionary<string, string>
        {
            ["Input.Code"] = "TU-CHOI-1", ["Input.Title"] = "Khoá học nháp", ["AllLessons"] = "true", ["MinAttendancePercent"] = "",
        });
        var details = created.Headers.Location!.OriginalString;
        var reviewer = new PageClient(factory);
        await reviewer.SignInAsync("reviewer@demo.local", Training.Data.DemoDataSeeder.DemoPassword);

        // The reviewer may read the course but not publish it; the page has no check of its own: the use case refuses.
        var refused = await reviewer.PostFormAsync(details, new Dictionary<string, string>(), formAction: details + "?handler=Publish");

        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.AbsolutePath.ShouldBe("/Account/AccessDenied");
        (await trainer.Http.GetStringAsync(details)).ShouldContain("handler=Publish");
    }

    [Fact]
    public async Task Sends_A_New_Account_To_The_Password_Change_First()
    {
        var admin = await factory.CreateBearerClientAsync("admin@demo.local");
        (await admin.PostAsJsonAsync("/api/training/users", new
        {
            userName = "nguoimoi@demo.local", displayName = "Người Mới", roles = new[] { TrainingRoles.Learner }, password = "MotLan@2020",
        })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var client = new PageClient(factory);

        var signIn = await client.SignInAsync("nguoimoi@demo.local", "MotLan@2020");
        var home = await client.Http.GetAsync("/");
        var changed = await client.PostFormAsync("/Account/ChangePassword", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = "MotLan@2020", ["Input.NewPassword"] = "CuaToi@2020", ["Input.ConfirmPassword"] = "CuaToi@2020",
        });
        var afterChange = await client.Http.GetAsync("/");
        var token = await factory.CreateClient().PostAsJsonAsync("/api/identity/login", new { email = "nguoimoi@demo.local", password = "CuaToi@2020" });

        signIn.Headers.Location!.ToString().ShouldContain("/Account/ChangePassword");
        home.Headers.Location!.ToString().ShouldContain("/Account/ChangePassword");
        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        afterChange.StatusCode.ShouldBe(HttpStatusCode.OK);
        token.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Lets_The_Admin_Browse_And_Edit_The_Tree()
    {
        var client = new PageClient(factory);
        await client.SignInAsync("admin@demo.local", "Demo@2020");

        var top = await client.Http.GetStringAsync("/OrganizationUnits?asOf=2020-12-31");
        var roles = await client.Http.GetStringAsync("/Admin/Roles");
        var audit = await client.Http.GetStringAsync("/Admin/AuditLogs");

        top.ShouldContain("Tỉnh Cao Bằng");
        roles.ShouldContain("Phát hành khoá học");
        audit.ShouldContain("Nhật ký thay đổi");
    }

    [Fact]
    public async Task Reports_Live_And_Ready_And_Describe_The_Api()
    {
        var client = factory.CreateClient();

        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var openApi = await client.GetStringAsync("/openapi/v1.json");
        openApi.ShouldContain("/api/training/organization-units");
        openApi.ShouldContain("/api/identity/login");
    }

    [Fact]
    public async Task Keeps_Quartz_Jobs_In_The_Application_Database()
    {
        factory.CreateClient().Dispose();
        await using var connection = new SqliteConnection(factory.Database.Options.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name LIKE 'QRTZ_%'";

        Convert.ToInt32(await command.ExecuteScalarAsync()).ShouldBeGreaterThanOrEqualTo(11);
    }

    [Fact]
    public async Task Keeps_Data_Protection_Keys_In_The_Database()
    {
        await factory.CreateBearerClientAsync("reviewer@demo.local");
        await using var connection = new SqliteConnection(factory.Database.Options.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM DataProtectionKeys";

        Convert.ToInt32(await command.ExecuteScalarAsync()).ShouldBeGreaterThanOrEqualTo(1);
    }
}
