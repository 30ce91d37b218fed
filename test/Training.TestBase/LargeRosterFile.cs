using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Training.Documents;
using Training.Rosters.Workbooks;

namespace Training;

/// <summary>A roster workbook of many generated people, written row by row (OpenXml's streaming writer), for the row
/// limit test and the import benchmark.</summary>
public static class LargeRosterFile
{
    private static readonly string[] FamilyNames = ["Nông", "Hoàng", "Lục", "Bế", "Đàm", "Lý", "Nguyễn", "Triệu", "Lương", "Hà"];
    private static readonly string[] MiddleNames = ["Thị", "Văn", "Đức", "Thu", "Minh"];
    private static readonly string[] GivenNames = ["Hằng", "Thắng", "Lan", "Đức", "Hoà", "Mai", "Tuấn", "Nga", "Dũng", "Ánh", "Phương", "Quý"];
    private static readonly string[] Ethnicities = ["Tày", "Nùng", "Mông", "Dao", "Kinh", "Sán Chay", "Lô Lô"];

    /// <param name="unitCodes">Codes to spread the people over (round robin).</param>
    public static byte[] Create(int rows, IReadOnlyList<string> unitCodes)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(sheetPart))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                WriteRow(writer, 1, StaffColumns.All.Take(10).ToArray());
                for (var i = 0; i < rows; i++)
                {
                    var name = $"{FamilyNames[i % 10]} {MiddleNames[i / 10 % 5]} {GivenNames[i / 50 % 12]} {Suffix(i)}";
                    WriteRow(writer, i + 2,
                    [
                        name, i % 2 == 0 ? "Nữ" : "Nam", $"{1 + (i % 28):00}/{1 + (i % 12):00}/{1960 + (i % 40)}", Ethnicities[i % 7],
                        (4_000_000_000L + i).ToString("000000000000", System.Globalization.CultureInfo.InvariantCulture),
                        "09" + (10_000_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)[..8], null,
                        unitCodes[i % unitCodes.Count], "Cộng tác viên", "Có",
                    ]);
                }

                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Danh sách cán bộ" }));
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    /// <summary>Letters from the row number, so that every generated name is different.</summary>
    private static string Suffix(int i)
    {
        const string letters = "ABCDEGHIKLMNOPQRSTUVXY";
        var suffix = string.Empty;
        for (var n = i; n > 0 || suffix.Length == 0; n /= letters.Length)
        {
            suffix = letters[n % letters.Length] + suffix;
        }

        return suffix;
    }

    private static void WriteRow(OpenXmlWriter writer, int number, string?[] values)
    {
        writer.WriteStartElement(new Row { RowIndex = (uint)number });
        for (var c = 0; c < values.Length; c++)
        {
            if (values[c] is { } value)
            {
                writer.WriteElement(new Cell
                {
                    CellReference = XlsxRowReader.ColumnName(c + 1) + number,
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(value)),
                });
            }
        }

        writer.WriteEndElement();
    }
}
