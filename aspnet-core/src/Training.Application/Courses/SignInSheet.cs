using System.Globalization;
using PdfSharp.Drawing.Layout;
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
    private const string Organizers = "ĐẠI DIỆN ĐƠN VỊ TỔ CHỨC";
    private const string SignHere = "(Ký, ghi rõ họ tên)";
    private static readonly double[] WidthsMm = [10, 45, 37, 45, 28];

    private IEnumerable<string> Lines() =>
    [
        $"Lớp: {SessionTitle}",
        $"Khoá học: {CourseTitle}",
        $"Ngày học: {Day:dd/MM/yyyy} (ngày {DayNumber}/{DayCount})" + (Venue is null ? string.Empty : $" – Địa điểm: {Venue}"),
    ];

    public byte[] ToPdf()
    {
        const double rowHeight = 11 * OfficialPdf.Mm;
        var pdf = new OfficialPdf($"{Title} – {SessionTitle} – {Day:dd/MM/yyyy}");
        pdf.Header(ParentBody, Organizer, OfficialHeader.PlaceAndDate(OfficialHeader.Place, Day));
        pdf.Centred(Title, OfficialPdf.Title);
        pdf.Y += 4;
        foreach (var line in Lines())
        {
            pdf.Paragraph(line, OfficialPdf.Text, justify: false);
        }

        pdf.Y += 4;
        var headerFont = OfficialPdf.CellBold;
        var cellFont = OfficialPdf.Cell;
        void TableHeader() => pdf.Row(Headers, WidthsMm, headerFont, rowHeight, Align);
        TableHeader();
        for (var i = 0; i < Rows.Count; i++)
        {
            pdf.Row([(i + 1).ToString(CultureInfo.InvariantCulture), Rows[i].FullName, Rows[i].UnitName, Rows[i].Role, string.Empty], WidthsMm, cellFont,
                rowHeight, Align, TableHeader);
        }

        pdf.Y += 8;
        pdf.Paragraph($"Tổng số: {Rows.Count} người.", OfficialPdf.Italic, justify: false);
        pdf.Signature(Organizers, SignHere);
        return pdf.ToBytes();
    }

    public byte[] ToXlsx()
    {
        var sheet = new OfficialSheet("Ký tên " + Day.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture), WidthsMm, headerSplit: 2);
        sheet.Header(ParentBody, Organizer, OfficialHeader.PlaceAndDate(OfficialHeader.Place, Day));
        sheet.Centred(Title);
        foreach (var line in Lines())
        {
            sheet.Line(line);
        }

        sheet.Row++;
        sheet.TableHeader(Headers);
        for (var i = 0; i < Rows.Count; i++)
        {
            sheet.TableRow([(i + 1).ToString(CultureInfo.InvariantCulture), Rows[i].FullName, Rows[i].UnitName, Rows[i].Role, string.Empty])
                .HeightInPoints = 26;
        }

        sheet.Row++;
        sheet.Line($"Tổng số: {Rows.Count} người.", sheet.Style(italic: true));
        sheet.Signature(Organizers, SignHere);
        return sheet.ToBytes();
    }

    private static XParagraphAlignment Align(int column) => column == 0 ? XParagraphAlignment.Center : XParagraphAlignment.Left;
}
