using Microsoft.Extensions.DependencyInjection;
using Training.Rosters;

namespace Training.Application.Tests.Rosters;

public class StaffMemberAppService_Tests : IDisposable
{
    private static readonly DateOnly Joined = new(2020, 3, 6);
    private readonly TrainingTestServices _services = new(TestDatabase.SqliteInMemory());

    public void Dispose() => _services.Dispose();

    private async Task<T> AsAsync<T>(string email, Func<IStaffMemberAppService, Task<T>> call)
    {
        await _services.SignInAsAsync(email);
        await using var scope = _services.CreateScope();
        return await call(scope.ServiceProvider.GetRequiredService<IStaffMemberAppService>());
    }

    private Task<StaffMemberDto> CreateAsync(string fullName, string unitCode, string? nationalId = null, string? phone = null,
        string? ethnicity = null, StaffRole role = StaffRole.Collaborator) =>
        AsAsync("officer@demo.local", s => s.CreateAsync(new CreateStaffMemberDto
        {
            FullName = fullName, UnitCode = unitCode, NationalId = nationalId, Phone = phone, Ethnicity = ethnicity, Role = role,
            Gender = Gender.Female, BirthDate = new DateOnly(1985, 7, 5), ActiveFrom = Joined,
        }));

    [Fact]
    public async Task Keeps_A_Person_With_The_Leading_Zeros_Of_Their_Ids()
    {
        var created = await CreateAsync("  Nông   Thị Hằng ", "01654", nationalId: "004185000123", phone: "912 345 678", ethnicity: "Tày");

        var read = await AsAsync("officer@demo.local", s => s.GetAsync(created.Id));

        read.FullName.ShouldBe("Nông Thị Hằng");
        read.NationalId.ShouldBe("004185000123");
        read.Phone.ShouldBe("0912345678");
        read.Ethnicity.ShouldBe("Tày");
        read.UnitCode.ShouldBe("01654");
        read.UnitName.ShouldBe("Thị trấn Nước Hai");
        read.ActiveTo.ShouldBeNull();
    }

    [Fact]
    public async Task The_Api_Keeps_Absent_Fields_Clears_Empty_Texts_And_Named_Fields_And_Refuses_A_Field_Both_Set_And_Cleared()
    {
        var created = await CreateAsync("Nông Thị Hằng", "01654", nationalId: "004185000123", phone: "0912345678", ethnicity: "Tày");

        var updated = await AsAsync("officer@demo.local", s => s.UpdateAsync(created.Id,
            new UpdateStaffMemberDto { Phone = "", Email = "hang@caobang.gov.vn", Clear = ["gender", "BirthDate"] }));
        var unknown = await Should.ThrowAsync<TrainingException>(() => AsAsync("officer@demo.local", s => s.UpdateAsync(created.Id,
            new UpdateStaffMemberDto { Clear = ["fullName"] })));
        var both = await Should.ThrowAsync<TrainingException>(() => AsAsync("officer@demo.local", s => s.UpdateAsync(created.Id,
            new UpdateStaffMemberDto { Gender = Gender.Male, Clear = ["gender"] })));

        (updated.Phone, updated.Email, updated.Gender, updated.BirthDate).ShouldBe((null, "hang@caobang.gov.vn", null, null));
        (updated.FullName, updated.NationalId, updated.Ethnicity, updated.Role).ShouldBe(("Nông Thị Hằng", "004185000123", "Tày", StaffRole.Collaborator));
        (unknown.Code, unknown.Field).ShouldBe((TrainingErrorCodes.ClearFieldUnknown, "clear"));
        (both.Code, both.Field).ShouldBe((TrainingErrorCodes.ClearFieldWithValue, "gender"));
    }

    [Fact]
    public async Task Hides_National_Id_And_Ethnicity_From_A_Trainer_And_Mask_The_Phone()
    {
        var created = await CreateAsync("Nông Thị Hằng", "01654", nationalId: "004185000123", phone: "0912345678", ethnicity: "Tày");

        var seen = await AsAsync("trainer@demo.local", s => s.GetAsync(created.Id));

        seen.FullName.ShouldBe("Nông Thị Hằng");
        seen.NationalId.ShouldBeNull();
        seen.Ethnicity.ShouldBeNull();
        seen.Phone.ShouldBe("•••••••678");
        (await Should.ThrowAsync<TrainingException>(() => AsAsync("trainer@demo.local", s => s.UpdateAsync(created.Id,
            new UpdateStaffMemberDto { NationalId = "004185000999" })))).Kind.ShouldBe(TrainingErrorKind.Forbidden);
    }

    [Fact]
    public async Task Keeps_An_Officer_Out_Of_Another_Districts_Roster()
    {
        await _services.SignInAsAsync("admin@demo.local");
        StaffMemberDto trungKhanh;
        await using (var scope = _services.CreateScope())
        {
            trungKhanh = await scope.ServiceProvider.GetRequiredService<IStaffMemberAppService>().CreateAsync(new CreateStaffMemberDto
            {
                FullName = "Hoàng Văn Tú", UnitCode = "01447", Role = StaffRole.Reporter, ActiveFrom = Joined,
            });
        }

        (await Should.ThrowAsync<TrainingException>(() => AsAsync("officer@demo.local", s => s.GetAsync(trungKhanh.Id)))).Code.ShouldBe(TrainingErrorCodes.UnitOutOfScope);
        (await Should.ThrowAsync<TrainingException>(() => AsAsync("officer@demo.local", s => s.UpdateAsync(trungKhanh.Id, new UpdateStaffMemberDto { FullName = "X" }))))
            .Code.ShouldBe(TrainingErrorCodes.UnitOutOfScope);
        (await Should.ThrowAsync<TrainingException>(() => AsAsync("officer@demo.local", s => s.CreateAsync(new CreateStaffMemberDto
        {
            FullName = "Nông Văn Ba", UnitCode = "01447", ActiveFrom = Joined,
        })))).Code.ShouldBe(TrainingErrorCodes.UnitOutOfScope);
        (await AsAsync("officer@demo.local", s => s.GetListAsync(new GetStaffListInput { AsOf = Joined }))).Items.ShouldNotContain(p => p.Id == trungKhanh.Id);
        (await Should.ThrowAsync<TrainingException>(() => AsAsync("officer@demo.local", s => s.GetListAsync(new GetStaffListInput { UnitCode = "047", AsOf = Joined }))))
            .Kind.ShouldBe(TrainingErrorKind.Forbidden);
    }

