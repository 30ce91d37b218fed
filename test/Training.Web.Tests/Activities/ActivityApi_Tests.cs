using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Training.Web.Tests.Security;

namespace Training.Web.Tests.Activities;

/// <summary>
/// Issue 18, part 1: the communes' information activities through the API — recorded with a photo within the caller's units,
/// read back, refused with the field named, deleted softly and audited — and the plan's second target on the coverage API,
/// an ended commune's activities counting under its successor.
/// </summary>
public class ActivityApi_Tests(TrainingWebApplicationFactory factory) : IClassFixture<TrainingWebApplicationFactory>
{
    // Hoà An's Đại Tiến and Hồng Việt (2020 to 30 June 2025; then part of Xã Hòa An, 01654); Cao Bằng city's Sông Hiến.
    private const string DaiTien = "01666";
    private const string HongViet = "01687";
    private const string SongHien = "01267";

    private static readonly byte[] Photo = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x02, 0x03];

    [Fact]
    public async Task An_Officer_Records_An_Activity_With_A_Photo_That_Readers_Of_The_Unit_See()
    {
        var officer = await factory.CreateBearerClientAsync("officer@demo.local");
        var photo = await officer.PostAsync("/api/training/activities/attachments", File(Photo, "anh-hop-dan.jpg", "image/jpeg"))
            .JsonAsync(HttpStatusCode.Created);
        photo.GetProperty("contentType").GetString().ShouldBe("image/jpeg");

        var created = await officer.PostAsJsonAsync("/api/training/activities", Body(DaiTien, "2020-09-15", "CommunityMeeting", photo.Id()))
            .JsonAsync(HttpStatusCode.Created);
        created.GetProperty("unitCode").GetString().ShouldBe(DaiTien);
        created.GetProperty("unitName").GetString()!.ShouldContain("Đại Tiến");
        created.GetProperty("form").GetString().ShouldBe("CommunityMeeting");
        created.GetProperty("participants").GetInt32().ShouldBe(45);
        created.GetProperty("attachmentName").GetString().ShouldBe("anh-hop-dan.jpg");

        var reviewer = await factory.CreateBearerClientAsync("reviewer@demo.local");
        var read = await reviewer.GetAsync($"/api/training/activities/{created.Id()}").JsonAsync(HttpStatusCode.OK);
        read.GetProperty("title").GetString().ShouldBe("Họp dân tuyên truyền phòng, chống mại dâm");
        var file = await reviewer.GetAsync($"/api/training/activities/{created.Id()}/attachment");
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await file.Content.ReadAsByteArrayAsync()).ShouldBe(Photo);

        var listed = await officer.GetAsync($"/api/training/activities?unitCode={DaiTien}&asOf=2020-09-15&from=2020-09-01&to=2020-09-30")
            .JsonAsync(HttpStatusCode.OK);
        listed.GetProperty("items").EnumerateArray().Select(a => a.Id()).ShouldContain(created.Id());
        (await officer.GetAsync($"/api/training/activities?unitCode={DaiTien}&asOf=2020-09-15&from=2020-10-01").JsonAsync(HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().Select(a => a.Id()).ShouldNotContain(created.Id());

        var trainer = await factory.CreateBearerClientAsync("trainer@demo.local");
        (await trainer.GetAsync($"/api/training/activities/{created.Id()}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await trainer.GetAsync($"/api/training/activities/{created.Id()}/attachment")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await reviewer.PostAsJsonAsync("/api/training/activities", Body(DaiTien, "2020-09-15", "Leaflets"))).StatusCode
            .ShouldBe(HttpStatusCode.Forbidden, "the reviewer reads activities, the units record them");
    }

    [Fact]
    public async Task Outside_Its_Units_An_Officer_Is_Refused_And_Bad_Input_Names_Its_Field()
    {
        var officer = await factory.CreateBearerClientAsync("officer@demo.local");
        var admin = await factory.CreateBearerClientAsync("admin@demo.local");
        (await officer.PostAsJsonAsync("/api/training/activities", Body(SongHien, "2020-09-15", "Leaflets"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var cityActivity = await admin.PostAsJsonAsync("/api/training/activities", Body(SongHien, "2020-09-15", "Leaflets")).JsonAsync(HttpStatusCode.Created);
        (await officer.GetAsync($"/api/training/activities/{cityActivity.Id()}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await officer.PutAsJsonAsync($"/api/training/activities/{cityActivity.Id()}", Body(DaiTien, "2020-09-15", "Leaflets"))).StatusCode
            .ShouldBe(HttpStatusCode.Forbidden, "moving an activity needs the unit it leaves too");
        (await officer.DeleteAsync($"/api/training/activities/{cityActivity.Id()}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await officer.GetAsync("/api/training/activities?unitCode=" + SongHien)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var own = await officer.GetAsync("/api/training/activities?from=2020-01-01&pageSize=1000").JsonAsync(HttpStatusCode.OK);
        own.GetProperty("items").EnumerateArray().Select(a => a.Id()).ShouldNotContain(cityActivity.Id());

        (await officer.PostAsJsonAsync("/api/training/activities", Body(DaiTien, "2025-08-01", "Leaflets")).JsonAsync(HttpStatusCode.BadRequest))
            .Code().ShouldBe("Training:ActivityUnitNotValidOnDate", "Đại Tiến ended on 30 June 2025");
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(2)).ToString("yyyy-MM-dd");
        await ShouldNameAsync(officer.PostAsJsonAsync("/api/training/activities", Body(DaiTien, tomorrow, "Leaflets")), "date");
        await ShouldNameAsync(officer.PostAsJsonAsync("/api/training/activities", new { unitCode = DaiTien, date = "2020-09-15", form = 1, title = "Loa" }), "form");
        await ShouldNameAsync(officer.PostAsJsonAsync("/api/training/activities", new { unitCode = DaiTien, date = "2020-09-15", form = "Radio", title = "Loa" }), "form");
        await ShouldNameAsync(officer.PostAsJsonAsync("/api/training/activities", new { unitCode = DaiTien, date = "2020-09-15", form = "Leaflets", title = "  " }),
            "title");
        await ShouldNameAsync(officer.PostAsJsonAsync("/api/training/activities",
            new { unitCode = DaiTien, date = "2020-09-15", form = "Leaflets", title = "Phát tờ rơi", participants = -3 }), "participants");
        (await officer.GetAsync("/api/training/activities?from=2020-12-01&to=2020-01-01")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var text = await officer.PostAsync("/api/training/activities/attachments", File("<script>"u8.ToArray(), "anh.jpg", "image/jpeg"));
        text.StatusCode.ShouldBe(HttpStatusCode.BadRequest, "a file is what its first bytes say");
    }

    [Fact]
    public async Task A_Photo_Belongs_To_Its_Uploader_And_To_One_Activity()
    {
        var officer = await factory.CreateBearerClientAsync("officer@demo.local");
        var admin = await factory.CreateBearerClientAsync("admin@demo.local");
        var photo = await officer.PostAsync("/api/training/activities/attachments", File(Photo, "loa.jpg", "image/jpeg")).JsonAsync(HttpStatusCode.Created);

        (await admin.PostAsJsonAsync("/api/training/activities", Body(DaiTien, "2020-10-01", "LoudspeakerBroadcast", photo.Id()))
            .JsonAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("attachmentId", out _).ShouldBeTrue();
        var first = await officer.PostAsJsonAsync("/api/training/activities", Body(DaiTien, "2020-10-01", "LoudspeakerBroadcast", photo.Id()))
            .JsonAsync(HttpStatusCode.Created);
        (await officer.PostAsJsonAsync("/api/training/activities", Body(HongViet, "2020-10-02", "LoudspeakerBroadcast", photo.Id()))
            .JsonAsync(HttpStatusCode.Conflict)).Code().ShouldBe("Training:ActivityAttachmentTaken");

        // Saving the activity again with its own photo keeps it.
        var again = await officer.PutAsJsonAsync($"/api/training/activities/{first.Id()}", Body(DaiTien, "2020-10-01", "SocialMedia", photo.Id()))
            .JsonAsync(HttpStatusCode.OK);
        again.GetProperty("form").GetString().ShouldBe("SocialMedia");
        again.GetProperty("attachmentName").GetString().ShouldBe("loa.jpg");

        // A change made from what was read before that save is refused, not written over it.
        var stale = first.GetProperty("version").GetString();
        (await officer.PutAsJsonAsync($"/api/training/activities/{first.Id()}", new
        {
            unitCode = DaiTien, date = "2020-10-01", form = "Leaflets", title = "Phát tờ rơi", attachmentId = photo.Id(), version = stale,
        }).JsonAsync(HttpStatusCode.Conflict)).Code().ShouldBe("Training:ConcurrencyConflict");
        (await officer.GetAsync($"/api/training/activities/{first.Id()}").JsonAsync(HttpStatusCode.OK)).GetProperty("form").GetString().ShouldBe("SocialMedia");

        await officer.DeleteAsync($"/api/training/activities/{first.Id()}").JsonAsync(HttpStatusCode.NoContent);
        (await officer.GetAsync($"/api/training/activities/{first.Id()}/attachment")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Coverage_Counts_Communes_With_An_Activity_In_The_Plan_Period_Under_Their_Successors()
    {
        var admin = await factory.CreateBearerClientAsync("admin@demo.local");
        var reviewer = await factory.CreateBearerClientAsync("reviewer@demo.local");
        var plan = (await reviewer.PostAsJsonAsync("/api/training/coverage/plans", new
        {
            name = "Kế hoạch hoạt động 2024–2025", startsOn = "2024-01-01", endsOn = "2025-12-31", rootUnitCode = "04",
            courseCodes = new[] { "PCMD-CS-2020" }, roles = new[] { "Other" }, activityTargetPercent = 100,
        }).JsonAsync(HttpStatusCode.Created)).Id();
        var heldInPlan = await admin.PostAsJsonAsync("/api/training/activities", Body(DaiTien, "2024-05-01", "CommunityMeeting")).JsonAsync(HttpStatusCode.Created);
        await admin.PostAsJsonAsync("/api/training/activities", Body(HongViet, "2023-12-31", "Leaflets")).JsonAsync(HttpStatusCode.Created);

        var hoaAn2024 = await reviewer.GetAsync($"/api/training/coverage?planId={plan}&unitCode=051&asOf=2024-12-31").JsonAsync(HttpStatusCode.OK);
        hoaAn2024.GetProperty("communesWithActivity").GetInt32().ShouldBe(1, "Hồng Việt's activity was before the plan began");
        hoaAn2024.GetProperty("activityTarget").GetDecimal().ShouldBe(100m);
        var without2024 = Codes(hoaAn2024);
        without2024.ShouldNotContain(DaiTien);
        without2024.ShouldContain(HongViet);
        without2024.Count.ShouldBe(hoaAn2024.GetProperty("communes").GetInt32() - 1);
        hoaAn2024.GetProperty("activityPercent").GetDecimal()
            .ShouldBe(Math.Round(100m / hoaAn2024.GetProperty("communes").GetInt32(), 1, MidpointRounding.AwayFromZero));

        // From 1 July 2025 Đại Tiến is part of Xã Hòa An: its activity counts there.
        var hoaAn2025 = await reviewer.GetAsync($"/api/training/coverage?planId={plan}&unitCode=01654&asOf=2025-12-31").JsonAsync(HttpStatusCode.OK);
        (hoaAn2025.GetProperty("communes").GetInt32(), hoaAn2025.GetProperty("communesWithActivity").GetInt32()).ShouldBe((1, 1));
        Codes(hoaAn2025).ShouldBeEmpty();
        var province = await reviewer.GetAsync($"/api/training/coverage?planId={plan}&asOf=2025-12-31").JsonAsync(HttpStatusCode.OK);
        Codes(province).ShouldNotContain("01654");
        Codes(province).ShouldContain("01273");

        // Held after the plan ended, an activity is not the plan's, whatever date the question is asked on.
        await admin.PostAsJsonAsync("/api/training/activities", Body("01273", "2026-01-15", "SocialMedia")).JsonAsync(HttpStatusCode.Created);
        var later = await reviewer.GetAsync($"/api/training/coverage?planId={plan}&asOf=2026-06-30").JsonAsync(HttpStatusCode.OK);
        later.GetProperty("activityTo").GetString().ShouldBe("2025-12-31");
        Codes(later).ShouldContain("01273");
        Codes(later).ShouldNotContain("01654");

        await admin.DeleteAsync($"/api/training/activities/{heldInPlan.Id()}").JsonAsync(HttpStatusCode.NoContent);
        (await admin.GetAsync($"/api/training/activities/{heldInPlan.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await reviewer.GetAsync($"/api/training/coverage?planId={plan}&unitCode=01654&asOf=2025-12-31").JsonAsync(HttpStatusCode.OK))
            .GetProperty("communesWithActivity").GetInt32().ShouldBe(0, "a deleted activity counts nowhere");
        var audit = await admin.GetAsync($"/api/training/audit-logs?entityType=InformationActivity&entityId={heldInPlan.Id()}").JsonAsync(HttpStatusCode.OK);
        audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("changes").GetString()!).ShouldContain(c => c.Contains("DeletedAt"));
    }

    private static List<string> Codes(JsonElement coverage) =>
        coverage.GetProperty("communesWithoutActivity").EnumerateArray().Select(c => c.GetProperty("code").GetString()!).ToList();

    private static object Body(string unitCode, string date, string form, string? attachmentId = null) => new
    {
        unitCode, date, form, title = "Họp dân tuyên truyền phòng, chống mại dâm", participants = 45, attachmentId,
    };

    private static MultipartFormDataContent File(byte[] bytes, string name, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { content, "file", name } };
    }

    private static async Task ShouldNameAsync(Task<HttpResponseMessage> sending, string field)
    {
        var problem = await sending.JsonAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldContain(field, problem.ToString());
    }
}
