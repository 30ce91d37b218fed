using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Training.Rosters.Workbooks;

namespace Training.Web.Tests.Security;

/// <summary>
/// Hardening 1/3, item 1: a dated write (an import row, a PUT, a move) changes a person only when the caller's scope holds
/// them today and on the write's date, and never overwrites a move dated on or after it. Past moves are corrected by an admin.
/// </summary>
public class BackdatedWrite_Tests(TrainingWebApplicationFactory factory) : IClassFixture<TrainingWebApplicationFactory>
{
    private static readonly string[] Headers =
        [StaffColumns.FullName, StaffColumns.Phone, StaffColumns.UnitCode, StaffColumns.Role, StaffColumns.InScope, StaffColumns.StaffId];

    /// <summary>Someone of Hoà An (Nước Hai) who moved to Trùng Khánh on 2021-01-01, as the province admin recorded it.</summary>
    private async Task<(HttpClient Admin, string Id)> MovedToTrungKhanhAsync(string name)
    {
        var admin = await factory.CreateBearerClientAsync("admin@demo.local");
        var person = await admin.CreatePersonAsync(name, "01654", "0912000001");
        await admin.MoveAsync(person.Id(), "01447", "2021-01-01");
        return (admin, person.Id());
    }

    private static byte[] OneRow(string name, string phone, string unitCode, string staffId) =>
        new WorkbookBuilder(Headers).Row(name, phone, unitCode, "Cộng tác viên", "Có", staffId).ToBytes();

    [Fact]
    public async Task A_Backdated_Import_Row_Does_Not_Pull_Back_Someone_Who_Moved_To_Another_District()
    {
        var (admin, id) = await MovedToTrungKhanhAsync("Lương Văn Chuyển");
        var officer = await factory.CreateBearerClientAsync("officer@demo.local");

        var sameUnit = await officer.PostAsync("/api/training/staff/import?dryRun=false&asOf=2020-12-31",
            Api.Upload(OneRow("Lương Văn Chuyển", "0912999999", "01654", id))).JsonAsync(HttpStatusCode.OK);
        var otherUnit = await officer.PostAsync("/api/training/staff/import?dryRun=false&asOf=2020-06-01",
            Api.Upload(OneRow("Lương Văn Chuyển", "0912999999", "01660", id))).JsonAsync(HttpStatusCode.OK);

        var person = await admin.GetAsync($"/api/training/staff/{id}").JsonAsync(HttpStatusCode.OK);
        person.GetProperty("unitCode").GetString().ShouldBe("01447");
        person.GetProperty("phone").GetString().ShouldBe("0912000001");
        foreach (var result in new[] { sameUnit, otherUnit })
        {
            result.GetProperty("committed").GetBoolean().ShouldBeFalse();
            var error = result.GetProperty("errors")[0];
            error.GetProperty("row").GetInt32().ShouldBe(2);
            error.Code().ShouldBe("Training:StaffMovedSince");
            error.GetProperty("message").GetString()!.ShouldContain("01/01/2021");
            error.GetProperty("message").GetString()!.ShouldContain("01447");
        }

        (await admin.HistoryAsync(id)).ShouldBe([("01654", "2020-03-06", "2020-12-31"), ("01447", "2021-01-01", null)]);
    }

    [Fact]
    public async Task Reimporting_An_Old_Export_With_Its_Date_Does_Not_Undo_Later_Moves()
    {
        var (admin, id) = await MovedToTrungKhanhAsync("Nông Văn Xuất");
        var export = await admin.GetAsync("/api/training/staff/export?unitCode=01654&asOf=2020-12-31");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);

        // The phone changed since: the old export's row now differs, and is written back as of its date.
        await admin.PutAsJsonAsync($"/api/training/staff/{id}", new { phone = "0912000002" }).JsonAsync(HttpStatusCode.OK);

        var result = await admin.PostAsync("/api/training/staff/import?dryRun=false&asOf=2020-12-31",
            Api.Upload(await export.Content.ReadAsByteArrayAsync())).JsonAsync(HttpStatusCode.OK);

