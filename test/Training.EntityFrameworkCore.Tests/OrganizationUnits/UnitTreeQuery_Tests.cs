using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Training.EntityFrameworkCore;
using Training.OrganizationUnits;

namespace Training.EntityFrameworkCore.Tests.OrganizationUnits;

/// <summary>The queries the tree is read with, on each engine: dated children, dated codes, subtrees by path prefix.</summary>
public class UnitTreeQuery_Tests
{
    [Fact]
    public Task Answers_Tree_Queries_On_Sqlite() => AssertTreeQueriesAsync(TestDatabase.SqliteInMemory());

    [PostgresFact]
    public Task Answers_Tree_Queries_On_PostgreSql() => AssertTreeQueriesAsync(TestDatabase.Postgres());

    private static async Task AssertTreeQueriesAsync(TestDatabase database)
    {
        using var services = new TrainingTestServices(database);
        await using var scope = services.CreateScope();
        var units = scope.ServiceProvider.GetRequiredService<IOrganizationUnitRepository>();
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();

        var province = (await units.FindByCodeAsync("04", new DateOnly(2020, 12, 31), false))!;
        var hoaAn = (await units.FindByCodeAsync("051", new DateOnly(2020, 12, 31), false))!;
        (await units.GetChildrenAsync(province.Id, new DateOnly(2020, 12, 31), OrganizationUnitKind.District)).Count.ShouldBe(10);
        (await units.GetChildrenAsync(province.Id, new DateOnly(2026, 1, 1), OrganizationUnitKind.Commune)).Count.ShouldBe(56);
        (await units.FindByCodeAsync("01273", new DateOnly(2026, 1, 1), false))!.Name.ShouldBe("Phường Thục Phán");
        (await units.FindByCodeAsync("01273", new DateOnly(2024, 1, 1), false))!.Name.ShouldBe("Phường Hợp Giang");
        (await units.FindByCodeAsync("051", new DateOnly(2026, 1, 1), fallBackToLatest: true))!.Id.ShouldBe(hoaAn.Id);

        // A subtree at any date is one prefix scan of the path, ended units included.
        var hoaAnSubtree = await db.OrganizationUnits.CountAsync(u => u.Path.StartsWith(hoaAn.Path));
        var hoaAnCommunes = (await units.GetAllChildrenAsync(hoaAn.Id)).Count;
        hoaAnSubtree.ShouldBe(1 + hoaAnCommunes);
        (await db.OrganizationUnits.CountAsync(u => u.Path.StartsWith(province.Path))).ShouldBe(await db.OrganizationUnits.CountAsync());
        (await db.OrganizationUnits.CountAsync(u => u.Kind == OrganizationUnitKind.Commune)).ShouldBe(161 + 56);

        (await units.IsCodeTakenAsync("01273", new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), null)).ShouldBeTrue();
        (await units.IsCodeTakenAsync("01267", new DateOnly(2025, 7, 1), null, null)).ShouldBeFalse();

        // Accounts of a subtree: every assigned unit inside it (a NOT EXISTS over a path-prefix subquery).
        await services.SignInAsDistrictAdminAsync();
        await using var districtScope = services.CreateScope();
        (await districtScope.ServiceProvider.GetRequiredService<Training.Identity.IUserAdminAppService>().GetListAsync(new Training.Identity.GetUserListInput()))
            .Items.Select(u => u.UserName).ShouldBe(["learner@demo.local", "officer@demo.local", TrainingTestServices.DistrictAdmin], ignoreOrder: true);
    }
}
