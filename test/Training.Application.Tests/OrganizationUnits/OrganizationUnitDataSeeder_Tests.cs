using Microsoft.Extensions.DependencyInjection;
using Training.OrganizationUnits;

namespace Training.Application.Tests.OrganizationUnits;

public class OrganizationUnitDataSeeder_Tests(OrganizationUnitDataSeeder_Tests.Fixture fixture) : IClassFixture<OrganizationUnitDataSeeder_Tests.Fixture>
{
    public sealed class Fixture() : IDisposable
    {
        public TrainingTestServices Services { get; } = new(TestDatabase.SqliteInMemory());

        public void Dispose() => Services.Dispose();
    }

    [Fact]
    public async Task Seeds_Cao_Bang_Of_2020_With_10_Districts_And_161_Communes()
    {
        await using var scope = fixture.Services.CreateScope();
        var units = scope.ServiceProvider.GetRequiredService<IOrganizationUnitRepository>();
        var asOf = new DateOnly(2020, 12, 31);
        var province = (await units.FindByCodeAsync("04", asOf, false))!;

        var districts = await units.GetChildrenAsync(province.Id, asOf, OrganizationUnitKind.District);
        var communes = 0;
        foreach (var district in districts)
        {
            communes += (await units.GetChildrenAsync(district.Id, asOf, OrganizationUnitKind.Commune)).Count;
        }

        districts.Count.ShouldBe(10);
        districts.Select(d => d.Name).ShouldContain("Huyện Hoà An");
        districts.Select(d => d.Name).ShouldContain("Huyện Trùng Khánh");
        communes.ShouldBe(161);
    }

    [Fact]
    public async Task Seeds_The_56_Communes_Of_Today_Directly_Under_The_Province()
    {
        await using var scope = fixture.Services.CreateScope();
        var units = scope.ServiceProvider.GetRequiredService<IOrganizationUnitRepository>();
        var asOf = new DateOnly(2026, 1, 1);
        var province = (await units.FindByCodeAsync("04", asOf, false))!;

        (await units.GetChildrenAsync(province.Id, asOf, OrganizationUnitKind.Commune)).Count.ShouldBe(56);
        (await units.GetChildrenAsync(province.Id, asOf, OrganizationUnitKind.District)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Reads_A_Reused_Code_By_Its_Date()
    {
        await using var scope = fixture.Services.CreateScope();
        var units = scope.ServiceProvider.GetRequiredService<IOrganizationUnitRepository>();

        var before = (await units.FindByCodeAsync("01273", new DateOnly(2025, 6, 30), false))!;
        var after = (await units.FindByCodeAsync("01273", new DateOnly(2025, 7, 1), false))!;

        before.Name.ShouldBe("Phường Hợp Giang");
        after.Name.ShouldBe("Phường Thục Phán");
        (await units.GetSuccessionsAsync(after.Id)).Where(s => s.SuccessorId == after.Id).Count().ShouldBe(5);
        (await units.GetSuccessionsAsync(before.Id)).ShouldHaveSingleItem().SuccessorId.ShouldBe(after.Id);
    }

    [Fact]
    public async Task Links_Every_Commune_Of_2020_To_One_Of_Today()
    {
        await using var scope = fixture.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EntityFrameworkCore.TrainingDbContext>();

        var ended = db.OrganizationUnits.Where(u => u.Kind == OrganizationUnitKind.Commune && u.ValidTo == new DateOnly(2025, 6, 30)).Select(u => u.Id).ToList();
        var linked = db.OrganizationUnitSuccessions.Select(s => s.PredecessorId).ToHashSet();

        ended.Count.ShouldBe(161);
        ended.ShouldAllBe(id => linked.Contains(id));
    }

    [Fact]
    public async Task Seeds_The_Agencies_Of_The_Plan_With_Their_Own_Dates()
    {
        await using var scope = fixture.Services.CreateScope();
        var units = scope.ServiceProvider.GetRequiredService<IOrganizationUnitRepository>();

        var dolisa = (await units.FindByCodeAsync("CQ-SLDTBXH", new DateOnly(2020, 3, 6), false))!;
        var police = (await units.FindByCodeAsync("CQ-CAT", new DateOnly(2026, 1, 1), false))!;

        dolisa.Kind.ShouldBe(OrganizationUnitKind.Agency);
        dolisa.Name.ShouldBe("Sở Lao động - Thương binh và Xã hội");
        dolisa.IsValidOn(new DateOnly(2025, 3, 1)).ShouldBeFalse();
        (await units.FindByCodeAsync("CQ-SNV", new DateOnly(2025, 3, 1), false)).ShouldNotBeNull();
        police.Name.ShouldBe("Công an tỉnh");
        (await units.FindByCodeAsync("CQ-SVHTTDL", new DateOnly(2026, 1, 1), false))!.Name.ShouldBe("Sở Văn hóa, Thể thao và Du lịch");
    }

    [Fact]
    public async Task Seeds_Only_Once()
    {
        await using var scope = fixture.Services.CreateScope();
        var seeder = scope.ServiceProvider.GetRequiredService<OrganizationUnitDataSeeder>();
        var db = scope.ServiceProvider.GetRequiredService<EntityFrameworkCore.TrainingDbContext>();
        var before = db.OrganizationUnits.Count();

        (await seeder.SeedAsync()).ShouldBeFalse();
        await db.SaveChangesAsync();

        db.OrganizationUnits.Count().ShouldBe(before);
    }
}
