using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Training.Identity;
using Training.Permissions;

namespace Training.Web.Tests.Security;

/// <summary>
/// Hardening 1/3, item 2: an admin assigned one district administers that district only. Role permissions and accounts with
/// no unit belong to admins of the whole tree; the last such admin cannot lose that ability; the audit log shows each admin
/// the entries about its own units.
/// </summary>
public class DistrictAdmin_Tests(TrainingWebApplicationFactory factory) : IClassFixture<TrainingWebApplicationFactory>
{
    private async Task<HttpClient> DistrictAdminAsync(string email)
    {
        await factory.CreateUserAsync(email, [TrainingRoles.Admin], "047");
        return await factory.CreateBearerClientAsync(email);
    }

    private static async Task<string[]> GrantedAsync(HttpClient admin, string role) =>
        (await admin.GetAsync("/api/training/roles/permissions").JsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .Single(r => r.GetProperty("role").GetString() == role).GetProperty("permissions").EnumerateArray()
            .Where(p => p.GetProperty("isGranted").GetBoolean()).Select(p => p.GetProperty("name").GetString()!).ToArray();

    [Fact]
    public async Task A_District_Admin_Cannot_Change_Role_Permissions()
    {
        var districtAdmin = await DistrictAdminAsync("admin-047-roles@demo.local");
        var learnerGrants = await GrantedAsync(districtAdmin, TrainingRoles.Learner);

        var widened = await districtAdmin.PutAsJsonAsync($"/api/training/roles/{TrainingRoles.Learner}/permissions",
            learnerGrants.Append(TrainingPermissions.Rosters.ViewNationalId).ToArray()).JsonAsync(HttpStatusCode.Forbidden);
        var stripped = await districtAdmin.PutAsJsonAsync($"/api/training/roles/{TrainingRoles.Admin}/permissions", Array.Empty<string>())
            .JsonAsync(HttpStatusCode.Forbidden);

        widened.Code().ShouldBe("Training:WholeTreeRequired");
        stripped.Code().ShouldBe("Training:WholeTreeRequired");
        var admin = await factory.CreateBearerClientAsync("admin@demo.local");
        (await GrantedAsync(admin, TrainingRoles.Learner)).ShouldNotContain(TrainingPermissions.Rosters.ViewNationalId);
        (await GrantedAsync(admin, TrainingRoles.Admin)).ShouldContain(TrainingPermissions.Identity.Roles);
    }

    [Fact]
    public async Task A_District_Admin_Neither_Lists_Nor_Reads_Nor_Changes_An_Account_With_No_Unit()
    {
        var unassigned = await factory.CreateUserAsync("no-unit@demo.local", [TrainingRoles.Reviewer]);
        var districtAdmin = await DistrictAdminAsync("admin-047-accounts@demo.local");

        var list = await districtAdmin.GetAsync("/api/training/users?search=no-unit&pageSize=100").JsonAsync(HttpStatusCode.OK);
        var read = await districtAdmin.GetAsync($"/api/training/users/{unassigned.Id}");
        var takeOver = await districtAdmin.PutAsJsonAsync($"/api/training/users/{unassigned.Id}", new
        {
            userName = "no-unit@demo.local", email = "no-unit@demo.local", displayName = "no-unit", roles = new[] { TrainingRoles.Admin },
            organizationUnitIds = Array.Empty<Guid>(), password = "Taken@2020x",
        }).JsonAsync(HttpStatusCode.Forbidden);
        var unlock = await districtAdmin.PostAsync($"/api/training/users/{unassigned.Id}/unlock", null);
        var create = await districtAdmin.PostAsJsonAsync("/api/training/users", new
        {
            userName = "new-no-unit@demo.local", email = "new-no-unit@demo.local", displayName = "x", roles = new[] { TrainingRoles.Admin },
            organizationUnitIds = Array.Empty<Guid>(), password = "Taken@2020x",
        });

        list.GetProperty("totalCount").GetInt32().ShouldBe(0);
        read.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        takeOver.Code().ShouldBe("Training:WholeTreeRequired");
        unlock.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        create.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.CreateBearerClientAsync("no-unit@demo.local")).ShouldNotBeNull();
        var admin = await factory.CreateBearerClientAsync("admin@demo.local");
        (await admin.GetAsync($"/api/training/users/{unassigned.Id}").JsonAsync(HttpStatusCode.OK)).GetProperty("roles")[0].GetString()
            .ShouldBe(TrainingRoles.Reviewer);
    }

