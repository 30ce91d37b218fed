using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Training.Identity;
using Training.OrganizationUnits;
using Training.Permissions;

namespace Training.Application.Tests.Identity;

public class IdentityAppService_Tests : IDisposable
{
    private readonly TrainingTestServices _services = new(TestDatabase.SqliteInMemory());

    public void Dispose() => _services.Dispose();

    private async Task<Guid> UnitIdAsync(string code)
    {
        await using var scope = _services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<IOrganizationUnitRepository>().FindByCodeAsync(code, new DateOnly(2020, 12, 31), false))!.Id;
    }

    [Fact]
    public async Task Creates_An_Account_That_Must_Change_Its_Password()
    {
        await _services.SignInAsAsync("admin@demo.local");
        var hoaAn = await UnitIdAsync("051");
        await using var scope = _services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<IUserAdminAppService>();

        var created = await users.CreateAsync(new SaveUserDto
        {
            UserName = "0912345678", DisplayName = "Đàm Thị Hoa", Roles = [TrainingRoles.UnitOfficer], OrganizationUnitIds = [hoaAn],
            Password = "Tam@12345",
        });

        created.MustChangePassword.ShouldBeTrue();
        created.Roles.ShouldBe([TrainingRoles.UnitOfficer]);
        created.OrganizationUnits.ShouldHaveSingleItem().Code.ShouldBe("051");
        var manager = scope.ServiceProvider.GetRequiredService<UserManager<TrainingUser>>();
        (await manager.CheckPasswordAsync((await manager.FindByNameAsync("0912345678"))!, "Tam@12345")).ShouldBeTrue();
    }

    [Fact]
    public async Task Does_Not_Hand_Out_A_Unit_Outside_The_Callers_Scope()
    {
        await _services.SignInAsDistrictAdminAsync();
        var trungKhanh = await UnitIdAsync("047");
        await using var scope = _services.CreateScope();

        var error = await Should.ThrowAsync<TrainingException>(() => scope.ServiceProvider.GetRequiredService<IUserAdminAppService>().CreateAsync(
            new SaveUserDto { UserName = "x@demo.local", DisplayName = "X", OrganizationUnitIds = [trungKhanh], Password = "Tam@12345" }));

        error.Code.ShouldBe(TrainingErrorCodes.UnitOutOfScope);
        (await scope.ServiceProvider.GetRequiredService<UserManager<TrainingUser>>().FindByNameAsync("x@demo.local")).ShouldBeNull();
    }

    [Fact]
    public async Task Does_Not_Let_A_District_Admin_Touch_An_Account_Of_The_Province()
    {
        await _services.SignInAsDistrictAdminAsync();
        await using var scope = _services.CreateScope();
        var reviewer = (await scope.ServiceProvider.GetRequiredService<UserManager<TrainingUser>>().FindByNameAsync("reviewer@demo.local"))!;
        var users = scope.ServiceProvider.GetRequiredService<IUserAdminAppService>();

        (await Should.ThrowAsync<TrainingException>(() => users.GetAsync(reviewer.Id))).Code.ShouldBe(TrainingErrorCodes.UnitOutOfScope);
        (await Should.ThrowAsync<TrainingException>(() => users.UpdateAsync(reviewer.Id, new SaveUserDto { UserName = "x", DisplayName = "X" })))
            .Kind.ShouldBe(TrainingErrorKind.Forbidden);
        (await Should.ThrowAsync<TrainingException>(() => users.UnlockAsync(reviewer.Id))).Kind.ShouldBe(TrainingErrorKind.Forbidden);
        (await users.GetAsync((await scope.ServiceProvider.GetRequiredService<UserManager<TrainingUser>>().FindByNameAsync("learner@demo.local"))!.Id))
            .DisplayName.ShouldBe("Lục Văn Thắng");
        (await users.GetListAsync(new GetUserListInput())).Items.Select(u => u.UserName)
            .ShouldBe(["learner@demo.local", "officer@demo.local", TrainingTestServices.DistrictAdmin], ignoreOrder: true);
    }

    [Fact]
    public async Task Refuses_A_Taken_User_Name_As_A_Conflict()
    {
        await _services.SignInAsAsync("admin@demo.local");
        await using var scope = _services.CreateScope();

        (await Should.ThrowAsync<TrainingException>(() => scope.ServiceProvider.GetRequiredService<IUserAdminAppService>().CreateAsync(
            new SaveUserDto { UserName = "learner@demo.local", DisplayName = "Trùng", Password = "Tam@12345" }))).Kind.ShouldBe(TrainingErrorKind.Conflict);
    }

    [Fact]
    public async Task Applies_A_Revoked_Permission_On_The_Next_Request()
    {
        await _services.SignInAsAsync("officer@demo.local");
        await using (var before = _services.CreateScope())
        {
            (await before.ServiceProvider.GetRequiredService<IPermissionChecker>().IsGrantedAsync(TrainingPermissions.Rosters.Import)).ShouldBeTrue();
        }

        await _services.SignInAsAsync("admin@demo.local");
        await using (var admin = _services.CreateScope())
        {
            var roles = admin.ServiceProvider.GetRequiredService<IRolePermissionAppService>();
            var officer = (await roles.GetAllAsync()).Single(r => r.Role == TrainingRoles.UnitOfficer);
            await roles.SetAsync(TrainingRoles.UnitOfficer,
                officer.Permissions.Where(p => p.IsGranted && p.Name != TrainingPermissions.Rosters.Import).Select(p => p.Name).ToList());
        }

        await _services.SignInAsAsync("officer@demo.local");
        await using var after = _services.CreateScope();
        var checker = after.ServiceProvider.GetRequiredService<IPermissionChecker>();
        (await checker.IsGrantedAsync(TrainingPermissions.Rosters.Import)).ShouldBeFalse();
        (await checker.IsGrantedAsync(TrainingPermissions.Rosters.Default)).ShouldBeTrue();
    }

    [Fact]
    public async Task Refuses_A_Permission_That_Does_Not_Exist()
    {
        await _services.SignInAsAsync("admin@demo.local");
        await using var scope = _services.CreateScope();

        (await Should.ThrowAsync<TrainingException>(() => scope.ServiceProvider.GetRequiredService<IRolePermissionAppService>()
            .SetAsync(TrainingRoles.Learner, ["Training.Everything"]))).Code.ShouldBe(TrainingErrorCodes.UnknownPermission);
    }

    [Theory]
    [InlineData("admin@demo.local", TrainingPermissions.Identity.Users, true)]
    [InlineData("trainer@demo.local", TrainingPermissions.Courses.Publish, true)]
    [InlineData("trainer@demo.local", TrainingPermissions.Rosters.ViewNationalId, false)]
    [InlineData("reviewer@demo.local", TrainingPermissions.Coverage.Export, true)]
    [InlineData("learner@demo.local", TrainingPermissions.OrganizationUnits.Default, false)]
    [InlineData("learner@demo.local", TrainingPermissions.Quizzes.Take, true)]
    public async Task Seeds_The_Default_Grants_Of_Each_Role(string email, string permission, bool granted)
    {
        await _services.SignInAsAsync(email);
        await using var scope = _services.CreateScope();

        (await scope.ServiceProvider.GetRequiredService<IPermissionChecker>().IsGrantedAsync(permission)).ShouldBe(granted);
    }
}
