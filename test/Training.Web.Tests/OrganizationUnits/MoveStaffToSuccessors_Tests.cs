using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Training.Identity;
using Training.Web.Tests.Security;

namespace Training.Web.Tests.OrganizationUnits;

/// <summary>
/// The move of ended units' staff to their successors, through the API: Xã Vĩnh Phong (01309) and Xã Mông Ân (01312) of
/// Bảo Lâm were merged into Xã Bảo Lâm (01290) on 2025-07-01 (the seeded reorganisation of Cao Bằng).
/// </summary>
public class MoveStaffToSuccessors_Tests(TrainingWebApplicationFactory factory) : IClassFixture<TrainingWebApplicationFactory>
{
    private const string Route = "/api/training/organization-units/move-staff-to-successors";
    private const string AsOf = "2025-12-31";

    private static Task<JsonElement> MoveAsync(HttpClient caller, bool dryRun, string asOf = AsOf) =>
        caller.PostAsJsonAsync(Route, new { asOf, dryRun }).JsonAsync(HttpStatusCode.OK);

    private static JsonElement? Find(JsonElement result, string list, string staffId) =>
        result.GetProperty(list).EnumerateArray().Cast<JsonElement?>().FirstOrDefault(m => m!.Value.GetProperty("staffId").GetString() == staffId);

    private static string Code(JsonElement unit) => unit.GetProperty("code").GetString()!;

    [Fact]
    public async Task Moves_Two_Merged_Communes_Staff_Once_Dated_On_The_Successors_First_Day_Leaving_Coverage_As_It_Was()
    {
        var admin = await factory.CreateBearerClientAsync("admin@demo.local");
        var trainer = await factory.CreateBearerClientAsync("trainer@demo.local");
        var vinhPhong = (await admin.CreatePersonAsync("Hoàng Thị Vĩnh Phong", "01309")).Id();
        var mongAn = (await admin.CreatePersonAsync("Lý Văn Mông Ân", "01312")).Id();
        await CompleteCourseAsync(trainer, "PCMD-CHUYEN-2025", vinhPhong, "2025-05-10");
        var plan = await admin.PostAsJsonAsync("/api/training/coverage/plans", new
        {
            name = "Kế hoạch năm 2025", startsOn = "2025-01-01", endsOn = "2025-12-31", rootUnitCode = "04", roles = new[] { "Collaborator" },
            courseCodes = new[] { "PCMD-CHUYEN-2025" },
        }).JsonAsync(HttpStatusCode.Created);
        var coverageUrls = new[] { "01290", "04" }.Select(code => $"/api/training/coverage?planId={plan.Id()}&asOf={AsOf}&unitCode={code}").ToList();
        var before = new List<string>();
        foreach (var url in coverageUrls)
        {
            before.Add((await admin.GetAsync(url).JsonAsync(HttpStatusCode.OK)).GetRawText());
        }

        var entriesBefore = (await MoveEntriesAsync(admin)).GetArrayLength();
        var dryRun = await MoveAsync(admin, dryRun: true);
        var historyAfterDryRun = await admin.HistoryAsync(vinhPhong);
        var moveEntriesAfterDryRun = await MoveEntriesAsync(admin);
        var moved = await MoveAsync(admin, dryRun: false);
        var again = await MoveAsync(admin, dryRun: false);
        var after = new List<string>();
        foreach (var url in coverageUrls)
        {
            after.Add((await admin.GetAsync(url).JsonAsync(HttpStatusCode.OK)).GetRawText());
        }

        foreach (var (id, from) in new[] { (vinhPhong, "01309"), (mongAn, "01312") })
        {
            var move = Find(dryRun, "moves", id).ShouldNotBeNull();
            Code(move.GetProperty("from")).ShouldBe(from);
            Code(move.GetProperty("to")).ShouldBe("01290");
            move.GetProperty("to").GetProperty("name").GetString().ShouldBe("Xã Bảo Lâm");
            move.GetProperty("movedOn").GetString().ShouldBe("2025-07-01");
            (await admin.HistoryAsync(id)).ShouldBe([(from, "2020-03-06", "2025-06-30"), ("01290", "2025-07-01", null)]);
        }

        historyAfterDryRun.ShouldBe([("01309", "2020-03-06", null)]);
        moveEntriesAfterDryRun.GetArrayLength().ShouldBe(entriesBefore);
        moved.GetProperty("moves").GetRawText().ShouldBe(dryRun.GetProperty("moves").GetRawText());
        again.GetProperty("moves").GetArrayLength().ShouldBe(0);
        after.ShouldBe(before);
        var commune = JsonDocument.Parse(before[0]).RootElement;
        commune.GetProperty("inScope").GetInt32().ShouldBeGreaterThanOrEqualTo(2);
        commune.GetProperty("trained").GetInt32().ShouldBe(1);

        // One entry for the run that moved people, the newest; the second run moved nobody and wrote none.
        var entries = await MoveEntriesAsync(admin);
        entries.GetArrayLength().ShouldBe(entriesBefore + 1);
        var entry = entries[0];
        entry.GetProperty("userName").GetString().ShouldBe("admin@demo.local");
        entry.GetProperty("action").GetString().ShouldBe("Updated");
        var changes = entry.GetProperty("changes").GetString()!;
        changes.ShouldContain(vinhPhong);
        changes.ShouldContain("\"to\":\"01290\"");
        var personLog = await admin.GetAsync($"/api/training/audit-logs?entityId={vinhPhong}").JsonAsync(HttpStatusCode.OK);
        personLog.GetProperty("items").EnumerateArray().ShouldContain(e => e.GetProperty("action").GetString() == "Updated"
            && e.GetProperty("changes").GetString()!.Contains("UnitId"));
    }

