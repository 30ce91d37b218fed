using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Training.Identity;
using Training.OrganizationUnits;

namespace Training.Application.Tests.Identity;

/// <summary>
/// Two administrators demoting each other at the same moment, on PostgreSQL (each request its own connection, as on two
/// nodes): the administration lock serves them one after the other, so exactly one succeeds and one administrator remains.
/// </summary>
public sealed class LastAdministratorRace_Tests : IDisposable
{
    private readonly TrainingTestServices _services = new(TestDatabase.Create(
        TestDatabase.PostgresConnectionString is null ? EntityFrameworkCore.DatabaseProvider.Sqlite : EntityFrameworkCore.DatabaseProvider.PostgreSql));

    public void Dispose() => _services.Dispose();

    private async Task<Guid> AdminOfTheProvinceAsync(string email)
    {
        await using var scope = _services.CreateScope();
        var province = (await scope.ServiceProvider.GetRequiredService<IOrganizationUnitRepository>().FindByCodeAsync("04", new DateOnly(2020, 12, 31), false))!;
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TrainingUser>>();
        var user = new TrainingUser(Guid.CreateVersion7(), email, email, email);
        user.AssignOrganizationUnit(province.Id);
        (await users.CreateAsync(user, "Race@2020x")).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, TrainingRoles.Admin)).Succeeded.ShouldBeTrue();
        return user.Id;
    }

    private async Task<Exception?> SetRolesAsync(Guid id, string email, string role)
    {
        await using var scope = _services.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<IUserAdminAppService>();
        try
        {
            var current = await service.GetAsync(id);
            await service.UpdateAsync(id, new SaveUserDto
            {
                UserName = email, Email = email, DisplayName = email, Roles = [role], OrganizationUnitIds = current.OrganizationUnits.Select(u => u.Id).ToList(),
            });
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }

    private async Task<int> CountAdministratorsAsync()
    {
        await using var scope = _services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IUserRepository>().CountAdministratorsAsync(DateOnly.FromDateTime(DateTime.UtcNow));
    }

    [PostgresFact]
    public async Task Two_Admins_Demoting_Each_Other_At_Once_Leave_One_Administrator()
    {
        var first = await AdminOfTheProvinceAsync("first-admin@demo.local");
        var second = await AdminOfTheProvinceAsync("second-admin@demo.local");
        await _services.SignInAsAsync("first-admin@demo.local");
        (await SetRolesAsync((await IdOfAsync("admin@demo.local")), "admin@demo.local", TrainingRoles.Trainer)).ShouldBeNull();

        for (var round = 0; round < 5; round++)
        {
            var results = await Task.WhenAll(
                Task.Run(() => SetRolesAsync(first, "first-admin@demo.local", TrainingRoles.Trainer)),
                Task.Run(() => SetRolesAsync(second, "second-admin@demo.local", TrainingRoles.Trainer)));

            // Both requests are the first administrator's: when its own demotion commits before the other request is checked,
            // that one is refused as no longer allowed; else the lock makes it the demotion of the last administrator.
            results.Count(r => r is null).ShouldBe(1, $"round {round}: {string.Join(" | ", results.Select(r => r?.Message))}");
            results.OfType<TrainingException>().ShouldHaveSingleItem().Code.ShouldBeOneOf(TrainingErrorCodes.LastAdministrator, TrainingErrorCodes.Forbidden);
            (await CountAdministratorsAsync()).ShouldBe(1);
            // The one still an administrator restores the other for the next round.
            var (demoted, demotedEmail, survivorEmail) = results[0] is null
                ? (first, "first-admin@demo.local", "second-admin@demo.local")
                : (second, "second-admin@demo.local", "first-admin@demo.local");
            await _services.SignInAsAsync(survivorEmail);
            (await SetRolesAsync(demoted, demotedEmail, TrainingRoles.Admin)).ShouldBeNull();
            await _services.SignInAsAsync("first-admin@demo.local");
        }
    }

    private async Task<Guid> IdOfAsync(string email)
    {
        await using var scope = _services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<TrainingUser>>().FindByNameAsync(email))!.Id;
    }
}
