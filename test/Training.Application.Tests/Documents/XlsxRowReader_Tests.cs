using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Training.Documents;
using SheetText = DocumentFormat.OpenXml.Spreadsheet.Text;
using Xunit;

namespace Training.Application.Tests.Documents;

/// <summary>The streaming reader meets what Excel, LibreOffice and other writers put in a sheet, and reads each cell as a person would.</summary>
public class XlsxRowReader_Tests
{
    [Fact]
    public async Task Reads_shared_rich_inline_numeric_and_boolean_cells_by_column_and_row_number()
    {
        using var reader = await XlsxRowReader.OpenAsync(new MemoryStream(Workbook()), CancellationToken.None);

        var rows = reader.ReadRows().ToList();

        Assert.Equal([1, 2, 4, 5], rows.Select(r => r.RowNumber));
        Assert.Equal("Họ và tên", rows[0].Cells[1].Text);
        Assert.Equal("Nông Thị Hằng", rows[0].Cells[2].Text);
        Assert.Equal("Có", rows[0].Cells[4].Text);
        Assert.Equal([1, 2, 4], rows[0].Cells.Keys.Order());

        Assert.Equal("Bế Văn Dũng", rows[1].Cells[1].Text);
        Assert.Equal(44197d, rows[1].Cells[2].Number);
        Assert.Equal("1", rows[1].Cells[3].Text);
        Assert.Equal([1, 2, 3], rows[1].Cells.Keys.Order());

        Assert.Empty(rows[2].Cells);
        Assert.Equal("A5 without a reference", rows[3].Cells[1].Text);
        Assert.Equal("B5 without a reference", rows[3].Cells[2].Text);
    }

    private static byte[] Workbook()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable(
                new SharedStringItem(new SheetText("Họ và tên")),
                new SharedStringItem(new Run(new SheetText("Nông Thị ")), new Run(new SheetText("Hằng")), new PhoneticRun(new SheetText("ノン"))),
                new SharedStringItem(new SheetText("Có")));
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(new SheetData(
                new Row(
                    new Cell { CellReference = "A1", DataType = CellValues.SharedString, CellValue = new CellValue("0") },
                    new Cell { CellReference = "B1", DataType = CellValues.SharedString, CellValue = new CellValue("1") },
                    new Cell { CellReference = "C1" },
                    new Cell { CellReference = "D1", DataType = CellValues.SharedString, CellValue = new CellValue("2") }) { RowIndex = 1 },
                new Row(
                    new Cell
                    {
                        CellReference = "A2", DataType = CellValues.InlineString,
                        InlineString = new InlineString(new Run(new SheetText("Bế Văn ")), new Run(new SheetText("Dũng")), new PhoneticRun(new SheetText("ベ"))),
                    },
                    new Cell { CellReference = "B2", CellValue = new CellValue("44197") },
                    new Cell { CellReference = "C2", DataType = CellValues.Boolean, CellValue = new CellValue("1") },
                    new Cell { CellReference = "D2", DataType = CellValues.String, CellValue = new CellValue("   ") }) { RowIndex = 2 },
                new Row { RowIndex = 4 },
                new Row(
                    new Cell { DataType = CellValues.String, CellValue = new CellValue("A5 without a reference") },
                    new Cell { DataType = CellValues.String, CellValue = new CellValue("B5 without a reference") })));
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Sheet1" }));
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }
}