    [Fact]
    public async Task A_Unit_Split_In_Two_Lists_Its_People_Under_NeedsChoice_With_Both_Successors_And_Moves_None_Of_Them()
    {
        var admin = await factory.CreateBearerClientAsync("admin@demo.local");
        var province = (await admin.GetAsync("/api/training/organization-units").JsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .Single(u => u.GetProperty("code").GetString() == "04").Id();
        var baoLam = (await admin.GetAsync("/api/training/organization-units?parentCode=04&asOf=2020-12-31&kind=District").JsonAsync(HttpStatusCode.OK))
            .EnumerateArray().Single(u => u.GetProperty("code").GetString() == "042").Id();
        var split = (await CreateUnitAsync(admin, "99901", "Xã Thử Chia Tách", baoLam, "2020-03-01", "2025-06-30")).Id();
        await CreateUnitAsync(admin, "99902", "Xã Thử Phía Đông", province, "2025-07-01", null);
        await CreateUnitAsync(admin, "99903", "Xã Thử Phía Tây", province, "2025-07-01", null);
        foreach (var successor in new[] { "99902", "99903" })
        {
            await admin.PostAsJsonAsync($"/api/training/organization-units/{split}/successors", new { successorCode = successor, asOf = "2025-07-01" })
                .JsonAsync(HttpStatusCode.NoContent);
        }

        var person = (await admin.CreatePersonAsync("Đàm Thị Chia Đôi", "99901")).Id();

        var dryRun = await MoveAsync(admin, dryRun: true);
        var run = await MoveAsync(admin, dryRun: false);

        foreach (var result in new[] { dryRun, run })
        {
            Find(result, "moves", person).ShouldBeNull();
            var choice = Find(result, "needsChoice", person).ShouldNotBeNull();
            Code(choice.GetProperty("from")).ShouldBe("99901");
            choice.GetProperty("candidates").EnumerateArray().Select(Code).ShouldBe(["99902", "99903"], ignoreOrder: true);
        }

        (await admin.HistoryAsync(person)).ShouldBe([("99901", "2020-03-06", null)]);
    }

    [Fact]
    public async Task Needs_The_Manage_Permission_And_Reaches_Only_The_Callers_Units()
    {
        var admin = await factory.CreateBearerClientAsync("admin@demo.local");
        var person = (await admin.CreatePersonAsync("Nông Văn Ngoài Phạm Vi", "01312")).Id();
        await factory.CreateUserAsync("admin-042-move@demo.local", [TrainingRoles.Admin], "042");
        var officer = await factory.CreateBearerClientAsync("officer@demo.local");
        var districtAdmin = await factory.CreateBearerClientAsync("admin-042-move@demo.local");

        var refused = await officer.PostAsJsonAsync(Route, new { asOf = AsOf, dryRun = true });
        // Bảo Lâm's admin holds the old commune but not Xã Bảo Lâm, which lies under the province since 2025.
        var byDistrict = await MoveAsync(districtAdmin, dryRun: false);

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        Find(byDistrict, "moves", person).ShouldBeNull();
        Find(byDistrict, "needsChoice", person).ShouldBeNull();
        (await admin.HistoryAsync(person)).ShouldBe([("01312", "2020-03-06", null)]);
    }

    [Fact]
    public async Task A_Bare_Request_Is_A_Dry_Run()
    {
        var admin = await factory.CreateBearerClientAsync("admin@demo.local");
        var person = (await admin.CreatePersonAsync("Bế Thị Chưa Chuyển", "01309")).Id();

        var result = await admin.PostAsJsonAsync(Route, new { asOf = AsOf }).JsonAsync(HttpStatusCode.OK);

        Find(result, "moves", person).ShouldNotBeNull();
        (await admin.HistoryAsync(person)).ShouldBe([("01309", "2020-03-06", null)]);
    }

    private static Task<JsonElement> CreateUnitAsync(HttpClient admin, string code, string name, string parentId, string validFrom, string? validTo) =>
        admin.PostAsJsonAsync("/api/training/organization-units", new { code, name, kind = "Commune", parentId, validFrom, validTo })
            .JsonAsync(HttpStatusCode.Created);

    private static async Task<JsonElement> MoveEntriesAsync(HttpClient admin) =>
        (await admin.GetAsync("/api/training/audit-logs?entityId=move-staff-to-successors").JsonAsync(HttpStatusCode.OK)).GetProperty("items");

    /// <summary>A published course that <paramref name="staffId"/> completes by attending its one-day session.</summary>
    private static async Task CompleteCourseAsync(HttpClient trainer, string code, string staffId, string day)
    {
        var course = await trainer.PostAsJsonAsync("/api/training/courses", new
        {
            code, title = "Phòng, chống mại dâm năm 2025", description = "Cho cán bộ xã", audienceRoles = Array.Empty<string>(),
            completionRule = new { allLessons = false, minAttendancePercent = 100, quizRequired = false }, certificateValidityMonths = 24,
            qualifiesForCoverage = true,
        }).JsonAsync(HttpStatusCode.Created);
        await trainer.PostAsJsonAsync($"/api/training/courses/{course.Id()}/lessons", new { title = "Bài 1", body = "<p>Luật</p>", videoUrl = (string?)null })
            .JsonAsync(HttpStatusCode.Created);
        await trainer.PostAsync($"/api/training/courses/{course.Id()}/publish", null).JsonAsync(HttpStatusCode.OK);
        var session = await trainer.PostAsJsonAsync("/api/training/sessions", new
        {
            courseId = course.Id(), title = "Lớp tập huấn tỉnh", mode = "InPerson", organizerUnitCode = "04", capacity = 10, days = new[] { day },
        }).JsonAsync(HttpStatusCode.Created);
        await trainer.PostAsJsonAsync($"/api/training/sessions/{session.Id()}/enrollments", new { staffIds = new[] { staffId } }).JsonAsync(HttpStatusCode.OK);
        await trainer.PutAsJsonAsync($"/api/training/sessions/{session.Id()}/attendance", new { date = day, presentStaffIds = new[] { staffId } })
            .JsonAsync(HttpStatusCode.OK);
    }
}