        result.GetProperty("errors").GetArrayLength().ShouldBe(0, result.ToString());
        result.GetProperty("updated").GetInt32().ShouldBe(1);
        var person = await admin.GetAsync($"/api/training/staff/{id}").JsonAsync(HttpStatusCode.OK);
        person.GetProperty("phone").GetString().ShouldBe("0912000001");
        person.GetProperty("unitCode").GetString().ShouldBe("01447");
    }

    [Fact]
    public async Task A_Backdated_Move_Through_The_Api_Gets_409_And_A_Write_Dated_Outside_The_Scope_Gets_403()
    {
        var officer = await factory.CreateBearerClientAsync("officer@demo.local");
        var admin = await factory.CreateBearerClientAsync("admin@demo.local");
        var withinHoaAn = await officer.CreatePersonAsync("Hà Thị Nội", "01654");
        await officer.MoveAsync(withinHoaAn.Id(), "01660", "2021-01-01");
        var cameFromTrungKhanh = await admin.CreatePersonAsync("Mạc Văn Đến", "01447");
        await admin.MoveAsync(cameFromTrungKhanh.Id(), "01654", "2021-01-01");

        var backdatedMove = await officer.PutAsJsonAsync($"/api/training/staff/{withinHoaAn.Id()}", new { unitCode = "01675", movedOn = "2020-06-01" })
            .JsonAsync(HttpStatusCode.Conflict);
        var endInTrungKhanh = await officer.PutAsJsonAsync($"/api/training/staff/{cameFromTrungKhanh.Id()}", new { activeTo = "2020-06-30" })
            .JsonAsync(HttpStatusCode.Forbidden);
        var moveInTrungKhanh = await officer.PutAsJsonAsync($"/api/training/staff/{cameFromTrungKhanh.Id()}", new { unitCode = "01660", movedOn = "2020-06-01" })
            .JsonAsync(HttpStatusCode.Forbidden);
        var deactivateThen = await officer.DeleteAsync($"/api/training/staff/{cameFromTrungKhanh.Id()}?lastDay=2020-06-30");

        backdatedMove.Code().ShouldBe("Training:StaffMovedSince");
        endInTrungKhanh.Code().ShouldBe("Training:UnitOutOfScope");
        moveInTrungKhanh.Code().ShouldBe("Training:UnitOutOfScope");
        deactivateThen.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await officer.GetAsync($"/api/training/staff/{withinHoaAn.Id()}").JsonAsync(HttpStatusCode.OK)).GetProperty("unitCode").GetString().ShouldBe("01660");
        (await admin.GetAsync($"/api/training/staff/{cameFromTrungKhanh.Id()}").JsonAsync(HttpStatusCode.OK)).GetProperty("activeTo").ValueKind
            .ShouldBe(JsonValueKind.Null);
        (await admin.HistoryAsync(withinHoaAn.Id())).ShouldBe([("01654", "2020-03-06", "2020-12-31"), ("01660", "2021-01-01", null)]);
    }

    [Fact]
    public async Task An_Admin_Corrects_A_Wrong_Past_Move_Within_Its_Scope_And_The_Correction_Is_Audited()
    {
        var (admin, id) = await MovedToTrungKhanhAsync("Đàm Văn Sửa");
        var officer = await factory.CreateBearerClientAsync("officer@demo.local");
        await factory.CreateUserAsync("admin-047-history@demo.local", [Training.Identity.TrainingRoles.Admin], "047");
        var districtAdmin = await factory.CreateBearerClientAsync("admin-047-history@demo.local");
        var assignments = (await admin.GetAsync($"/api/training/staff/{id}/assignments").JsonAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        var moved = assignments[1].Id();
        var path = $"/api/training/staff/{id}/assignments/{moved}";

        var byOfficer = await officer.PutAsJsonAsync(path, new { unitCode = "01447", from = "2021-02-01" });
        var byDistrictAdmin = await districtAdmin.PutAsJsonAsync(path, new { unitCode = "01447", from = "2020-06-01" }).JsonAsync(HttpStatusCode.Forbidden);
        var notBetween = await admin.PutAsJsonAsync(path, new { unitCode = "01447", from = "2020-03-06" }).JsonAsync(HttpStatusCode.BadRequest);
        var corrected = await admin.PutAsJsonAsync(path, new { unitCode = "01453", from = "2021-02-01" }).JsonAsync(HttpStatusCode.OK);

        byOfficer.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        byDistrictAdmin.Code().ShouldBe("Training:UnitOutOfScope");
        notBetween.Code().ShouldBe("Training:StaffAssignmentDateInvalid");
        corrected.GetArrayLength().ShouldBe(2);
        (await admin.HistoryAsync(id)).ShouldBe([("01654", "2020-03-06", "2021-01-31"), ("01453", "2021-02-01", null)]);
        (await admin.GetAsync($"/api/training/staff/{id}").JsonAsync(HttpStatusCode.OK)).GetProperty("unitCode").GetString().ShouldBe("01453");
        var audit = await admin.GetAsync($"/api/training/audit-logs?entityType=StaffUnitAssignment&entityId={moved}").JsonAsync(HttpStatusCode.OK);
        var change = audit.GetProperty("items").EnumerateArray().First(e => e.GetProperty("action").GetString() == "Updated");
        change.GetProperty("userName").GetString().ShouldBe("admin@demo.local");
        var changes = JsonDocument.Parse(change.GetProperty("changes").GetString()!).RootElement;
        changes.GetProperty("From").GetProperty("old").GetString().ShouldBe("2021-01-01");
        changes.GetProperty("From").GetProperty("new").GetString().ShouldBe("2021-02-01");
    }

    [Fact]
    public async Task The_Persons_Page_Shows_The_History_And_Lets_An_Admin_Correct_It()
    {
        var (admin, id) = await MovedToTrungKhanhAsync("Đinh Văn Trang");
        var moved = (await admin.GetAsync($"/api/training/staff/{id}/assignments").JsonAsync(HttpStatusCode.OK))[1].Id();
        var page = new Pages.PageClient(factory);
        (await page.SignInAsync("admin@demo.local", Training.Data.DemoDataSeeder.DemoPassword)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var officerPage = new Pages.PageClient(factory);
        await officerPage.SignInAsync("officer@demo.local", Training.Data.DemoDataSeeder.DemoPassword);

        var html = await page.Http.GetStringAsync($"/Rosters/Edit/{id}");
        var refused = await page.PostFormAsync($"/Rosters/Edit/{id}",
            new Dictionary<string, string> { ["assignmentId"] = moved.ToString(), ["unitCode"] = "01447 - Thị trấn Trà Lĩnh", ["from"] = "2020-01-01" },
            $"/Rosters/Edit/{id}?handler=Correct");
        var corrected = await page.PostFormAsync($"/Rosters/Edit/{id}",
            new Dictionary<string, string> { ["assignmentId"] = moved.ToString(), ["unitCode"] = "01447 - Thị trấn Trà Lĩnh", ["from"] = "2021-03-01" },
            $"/Rosters/Edit/{id}?handler=Correct");

        html.ShouldContain("Quá trình công tác");
        html.ShouldContain("01654 - Thị trấn Nước Hai");
        html.ShouldContain("01/01/2021");
        html.ShouldContain("handler=Correct");
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Ngày bắt đầu phải nằm giữa");
        corrected.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.HistoryAsync(id)).ShouldBe([("01654", "2020-03-06", "2021-02-28"), ("01447", "2021-03-01", null)]);

        // The officer of Hoà An no longer reaches this person at all.
        var denied = await officerPage.Http.GetAsync($"/Rosters/Edit/{id}");
        denied.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        denied.Headers.Location!.AbsolutePath.ShouldBe("/Account/AccessDenied");
    }
}
