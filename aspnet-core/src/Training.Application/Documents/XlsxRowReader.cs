using System.Globalization;
using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Training.Documents;

/// <summary>
/// Reads the first sheet of an untrusted .xlsx row by row (OpenXml's streaming reader, so 100,000 rows stay small in memory).
/// Refuses, before parsing, a file that is too large, not a zip, unpacks to far more than its rows can need (a zip bomb),
/// or carries a DTD.
/// </summary>
public sealed class XlsxRowReader : IDisposable
{
    /// <summary>Uncompressed bytes the parts of a 100,000-row roster can reasonably need.</summary>
    public const long MaxUncompressedBytes = 320L * 1024 * 1024;

    private readonly MemoryStream _content;
    private readonly SpreadsheetDocument _document;
    private readonly WorksheetPart _sheet;
    private readonly List<string> _sharedStrings = [];

    private XlsxRowReader(MemoryStream content, SpreadsheetDocument document, WorksheetPart sheet)
    {
        _content = content;
        _document = document;
        _sheet = sheet;
    }

    public static async Task<XlsxRowReader> OpenAsync(Stream input, CancellationToken cancellationToken)
    {
        var content = await CopyBoundedAsync(input, cancellationToken);
        CheckPackage(content);
        try
        {
            var document = SpreadsheetDocument.Open(content, false);
            var workbook = document.WorkbookPart ?? throw NotXlsx();
            var firstSheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw NotXlsx();
            var sheet = workbook.GetPartById(firstSheet.Id!.Value!) as WorksheetPart ?? throw NotXlsx();
            var reader = new XlsxRowReader(content, document, sheet);
            reader.LoadSharedStrings(workbook.SharedStringTablePart);
            return reader;
        }
        catch (XmlException)
        {
            // DTDs are prohibited by the parser: an entity expansion never runs.
            throw new TrainingException(TrainingErrorCodes.ImportFileUnsafe);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or KeyNotFoundException or ArgumentException)
        {
            throw NotXlsx();
        }
    }

    public IEnumerable<XlsxRow> ReadRows()
    {
        using var reader = Guard(() => OpenXmlReader.Create(_sheet));
        var next = 1;
        while (Guard(reader.Read))
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var row = (Row)Guard(reader.LoadCurrentElement)!;
            var number = (int?)row.RowIndex?.Value ?? next;
            next = number + 1;
            var cells = new Dictionary<int, XlsxCell>();
            var column = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : column + 1;
                var value = Read(cell);
                if (!value.IsEmpty)
                {
                    cells[column] = value;
                }
            }

            yield return new XlsxRow(number, cells);
        }
    }

    public void Dispose()
    {
        _document.Dispose();
        _content.Dispose();
    }

    /// <summary>"A1" → 1, "L7" → 12, "AA3" → 27.</summary>
    public static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index;
    }

    public static string ColumnName(int index)
    {
        var name = string.Empty;
        for (; index > 0; index = (index - 1) / 26)
        {
            name = (char)('A' + ((index - 1) % 26)) + name;
        }

        return name;
    }

    private XlsxCell Read(Cell cell)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < _sharedStrings.Count
                ? new XlsxCell(_sharedStrings[i], null)
                : default;
        }

        if (type == CellValues.InlineString)
        {
            return new XlsxCell(cell.InlineString?.InnerText, null);
        }

        if (type == CellValues.String || type == CellValues.Boolean || type == CellValues.Error)
        {
            return new XlsxCell(raw, null);
        }

        return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? new XlsxCell(null, number)
            : new XlsxCell(raw, null);
    }

    private void LoadSharedStrings(SharedStringTablePart? part)
    {
        if (part is null)
        {
            return;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                var item = (SharedStringItem)reader.LoadCurrentElement()!;

                // Text and rich-text runs count; phonetic guides (rPh) do not.
                _sharedStrings.Add(string.Concat(item.Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>().Where(t => t.Parent is SharedStringItem or Run).Select(t => t.Text)));
            }
        }
    }

    private static async Task<MemoryStream> CopyBoundedAsync(Stream input, CancellationToken cancellationToken)
    {
        var content = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await input.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (content.Length + read > Rosters.StaffMemberConsts.MaxImportFileBytes)
            {
                throw new TrainingException(TrainingErrorCodes.ImportFileTooLarge);
            }

            content.Write(buffer, 0, read);
        }

        content.Position = 0;
        return content;
    }

    private static void CheckPackage(MemoryStream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > MaxUncompressedBytes)
                {
                    throw new TrainingException(TrainingErrorCodes.ImportFileUnsafe);
                }
            }

            if (zip.GetEntry("[Content_Types].xml") is null)
            {
                throw NotXlsx();
            }
        }
        catch (InvalidDataException)
        {
            throw NotXlsx();
        }
        finally
        {
            content.Position = 0;
        }
    }

    private static T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (XmlException)
        {
            throw new TrainingException(TrainingErrorCodes.ImportFileUnsafe);
        }
    }

    private static TrainingException NotXlsx() => new(TrainingErrorCodes.ImportFileNotXlsx);
}
