using NPOI.SS.UserModel;
using NPOI.SS.Util;
using NPOI.XSSF.UserModel;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Pdf;
using Training.Documents;

namespace Training.Courses;

public sealed record SignInRow(string FullName, string UnitName, string Role);

/// <summary>
/// The sign-in sheet of one session day (danh sách ký tên), for printing: the official two-column header, the session,
/// the day, and one line per person sorted the Vietnamese way, with room to sign. As PDF and as .xlsx.
/// </summary>
public sealed record SignInSheet(string ParentBody, string Organizer, string CourseTitle, string SessionTitle, DateOnly Day, int DayNumber, int DayCount,
    string? Venue, IReadOnlyList<SignInRow> Rows)
{
    public const string Title = "DANH SÁCH HỌC VIÊN KÝ TÊN";
    private static readonly string[] Headers = ["STT", "Họ và tên", "Đơn vị", "Chức danh", "Ký tên"];
    private static readonly double[] WidthsMm = [10, 45, 37, 45, 28];

    private IEnumerable<string> Lines() =>
    [
        $"Lớp: {SessionTitle}",
        $"Khoá học: {CourseTitle}",
        $"Ngày học: {Day:dd/MM/yyyy} (ngày {DayNumber}/{DayCount})" + (Venue is null ? string.Empty : $" – Địa điểm: {Venue}"),
    ];

    public byte[] ToPdf()
    {
        var document = new PdfDocument();
        document.Info.Title = $"{Title} – {SessionTitle} – {Day:dd/MM/yyyy}";
        const double mm = 72 / 25.4;
        double left = 30 * mm, right = 15 * mm, top = 20 * mm, bottom = 20 * mm, rowHeight = 11 * mm;
        var cell = new XFont(PdfFonts.Family, 10);
        var cellBold = new XFont(PdfFonts.Family, 10, XFontStyleEx.Bold);
        var text = new XFont(PdfFonts.Family, 12);
        var title = new XFont(PdfFonts.Family, 14, XFontStyleEx.Bold);
        var italic = new XFont(PdfFonts.Family, 11, XFontStyleEx.Italic);
        PdfPage page = null!;
        XGraphics gfx = null!;
        double y = 0, width = 0;

        void NewPage(bool first)
        {
            gfx?.Dispose();
            page = document.AddPage();
            page.Size = PageSize.A4;
            gfx = XGraphics.FromPdfPage(page);
            width = page.Width.Point - left - right;
            y = top;
            if (first)
            {
                y = OfficialHeader.Draw(gfx, new XRect(left, y, width, 60), ParentBody, Organizer, OfficialHeader.PlaceAndDate("Cao Bằng", Day)) + 12;
                gfx.DrawString(Title, title, XBrushes.Black, new XRect(left, y, width, 18), XStringFormats.TopCenter);
                y += 24;
                foreach (var line in Lines())
                {
                    new XTextFormatter(gfx).DrawString(line, text, XBrushes.Black, new XRect(left, y, width, 16));
                    y += 17;
                }

                y += 6;
            }

            DrawRow(Headers, cellBold);
        }

        void DrawRow(IReadOnlyList<string> values, XFont font)
        {
            var x = left;
            for (var i = 0; i < values.Count; i++)
            {
                var w = WidthsMm[i] * mm;
                gfx.DrawRectangle(XPens.Black, x, y, w, rowHeight);
                var formatter = new XTextFormatter(gfx) { Alignment = i == 0 ? XParagraphAlignment.Center : XParagraphAlignment.Left };
                formatter.DrawString(values[i], font, XBrushes.Black, new XRect(x + 3, y + 2, w - 6, rowHeight - 2));
                x += w;
            }

            y += rowHeight;
        }

        NewPage(first: true);
        for (var i = 0; i < Rows.Count; i++)
        {
            if (y + rowHeight > page.Height.Point - bottom)
            {
                NewPage(first: false);
            }

            DrawRow([(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Rows[i].FullName, Rows[i].UnitName, Rows[i].Role, string.Empty], cell);
        }

        if (y + (40 * mm) > page.Height.Point - bottom)
        {
            NewPage(first: false);
        }

        y += 8;
        gfx.DrawString($"Tổng số: {Rows.Count} người.", italic, XBrushes.Black, left, y + 10);
        var signature = new XRect(left + (width / 2), y + 20, width / 2, 16);
        gfx.DrawString("ĐẠI DIỆN ĐƠN VỊ TỔ CHỨC", cellBold, XBrushes.Black, signature, XStringFormats.TopCenter);
        gfx.DrawString("(Ký, ghi rõ họ tên)", italic, XBrushes.Black, signature with { Y = signature.Y + 15 }, XStringFormats.TopCenter);
        gfx.Dispose();

        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    public byte[] ToXlsx()
    {
        var workbook = new XSSFWorkbook();
        var sheet = workbook.CreateSheet("Ký tên " + Day.ToString("dd-MM-yyyy"));
        sheet.PrintSetup.PaperSize = (short)PaperSize.A4;
        sheet.FitToPage = true;
        sheet.PrintSetup.FitWidth = 1;
        sheet.PrintSetup.FitHeight = 0;
        var styles = new XlsxStyles(workbook);
        ICellStyle Style(bool bold, bool border, bool italic = false, HorizontalAlignment align = HorizontalAlignment.Left) => styles[new XlsxStyle
        {
            Bold = bold, Italic = italic, Boxed = border, Align = align, CentredVertically = true, Wrap = true,
        }];

        var centredBold = Style(true, false, align: HorizontalAlignment.Center);
        var centred = Style(false, false, align: HorizontalAlignment.Center);
        var row = 0;
        void Merged(string value, ICellStyle style, int firstColumn, int lastColumn, int at)
        {
            var target = sheet.GetRow(at) ?? sheet.CreateRow(at);
            var c = target.CreateCell(firstColumn);
            c.SetCellValue(value);
            c.CellStyle = style;
            sheet.AddMergedRegion(new CellRangeAddress(at, at, firstColumn, lastColumn));
        }

        Merged(ParentBody.ToUpperInvariant(), centred, 0, 1, row);
        Merged(OfficialHeader.Country, centredBold, 2, 4, row++);
        Merged(Organizer.ToUpperInvariant(), centredBold, 0, 1, row);
        Merged(OfficialHeader.Motto, centredBold, 2, 4, row++);
        Merged(OfficialHeader.PlaceAndDate("Cao Bằng", Day), Style(false, false, italic: true, align: HorizontalAlignment.Center), 2, 4, ++row);
        row += 2;
        Merged(Title, Style(true, false, align: HorizontalAlignment.Center), 0, 4, row++);
        foreach (var line in Lines())
        {
            Merged(line, Style(false, false), 0, 4, row++);
        }

        row++;
        var header = sheet.CreateRow(row++);
        var headerStyle = Style(true, true, align: HorizontalAlignment.Center);
        var body = Style(false, true);
        var number = Style(false, true, align: HorizontalAlignment.Center);
        for (var i = 0; i < Headers.Length; i++)
        {
            var c = header.CreateCell(i);
            c.SetCellValue(Headers[i]);
            c.CellStyle = headerStyle;
            sheet.SetColumnWidth(i, (int)(256 * WidthsMm[i] / 2.2));
        }

        for (var i = 0; i < Rows.Count; i++)
        {
            var r = sheet.CreateRow(row++);
            r.HeightInPoints = 26;
            string[] values = [(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Rows[i].FullName, Rows[i].UnitName, Rows[i].Role, string.Empty];
            for (var c = 0; c < values.Length; c++)
            {
                var cellRef = r.CreateCell(c);
                cellRef.SetCellValue(XlsxCells.Neutralise(values[c]));
                cellRef.CellStyle = c == 0 ? number : body;
            }
        }

        Merged($"Tổng số: {Rows.Count} người.", Style(false, false, italic: true), 0, 4, ++row);
        Merged("ĐẠI DIỆN ĐƠN VỊ TỔ CHỨC", centredBold, 2, 4, row += 2);
        Merged("(Ký, ghi rõ họ tên)", Style(false, false, italic: true, align: HorizontalAlignment.Center), 2, 4, ++row);
        return styles.ToBytes();
    }
}
