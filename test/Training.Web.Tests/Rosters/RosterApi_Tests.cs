using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Training.Rosters.Workbooks;
using Training.Web.Tests.Pages;
using Training.Web.Tests.Security;

namespace Training.Web.Tests.Rosters;

public class RosterApi_Tests(TrainingWebApplicationFactory factory) : IClassFixture<TrainingWebApplicationFactory>
{
    private static readonly string[] Headers = [.. StaffColumns.All.Take(10)];

    private static MultipartFormDataContent Upload(byte[] file)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent { { content, "file", "danh-sach.xlsx" } };
    }

    [Fact]
    public async Task An_Officer_Imports_Checks_And_Exports_Its_Roster_Through_The_Api()
    {
        var officer = await factory.CreateBearerClientAsync("officer@demo.local");
        var file = new WorkbookBuilder(Headers)
            .Row("Nông Thị Hằng", "Nữ", new DateOnly(1985, 7, 5), "Tày", "004185000777", "0912345677", null, "01654 - Thị trấn Nước Hai", "Báo cáo viên", "Có")
            .Row("Lục Văn Thành", "Nam", "bad date", null, null, null, null, "01657", "Cộng tác viên", "Có")
            .ToBytes();

        var dryRun = await officer.PostAsync("/api/training/staff/import?dryRun=true&mode=allOrNothing&asOf=2020-12-31", Upload(file));
        var json = JsonDocument.Parse(await dryRun.Content.ReadAsStringAsync()).RootElement;
        var validOnly = await officer.PostAsync("/api/training/staff/import?dryRun=false&mode=validOnly&asOf=2020-12-31", Upload(file));
        var list = JsonDocument.Parse(await officer.GetStringAsync("/api/training/staff?unitCode=01654&asOf=2020-12-31&search=nong thi hang")).RootElement;
        var export = await officer.GetAsync("/api/training/staff/export?unitCode=01654&asOf=2020-12-31");
        var report = await officer.PostAsync("/api/training/staff/import/error-report?asOf=2020-12-31", Upload(file));

        dryRun.StatusCode.ShouldBe(HttpStatusCode.OK, await dryRun.Content.ReadAsStringAsync());
        json.GetProperty("totalRows").GetInt32().ShouldBe(2);
        json.GetProperty("created").GetInt32().ShouldBe(1);
        var error = json.GetProperty("errors")[0];
        error.GetProperty("row").GetInt32().ShouldBe(3);
        error.GetProperty("column").GetString().ShouldBe("Ngày sinh");
        error.GetProperty("code").GetString().ShouldBe(TrainingErrorCodes.ImportDateInvalid);
        validOnly.StatusCode.ShouldBe(HttpStatusCode.OK);
        list.GetProperty("totalCount").GetInt32().ShouldBe(1);
        var person = list.GetProperty("items")[0];
        person.GetProperty("fullName").GetString().ShouldBe("Nông Thị Hằng");
        person.GetProperty("nationalId").GetString().ShouldBe("004185000777");
        person.GetProperty("role").GetString().ShouldBe("Reporter");
        person.GetProperty("gender").GetString().ShouldBe("Female");
        person.GetProperty("birthDate").GetString().ShouldBe("1985-07-05");
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var rows = WorkbookBuilder.ReadFirstSheet(await export.Content.ReadAsByteArrayAsync(), out _);
        rows[1][0].ShouldBe("Nông Thị Hằng");
        rows[1][4].ShouldBe("004185000777");
        WorkbookBuilder.ReadFirstSheet(await report.Content.ReadAsByteArrayAsync(), out _)[2][10].ShouldStartWith("Ngày sinh: ");
    }

    [Fact]
    public async Task A_Trainer_Sees_Names_And_Units_But_No_National_Id()
    {
        var officer = await factory.CreateBearerClientAsync("officer@demo.local");
        (await officer.PostAsJsonAsync("/api/training/staff", new
        {
            fullName = "Bế Thị Mai", unitCode = "01660", role = "Communicator", nationalId = "004190000321", ethnicity = "Nùng", activeFrom = "2020-03-06",
        })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var trainer = await factory.CreateBearerClientAsync("trainer@demo.local");

        var list = JsonDocument.Parse(await trainer.GetStringAsync("/api/training/staff?search=be thi mai&asOf=2020-12-31")).RootElement;

        var mai = list.GetProperty("items")[0];
        mai.GetProperty("unitName").GetString().ShouldBe("Xã Nam Tuấn");
        mai.GetProperty("nationalId").ValueKind.ShouldBe(JsonValueKind.Null);
        mai.GetProperty("ethnicity").ValueKind.ShouldBe(JsonValueKind.Null);
        (await trainer.PostAsync("/api/training/staff/import?dryRun=true", Upload([1, 2, 3]))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_Bad_File_Gets_400_With_A_Clear_Code()
    {
        var officer = await factory.CreateBearerClientAsync("officer@demo.local");

        var response = await officer.PostAsync("/api/training/staff/import?dryRun=false", Upload("không phải excel"u8.ToArray()));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString().ShouldBe(TrainingErrorCodes.ImportFileNotXlsx);
    }

    [Fact]
    public async Task Deleting_A_Person_Deactivates_Them()
    {
        var officer = await factory.CreateBearerClientAsync("officer@demo.local");
        var created = await (await officer.PostAsJsonAsync("/api/training/staff", new { fullName = "Đàm Văn Sơn", unitCode = "01666", role = "Collaborator", activeFrom = "2020-03-06" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString();

        var deleted = await officer.DeleteAsync($"/api/training/staff/{id}?lastDay=2021-06-30");
        var read = await officer.GetFromJsonAsync<JsonElement>($"/api/training/staff/{id}");

        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        read.GetProperty("activeTo").GetString().ShouldBe("2021-06-30");
    }

    [Fact]
    public async Task Emptying_Fields_On_The_Persons_Page_Clears_Them_And_Keeps_The_Rest()
    {
        var officer = await factory.CreateBearerClientAsync("officer@demo.local");
        var id = (await officer.PostAsJsonAsync("/api/training/staff", new
        {
            fullName = "Hoàng Văn Páo", gender = "Male", birthDate = "1980-02-03", ethnicity = "Nùng", phone = "0912000111", email = "pao@caobang.gov.vn",
            unitCode = "01654", role = "Collaborator", inScope = true, activeFrom = "2020-03-06",
        }).JsonAsync(HttpStatusCode.Created)).Id();
        var page = new PageClient(factory);
        await page.SignInAsync("officer@demo.local", Training.Data.DemoDataSeeder.DemoPassword);

        var saved = await page.PostFormAsync($"/Rosters/Edit/{id}", new Dictionary<string, string>
        {
            ["Input.FullName"] = "Hoàng Văn Páo", ["Input.Gender"] = "", ["Input.BirthDate"] = "", ["Input.Ethnicity"] = "Nùng", ["Input.Phone"] = "",
            ["Input.Email"] = "pao@caobang.gov.vn", ["Input.UnitCode"] = "01654 - Thị trấn Nước Hai", ["Input.Role"] = "Collaborator", ["Input.InScope"] = "true",
        });

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        var person = await officer.GetAsync($"/api/training/staff/{id}").JsonAsync(HttpStatusCode.OK);
        person.GetProperty("gender").ValueKind.ShouldBe(JsonValueKind.Null);
        person.GetProperty("birthDate").ValueKind.ShouldBe(JsonValueKind.Null);
        person.GetProperty("phone").ValueKind.ShouldBe(JsonValueKind.Null);
        (person.GetProperty("ethnicity").GetString(), person.GetProperty("email").GetString()).ShouldBe(("Nùng", "pao@caobang.gov.vn"));
    }

    [Fact]
    public async Task Learner_Accounts_Get_One_Time_Passwords_And_No_Token_Until_Changed()
    {
        var officer = await factory.CreateBearerClientAsync("officer@demo.local");
        var withPhone = await (await officer.PostAsJsonAsync("/api/training/staff", new
        {
            fullName = "Hà Thị Nga", unitCode = "01669", role = "Collaborator", phone = "0977000111", activeFrom = "2020-03-06",
        })).Content.ReadFromJsonAsync<JsonElement>();
        var withoutContact = await (await officer.PostAsJsonAsync("/api/training/staff", new { fullName = "Triệu Văn Lộc", unitCode = "01669", role = "Other", activeFrom = "2020-03-06" }))
            .Content.ReadFromJsonAsync<JsonElement>();

        var result = await (await officer.PostAsJsonAsync("/api/training/staff/accounts", new
        {
            staffIds = new[] { withPhone.GetProperty("id").GetString(), withoutContact.GetProperty("id").GetString() },
        })).Content.ReadFromJsonAsync<JsonElement>();
        var account = result.GetProperty("created")[0];
        var login = await factory.CreateClient().PostAsJsonAsync("/api/identity/login",
            new { email = "0977000111", password = account.GetProperty("oneTimePassword").GetString() });
        var again = await (await officer.PostAsJsonAsync("/api/training/staff/accounts", new { staffIds = new[] { withPhone.GetProperty("id").GetString() } }))
            .Content.ReadFromJsonAsync<JsonElement>();

        account.GetProperty("userName").GetString().ShouldBe("0977000111");
        account.GetProperty("oneTimePassword").GetString()!.Length.ShouldBe(10);
        result.GetProperty("skipped")[0].GetProperty("code").GetString().ShouldBe(TrainingErrorCodes.StaffNoLoginName);
        login.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        again.GetProperty("skipped")[0].GetProperty("code").GetString().ShouldBe(TrainingErrorCodes.StaffAlreadyHasAccount);
        (await officer.GetFromJsonAsync<JsonElement>($"/api/training/staff/{withPhone.GetProperty("id").GetString()}")).GetProperty("userId").ValueKind
            .ShouldBe(JsonValueKind.String);
    }

    [Fact]
    public async Task The_Import_Page_Runs_A_Dry_Run_In_The_Background_Then_Imports()
    {
        var page = new PageClient(factory);
        await page.SignInAsync("officer@demo.local", "Demo@2020");
        var file = new WorkbookBuilder(Headers)
            .Row("Lương Thị Quý", "Nữ", null, "Dao", null, null, null, "01672", "Truyền thông viên", "Có")
            .ToBytes();
        var form = await page.Http.GetStringAsync("/Rosters/Import?asOf=2020-12-31");
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var upload = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("2020-12-31"), "AsOf" },
            { new StringContent("AllOrNothing"), "Mode" },
            { new StringContent("true"), "DryRun" },
            { new ByteArrayContent(file), "Upload", "quy.xlsx" },
        };

        var queued = await page.Http.PostAsync("/Rosters/Import", upload);
        var jobUrl = queued.Headers.Location!.ToString();
        var done = await WaitForResultAsync(page, jobUrl);

        queued.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        done.ShouldContain("Mới kiểm tra: chưa ghi dữ liệu nào.");
        var repeat = await page.PostFormAsync(jobUrl, new Dictionary<string, string> { ["dryRun"] = "false", ["mode"] = "AllOrNothing" }, jobUrl + "?handler=Repeat");
        var imported = await WaitForResultAsync(page, repeat.Headers.Location!.ToString());
        imported.ShouldContain("Đã ghi các dòng vào danh sách.");
        (await page.Http.GetStringAsync("/Rosters?asOf=2020-12-31&search=quy")).ShouldContain("Lương Thị Quý");
    }

    private static async Task<string> WaitForResultAsync(PageClient page, string url)
    {
        for (var i = 0; i < 100; i++)
        {
            var html = await page.Http.GetStringAsync(url);
            if (!html.Contains("http-equiv=\"refresh\"", StringComparison.Ordinal))
            {
                return html;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The import at {url} did not finish in 20 s.");
    }
}
