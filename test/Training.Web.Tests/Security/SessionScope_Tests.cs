using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Training.Identity;

namespace Training.Web.Tests.Security;

/// <summary>
/// Hardening 1/3, item 3: the organiser of a session sees everyone in it (it runs the room) but withdraws, enrols and marks
/// only the people of its own units; the others show read-only with their unit.
/// </summary>
public class SessionScope_Tests(TrainingWebApplicationFactory factory) : IClassFixture<TrainingWebApplicationFactory>
{
    [Fact]
    public async Task An_Organiser_Changes_Only_The_People_Of_Its_Own_Units()
    {
        var admin = await factory.CreateBearerClientAsync("admin@demo.local");
        var courses = await admin.GetAsync("/api/training/courses?pageSize=100").JsonAsync(HttpStatusCode.OK);
        var course = courses.GetProperty("items").EnumerateArray().First(c => c.GetProperty("status").GetString() == "Published");
        var session = await admin.PostAsJsonAsync("/api/training/sessions", new
        {
            courseId = course.Id(), title = "Lớp Hoà An", mode = "InPerson", organizerUnitCode = "051", capacity = 10, days = new[] { "2020-11-05" },
        }).JsonAsync(HttpStatusCode.Created);
        var hoaAn = await admin.CreatePersonAsync("Nông Văn Hoà", "01654");
        var trungKhanh = await admin.CreatePersonAsync("Hoàng Văn Khánh", "01447");
        var path = $"/api/training/sessions/{session.Id()}";
        await admin.PostAsJsonAsync($"{path}/enrollments", new { staffIds = new[] { hoaAn.Id(), trungKhanh.Id() } }).JsonAsync(HttpStatusCode.OK);
        await admin.PutAsJsonAsync($"{path}/attendance", new { date = "2020-11-05", presentStaffIds = new[] { trungKhanh.Id() } }).JsonAsync(HttpStatusCode.OK);
        await factory.CreateUserAsync("trainer-051@demo.local", [TrainingRoles.Trainer], "051");
        var organiser = await factory.CreateBearerClientAsync("trainer-051@demo.local");
        var officer = await factory.CreateBearerClientAsync("officer@demo.local");

        var seen = (await officer.GetAsync($"{path}/enrollments").JsonAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        var withdrawOther = await officer.DeleteAsync($"{path}/enrollments/{trungKhanh.Id()}");
        var markOther = await organiser.PutAsJsonAsync($"{path}/attendance", new { date = "2020-11-05", presentStaffIds = new[] { trungKhanh.Id() } });
        await organiser.PutAsJsonAsync($"{path}/attendance", new { date = "2020-11-05", presentStaffIds = new[] { hoaAn.Id() } }).JsonAsync(HttpStatusCode.OK);

        seen.Count.ShouldBe(2);
        var other = seen.Single(e => e.GetProperty("staffMemberId").GetString() == trungKhanh.Id());
        other.GetProperty("unitName").GetString().ShouldBe("Thị trấn Trà Lĩnh");
        other.GetProperty("canChange").GetBoolean().ShouldBeFalse();
        seen.Single(e => e.GetProperty("staffMemberId").GetString() == hoaAn.Id()).GetProperty("canChange").GetBoolean().ShouldBeTrue();
        withdrawOther.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        markOther.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // The organiser's attendance left the other district's person as the province admin marked them.
        var after = (await admin.GetAsync($"{path}/enrollments").JsonAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        after.Count.ShouldBe(2);
        foreach (var enrollment in after)
        {
            enrollment.GetProperty("attendedDays").EnumerateArray().Select(d => d.GetString()).ShouldBe(["2020-11-05"]);
        }

        // Its own person it withdraws.
        (await officer.DeleteAsync($"{path}/enrollments/{hoaAn.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }
}
