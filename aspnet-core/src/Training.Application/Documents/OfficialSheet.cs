using NPOI.SS.UserModel;
using NPOI.SS.Util;
using NPOI.XSSF.UserModel;

namespace Training.Documents;

/// <summary>
/// One sheet of an official paper (Decree 30/2020/NĐ-CP) in an .xlsx, written top to bottom: the two-column header, the
/// title, lines of text across the page, a boxed table and the signature block, in Times New Roman on A4, one page wide.
/// </summary>
public sealed class OfficialSheet
{
    /// <summary>Excel's width unit is 1/256 of a character; a character of 12 pt Times is about 2.2 mm.</summary>
    private const double MmPerCharacter = 2.2;

    private readonly XSSFWorkbook _workbook;
    private readonly IReadOnlyList<double> _widthsMm;
    private readonly int _headerSplit;

    /// <param name="widthsMm">The columns of the table, which every other line spans.</param>
    /// <param name="headerSplit">The first column of the header's right half (the motto's).</param>
    public OfficialSheet(string name, IReadOnlyList<double> widthsMm, int headerSplit, bool landscape = false)
    {
        _workbook = new XSSFWorkbook();
        _widthsMm = widthsMm;
        _headerSplit = headerSplit;
        Styles = new XlsxStyles(_workbook);
        Sheet = _workbook.CreateSheet(name);
        Sheet.PrintSetup.PaperSize = (short)PaperSize.A4;
        Sheet.PrintSetup.Landscape = landscape;
        Sheet.FitToPage = true;
        Sheet.PrintSetup.FitWidth = 1;
        Sheet.PrintSetup.FitHeight = 0;
        for (var i = 0; i < widthsMm.Count; i++)
        {
            Sheet.SetColumnWidth(i, (int)(256 * widthsMm[i] / MmPerCharacter));
        }
    }

    public ISheet Sheet { get; }

    public XlsxStyles Styles { get; }

    /// <summary>The next row to write.</summary>
    public int Row { get; set; }

    private int LastColumn => _widthsMm.Count - 1;

    public ICellStyle Style(bool bold = false, bool italic = false, bool boxed = false, HorizontalAlignment align = HorizontalAlignment.Left,
        string? format = null) =>
        Styles[new XlsxStyle { Bold = bold, Italic = italic, Boxed = boxed, Align = align, CentredVertically = true, Wrap = true, Format = format }];

    /// <param name="number">"Số: …" on the left, on the line of the place and date.</param>
    public void Header(string parentBody, string issuingBody, string placeAndDate, string? number = null)
    {
        var centred = Style(align: HorizontalAlignment.Center);
        var centredBold = Style(bold: true, align: HorizontalAlignment.Center);
        Merged(parentBody.ToUpperInvariant(), centred, 0, _headerSplit - 1, Row);
        Merged(OfficialHeader.Country, centredBold, _headerSplit, LastColumn, Row++);
        Merged(issuingBody.ToUpperInvariant(), centredBold, 0, _headerSplit - 1, Row);
        Merged(OfficialHeader.Motto, centredBold, _headerSplit, LastColumn, Row++);
        Row++;
        if (number is not null)
        {
            Merged(number, centred, 0, _headerSplit - 1, Row);
        }

        Merged(placeAndDate, Style(italic: true, align: HorizontalAlignment.Center), _headerSplit, LastColumn, Row);
        Row += 3;
    }

    /// <summary>A line across the page, as tall as its text needs when it wraps.</summary>
    public void Line(string text, ICellStyle? style = null)
    {
        var row = Merged(text, style ?? Style(), 0, LastColumn, Row++);
        var charactersPerLine = _widthsMm.Sum() / MmPerCharacter * 1.15;
        var lines = Math.Max(1, (int)Math.Ceiling(text.Length / charactersPerLine));
        if (lines > 1)
        {
            row.HeightInPoints = lines * 16;
        }
    }

    public void Centred(string text, bool bold = true) => Line(text, Style(bold: bold, align: HorizontalAlignment.Center));

    public void TableHeader(IReadOnlyList<string> headers)
    {
        var row = Sheet.CreateRow(Row++);
        row.HeightInPoints = 32;
        var style = Style(bold: true, boxed: true, align: HorizontalAlignment.Center);
        for (var i = 0; i < headers.Count; i++)
        {
            var cell = row.CreateCell(i);
            cell.SetCellValue(headers[i]);
            cell.CellStyle = style;
        }
    }

