using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Training.Rosters.Workbooks;

/// <summary>
/// The officer's own workbook with one more column, <see cref="StaffColumns.Errors"/>, filled on each bad row: they fix the
/// rows where they are and import the same file again. The sheet is rewritten row by row, so a large file stays cheap.
/// </summary>
public static class XlsxErrorReport
{
    /// <param name="errorColumn">Where the errors go: after the last header, or an error column an earlier report left.</param>
    public static async Task<byte[]> WriteAsync(Stream source, int headerRow, int errorColumn, IReadOnlyDictionary<int, string> errorsByRow,
        CancellationToken cancellationToken)
    {
        using var output = new MemoryStream();
        await source.CopyToAsync(output, cancellationToken);
        using (var document = SpreadsheetDocument.Open(output, true))
        {
            var workbook = document.WorkbookPart!;
            var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().First();
            var original = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            var rewritten = workbook.AddNewPart<WorksheetPart>();
            using (var reader = OpenXmlReader.Create(original))
            using (var writer = OpenXmlWriter.Create(rewritten))
            {
                while (reader.Read())
                {
                    if (reader.ElementType == typeof(Row) && reader.IsStartElement)
                    {
                        var row = (Row)reader.LoadCurrentElement()!;
                        var number = (int)(row.RowIndex?.Value ?? 0);
                        var text = number == headerRow ? StaffColumns.Errors : errorsByRow.GetValueOrDefault(number);
                        if (text is not null)
                        {
                            SetCell(row, errorColumn, number, text);
                        }

                        writer.WriteElement(row);
                    }
                    else if (reader.IsStartElement)
                    {
                        writer.WriteStartElement(reader);
                        if (typeof(OpenXmlLeafTextElement).IsAssignableFrom(reader.ElementType))
                        {
                            writer.WriteString(reader.GetText());
                        }
                    }
                    else if (reader.IsEndElement)
                    {
                        writer.WriteEndElement();
                    }
                }
            }

            sheet.Id = workbook.GetIdOfPart(rewritten);
            workbook.DeletePart(original);
            workbook.Workbook.Save();
        }

        return output.ToArray();
    }

    private static void SetCell(Row row, int column, int rowNumber, string text)
    {
        var reference = XlsxRowReader.ColumnName(column) + rowNumber;
        var cell = new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text)) };
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
