using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Training.Documents;

/// <summary>
/// Writes a workbook whose first sheet is rewritten row by row with OpenXml's streaming reader and writer: each existing row
/// may be changed on its way through, and new rows written at the end of the sheet's data. Every other part of the file
/// (other sheets, styles, names, the sheet's own relationships) is copied byte for byte, and the new package is written
/// entry by entry, so neither a large upload nor a 150,000-row export is ever held as a document or an uncompressed sheet.
/// </summary>
public static class XlsxSheetRewriter
{
    /// <param name="appendRows">Writes the new rows; it may read them from the database a page at a time while it writes.</param>
    public static async Task WriteAsync(byte[] source, Stream output, Action<Row>? eachRow, Func<OpenXmlWriter, CancellationToken, Task>? appendRows,
        CancellationToken cancellationToken)
    {
        // The zip is built in a temporary file: its writer is synchronous, and the response accepts asynchronous writes only.
        await using var buffer = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        using (var document = SpreadsheetDocument.Open(new MemoryStream(source, writable: false), false))
        using (var original = new ZipArchive(new MemoryStream(source, writable: false), ZipArchiveMode.Read))
        using (var rewritten = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var workbook = document.WorkbookPart!;
            var sheet = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().First().Id!.Value!);
            var sheetEntry = sheet.Uri.OriginalString.TrimStart('/');
            foreach (var entry in original.Entries)
            {
                using var target = rewritten.CreateEntry(entry.FullName, CompressionLevel.Fastest).Open();
                if (string.Equals(entry.FullName.TrimStart('/'), sheetEntry, StringComparison.OrdinalIgnoreCase))
                {
                    await RewriteAsync(sheet, target, eachRow, appendRows, cancellationToken);
                }
                else
                {
                    using var from = entry.Open();
                    from.CopyTo(target);
                }
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    private static async Task RewriteAsync(WorksheetPart sheet, Stream target, Action<Row>? eachRow, Func<OpenXmlWriter, CancellationToken, Task>? appendRows,
        CancellationToken cancellationToken)
    {
        using var reader = OpenXmlReader.Create(sheet);
        using var writer = OpenXmlWriter.Create(target);
        writer.WriteStartDocument();
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
                if (reader.ElementType == typeof(SheetData) && appendRows is not null)
                {
                    await appendRows(writer, cancellationToken);
                }

                writer.WriteEndElement();
            }
        }
    }
}
