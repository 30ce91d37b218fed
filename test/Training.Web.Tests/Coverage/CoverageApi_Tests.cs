using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Training.Web.Tests.Coverage;

/// <summary>
/// Issue 14's "done when", through the API alone: staff, sessions and completions created as users create them, then the
/// coverage counts the rule gives — per district on both reporting dates of 2020, and per commune after the 2025 merges.
/// </summary>
public class CoverageApi_Tests(TrainingWebApplicationFactory factory) : IClassFixture<TrainingWebApplicationFactory>
{
    // Hoà An's Đại Tiến and Hồng Việt, and Cao Bằng city's Sông Hiến and Sông Bằng (2020); from 1 July 2025 the first two are
    // part of Xã Hòa An (01654), Sông Hiến of Phường Thục Phán (01273).
    private const string DaiTien = "01666";
    private const string HongViet = "01687";
    private const string SongHien = "01267";
    private const string SongBang = "01270";

    private static readonly SemaphoreSlim Once = new(1, 1);
    private static Scenario? _scenario;

    [Fact]
    public async Task Counts_Each_District_On_Both_Reporting_Dates_Of_2020()
    {
        var s = await ScenarioAsync();
        var reviewer = await factory.CreateBearerClientAsync("reviewer@demo.local");

        var june = await GetAsync(reviewer, $"/api/training/coverage?planId={s.Plan2020}&asOf=2020-06-30");
        (june.GetProperty("inScope").GetInt32(), june.GetProperty("trained").GetInt32()).ShouldBe((16, 5));
        june.GetProperty("percent").GetDecimal().ShouldBe(31.3m);
        june.GetProperty("target").GetDecimal().ShouldBe(100m);
        Row(june, "051").ShouldBe((10, 3));
        Row(june, "040").ShouldBe((6, 2));
        Row(june, "042").ShouldBe((0, 0));

        var december = await GetAsync(reviewer, $"/api/training/coverage?planId={s.Plan2020}&asOf=2020-12-31");
        (december.GetProperty("inScope").GetInt32(), december.GetProperty("trained").GetInt32()).ShouldBe((17, 7));
        Row(december, "051").ShouldBe((12, 6));
        Row(december, "040").ShouldBe((5, 1));

        // Hoà An's communes: Đại Tiến's six and the one who joined in September; Hồng Việt's four and the one who moved in.
        var hoaAn = await GetAsync(reviewer, $"/api/training/coverage?planId={s.Plan2020}&unitCode=051&asOf=2020-12-31");
        Row(hoaAn, DaiTien).ShouldBe((7, 5));
        Row(hoaAn, HongViet).ShouldBe((5, 1));
        (hoaAn.GetProperty("communes").GetInt32(), hoaAn.GetProperty("communesWithAnyTrained").GetInt32(), hoaAn.GetProperty("communesAllTrained").GetInt32())
            .ShouldBe((15, 2, 0));

        // A commune is a leaf: no rows.
        (await GetAsync(reviewer, $"/api/training/coverage?planId={s.Plan2020}&unitCode={DaiTien}&asOf=2020-12-31")).GetProperty("rows").GetArrayLength()
            .ShouldBe(0);
    }

