using Moq;
using Training.OrganizationUnits;

namespace Training.Domain.Tests.OrganizationUnits;

public class OrganizationUnitManager_Tests
{
    private static readonly DateOnly From = new(2020, 3, 1);
    private readonly Mock<IOrganizationUnitRepository> _repository = new();
    private readonly OrganizationUnitManager _manager;

    public OrganizationUnitManager_Tests() => _manager = new OrganizationUnitManager(_repository.Object);

    [Fact]
    public async Task Does_Not_Create_A_Unit_Whose_Code_Another_Holds_On_The_Same_Dates()
    {
        _repository.Setup(r => r.IsCodeTakenAsync("01273", From, null, null, It.IsAny<CancellationToken>())).ReturnsAsync(true);

        var error = await Should.ThrowAsync<TrainingException>(() =>
            _manager.CreateAsync("01273", "Phường Thục Phán", OrganizationUnitKind.Province, null, From, null));

        error.Code.ShouldBe(TrainingErrorCodes.UnitCodeTaken);
        error.Kind.ShouldBe(TrainingErrorKind.Conflict);
        _repository.Verify(r => r.InsertAsync(It.IsAny<OrganizationUnit>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Gives_A_New_Child_The_Path_After_Its_Last_Sibling()
    {
        var province = await _manager.CreateAsync("04", "Tỉnh Cao Bằng", OrganizationUnitKind.Province, null, From, null);
        _repository.Setup(r => r.GetLastChildPathAsync(province.Id, It.IsAny<CancellationToken>())).ReturnsAsync(province.Path + "00009.");

        var district = await _manager.CreateAsync("051", "Huyện Hoà An", OrganizationUnitKind.District, province, From, null);

        district.Path.ShouldBe(province.Path + "00010.");
        district.ParentId.ShouldBe(province.Id);
        _repository.Verify(r => r.InsertAsync(district, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Does_Not_Put_A_District_Under_A_Commune()
    {
        var province = await _manager.CreateAsync("04", "Tỉnh Cao Bằng", OrganizationUnitKind.Province, null, From, null);
        var commune = await _manager.CreateAsync("01273", "Phường Thục Phán", OrganizationUnitKind.Commune, province, From, null);

        (await Should.ThrowAsync<TrainingException>(() =>
                _manager.CreateAsync("051", "Huyện Hoà An", OrganizationUnitKind.District, commune, From, null)))
            .Code.ShouldBe(TrainingErrorCodes.UnitKindNotAllowedUnderParent);
    }

    [Fact]
    public async Task Keeps_A_Child_Within_The_Dates_Of_Its_Parent()
    {
        var province = await _manager.CreateAsync("04", "Tỉnh Cao Bằng", OrganizationUnitKind.Province, null, From, null);
        var district = await _manager.CreateAsync("051", "Huyện Hoà An", OrganizationUnitKind.District, province, From, new DateOnly(2025, 6, 30));

        (await Should.ThrowAsync<TrainingException>(() =>
                _manager.CreateAsync("01654", "Thị trấn Nước Hai", OrganizationUnitKind.Commune, district, From, null)))
            .Code.ShouldBe(TrainingErrorCodes.UnitOutsideParentValidity);
    }

    [Fact]
    public async Task Links_A_Successor_Only_After_The_Predecessor_Ended()
    {
        var province = await _manager.CreateAsync("04", "Tỉnh Cao Bằng", OrganizationUnitKind.Province, null, From, null);
        var old = await _manager.CreateAsync("01273", "Phường Hợp Giang", OrganizationUnitKind.Commune, province, From, null);
        var merged = await _manager.CreateAsync("01279", "Phường Nùng Trí Cao", OrganizationUnitKind.Commune, province, new DateOnly(2025, 7, 1), null);

        (await Should.ThrowAsync<TrainingException>(() => _manager.AddSuccessorAsync(old, merged)))
            .Code.ShouldBe(TrainingErrorCodes.SuccessorMustStartAfterEnd);

        old.End(new DateOnly(2025, 6, 30));
        await _manager.AddSuccessorAsync(old, merged);

        _repository.Verify(r => r.InsertSuccessionAsync(
            It.Is<OrganizationUnitSuccession>(s => s.PredecessorId == old.Id && s.SuccessorId == merged.Id && s.EffectiveOn == new DateOnly(2025, 7, 1)),
            It.IsAny<CancellationToken>()), Times.Once);
    }
}
