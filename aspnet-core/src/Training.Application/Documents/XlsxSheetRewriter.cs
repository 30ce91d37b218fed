using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Training.Documents;

/// <summary>
/// Rewrites the first sheet of a workbook row by row with OpenXml's streaming reader and writer, so that neither a large
/// upload nor a large export is ever held as a document model: each existing row may be changed on its way through, and
/// new rows written at the end of the sheet's data. Everything else in the sheet (widths, validations, frozen panes) is kept.
/// </summary>
public static class XlsxSheetRewriter
{
    /// <summary>
    /// Copies <paramref name="source"/> into a temporary file (the package needs a seekable stream), rewrites its first sheet
    /// there, and streams the result to <paramref name="output"/>.
    /// </summary>
    public static async Task WriteAsync(Stream source, Stream output, Action<Row>? eachRow, Action<OpenXmlWriter>? appendRows,
        CancellationToken cancellationToken)
    {
        await using var buffer = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await source.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        using (var document = SpreadsheetDocument.Open(buffer, true))
        {
            Rewrite(document, eachRow, appendRows);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    private static void Rewrite(SpreadsheetDocument document, Action<Row>? eachRow, Action<OpenXmlWriter>? appendRows)
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
                    eachRow?.Invoke(row);
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
                    if (reader.ElementType == typeof(SheetData))
                    {
                        appendRows?.Invoke(writer);
                    }

                    writer.WriteEndElement();
                }
            }
        }

        // Parts that pointed at the old sheet (its comments, drawings, tables) are not carried over: the files written here have none.
        sheet.Id = workbook.GetIdOfPart(rewritten);
        workbook.DeletePart(original);
        workbook.Workbook.Save();
    }
}
