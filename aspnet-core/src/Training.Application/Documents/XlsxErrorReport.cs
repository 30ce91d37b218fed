using DocumentFormat.OpenXml.Spreadsheet;

namespace Training.Documents;

/// <summary>
/// The user's own workbook with one more column, filled on each bad row: they fix the rows where they are and upload the
/// same file again. The sheet is rewritten row by row, so a large file stays cheap.
/// </summary>
public static class XlsxErrorReport
{
    /// <param name="header">The error column's header, written on <paramref name="headerRow"/>.</param>
    /// <param name="errorColumn">Where the errors go: after the last header, or an error column an earlier report left.</param>
    public static FileContentDto Create(string fileName, byte[] source, int headerRow, int errorColumn, string header,
        IReadOnlyDictionary<int, string> errorsByRow) =>
        new(fileName, ContentTypes.Xlsx, (output, cancellationToken) => XlsxSheetRewriter.WriteAsync(source, output, row =>
        {
            var number = (int)(row.RowIndex?.Value ?? 0);
            if ((number == headerRow ? header : errorsByRow.GetValueOrDefault(number)) is { } text)
            {
                SetCell(row, errorColumn, number, text);
            }
        }, appendRows: null, cancellationToken));

    private static void SetCell(Row row, int column, int rowNumber, string text)
    {
        var cell = XlsxCells.Text(XlsxRowReader.ColumnName(column) + rowNumber, text);
        var existing = row.Elements<Cell>().FirstOrDefault(c => c.CellReference?.Value is { } r && XlsxRowReader.ColumnIndex(r) >= column);
        if (existing is null)
        {
            row.AppendChild(cell);
        }
        else if (XlsxRowReader.ColumnIndex(existing.CellReference!.Value!) == column)
        {
            row.ReplaceChild(cell, existing);
        }
        else
        {
            row.InsertBefore(cell, existing);
        }
    }
}
