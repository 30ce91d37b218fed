using Moq;
using Training.OrganizationUnits;

namespace Training.Domain.Tests.OrganizationUnits;

public class OrganizationUnit_Tests
{
    private static readonly DateOnly From = new(2020, 3, 1);
    private static readonly DateOnly To = new(2025, 6, 30);

    private static async Task<OrganizationUnit> CreateAsync(string code, OrganizationUnitKind kind, OrganizationUnit? parent = null,
        DateOnly? validTo = null)
    {
        var repository = new Mock<IOrganizationUnitRepository>();
        return await new OrganizationUnitManager(repository.Object).CreateAsync(code, "Đơn vị", kind, parent, From, validTo);
    }

    [Fact]
    public async Task Is_Valid_From_First_Day_To_Last_Day_Inclusive()
    {
        var unit = await CreateAsync("051", OrganizationUnitKind.District, await CreateAsync("04", OrganizationUnitKind.Province), To);

        unit.IsValidOn(From.AddDays(-1)).ShouldBeFalse();
        unit.IsValidOn(From).ShouldBeTrue();
        unit.IsValidOn(To).ShouldBeTrue();
        unit.IsValidOn(To.AddDays(1)).ShouldBeFalse();
    }

    [Fact]
    public async Task Does_Not_End_Before_It_Begins()
    {
        var unit = await CreateAsync("04", OrganizationUnitKind.Province);

        Should.Throw<TrainingException>(() => unit.End(From.AddDays(-1))).Code.ShouldBe(TrainingErrorCodes.UnitValidityInvalid);
    }

    [Theory]
    [InlineData("CQ-SYT", OrganizationUnitKind.Commune)]
    [InlineData("01273", OrganizationUnitKind.Agency)]
    public async Task Keeps_Agency_Codes_Apart_From_Official_Codes(string code, OrganizationUnitKind kind)
    {
        var province = await CreateAsync("04", OrganizationUnitKind.Province);

        (await Should.ThrowAsync<TrainingException>(() => CreateAsync(code, kind, province))).Code.ShouldBe(TrainingErrorCodes.UnitCodeKindMismatch);
    }

    [Fact]
    public async Task Names_Its_Subtree_By_Path_Prefix()
    {
        var province = await CreateAsync("04", OrganizationUnitKind.Province);
        var district = await CreateAsync("051", OrganizationUnitKind.District, province);
        var commune = await CreateAsync("01654", OrganizationUnitKind.Commune, district);

        commune.Path.ShouldStartWith(province.Path, Case.Sensitive);
        commune.Path.ShouldStartWith(district.Path, Case.Sensitive);
        district.Path.StartsWith(commune.Path, StringComparison.Ordinal).ShouldBeFalse();
        commune.Depth.ShouldBe(3);
    }

    [Fact]
    public async Task Stores_Names_In_Composed_Unicode()
    {
        var repository = new Mock<IOrganizationUnitRepository>();
        var decomposed = "Hòa An".Normalize(System.Text.NormalizationForm.FormD);

        var unit = await new OrganizationUnitManager(repository.Object).CreateAsync("04", decomposed, OrganizationUnitKind.Province, null, From, null);

        unit.Name.ShouldBe("Hòa An".Normalize(System.Text.NormalizationForm.FormC));
    }
}