    [Fact]
    public async Task Refuses_A_National_Id_Another_Person_Holds()
    {
        await CreateAsync("Nông Thị Hằng", "01654", nationalId: "004185000123");

        (await Should.ThrowAsync<TrainingException>(() => CreateAsync("Lục Văn Minh", "01657", nationalId: "4185000123"))).Code
            .ShouldBe(TrainingErrorCodes.StaffNationalIdTaken);
    }

    [Fact]
    public async Task Finds_Names_Whatever_Their_Case_Marks_And_Tone_Placement()
    {
        await CreateAsync("Đặng Thị Hòa", "01654");
        await CreateAsync("Lý Văn Hoà", "01657");
        await CreateAsync("Nông Văn Hải", "01657");

        var hoa = await AsAsync("officer@demo.local", s => s.GetListAsync(new GetStaffListInput { Search = "HOA", AsOf = Joined }));
        var dang = await AsAsync("officer@demo.local", s => s.GetListAsync(new GetStaffListInput { Search = "dang thi", AsOf = Joined }));

        hoa.Items.Select(p => p.FullName).ShouldBe(["Đặng Thị Hòa", "Lý Văn Hoà"], ignoreOrder: true);
        dang.Items.ShouldHaveSingleItem().FullName.ShouldBe("Đặng Thị Hòa");
    }

    [Fact]
    public async Task Sorts_By_Given_Name_In_Vietnamese_Letter_Order()
    {
        foreach (var name in new[] { "Nguyễn Văn Đức", "Bế Thị Dung", "Lục Văn An", "Trần Thị Ánh", "Hoàng Văn Đức", "Nông Thị Ấm", "Đàm Văn Em" })
        {
            await CreateAsync(name, "01654");
        }

        var list = await AsAsync("officer@demo.local", s => s.GetListAsync(new GetStaffListInput { UnitCode = "01654", AsOf = Joined }));

        // a < á (tones after the bare letter) < ă < â … d < đ; same given name: by family and middle names.
        list.Items.Select(p => p.FullName).ShouldBe(
            ["Lục Văn An", "Trần Thị Ánh", "Nông Thị Ấm", "Bế Thị Dung", "Hoàng Văn Đức", "Nguyễn Văn Đức", "Đàm Văn Em"]);
    }

    [Fact]
    public async Task Counts_A_Person_Where_They_Were_On_The_Date()
    {
        var created = await CreateAsync("Nông Thị Hằng", "01654");
        await AsAsync("officer@demo.local", s => s.UpdateAsync(created.Id, new UpdateStaffMemberDto { UnitCode = "01657", MovedOn = new DateOnly(2021, 1, 1) }));

        var before = await AsAsync("officer@demo.local", s => s.GetListAsync(new GetStaffListInput { UnitCode = "01654", AsOf = new DateOnly(2020, 12, 31) }));
        var after = await AsAsync("officer@demo.local", s => s.GetListAsync(new GetStaffListInput { UnitCode = "01657", AsOf = new DateOnly(2021, 1, 1) }));

        before.Items.ShouldHaveSingleItem().UnitCode.ShouldBe("01654");
        after.Items.ShouldHaveSingleItem().UnitCode.ShouldBe("01657");
    }

    [Fact]
    public async Task Deactivates_Without_Deleting()
    {
        var created = await CreateAsync("Nông Thị Hằng", "01654");

        await AsAsync("officer@demo.local", async s =>
        {
            await s.DeactivateAsync(created.Id, new DateOnly(2020, 12, 31));
            return 0;
        });

        (await AsAsync("officer@demo.local", s => s.GetAsync(created.Id))).ActiveTo.ShouldBe(new DateOnly(2020, 12, 31));
        (await AsAsync("officer@demo.local", s => s.GetListAsync(new GetStaffListInput { AsOf = new DateOnly(2021, 1, 1) }))).TotalCount.ShouldBe(0);
        (await AsAsync("officer@demo.local", s => s.GetListAsync(new GetStaffListInput { AsOf = new DateOnly(2021, 1, 1), IncludeInactive = true }))).TotalCount.ShouldBe(1);
    }

    [Fact]
    public async Task Masks_National_Id_And_Ethnicity_In_The_Audit_Log()
    {
        var created = await CreateAsync("Nông Thị Hằng", "01654", nationalId: "004185000123", ethnicity: "Nùng", phone: "0912345678");

        await _services.SignInAsAsync("admin@demo.local");
        await using var scope = _services.CreateScope();
        var log = await scope.ServiceProvider.GetRequiredService<Training.Auditing.IAuditLogAppService>()
            .GetListAsync(new Training.Auditing.GetAuditLogInput { EntityId = created.Id.ToString() });

        var entry = log.Items.ShouldHaveSingleItem();
        entry.UserName.ShouldBe("officer@demo.local");
        entry.Changes.ShouldContain("Nông Thị Hằng");
        entry.Changes.ShouldNotContain("004185000123");
        entry.Changes.ShouldNotContain("Nùng");
        entry.Changes.ShouldNotContain("0912345678");
    }
}
