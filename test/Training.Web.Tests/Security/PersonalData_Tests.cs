using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Training.Web.Tests.Security;

/// <summary>
/// Hardening 1/3, item 4: birth date and e-mail go only to those who see the phone in full, the audit log masks them, and
/// reading or exporting a list of people leaves one audit entry per request saying who, over which units and when.
/// </summary>
public class PersonalData_Tests(TrainingWebApplicationFactory factory) : IClassFixture<TrainingWebApplicationFactory>
{
    [Fact]
    public async Task Birth_Date_And_Email_Are_Shown_Only_With_The_Phone_And_Masked_In_The_Audit_Log()
    {
        var officer = await factory.CreateBearerClientAsync("officer@demo.local");
        var person = await officer.CreatePersonAsync("Bế Thị Riêng", "01654", "0912345600");
        var trainer = await factory.CreateBearerClientAsync("trainer@demo.local");
        var admin = await factory.CreateBearerClientAsync("admin@demo.local");

        var byTrainer = await trainer.GetAsync($"/api/training/staff/{person.Id()}").JsonAsync(HttpStatusCode.OK);
        var inTrainersList = (await trainer.GetAsync("/api/training/staff?search=be thi rieng&asOf=2020-12-31").JsonAsync(HttpStatusCode.OK))
            .GetProperty("items")[0];
        var byOfficer = await officer.GetAsync($"/api/training/staff/{person.Id()}").JsonAsync(HttpStatusCode.OK);
        var created = (await admin.GetAsync($"/api/training/audit-logs?entityType=StaffMember&entityId={person.Id()}").JsonAsync(HttpStatusCode.OK))
            .GetProperty("items")[0];

        foreach (var seen in new[] { byTrainer, inTrainersList })
        {
            seen.GetProperty("birthDate").ValueKind.ShouldBe(JsonValueKind.Null);
            seen.GetProperty("email").ValueKind.ShouldBe(JsonValueKind.Null);
            seen.GetProperty("phone").GetString().ShouldBe("•••••••600");
        }

        byOfficer.GetProperty("birthDate").GetString().ShouldBe("1985-07-05");
        byOfficer.GetProperty("email").GetString()!.ShouldEndWith("@example.vn");
        var changes = JsonDocument.Parse(created.GetProperty("changes").GetString()!).RootElement;
        changes.GetProperty("BirthDate").GetString().ShouldBe("***");
        changes.GetProperty("Email").GetString().ShouldBe("***");
        changes.GetProperty("Phone").GetString().ShouldBe("***");
        changes.GetProperty("FullName").GetString().ShouldBe("Bế Thị Riêng");
    }

    [Fact]
    public async Task Reading_And_Exporting_The_Roster_Are_Audited_Once_Per_Request()
    {
        var officer = await factory.CreateBearerClientAsync("officer@demo.local");
        var admin = await factory.CreateBearerClientAsync("admin@demo.local");

        await officer.GetAsync("/api/training/staff?unitCode=051&asOf=2020-12-31&pageSize=20").JsonAsync(HttpStatusCode.OK);
        (await officer.GetAsync("/api/training/staff/export?unitCode=051&asOf=2020-12-31")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var entries = (await admin.GetAsync("/api/training/audit-logs?userName=officer@demo.local&entityType=StaffMember&pageSize=100")
            .JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray().ToList();
        var read = entries.Single(e => e.GetProperty("action").GetString() == "Read");
        var exported = entries.Single(e => e.GetProperty("action").GetString() == "Exported");
        read.GetProperty("entityId").GetString().ShouldBe("list");
        exported.GetProperty("entityId").GetString().ShouldBe("export");
        var readDetails = JsonDocument.Parse(read.GetProperty("changes").GetString()!).RootElement;
        readDetails.GetProperty("unitCode").GetString().ShouldBe("051");
        readDetails.GetProperty("count").GetInt32().ShouldBe(20);
        readDetails.GetProperty("fields").GetProperty("nationalId").GetBoolean().ShouldBeTrue();
        JsonDocument.Parse(exported.GetProperty("changes").GetString()!).RootElement.GetProperty("count").GetInt32().ShouldBeGreaterThanOrEqualTo(40);

        // A district admin elsewhere does not see that Hoà An's roster was read.
        await factory.CreateUserAsync("admin-047-reads@demo.local", [Training.Identity.TrainingRoles.Admin], "047");
        var districtAdmin = await factory.CreateBearerClientAsync("admin-047-reads@demo.local");
        (await districtAdmin.GetAsync("/api/training/audit-logs?userName=officer@demo.local&pageSize=100").JsonAsync(HttpStatusCode.OK))
            .GetProperty("totalCount").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Listing_Accounts_And_Downloading_A_Sign_In_Sheet_Are_Audited()
    {
        var admin = await factory.CreateBearerClientAsync("admin@demo.local");
        var course = (await admin.GetAsync("/api/training/courses?pageSize=100").JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray()
            .First(c => c.GetProperty("status").GetString() == "Published");
        var session = await admin.PostAsJsonAsync("/api/training/sessions", new
        {
            courseId = course.Id(), title = "Lớp ký tên", mode = "InPerson", organizerUnitCode = "051", capacity = 10, days = new[] { "2020-11-05" },
        }).JsonAsync(HttpStatusCode.Created);
        var trainer = await factory.CreateBearerClientAsync("trainer@demo.local");

        await admin.GetAsync("/api/training/users?pageSize=10").JsonAsync(HttpStatusCode.OK);
        (await trainer.GetAsync($"/api/training/sessions/{session.Id()}/sign-in-sheet?date=2020-11-05&format=pdf")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var entries = (await admin.GetAsync("/api/training/audit-logs?pageSize=200").JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray().ToList();
        entries.ShouldContain(e => e.GetProperty("entityType").GetString() == "TrainingUser" && e.GetProperty("action").GetString() == "Read"
            && e.GetProperty("userName").GetString() == "admin@demo.local");
        entries.ShouldContain(e => e.GetProperty("entityType").GetString() == "TrainingSession" && e.GetProperty("action").GetString() == "Exported"
            && e.GetProperty("entityId").GetString() == session.Id() && e.GetProperty("userName").GetString() == "trainer@demo.local");
    }
}
