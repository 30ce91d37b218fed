using NPOI.SS.UserModel;
using NPOI.XSSF.UserModel;

namespace Training;

/// <summary>Writes an .xlsx as an officer's Excel would: a header row, then rows of text, numbers and dates.</summary>
public sealed class WorkbookBuilder
{
    private readonly XSSFWorkbook _workbook = new();
    private readonly ISheet _sheet;
    private readonly ICellStyle _date;
    private int _next;

    public WorkbookBuilder(params string[] headers)
    {
        _sheet = _workbook.CreateSheet("Danh sách cán bộ");
        _date = _workbook.CreateCellStyle();
        _date.DataFormat = _workbook.CreateDataFormat().GetFormat("dd/mm/yyyy");
        if (headers.Length > 0)
        {
            Row(headers);
        }
    }

    /// <summary>One row; a string is a text cell, a number a number cell, a DateOnly a date cell, null an empty cell.</summary>
    public WorkbookBuilder Row(params object?[] values)
    {
        var row = _sheet.CreateRow(_next++);
        for (var i = 0; i < values.Length; i++)
        {
            switch (values[i])
            {
                case null:
                    break;
                case string text:
                    row.CreateCell(i).SetCellValue(text);
                    break;
                case DateOnly date:
                    var cell = row.CreateCell(i);
                    cell.SetCellValue(date.ToDateTime(TimeOnly.MinValue));
                    cell.CellStyle = _date;
                    break;
                default:
                    row.CreateCell(i).SetCellValue(Convert.ToDouble(values[i], System.Globalization.CultureInfo.InvariantCulture));
                    break;
            }
        }

        return this;
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        _workbook.Write(stream);
        return stream.ToArray();
    }

    public MemoryStream ToStream() => new(ToBytes());

    /// <summary>The first sheet of a workbook as text rows, for reading back what the application wrote.</summary>
    public static List<string?[]> ReadFirstSheet(byte[] xlsx, out IWorkbook workbook)
    {
        workbook = new XSSFWorkbook(new MemoryStream(xlsx));
        var sheet = workbook.GetSheetAt(0);
        var rows = new List<string?[]>();
        for (var r = 0; r <= sheet.LastRowNum; r++)
        {
            var row = sheet.GetRow(r);
            rows.Add(row is null ? [] : Enumerable.Range(0, Math.Max((int)row.LastCellNum, 0)).Select(c => Text(row.GetCell(c))).ToArray());
        }

        return rows;
    }

    private static string? Text(ICell? cell) => cell?.CellType switch
    {
        CellType.String => cell.StringCellValue,
        CellType.Numeric when DateUtil.IsCellDateFormatted(cell) => DateOnly.FromDateTime(cell.DateCellValue).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
        CellType.Numeric => cell.NumericCellValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };
}