    [Fact]
    public async Task After_The_2025_Merges_The_Old_Communes_Count_Under_Their_Successors()
    {
        var s = await ScenarioAsync();
        var reviewer = await factory.CreateBearerClientAsync("reviewer@demo.local");

        var province = await GetAsync(reviewer, $"/api/training/coverage?planId={s.Plan2025}&asOf=2025-12-31");
        (province.GetProperty("inScope").GetInt32(), province.GetProperty("trained").GetInt32()).ShouldBe((17, 7));
        Row(province, "01654").ShouldBe((12, 6));
        Row(province, "01273").ShouldBe((5, 1));
        province.GetProperty("rows").EnumerateArray().ShouldNotContain(r => r.GetProperty("key").GetString() == "051", "no district is valid in 2025");

        var commune = await GetAsync(reviewer, $"/api/training/coverage?planId={s.Plan2025}&unitCode=01654&asOf=2025-12-31");
        (commune.GetProperty("unitName").GetString(), commune.GetProperty("inScope").GetInt32(), commune.GetProperty("trained").GetInt32())
            .ShouldBe(("Xã Hòa An", 12, 6));
        (commune.GetProperty("communes").GetInt32(), commune.GetProperty("communesWithAnyTrained").GetInt32()).ShouldBe((1, 1));

        var untrained = await GetAsync(reviewer, $"/api/training/coverage/untrained?planId={s.Plan2025}&unitCode=01654&asOf=2025-12-31&pageSize=4");
        untrained.GetProperty("totalCount").GetInt64().ShouldBe(6);
        var first = untrained.GetProperty("items")[0];
        first.GetProperty("unitCode").GetString().ShouldBe("01654", "people of a merged commune are listed under its successor");
        first.TryGetProperty("nationalId", out _).ShouldBeFalse();
        first.TryGetProperty("phone", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Breakdowns_Name_Their_Keys_And_Hide_Small_Ethnic_Groups()
    {
        var s = await ScenarioAsync();
        var reviewer = await factory.CreateBearerClientAsync("reviewer@demo.local");

        var byRole = await GetAsync(reviewer, $"/api/training/coverage?planId={s.Plan2020}&asOf=2020-12-31&groupBy=role");
        var roleRow = byRole.GetProperty("rows").EnumerateArray().ShouldHaveSingleItem();
        (roleRow.GetProperty("key").GetString(), roleRow.GetProperty("name").GetString(), roleRow.GetProperty("inScope").GetInt32()).ShouldBe(("Other", "Khác", 17));
        var byGender = await GetAsync(reviewer, $"/api/training/coverage?planId={s.Plan2020}&asOf=2020-12-31&groupBy=gender");
        byGender.GetProperty("rows").EnumerateArray().Sum(r => r.GetProperty("inScope").GetInt32()).ShouldBe(17);

        // 17 people: 12 Tày, 5 Nùng; in December, 7 trained: the Nùng are 5 with 1 trained, so that row is hidden.
        var byEthnicity = await GetAsync(reviewer, $"/api/training/coverage?planId={s.Plan2020}&asOf=2020-12-31&groupBy=ethnicity");
        var rows = byEthnicity.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("key").GetString()!);
        rows["Tày"].GetProperty("masked").GetBoolean().ShouldBeFalse();
        rows["Nùng"].GetProperty("masked").GetBoolean().ShouldBeTrue();
        rows["Nùng"].GetProperty("inScope").ValueKind.ShouldBe(JsonValueKind.Null);
        rows["Nùng"].GetProperty("percent").ValueKind.ShouldBe(JsonValueKind.Null);

        var trainer = await factory.CreateBearerClientAsync("trainer@demo.local");
        (await trainer.GetAsync($"/api/training/coverage?planId={s.Plan2020}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await reviewer.GetAsync($"/api/training/coverage?planId={s.Plan2020}&groupBy=3")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await reviewer.GetAsync($"/api/training/coverage?planId={s.Plan2020}&groupBy=district")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await reviewer.GetAsync($"/api/training/coverage?planId={Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_Unit_Added_Or_Renamed_Shows_In_The_Next_Answer()
    {
        var s = await ScenarioAsync();
        var reviewer = await factory.CreateBearerClientAsync("reviewer@demo.local");
        var admin = await factory.CreateBearerClientAsync("admin@demo.local");
        var url = $"/api/training/coverage?planId={s.Plan2020}&unitCode=040&asOf=2020-12-31";
        var before = await GetAsync(reviewer, url);

        // The unit tree is kept between questions: a unit saved in between must not wait for it to expire.
        var city = (await GetAsync(admin, "/api/training/organization-units?parentCode=04&asOf=2020-12-31")).EnumerateArray()
            .Single(u => u.GetProperty("code").GetString() == "040");
        var created = await SendAsync(admin.PostAsJsonAsync("/api/training/organization-units",
            new { code = "04099", name = "Phường Thử Nghiệm", kind = "Commune", parentId = city.GetProperty("id").GetString(), validFrom = city.GetProperty("validFrom").GetString(),
                validTo = city.GetProperty("validTo").GetString() }),
            HttpStatusCode.Created);
        var added = await GetAsync(reviewer, url);
        added.GetProperty("communes").GetInt32().ShouldBe(before.GetProperty("communes").GetInt32() + 1);
        Row(added, "04099").ShouldBe((0, 0));

        await SendAsync(admin.PutAsJsonAsync($"/api/training/organization-units/{created.GetProperty("id").GetString()}",
            new { name = "Phường Đổi Tên", validFrom = city.GetProperty("validFrom").GetString(), validTo = city.GetProperty("validTo").GetString() }), HttpStatusCode.OK);
        (await GetAsync(reviewer, url)).GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("key").GetString() == "04099")
            .GetProperty("name").GetString().ShouldBe("Phường Đổi Tên");
    }

    [Fact]
    public async Task An_Officer_Reads_Its_Own_District_Only()
    {
        var s = await ScenarioAsync();
        var officer = await factory.CreateBearerClientAsync("officer@demo.local");

        var own = await GetAsync(officer, $"/api/training/coverage?planId={s.Plan2020}&asOf=2020-12-31");
        (own.GetProperty("unitCode").GetString(), own.GetProperty("inScope").GetInt32()).ShouldBe(("051", 12));
        (await officer.GetAsync($"/api/training/coverage?planId={s.Plan2020}&unitCode=040&asOf=2020-12-31")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await officer.GetAsync($"/api/training/coverage?planId={s.Plan2020}&unitCode=04&asOf=2020-12-31")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await officer.GetAsync($"/api/training/coverage/untrained?planId={s.Plan2020}&unitCode=040")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await officer.PostAsJsonAsync("/api/training/coverage/plans", PlanBody("Không được", "2020-03-06", "2020-12-31"))).StatusCode
            .ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Plans_Take_Defaults_Refuse_Bad_Fields_And_Stale_Versions()
    {
        var s = await ScenarioAsync();
        var reviewer = await factory.CreateBearerClientAsync("reviewer@demo.local");

        var plan = await GetAsync(reviewer, $"/api/training/coverage/plans/{s.Plan2025}");
        plan.GetProperty("reportingDates").GetArrayLength().ShouldBe(12, "every 30/06 and 31/12 from 2020 to 2025");
        plan.GetProperty("reportDueDays").GetInt32().ShouldBe(10);
        plan.GetProperty("reportingUnitKinds").EnumerateArray().Select(k => k.GetString()).ShouldBe(["Commune", "Agency"]);
        (await GetAsync(reviewer, $"/api/training/coverage/plans/{s.Plan2020}")).GetProperty("reportingUnitKinds").EnumerateArray().Select(k => k.GetString())
            .ShouldBe(["District", "Agency"]);

        var badCourse = await reviewer.PostAsJsonAsync("/api/training/coverage/plans", PlanBody("Sai mã", "2020-03-06", "2020-12-31", "KHONG-CO"));
        badCourse.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badCourse.Content.ReadAsStringAsync()).ShouldContain("courseCodes");
        var badPeriod = await reviewer.PostAsJsonAsync("/api/training/coverage/plans", PlanBody("Ngược", "2020-12-31", "2020-03-06"));
        badPeriod.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badPeriod.Content.ReadAsStringAsync()).ShouldContain("endsOn");

        // Two clicks on "save" make one plan.
        var twice = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            reviewer.PostAsJsonAsync("/api/training/coverage/plans", PlanBody("Kế hoạch bấm hai lần", "2020-03-06", "2020-12-31"))));
        twice.Select(r => r.StatusCode).ShouldBe([HttpStatusCode.Created, HttpStatusCode.Conflict], ignoreOrder: true);
        (await twice.Single(r => r.StatusCode == HttpStatusCode.Conflict).Content.ReadAsStringAsync()).ShouldContain("Training:CoveragePlanNameTaken");

        var version = plan.GetProperty("version").GetString();
        var changed = await reviewer.PutAsJsonAsync($"/api/training/coverage/plans/{s.Plan2025}",
            PlanBody("Kế hoạch 2020–2025", "2020-03-06", "2025-12-31") with { Version = version });
        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await reviewer.PutAsJsonAsync($"/api/training/coverage/plans/{s.Plan2025}", PlanBody("Cũ", "2020-03-06", "2025-12-31") with { Version = version }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    private static (int, int) Row(JsonElement coverage, string key)
    {
        var row = coverage.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("key").GetString() == key);
        return (row.GetProperty("inScope").GetInt32(), row.GetProperty("trained").GetInt32());
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<JsonElement> SendAsync(Task<HttpResponseMessage> sending, HttpStatusCode expected)
    {
        var response = await sending;
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, body);
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    private static PlanRequest PlanBody(string name, string startsOn, string endsOn, string course = "PBT-2020") =>
        new(name, startsOn, endsOn, "04", [course], ["Other"]);

    /// <summary>The plans count the role "Other" alone: the demo roster that shares this database has none.</summary>
    private sealed record PlanRequest(string Name, string StartsOn, string EndsOn, string RootUnitCode, string[] CourseCodes, string[] Roles, string? Version = null);

    private sealed record Scenario(string Plan2020, string Plan2025);

    private async Task<Scenario> ScenarioAsync()
    {
        await Once.WaitAsync();
        try
        {
            return _scenario ??= await CreateScenarioAsync();
        }
        finally
        {
            Once.Release();
        }
    }

    /// <summary>
    /// Hoà An: six in Đại Tiến, five in Hồng Việt (one not in scope), one joining Đại Tiến in September; Cao Bằng city: five in
    /// Sông Hiến, one in Sông Bằng who moves to Hồng Việt on 1 August, one in Sông Bằng who leaves on 31 May. Trained: three of
    /// Đại Tiến and two from the city in June, one of Đại Tiến and the September joiner in November; one more finishes a course
    /// that is not on the plan.
    /// </summary>
    private async Task<Scenario> CreateScenarioAsync()
    {
        var admin = await factory.CreateBearerClientAsync("admin@demo.local");
        var n = 0;
        async Task<string> PersonAsync(string unitCode, string activeFrom = "2020-03-06", bool inScope = true)
        {
            n++;
            var person = await SendAsync(admin.PostAsJsonAsync("/api/training/staff", new
            {
                fullName = $"Hoàng Văn Thử {n}", unitCode, role = "Other", inScope, activeFrom, gender = n % 3 == 0 ? "Female" : "Male",
                ethnicity = n % 4 == 0 ? "Nùng" : "Tày",
            }), HttpStatusCode.Created);
            return person.GetProperty("id").GetString()!;
        }

        var daiTien = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            daiTien.Add(await PersonAsync(DaiTien));
        }

        for (var i = 0; i < 4; i++)
        {
            await PersonAsync(HongViet);
        }

        await PersonAsync(HongViet, inScope: false);
        var joiner = await PersonAsync(DaiTien, activeFrom: "2020-09-01");
        var city = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            city.Add(await PersonAsync(SongHien));
        }

        var mover = await PersonAsync(SongBang);
        var leaver = await PersonAsync(SongBang);
        await SendAsync(admin.PutAsJsonAsync($"/api/training/staff/{mover}", new { unitCode = HongViet, movedOn = "2020-08-01" }), HttpStatusCode.OK);
        await SendAsync(admin.DeleteAsync($"/api/training/staff/{leaver}?lastDay=2020-05-31"), HttpStatusCode.NoContent);

        var trainer = await factory.CreateBearerClientAsync("trainer@demo.local");
        var planCourse = await PublishedCourseAsync(trainer, "PBT-2020");
        var otherCourse = await PublishedCourseAsync(trainer, "KHAC-2020");
        await SessionAsync(trainer, planCourse, ["2020-06-10", "2020-06-11"], [daiTien[0], daiTien[1], daiTien[2], city[0], mover]);
        await SessionAsync(trainer, planCourse, ["2020-11-20"], [daiTien[4], joiner]);
        await SessionAsync(trainer, otherCourse, ["2020-11-05"], [daiTien[5]]);

        var reviewer = await factory.CreateBearerClientAsync("reviewer@demo.local");
        var plan2020 = await SendAsync(reviewer.PostAsJsonAsync("/api/training/coverage/plans", PlanBody("Kế hoạch kiểm thử năm 2020", "2020-03-06", "2020-12-31")),
            HttpStatusCode.Created);
        var plan2025 = await SendAsync(reviewer.PostAsJsonAsync("/api/training/coverage/plans", PlanBody("Kế hoạch 2020–2025", "2020-03-06", "2025-12-31")),
            HttpStatusCode.Created);
        return new Scenario(plan2020.GetProperty("id").GetString()!, plan2025.GetProperty("id").GetString()!);
    }

    private static async Task<string> PublishedCourseAsync(HttpClient trainer, string code)
    {
        var course = await SendAsync(trainer.PostAsJsonAsync("/api/training/courses", new
        {
            code, title = "Tập huấn phòng, chống mại dâm", description = "Cho cán bộ cơ sở", audienceRoles = Array.Empty<string>(),
            completionRule = new { allLessons = false, minAttendancePercent = 100, quizRequired = false }, certificateValidityMonths = 24, qualifiesForCoverage = true,
        }), HttpStatusCode.Created);
        var id = course.GetProperty("id").GetString()!;
        await SendAsync(trainer.PostAsJsonAsync($"/api/training/courses/{id}/lessons", new { title = "Bài 1", body = "<p>Pháp luật</p>", videoUrl = (string?)null }),
            HttpStatusCode.Created);
        await SendAsync(trainer.PostAsync($"/api/training/courses/{id}/publish", null), HttpStatusCode.OK);
        return id;
    }

    private static async Task SessionAsync(HttpClient trainer, string courseId, string[] days, List<string> present)
    {
        var session = await SendAsync(trainer.PostAsJsonAsync("/api/training/sessions", new
        {
            courseId, title = "Lớp tập huấn cán bộ cơ sở", mode = "InPerson", organizerUnitCode = "04", venue = "Hội trường", capacity = 40, days,
        }), HttpStatusCode.Created);
        var id = session.GetProperty("id").GetString();
        await SendAsync(trainer.PostAsJsonAsync($"/api/training/sessions/{id}/enrollments", new { staffIds = present }), HttpStatusCode.OK);
        foreach (var day in days)
        {
            await SendAsync(trainer.PutAsJsonAsync($"/api/training/sessions/{id}/attendance", new { date = day, presentStaffIds = present }), HttpStatusCode.OK);
        }
    }
}
