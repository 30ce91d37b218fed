using Microsoft.Extensions.DependencyInjection;
using Training.Rosters;
using Training.Rosters.Workbooks;
using C = Training.Rosters.Workbooks.StaffColumns;

namespace Training.Application.Tests.Rosters;

public class StaffWorkbook_Tests : IDisposable
{
    private static readonly DateOnly AsOf = new(2020, 12, 31);
    private static readonly string[] Headers = [.. C.All.Take(10)];
    private readonly TrainingTestServices _services = new(TestDatabase.SqliteInMemory());

    public void Dispose() => _services.Dispose();

    private async Task<T> AsOfficerAsync<T>(Func<IStaffWorkbookAppService, Task<T>> call, string email = "officer@demo.local")
    {
        await _services.SignInAsAsync(email);
        await using var scope = _services.CreateScope();
        return await call(scope.ServiceProvider.GetRequiredService<IStaffWorkbookAppService>());
    }

    private Task<StaffImportResultDto> ImportAsync(byte[] file, bool dryRun = false, StaffImportMode mode = StaffImportMode.AllOrNothing) =>
        AsOfficerAsync(s => s.ImportAsync(new StaffImportRequest(new MemoryStream(file), dryRun, mode, AsOf)));

    private async Task<List<StaffMemberDto>> RosterAsync()
    {
        await _services.SignInAsAsync("officer@demo.local");
        await using var scope = _services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<IStaffMemberAppService>().GetListAsync(new GetStaffListInput { AsOf = AsOf, PageSize = 1000 }))
            .Items.ToList();
    }

    private static byte[] GoodFile() => new WorkbookBuilder(Headers)
        .Row("Nông Thị Hằng", "Nữ", new DateOnly(1985, 7, 5), "Tày", "004185000123", "0912345678", "hang.nt@caobang.gov.vn", "01654 - Thị trấn Nước Hai", "Báo cáo viên", "Có")
        .Row("Lục Văn Thành", "Nam", "12/03/1979", "H'Mông", 4179000456d, 987654321d, null, "01657", "Cộng tác viên", "Có")
        .Row("Hoàng Thị Lan", "Nữ", null, "Nùng", null, null, null, "01660", "Truyền thông viên", "Không")
        .ToBytes();

    [Fact]
    public async Task Template_Has_The_Exact_Headers_Lists_And_Text_Columns()
    {
        var bytes = await AsOfficerAsync(async s => await (await s.GetTemplateAsync(AsOf)).ReadAllAsync());

        var rows = WorkbookBuilder.ReadFirstSheet(bytes, out var workbook);
        rows[0].ShouldBe(C.All.ToArray());
        workbook.GetSheetName(1).ShouldBe("Hướng dẫn");
        workbook.GetSheetAt(1).GetRow(0).GetCell(0).StringCellValue.ShouldBe("HƯỚNG DẪN ĐIỀN DANH SÁCH CÁN BỘ");
        var lists = workbook.GetSheet(StaffWorkbookWriter.ListSheetName);
        workbook.IsSheetHidden(workbook.GetSheetIndex(lists)).ShouldBeTrue();
        Enumerable.Range(1, 54).Select(r => lists.GetRow(r).GetCell(1).StringCellValue).ShouldContain("Mông");
        lists.GetRow(55)?.GetCell(1).ShouldBeNull();
        var unitEntries = Enumerable.Range(1, 40).Select(r => lists.GetRow(r)?.GetCell(2)?.StringCellValue).OfType<string>().ToList();
        unitEntries.ShouldContain("01654 - Thị trấn Nước Hai");
        unitEntries.ShouldNotContain(e => e.StartsWith("01447"));
        workbook.GetSheetAt(0).GetColumnStyle(C.All.ToList().IndexOf(C.NationalId)).GetDataFormatString().ShouldBe("@");
        ((NPOI.XSSF.UserModel.XSSFSheet)workbook.GetSheetAt(0)).GetDataValidations().Count.ShouldBe(5);
    }

    [Fact]
    public async Task Dry_Run_Then_Import_Then_Reimport_Changes_Nothing_The_Second_Time()
    {
        var dry = await ImportAsync(GoodFile(), dryRun: true);
        (await RosterAsync()).ShouldBeEmpty();

        var first = await ImportAsync(GoodFile());
        var second = await ImportAsync(GoodFile());

        dry.ShouldBe(new StaffImportResultDto(3, 3, 0, 0, []) { Committed = false }, new StaffImportResultComparer());
        first.Created.ShouldBe(3);
        first.Committed.ShouldBeTrue();
        second.Created.ShouldBe(0);
        second.Updated.ShouldBe(0);
        second.Unchanged.ShouldBe(3);
        var roster = await RosterAsync();
        roster.Count.ShouldBe(3);
        var thanh = roster.Single(p => p.FullName == "Lục Văn Thành");
        thanh.NationalId.ShouldBe("004179000456");
        thanh.Phone.ShouldBe("0987654321");
        thanh.Ethnicity.ShouldBe("Mông");
        thanh.BirthDate.ShouldBe(new DateOnly(1979, 3, 12));
        roster.Single(p => p.FullName == "Hoàng Thị Lan").InScope.ShouldBeFalse();
    }

    [Fact]
    public async Task A_Mixed_File_Reports_One_Error_Per_Bad_Row_And_Writes_Nothing()
    {
        var file = new WorkbookBuilder(Headers)
            .Row("Nông Thị Hằng", "Nữ", new DateOnly(1985, 7, 5), "Tày", "004185000123", null, null, "01654", "Báo cáo viên", "Có") // row 2: good
            .Row("Lục Văn Thành", "Nam", null, null, null, null, null, "99999", "Cộng tác viên", "Có")                         // row 3: unknown unit
            .Row("Hoàng Văn Tú", "Nam", null, null, null, null, null, "01447", "Cộng tác viên", "Có")                          // row 4: out of scope
            .Row("Bế Thị Mai", "Nữ", null, null, "004185000123", null, null, "01657", "Cộng tác viên", "Có")                   // row 5: duplicate CCCD
            .Row("Đàm Văn Hùng", "Nam", "31/02/1980", null, null, null, null, "01657", "Cộng tác viên", "Có")                   // row 6: bad date
            .Row(null, "Nữ", null, null, null, null, null, "01657", "Cộng tác viên", "Có")                                      // row 7: blank name
            .ToBytes();

        var result = await ImportAsync(file);

        result.Committed.ShouldBeFalse();
        result.TotalRows.ShouldBe(6);
        result.Errors.Select(e => (e.Row, e.Column, e.Code)).ShouldBe(
        [
            (3, C.UnitCode, TrainingErrorCodes.UnitNotFound),
            (4, C.UnitCode, TrainingErrorCodes.UnitOutOfScope),
            (5, C.NationalId, TrainingErrorCodes.ImportDuplicateInFile),
            (6, C.BirthDate, TrainingErrorCodes.ImportDateInvalid),
            (7, C.FullName, TrainingErrorCodes.StaffNameRequired),
        ]);
        result.Errors[0].Message.ShouldBe("Không có đơn vị nào mang mã 99999 vào ngày đó.");
        (await RosterAsync()).ShouldBeEmpty();

        var validOnly = await ImportAsync(file, mode: StaffImportMode.ValidOnly);
        validOnly.Committed.ShouldBeTrue();
        validOnly.Created.ShouldBe(1);
        (await RosterAsync()).ShouldHaveSingleItem().FullName.ShouldBe("Nông Thị Hằng");
    }

    [Theory]
    [InlineData(C.Gender, "Không rõ", TrainingErrorCodes.StaffGenderUnknown)]
    [InlineData(C.Ethnicity, "Kinh Bắc", TrainingErrorCodes.StaffEthnicityUnknown)]
    [InlineData(C.NationalId, "0041850001234", TrainingErrorCodes.StaffNationalIdInvalid)]
    [InlineData(C.Phone, "12345", TrainingErrorCodes.StaffPhoneInvalid)]
    [InlineData(C.Email, "hang@", TrainingErrorCodes.StaffEmailInvalid)]
    [InlineData(C.Role, "Giám đốc", TrainingErrorCodes.StaffRoleUnknown)]
    [InlineData(C.InScope, "Có lẽ", TrainingErrorCodes.StaffInScopeUnknown)]
    [InlineData(C.BirthDate, "01/01/2015", TrainingErrorCodes.StaffBirthDateInvalid)]
    [InlineData(C.UnitCode, null, TrainingErrorCodes.StaffUnitRequired)]
    [InlineData(C.StaffId, "0199e3c4-0000-7000-8000-000000000000", TrainingErrorCodes.ImportStaffIdUnknown)]
    [InlineData(C.EndDate, "01/01/2019", TrainingErrorCodes.StaffEndBeforeStart)]
    public async Task Each_Bad_Cell_Is_Named_By_Its_Row_Column_And_Code(string column, string? value, string code)
    {
        var headers = C.All.ToArray();
        var values = new object?[] { "Nông Thị Hằng", "Nữ", "05/07/1985", "Tày", "004185000123", "0912345678", "hang@caobang.gov.vn", "01654", "Báo cáo viên", "Có", null, null };
        values[Array.IndexOf(headers, column)] = value;

        var result = await ImportAsync(new WorkbookBuilder(headers).Row(values).ToBytes(), dryRun: true);

        result.Errors.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            e => e.Row.ShouldBe(2), e => e.Column.ShouldBe(column), e => e.Code.ShouldBe(code), e => e.Message.ShouldNotBeNullOrWhiteSpace());
    }

    [Fact]
    public async Task A_National_Id_Held_Outside_The_Officers_Scope_Is_Refused_Without_Naming_Its_Holder()
    {
        await AsOfficerAsync(s => s.ImportAsync(new StaffImportRequest(new WorkbookBuilder(Headers)
            .Row("Hoàng Văn Tú", "Nam", null, null, "004185000999", null, null, "01447", "Cộng tác viên", "Có").ToStream(), false, StaffImportMode.AllOrNothing, AsOf)),
            "admin@demo.local");

        var result = await ImportAsync(new WorkbookBuilder(Headers)
            .Row("Nông Thị Hằng", "Nữ", null, null, "004185000999", null, null, "01654", "Cộng tác viên", "Có").ToBytes(), dryRun: true);

        var error = result.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe(TrainingErrorCodes.StaffNationalIdTaken);
        error.Message.ShouldNotContain("Hoàng");
    }

    [Fact]
    public async Task Headers_Are_Found_By_Name_Whatever_Their_Order_And_Spelling()
    {
        var file = new WorkbookBuilder("chức danh", "MÃ ĐƠN VỊ", "Thuộc  diện chỉ tiêu", "Ho va ten", "Ghi chú riêng")
            .Row("Báo cáo viên", "01654", "Có", "Nông Thị Hằng", "bỏ qua cột này")
            .ToBytes();

        var result = await ImportAsync(file);

        result.Errors.ShouldBeEmpty();
        (await RosterAsync()).ShouldHaveSingleItem().Role.ShouldBe(StaffRole.Reporter);
    }

    [Fact]
    public async Task A_Blank_Cell_Keeps_The_Value_As_The_Template_Says_And_A_Filled_One_Changes_It()
    {
        await ImportAsync(GoodFile());
        var before = (await RosterAsync()).Single(p => p.FullName == "Nông Thị Hằng");

        var result = await ImportAsync(new WorkbookBuilder(Headers)
            .Row("Nông Thị Hằng", null, null, null, "004185000123", null, "hang.moi@caobang.gov.vn", null, null, null).ToBytes());

        result.Updated.ShouldBe(1);
        var after = (await RosterAsync()).Single(p => p.FullName == "Nông Thị Hằng");
        after.Email.ShouldBe("hang.moi@caobang.gov.vn");
        (after.Gender, after.BirthDate, after.Ethnicity, after.Phone, after.UnitCode, after.Role, after.InScope)
            .ShouldBe((before.Gender, before.BirthDate, before.Ethnicity, before.Phone, before.UnitCode, before.Role, before.InScope));
        after.Phone.ShouldBe("0912345678");
    }

    [Fact]
    public async Task A_Typo_Corrected_In_An_Exported_File_Updates_The_Person_Instead_Of_Adding_A_Twin()
    {
        await ImportAsync(new WorkbookBuilder(Headers)
            .Row("Nông Thị Hăng", "Nữ", new DateOnly(1985, 7, 5), "Tày", "004185000123", "0912345678", null, "01654", "Báo cáo viên", "Có").ToBytes());
        var exported = await AsOfficerAsync(async s => await (await s.GetExportAsync("051", AsOf)).ReadAllAsync());
        var rows = WorkbookBuilder.ReadFirstSheet(exported, out _);
        rows[1][0] = "Nông Thị Hằng";
        var edited = new WorkbookBuilder(rows[0]!).Row(rows[1].Cast<object?>().ToArray()).ToBytes();

        var result = await ImportAsync(edited);

        result.Updated.ShouldBe(1);
        result.Created.ShouldBe(0);
        (await RosterAsync()).ShouldHaveSingleItem().FullName.ShouldBe("Nông Thị Hằng");
    }

    [Fact]
    public async Task An_Export_Round_Trips_With_Diacritics_Leading_Zeros_And_Neutralised_Formulas()
    {
        await ImportAsync(new WorkbookBuilder(Headers)
            .Row("Nông Thị Hằng", "Nữ", new DateOnly(1985, 7, 5), "Tày", "004185000123", "0912345678", null, "01654", "Thành viên Đội kiểm tra liên ngành", "Có")
            .Row("=HYPERLINK(\"http://x\")", "Nam", null, null, null, null, null, "01657", "Khác", "Không")
            .Row("-Lục Văn Ba", "Nam", null, null, null, null, null, "01657", "Khác", "Không")
            .ToBytes());

        var exported = await AsOfficerAsync(async s => await (await s.GetExportAsync(null, AsOf)).ReadAllAsync());
        var rows = WorkbookBuilder.ReadFirstSheet(exported, out _);
        var reimport = await ImportAsync(exported);

        rows[0].ShouldBe(C.All.ToArray());
        var hang = rows.Single(r => r.Length > 0 && r[0] == "Nông Thị Hằng");
        hang[C.All.ToList().IndexOf(C.NationalId)].ShouldBe("004185000123");
        hang[C.All.ToList().IndexOf(C.Phone)].ShouldBe("0912345678");
        hang[C.All.ToList().IndexOf(C.Role)].ShouldBe("Thành viên Đội kiểm tra liên ngành");
        hang[C.All.ToList().IndexOf(C.BirthDate)].ShouldBe("05/07/1985");
        rows.ShouldContain(r => r.Length > 0 && r[0] == "'=HYPERLINK(\"http://x\")");
        rows.ShouldContain(r => r.Length > 0 && r[0] == "'-Lục Văn Ba");
        reimport.Errors.ShouldBeEmpty();
        reimport.Unchanged.ShouldBe(3);
        reimport.Created.ShouldBe(0);
    }

    [Fact]
    public async Task The_Error_Report_Is_The_Same_Workbook_With_An_Error_Column()
    {
        var file = new WorkbookBuilder(Headers)
            .Row("Nông Thị Hằng", "Nữ", null, null, null, null, null, "01654", "Báo cáo viên", "Có")
            .Row("Lục Văn Thành", "Nam", null, null, null, null, null, "99999", "Cộng tác viên", "Có")
            .ToBytes();
        var result = await ImportAsync(file, dryRun: true);

        var report = await AsOfficerAsync(async s => await (await s.GetErrorReportAsync("danh-sach.xlsx", new MemoryStream(file), result.Errors)).ReadAllAsync());

        var rows = WorkbookBuilder.ReadFirstSheet(report, out _);
        rows[0][10].ShouldBe(C.Errors);
        rows[1].Length.ShouldBe(10);
        rows[2][0].ShouldBe("Lục Văn Thành");
        rows[2][10].ShouldBe("Mã đơn vị: Không có đơn vị nào mang mã 99999 vào ngày đó.");
    }

    [Fact]
    public async Task A_Person_In_A_Unit_That_Ended_Round_Trips_After_The_Reorganisation()
    {
        await ImportAsync(GoodFile());
        var today = new DateOnly(2026, 1, 1);

        var exported = await AsOfficerAsync(async s => await (await s.GetExportAsync(null, today)).ReadAllAsync());
        var result = await AsOfficerAsync(s => s.ImportAsync(new StaffImportRequest(new MemoryStream(exported), true, StaffImportMode.AllOrNothing, today)));

        result.Errors.ShouldBeEmpty();
        result.Unchanged.ShouldBe(3);
    }

    private sealed class StaffImportResultComparer : IEqualityComparer<StaffImportResultDto>
    {
        public bool Equals(StaffImportResultDto? x, StaffImportResultDto? y) =>
            x!.TotalRows == y!.TotalRows && x.Created == y.Created && x.Updated == y.Updated && x.Unchanged == y.Unchanged
            && x.Committed == y.Committed && x.Errors.SequenceEqual(y.Errors);

        public int GetHashCode(StaffImportResultDto obj) => obj.TotalRows;
    }
}
