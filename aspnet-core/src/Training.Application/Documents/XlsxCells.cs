using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Training.Documents;

/// <summary>Cells as the application writes them into any workbook.</summary>
public static class XlsxCells
{
    /// <summary>A cell that begins with = + - @ would be read by Excel as a formula: a leading apostrophe keeps it text,
    /// and an import takes it off again.</summary>
    public static string Neutralise(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' ? "'" + text : text;

    /// <summary>A text cell for OpenXml's writer, inline (no shared-string table to keep) and neutralised.</summary>
    public static Cell Text(string reference, string text, uint? style = null) => new()
    {
        CellReference = reference, DataType = CellValues.InlineString, StyleIndex = style,
        InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(Neutralise(text)) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
    };

    /// <summary>A number cell, shown by <paramref name="style"/>'s format.</summary>
    public static Cell Number(string reference, decimal value, uint style) => new()
    {
        CellReference = reference, StyleIndex = style, CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)),
    };

    /// <summary>A date cell: Excel's serial day number, shown by a date <paramref name="style"/>.</summary>
    public static Cell Date(string reference, DateOnly date, uint style) => new()
    {
        CellReference = reference, StyleIndex = style,
        CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)),
    };
}