    /// <summary>A boxed row: a string is text (neutralised), an int or decimal a number, null an empty cell; a decimal shows one decimal.</summary>
    public IRow TableRow(IReadOnlyList<object?> values, bool bold = false)
    {
        var row = Sheet.CreateRow(Row++);
        for (var i = 0; i < values.Count; i++)
        {
            var cell = row.CreateCell(i);
            switch (values[i])
            {
                case int count:
                    cell.SetCellValue(count);
                    cell.CellStyle = Style(bold, boxed: true, align: HorizontalAlignment.Right, format: "#,##0");
                    break;
                case decimal share:
                    cell.SetCellValue((double)share);
                    cell.CellStyle = Style(bold, boxed: true, align: HorizontalAlignment.Right, format: "0.0");
                    break;
                case string text:
                    cell.SetCellValue(XlsxCells.Neutralise(text));
                    cell.CellStyle = Style(bold, boxed: true, align: i == 0 ? HorizontalAlignment.Center : HorizontalAlignment.Left);
                    break;
                default:
                    cell.CellStyle = Style(bold, boxed: true);
                    break;
            }
        }

        return row;
    }

    /// <summary>The signature block at the right, with "Nơi nhận:" at the left when given.</summary>
    public void Signature(string authority, string note, IReadOnlyList<string>? recipients = null)
    {
        Row++;
        var start = Row;
        Merged(authority, Style(bold: true, align: HorizontalAlignment.Center), _headerSplit, LastColumn, Row++);
        Merged(note, Style(italic: true, align: HorizontalAlignment.Center), _headerSplit, LastColumn, Row++);
        if (recipients is not null)
        {
            Merged("Nơi nhận:", Style(bold: true, italic: true), 0, _headerSplit - 1, start);
            for (var i = 0; i < recipients.Count; i++)
            {
                Merged(recipients[i], Style(), 0, _headerSplit - 1, start + 1 + i);
            }

            Row = Math.Max(Row, start + 1 + recipients.Count);
        }
    }

    public byte[] ToBytes() => Styles.ToBytes();

    /// <summary>
    /// Writes the sheet so far to <paramref name="output"/>, then streams one table row per item below it as the items arrive
    /// (a list of 150,000 is never held), and the total line in italics after a blank row. <paramref name="cells"/> gets the item,
    /// its number from 1 and the Excel row it goes in.
    /// </summary>
    public Task StreamRowsAsync<T>(Stream output, IAsyncEnumerable<T> items, Func<T, int, uint, IEnumerable<DocumentFormat.OpenXml.OpenXmlElement>> cells,
        Func<int, string> total, CancellationToken cancellationToken)
    {
        var italic = (uint)Style(italic: true).Index;
        var firstRow = (uint)Row + 1;
        return XlsxSheetRewriter.WriteAsync(ToBytes(), output, eachRow: null, async (writer, token) =>
        {
            var count = 0;
            var at = firstRow;
            await foreach (var item in items.WithCancellation(token))
            {
                writer.WriteStartElement(new DocumentFormat.OpenXml.Spreadsheet.Row { RowIndex = at });
                foreach (var cell in cells(item, ++count, at))
                {
                    writer.WriteElement(cell);
                }

                writer.WriteEndElement();
                at++;
            }

            at++;
            writer.WriteStartElement(new DocumentFormat.OpenXml.Spreadsheet.Row { RowIndex = at });
            writer.WriteElement(XlsxCells.Text("A" + at, total(count), italic));
            writer.WriteEndElement();
        }, cancellationToken);
    }

    private IRow Merged(string value, ICellStyle style, int firstColumn, int lastColumn, int at)
    {
        var row = Sheet.GetRow(at) ?? Sheet.CreateRow(at);
        var cell = row.CreateCell(firstColumn);
        cell.SetCellValue(value);
        cell.CellStyle = style;
        if (lastColumn > firstColumn)
        {
            Sheet.AddMergedRegion(new CellRangeAddress(at, at, firstColumn, lastColumn));
        }

        return row;
    }
}
