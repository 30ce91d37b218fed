using Microsoft.Extensions.DependencyInjection;
using Training.OrganizationUnits;

namespace Training.Application.Tests.OrganizationUnits;

public class OrganizationUnitAppService_Tests : IDisposable
{
    private readonly TrainingTestServices _services = new(TestDatabase.SqliteInMemory());

    public void Dispose() => _services.Dispose();

    private async Task<T> AsAsync<T>(string email, Func<IOrganizationUnitAppService, Task<T>> call)
    {
        await _services.SignInAsAsync(email);
        await using var scope = _services.CreateScope();
        return await call(scope.ServiceProvider.GetRequiredService<IOrganizationUnitAppService>());
    }

    [Fact]
    public async Task Lists_The_Children_Valid_On_The_Date()
    {
        var districts = await AsAsync("reviewer@demo.local", s => s.GetChildrenAsync(new("04", new DateOnly(2020, 12, 31), OrganizationUnitKind.District)));
        var communes = await AsAsync("reviewer@demo.local", s => s.GetChildrenAsync(new("04", new DateOnly(2026, 1, 1), OrganizationUnitKind.Commune)));

        districts.Count.ShouldBe(10);
        communes.Count.ShouldBe(56);
        communes.ShouldAllBe(c => c.Kind == OrganizationUnitKind.Commune && c.ValidTo == null);
    }

    [Fact]
    public async Task Shows_An_Officer_Only_The_Way_Down_To_Its_District()
    {
        var children = await AsAsync("officer@demo.local", s => s.GetChildrenAsync(new("04", new DateOnly(2020, 12, 31), null)));

        children.ShouldHaveSingleItem().Code.ShouldBe("051");
    }

    [Fact]
    public async Task Lets_An_Officer_Read_Its_Own_Communes_Even_After_They_Ended()
    {
        var communes = await AsAsync("officer@demo.local", s => s.GetChildrenAsync(new("051", new DateOnly(2024, 1, 1), null)));

        communes.Count.ShouldBeGreaterThan(10);
        var detail = await AsAsync("officer@demo.local", s => s.GetAsync(communes[0].Id));
        detail.Successors.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Refuses_An_Officer_Another_District()
    {
        var error = await Should.ThrowAsync<TrainingException>(() =>
            AsAsync("officer@demo.local", s => s.GetChildrenAsync(new("047", new DateOnly(2020, 12, 31), null))));
        var trungKhanh = (await AsAsync("reviewer@demo.local", s => s.GetChildrenAsync(new("047", new DateOnly(2020, 12, 31), null))))[0];
        var detailError = await Should.ThrowAsync<TrainingException>(() => AsAsync("officer@demo.local", s => s.GetAsync(trungKhanh.Id)));

        error.Code.ShouldBe(TrainingErrorCodes.UnitOutOfScope);
        detailError.Kind.ShouldBe(TrainingErrorKind.Forbidden);
    }

    [Fact]
    public async Task Reads_A_Code_Without_Date_As_The_Unit_Valid_Today()
    {
        // District 051 (Hoà An) ended in 2025: without asOf its code still names it, as the most recent holder; nothing below it is valid today.
        var children = await AsAsync("reviewer@demo.local", s => s.GetChildrenAsync(new("051", null, null)));

        children.ShouldBeEmpty();
        (await Should.ThrowAsync<TrainingException>(() =>
            AsAsync("reviewer@demo.local", s => s.GetChildrenAsync(new("051", new DateOnly(2019, 1, 1), null))))).Code.ShouldBe(TrainingErrorCodes.UnitNotFound);
    }

    [Fact]
    public async Task Creates_A_Unit_Below_One_In_Scope_And_Refuse_A_Code_Already_Held()
    {
        var hoaAn = (await AsAsync("admin@demo.local", s => s.GetChildrenAsync(new("04", new DateOnly(2020, 12, 31), OrganizationUnitKind.District))))
            .Single(d => d.Code == "051");

        var created = await AsAsync("admin@demo.local", s => s.CreateAsync(new CreateOrganizationUnitDto
        {
            Code = "CQ-PLDTBXH-HOAAN", Name = "Phòng Lao động - TB&XH huyện Hoà An", Kind = OrganizationUnitKind.Agency,
            ParentId = hoaAn.Id, ValidFrom = new DateOnly(2020, 3, 1), ValidTo = new DateOnly(2025, 6, 30),
        }));
        var duplicate = await Should.ThrowAsync<TrainingException>(() => AsAsync("admin@demo.local", s => s.CreateAsync(new CreateOrganizationUnitDto
        {
            Code = "CQ-PLDTBXH-HOAAN", Name = "Trùng mã", Kind = OrganizationUnitKind.Agency, ParentId = hoaAn.Id,
            ValidFrom = new DateOnly(2024, 1, 1), ValidTo = new DateOnly(2025, 6, 30),
        })));

        created.ParentId.ShouldBe(hoaAn.Id);
        duplicate.Code.ShouldBe(TrainingErrorCodes.UnitCodeTaken);
        (await AsAsync("officer@demo.local", s => s.GetChildrenAsync(new("051", new DateOnly(2021, 1, 1), OrganizationUnitKind.Agency))))
            .ShouldHaveSingleItem().Code.ShouldBe("CQ-PLDTBXH-HOAAN");
    }

    [Fact]
    public async Task A_District_Admin_Cannot_Create_Outside_Its_District_And_An_Officer_Cannot_Create_At_All()
    {
        var trungKhanh = (await AsAsync("reviewer@demo.local", s => s.GetChildrenAsync(new("04", new DateOnly(2020, 12, 31), OrganizationUnitKind.District))))
            .Single(d => d.Code == "047");
        var input = new CreateOrganizationUnitDto
        {
            Code = "CQ-X", Name = "X", Kind = OrganizationUnitKind.Agency, ParentId = trungKhanh.Id, ValidFrom = new DateOnly(2021, 1, 1),
            ValidTo = new DateOnly(2025, 6, 30),
        };

        (await Should.ThrowAsync<TrainingException>(() => AsAsync("officer@demo.local", s => s.CreateAsync(input)))).Code.ShouldBe(TrainingErrorCodes.Forbidden);
        await _services.SignInAsDistrictAdminAsync();
        await using var scope = _services.CreateScope();
        (await Should.ThrowAsync<TrainingException>(() => scope.ServiceProvider.GetRequiredService<IOrganizationUnitAppService>().CreateAsync(input)))
            .Code.ShouldBe(TrainingErrorCodes.UnitOutOfScope);
    }
}
