using Moq;
using Training.OrganizationUnits;

namespace Training.Domain.Tests.OrganizationUnits;

/// <summary>Where an ended unit's staff go on a date: what the move action places them by and coverage counts them by.</summary>
public class UnitsOnDate_Tests
{
    private static readonly DateOnly From = new(2020, 3, 1);
    private static readonly DateOnly LastDay2025 = new(2025, 6, 30);
    private static readonly DateOnly July2025 = new(2025, 7, 1);
    private readonly OrganizationUnitManager _manager = new(new Mock<IOrganizationUnitRepository>().Object);
    private readonly List<OrganizationUnit> _units = [];
    private readonly List<OrganizationUnitSuccession> _successions = [];

    private async Task<OrganizationUnit> UnitAsync(string code, OrganizationUnitKind kind, OrganizationUnit? parent, DateOnly from, DateOnly? to)
    {
        var unit = await _manager.CreateAsync(code, "Đơn vị " + code, kind, parent, from, to);
        _units.Add(unit);
        return unit;
    }

    private void Succeed(OrganizationUnit predecessor, OrganizationUnit successor) =>
        _successions.Add(new OrganizationUnitSuccession(predecessor.Id, successor.Id, successor.ValidFrom));

    private UnitsOnDate On(DateOnly date) => new(_units, _successions, date);

    [Fact]
    public async Task Follows_A_Chain_Of_Merges_To_The_Successor_Valid_On_The_Date()
    {
        var province = await UnitAsync("04", OrganizationUnitKind.Province, null, From, null);
        var old = await UnitAsync("01309", OrganizationUnitKind.Commune, province, From, LastDay2025);
        var merged = await UnitAsync("01290", OrganizationUnitKind.Commune, province, July2025, new DateOnly(2026, 12, 31));
        var mergedAgain = await UnitAsync("01291", OrganizationUnitKind.Commune, province, new DateOnly(2027, 1, 1), null);
        Succeed(old, merged);
        Succeed(merged, mergedAgain);

        On(new DateOnly(2025, 12, 31)).SuccessorsOf(old.Id).ShouldBe([merged]);
        On(new DateOnly(2027, 3, 1)).SuccessorsOf(old.Id).ShouldBe([mergedAgain]);
        On(new DateOnly(2027, 3, 1)).CountsUnder(old.Id).ShouldBe(mergedAgain);
        On(new DateOnly(2025, 6, 30)).SuccessorsOf(old.Id).ShouldBeEmpty();
        On(new DateOnly(2025, 6, 30)).CountsUnder(old.Id).ShouldBe(old);
    }

    [Fact]
    public async Task Names_Every_Successor_Of_A_Split_And_Counts_Its_Staff_Under_The_Nearest_Ancestor_Meanwhile()
    {
        var province = await UnitAsync("04", OrganizationUnitKind.Province, null, From, null);
        var district = await UnitAsync("042", OrganizationUnitKind.District, province, From, LastDay2025);
        var split = await UnitAsync("99901", OrganizationUnitKind.Commune, district, From, LastDay2025);
        var east = await UnitAsync("99902", OrganizationUnitKind.Commune, province, July2025, null);
        var west = await UnitAsync("99903", OrganizationUnitKind.Commune, province, July2025, null);
        Succeed(split, east);
        Succeed(split, west);

        var tree = On(new DateOnly(2025, 12, 31));

        tree.SuccessorsOf(split.Id).ShouldBe([east, west], ignoreOrder: true);
        tree.CountsUnder(split.Id).ShouldBe(province);
        tree.SuccessorsOf(district.Id).ShouldBeEmpty();
        tree.CountsUnder(district.Id).ShouldBe(province);
    }
}
