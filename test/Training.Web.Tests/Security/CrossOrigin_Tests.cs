using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Training.Data;
using Training.Rosters.Workbooks;
using Training.Web.Tests.Pages;

namespace Training.Web.Tests.Security;

/// <summary>
/// Hardening 2/3, item 4: a write to the API made with the browser's cookie needs the page's antiforgery token in a header,
/// so that another site cannot post a roster import as the signed-in officer; downloads linked from pages keep working.
/// </summary>
public partial class CrossOrigin_Tests(TrainingWebApplicationFactory factory) : IClassFixture<TrainingWebApplicationFactory>
{
    [GeneratedRegex("<meta name=\"request-verification-token\" content=\"([^\"]+)\"")]
    private static partial Regex MetaToken();

    private static MultipartFormDataContent OnePerson(string name) => Api.Upload(
        new WorkbookBuilder(StaffColumns.FullName, StaffColumns.UnitCode, StaffColumns.Role, StaffColumns.InScope)
            .Row(name, "01654", "Cộng tác viên", "Có").ToBytes());

    [Fact]
    public async Task A_Cookie_Only_Multipart_Post_Without_The_Header_Writes_Nothing_And_With_It_Succeeds()
    {
        var page = new PageClient(factory);
        await page.SignInAsync("officer@demo.local", DemoDataSeeder.DemoPassword);
        const string path = "/api/training/staff/import?dryRun=false&asOf=2020-12-31";

        var forged = await page.Http.PostAsync(path, OnePerson("Người Giả Mạo"));
        var token = MetaToken().Match(await page.Http.GetStringAsync("/Rosters")).Groups[1].Value;
        var genuine = new HttpRequestMessage(HttpMethod.Post, path) { Content = OnePerson("Người Thật Sự") };
        genuine.Headers.Add("RequestVerificationToken", token);
        var allowed = await page.Http.SendAsync(genuine);
        var download = await page.Http.GetAsync("/api/training/staff/export?unitCode=01654&asOf=2020-12-31");

        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        JsonDocument.Parse(await forged.Content.ReadAsStringAsync()).RootElement.Code().ShouldBe("Training:AntiforgeryTokenInvalid");
        allowed.StatusCode.ShouldBe(HttpStatusCode.OK, await allowed.Content.ReadAsStringAsync());
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        var admin = await factory.CreateBearerClientAsync("admin@demo.local");
        (await admin.GetAsync("/api/training/staff?search=nguoi gia mao&asOf=2020-12-31").JsonAsync(HttpStatusCode.OK)).GetProperty("totalCount").GetInt32().ShouldBe(0);
        (await admin.GetAsync("/api/training/staff?search=nguoi that su&asOf=2020-12-31").JsonAsync(HttpStatusCode.OK)).GetProperty("totalCount").GetInt32().ShouldBe(1);
    }
}
