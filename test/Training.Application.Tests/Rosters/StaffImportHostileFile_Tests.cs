using System.IO.Compression;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Training.Rosters;
using Training.Rosters.Workbooks;

namespace Training.Application.Tests.Rosters;

/// <summary>Files that are not a roster, or are built to hurt: each gets a clear error and writes nothing.</summary>
public class StaffImportHostileFile_Tests(StaffImportHostileFile_Tests.Fixture fixture) : IClassFixture<StaffImportHostileFile_Tests.Fixture>
{
    public sealed class Fixture : IDisposable
    {
        public TrainingTestServices Services { get; } = new(TestDatabase.SqliteInMemory());

        public void Dispose() => Services.Dispose();
    }

    private async Task<TrainingException> RefusedAsync(byte[] file)
    {
        await fixture.Services.SignInAsAsync("officer@demo.local");
        await using var scope = fixture.Services.CreateScope();
        var error = await Should.ThrowAsync<TrainingException>(() => scope.ServiceProvider.GetRequiredService<IStaffWorkbookAppService>()
            .ImportAsync(new StaffImportRequest(new MemoryStream(file), false, StaffImportMode.ValidOnly, new DateOnly(2020, 12, 31))));
        var roster = await scope.ServiceProvider.GetRequiredService<IStaffMemberAppService>().GetListAsync(new GetStaffListInput { AsOf = new DateOnly(2020, 12, 31) });
        roster.TotalCount.ShouldBe(0);
        error.Kind.ShouldBe(TrainingErrorKind.BadRequest);
        return error;
    }

    [Fact]
    public async Task A_File_That_Is_Not_A_Workbook() =>
        (await RefusedAsync(Encoding.UTF8.GetBytes("Họ và tên;Mã đơn vị\nNông Thị Hằng;01654\n"))).Code.ShouldBe(TrainingErrorCodes.ImportFileNotXlsx);

    [Fact]
    public async Task A_Damaged_Workbook()
    {
        var bytes = new WorkbookBuilder(StaffColumns.All.ToArray()).ToBytes();

        (await RefusedAsync(bytes[..(bytes.Length / 2)])).Code.ShouldBe(TrainingErrorCodes.ImportFileNotXlsx);
    }

    [Fact]
    public async Task A_Zip_That_Is_Not_A_Workbook()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open());
            writer.Write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        }

        (await RefusedAsync(stream.ToArray())).Code.ShouldBe(TrainingErrorCodes.ImportFileNotXlsx);
    }

    [Fact]
    public async Task A_File_Over_20_MB() =>
        (await RefusedAsync(new byte[StaffMemberConsts.MaxImportFileBytes + 1])).Code.ShouldBe(TrainingErrorCodes.ImportFileTooLarge);

    [Fact]
    public async Task A_Zip_Bomb()
    {
        var bytes = new WorkbookBuilder(StaffColumns.All.ToArray()).Row("Nông Thị Hằng").ToBytes();
        using var stream = new MemoryStream();
        stream.Write(bytes);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("xl/media/padding.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 400; i++)
            {
                entry.Write(zeros);
            }
        }

        stream.Length.ShouldBeLessThan(StaffMemberConsts.MaxImportFileBytes);
        (await RefusedAsync(stream.ToArray())).Code.ShouldBe(TrainingErrorCodes.ImportFileUnsafe);
    }

    [Fact]
    public async Task Xml_With_A_Dtd()
    {
        var bytes = new WorkbookBuilder(StaffColumns.All.ToArray()).Row("Nông Thị Hằng", null, null, null, null, null, null, "01654", "Khác", "Có").ToBytes();
        using var stream = new MemoryStream();
        stream.Write(bytes);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var sheet = zip.GetEntry("xl/worksheets/sheet1.xml")!;
            string xml;
            using (var reader = new StreamReader(sheet.Open()))
            {
                xml = reader.ReadToEnd();
            }

            sheet.Delete();
            var body = xml[(xml.IndexOf("?>", StringComparison.Ordinal) + 2)..];
            using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open());
            writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE lol [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>" + body);
        }

        (await RefusedAsync(stream.ToArray())).Code.ShouldBe(TrainingErrorCodes.ImportFileUnsafe);
    }

    [Fact]
    public async Task A_Sheet_Without_A_Header_Row() =>
        (await RefusedAsync(new WorkbookBuilder().Row("Nông Thị Hằng", "Nữ", "01654").Row("Lục Văn Thành", "Nam", "01657").ToBytes()))
            .Code.ShouldBe(TrainingErrorCodes.ImportNoHeader);

    [Fact]
    public async Task A_Sheet_Missing_A_Required_Column()
    {
        var error = await RefusedAsync(new WorkbookBuilder(StaffColumns.FullName, StaffColumns.Gender, StaffColumns.UnitCode).Row("Nông Thị Hằng", "Nữ", "01654").ToBytes());

        error.Code.ShouldBe(TrainingErrorCodes.ImportMissingColumn);
        error.Arguments.ShouldHaveSingleItem().ShouldBe("Chức danh, Thuộc diện chỉ tiêu");
    }

    [Fact]
    public async Task More_Than_100000_Rows() =>
        (await RefusedAsync(LargeRosterFile.Create(StaffMemberConsts.MaxImportRows + 1, ["01654"]))).Code.ShouldBe(TrainingErrorCodes.ImportTooManyRows);
}
