using System.Globalization;
using System.IO.Compression;
using System.Text;
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

    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

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
        var content = await UploadedFile.ReadAsync(input, Rosters.StaffMemberConsts.MaxImportFileBytes,
            () => new TrainingException(TrainingErrorCodes.ImportFileTooLarge), cancellationToken);
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
        // Straight from the part's XML, never building a row as a tree: OpenXml's element objects were most of what reading
        // a large roster allocated. Element names are compared by reference, as the reader's name table atomises them.
        using var stream = _sheet.GetStream(FileMode.Open, FileAccess.Read);
        using var xml = XmlReader.Create(stream, XmlSettings);
        var names = new SheetNames(xml.NameTable);
        var next = 1;
        var number = 0;
        Dictionary<int, XlsxCell>? cells = null;
        var column = 0;
        string? cellType = null;
        string? raw = null;
        StringBuilder? inline = null;
        var inValue = false;
        var inText = false;
        var inPhonetic = false;
        while (Next(xml))
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element when names.IsSheet(xml.NamespaceURI):
                    var name = xml.LocalName;
                    var empty = xml.IsEmptyElement;
                    if ((object)name == names.Row)
                    {
                        number = int.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : next;
                        next = number + 1;
                        cells = [];
                        column = 0;
                        if (empty)
                        {
                            yield return new XlsxRow(number, cells);
                            cells = null;
                        }
                    }
                    else if (cells is null)
                    {
                        continue;
                    }
                    else if ((object)name == names.Cell)
                    {
                        column = xml.GetAttribute("r") is { } reference ? ColumnIndex(reference) : column + 1;
                        cellType = xml.GetAttribute("t");
                        raw = null;
                        inline = null;
                    }
                    else if ((object)name == names.Value)
                    {
                        inValue = !empty;
                    }
                    else if ((object)name == names.InlineString)
                    {
                        inline = new StringBuilder();
                    }
                    else if ((object)name == names.Text)
                    {
                        inText = !empty;
                    }
                    else if ((object)name == names.Phonetic)
                    {
                        // Phonetic guides (rPh) are not part of the text.
                        inPhonetic = !empty;
                    }

                    break;
                case XmlNodeType.EndElement when cells is not null && names.IsSheet(xml.NamespaceURI):
                    var end = xml.LocalName;
                    if ((object)end == names.Row)
                    {
                        yield return new XlsxRow(number, cells);
                        cells = null;
                    }
                    else if ((object)end == names.Cell && Read(cellType, raw, inline) is { IsEmpty: false } value)
                    {
                        cells[column] = value;
                    }

                    inValue &= (object)end != names.Value;
                    inText &= (object)end != names.Text;
                    inPhonetic &= (object)end != names.Phonetic;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    if (inValue)
                    {
                        raw += xml.Value;
                    }
                    else if (inText && inline is not null && !inPhonetic)
                    {
                        inline.Append(xml.Value);
                    }

                    break;
            }
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

    private XlsxCell Read(string? type, string? raw, StringBuilder? inline)
    {
        switch (type)
        {
            case "s":
                return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < _sharedStrings.Count
                    ? new XlsxCell(_sharedStrings[i], null)
                    : default;
            case "inlineStr":
                return new XlsxCell(inline?.ToString(), null);
            case "str" or "b" or "e":
                return new XlsxCell(raw, null);
            default:
                return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                    ? new XlsxCell(null, number)
                    : new XlsxCell(raw, null);
        }
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

    private static bool Next(XmlReader xml)
    {
        try
        {
            return xml.Read();
        }
        catch (XmlException)
        {
            throw new TrainingException(TrainingErrorCodes.ImportFileUnsafe);
        }
    }

    private static TrainingException NotXlsx() => new(TrainingErrorCodes.ImportFileNotXlsx);

    /// <summary>The sheet's element names, atomised once per read; the main namespace as Excel (transitional) and as strict files write it.</summary>
    private sealed class SheetNames(XmlNameTable table)
    {
        private readonly string _transitional = table.Add("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
        private readonly string _strict = table.Add("http://purl.oclc.org/ooxml/spreadsheetml/main");

        public string Row { get; } = table.Add("row");

        public string Cell { get; } = table.Add("c");

        public string Value { get; } = table.Add("v");

        public string InlineString { get; } = table.Add("is");

        public string Text { get; } = table.Add("t");

        public string Phonetic { get; } = table.Add("rPh");

        public bool IsSheet(string namespaceUri) => (object)namespaceUri == _transitional || (object)namespaceUri == _strict;
    }
}
