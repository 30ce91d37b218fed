using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Training.Auditing;
using Training.EntityFrameworkCore.Auditing;
using Training.Identity;
using Training.OrganizationUnits;

namespace Training.Application.Tests.Auditing;

public class AuditLog_Tests : IDisposable
{
    private readonly TrainingTestServices _services = new(TestDatabase.SqliteInMemory());

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task Records_Who_Changed_What_From_What_To_What()
    {
        await _services.SignInAsAsync("admin@demo.local");
        Guid unitId;
        await using (var scope = _services.CreateScope())
        {
            var units = scope.ServiceProvider.GetRequiredService<IOrganizationUnitAppService>();
            var unit = (await units.GetChildrenAsync(new("04", new DateOnly(2026, 1, 1), OrganizationUnitKind.Agency))).Single(u => u.Code == "CQ-CAT");
            unitId = unit.Id;
            await units.UpdateAsync(unit.Id, new UpdateOrganizationUnitDto { Name = "Công an tỉnh Cao Bằng", ValidFrom = unit.ValidFrom });
        }

        await using var read = _services.CreateScope();
        var entries = (await read.ServiceProvider.GetRequiredService<IAuditLogAppService>().GetListAsync(new GetAuditLogInput { EntityId = unitId.ToString() }))
            .Items;

        entries.Select(e => e.Action).ShouldBe([AuditAction.Updated, AuditAction.Created]);
        var entry = entries[0];
        entry.UserName.ShouldBe("admin@demo.local");
        entry.EntityType.ShouldBe(nameof(OrganizationUnit));
        var name = JsonDocument.Parse(entry.Changes).RootElement.GetProperty("Name");
        name.GetProperty("old").GetString().ShouldBe("Công an tỉnh");
        name.GetProperty("new").GetString().ShouldBe("Công an tỉnh Cao Bằng");
        entry.Changes.ShouldNotContain("ValidFrom");
    }

    [Fact]
    public async Task Nevers_Write_A_Password_Hash_Into_The_Log()
    {
        await _services.SignInAsAsync("admin@demo.local");
        await using (var scope = _services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<TrainingUser>>();
            var learner = (await users.FindByNameAsync("learner@demo.local"))!;
            (await users.RemovePasswordAsync(learner)).Succeeded.ShouldBeTrue();
            (await users.AddPasswordAsync(learner, "Moi@20201")).Succeeded.ShouldBeTrue();
        }

        await using var read = _services.CreateScope();
        var entries = (await read.ServiceProvider.GetRequiredService<IAuditLogAppService>().GetListAsync(new GetAuditLogInput { EntityType = nameof(TrainingUser) })).Items;

        entries.ShouldNotBeEmpty();
        entries.ShouldContain(e => e.Changes.Contains("\"PasswordHash\":\"" + AuditSaveChangesInterceptor.Mask + "\""));
        entries.ShouldAllBe(e => !e.Changes.Contains("AQAAAA"));
    }
}