    [Fact]
    public async Task The_Last_Administrator_Keeps_The_Ability_To_Administer_Users_And_Roles()
    {
        var admin = await factory.CreateBearerClientAsync("admin@demo.local");
        var me = (await admin.GetAsync("/api/training/users?search=admin@demo.local").JsonAsync(HttpStatusCode.OK)).GetProperty("items")[0];
        var province = me.GetProperty("organizationUnits")[0].Id();
        var district = (await admin.GetAsync("/api/training/organization-units?parentCode=04&asOf=2020-12-31&kind=District").JsonAsync(HttpStatusCode.OK))
            .EnumerateArray().Single(u => u.GetProperty("code").GetString() == "051").Id();
        object Save(string[] roles, string unitId) => new
        {
            userName = "admin@demo.local", email = "admin@demo.local", displayName = me.GetProperty("displayName").GetString(), roles,
            organizationUnitIds = new[] { unitId },
        };

        var demoted = await admin.PutAsJsonAsync($"/api/training/users/{me.Id()}", Save([TrainingRoles.Trainer], province)).JsonAsync(HttpStatusCode.Conflict);
        var narrowed = await admin.PutAsJsonAsync($"/api/training/users/{me.Id()}", Save([TrainingRoles.Admin], district)).JsonAsync(HttpStatusCode.Conflict);
        var adminGrants = await GrantedAsync(admin, TrainingRoles.Admin);
        var stripped = await admin.PutAsJsonAsync($"/api/training/roles/{TrainingRoles.Admin}/permissions",
            adminGrants.Where(p => p != TrainingPermissions.Identity.Users).ToArray()).JsonAsync(HttpStatusCode.Conflict);

        foreach (var refusal in new[] { demoted, narrowed, stripped })
        {
            refusal.Code().ShouldBe("Training:LastAdministrator");
        }

        var after = await admin.GetAsync($"/api/training/users/{me.Id()}").JsonAsync(HttpStatusCode.OK);
        after.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe([TrainingRoles.Admin]);
        after.GetProperty("organizationUnits")[0].Id().ShouldBe(province);
        (await GrantedAsync(admin, TrainingRoles.Admin)).ShouldContain(TrainingPermissions.Identity.Users);

        // With a second administrator of the whole tree, the first may step down.
        await factory.CreateUserAsync("second-admin@demo.local", [TrainingRoles.Admin], "04");
        var second = await factory.CreateBearerClientAsync("second-admin@demo.local");
        var secondId = (await second.GetAsync("/api/training/users?search=second-admin").JsonAsync(HttpStatusCode.OK)).GetProperty("items")[0].Id();
        await admin.PutAsJsonAsync($"/api/training/users/{me.Id()}", Save([TrainingRoles.Trainer], province)).JsonAsync(HttpStatusCode.OK);
        (await second.PutAsJsonAsync($"/api/training/users/{secondId}", new
        {
            userName = "second-admin@demo.local", email = "second-admin@demo.local", displayName = "second", roles = new[] { TrainingRoles.Trainer },
            organizationUnitIds = new[] { province },
        }).JsonAsync(HttpStatusCode.Conflict)).Code().ShouldBe("Training:LastAdministrator");
        await second.PutAsJsonAsync($"/api/training/users/{me.Id()}", Save([TrainingRoles.Admin], province)).JsonAsync(HttpStatusCode.OK);

        // Back to one administrator, as the other tests of this class expect (the first one's token died with its role change).
        await second.PutAsJsonAsync($"/api/training/users/{secondId}", new
        {
            userName = "second-admin@demo.local", email = "second-admin@demo.local", displayName = "second", roles = new[] { TrainingRoles.Trainer },
            organizationUnitIds = new[] { province },
        }).JsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Ending_The_Staff_Record_Of_The_Last_Administrator_Is_Refused()
    {
        var admin = await factory.CreateBearerClientAsync("admin@demo.local");
        var me = (await admin.GetAsync("/api/training/users?search=admin@demo.local").JsonAsync(HttpStatusCode.OK)).GetProperty("items")[0];
        var person = await admin.CreatePersonAsync("Quản Trị Viên", "01654");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Training.EntityFrameworkCore.TrainingDbContext>();
            (await db.StaffMembers.FindAsync(Guid.Parse(person.Id())))!.LinkUser(Guid.Parse(me.Id()));
            await db.SaveChangesAsync();
        }

        var officer = await factory.CreateBearerClientAsync("officer@demo.local");
        var refused = await officer.PutAsJsonAsync($"/api/training/staff/{person.Id()}", new { activeTo = "2021-12-31" }).JsonAsync(HttpStatusCode.Conflict);
        var deleted = await officer.DeleteAsync($"/api/training/staff/{person.Id()}?lastDay=2021-12-31");

        refused.Code().ShouldBe("Training:LastAdministrator");
        deleted.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        await admin.GetAsync("/api/training/users?pageSize=1").JsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_Audit_Log_Shows_A_District_Admin_Only_The_Entries_About_Its_Own_Units()
    {
        var admin = await factory.CreateBearerClientAsync("admin@demo.local");
        var hoaAn = await admin.CreatePersonAsync("Nông Thị Hoà", "01654");
        var districtAdmin = await DistrictAdminAsync("admin-047-audit@demo.local");
        var trungKhanh = await districtAdmin.CreatePersonAsync("Lục Văn Trùng", "01447");
        var learnerGrants = await GrantedAsync(admin, TrainingRoles.Learner);
        await admin.PutAsJsonAsync($"/api/training/roles/{TrainingRoles.Learner}/permissions",
            learnerGrants.Append(TrainingPermissions.Coverage.View).ToArray()).JsonAsync(HttpStatusCode.NoContent);
        await admin.PutAsJsonAsync($"/api/training/roles/{TrainingRoles.Learner}/permissions", learnerGrants).JsonAsync(HttpStatusCode.NoContent);

        var seen = (await districtAdmin.GetAsync("/api/training/audit-logs?pageSize=1000").JsonAsync(HttpStatusCode.OK)).GetProperty("items")
            .EnumerateArray().ToList();
        var all = (await admin.GetAsync("/api/training/audit-logs?pageSize=1000").JsonAsync(HttpStatusCode.OK)).GetProperty("items")
            .EnumerateArray().ToList();

        seen.ShouldContain(e => e.GetProperty("entityId").GetString() == trungKhanh.Id());
        seen.ShouldNotContain(e => e.GetProperty("entityId").GetString() == hoaAn.Id());
        seen.ShouldNotContain(e => e.GetProperty("entityType").GetString()!.StartsWith("IdentityRole", StringComparison.Ordinal));
        seen.ShouldNotContain(e => e.GetProperty("entityType").GetString() == "Course");
        all.ShouldContain(e => e.GetProperty("entityId").GetString() == hoaAn.Id());
        all.ShouldContain(e => e.GetProperty("entityId").GetString() == trungKhanh.Id());
        all.ShouldContain(e => e.GetProperty("entityType").GetString()!.StartsWith("IdentityRole", StringComparison.Ordinal));
    }
}
