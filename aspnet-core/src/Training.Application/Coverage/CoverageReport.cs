using System.Globalization;
using PdfSharp.Drawing.Layout;
using Training.Documents;

namespace Training.Coverage;

/// <summary>
/// The coverage report a unit sends up (báo cáo kết quả tập huấn), in the official layout: header, title and subject, the
/// table by child unit with its totals row, the commune indicators against the plan's target, the counting rule as a
/// footnote, then place, date and signature. As PDF and as .xlsx, with the same figures.
/// </summary>
/// <param name="Rule">The counting rule in one Vietnamese paragraph (<see cref="CountingRule"/>).</param>
public sealed record CoverageReport(string ParentBody, string IssuingBody, string PlanName, DateOnly AsOf, DateOnly IssuedOn, CoverageResult Result,
    string Rule)
{
    public const string Kind = "BÁO CÁO";
    public const string TotalLabel = "Tổng cộng";
    public const string RuleHeading = "Cách tính:";
    public static readonly string[] Headers = ["STT", "Đơn vị", "Số cán bộ thuộc diện chỉ tiêu", "Số đã tập huấn", "Tỷ lệ (%)"];
    private const string Authority = "THỦ TRƯỞNG ĐƠN VỊ";
    private const string SignHere = "(Ký, ghi rõ họ tên, đóng dấu)";
    private static readonly double[] WidthsMm = [12, 61, 34, 30, 28];
    private static readonly string[] Recipients = ["- Như trên;", "- Lưu: VT."];

    public string Subject => $"Kết quả tập huấn theo {PlanName} đến ngày {AsOf.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}";

    /// <summary>The counting rule of DESIGN.md ("Coverage"), as the report's footnote says it.</summary>
    public static string CountingRule(CoveragePlan plan, DateOnly asOf, IEnumerable<string> roleNames)
    {
        var d = Date(asOf);
        var roles = plan.Roles.Count == Enum.GetValues<Rosters.StaffRole>().Length
            ? "ở mọi chức danh"
            : $"giữ một trong các chức danh của kế hoạch ({string.Join(", ", roleNames)})";
        return $"Số cán bộ thuộc diện chỉ tiêu là những người được đánh dấu thuộc diện chỉ tiêu, {roles}, đang công tác ngày {d} "
            + $"tại đơn vị hoặc các đơn vị trực thuộc (theo địa giới hành chính ngày {d}). Số đã tập huấn là những người trong số đó có kết quả hoàn thành "
            + $"một khoá học của kế hoạch (mã {string.Join(", ", plan.CourseCodes)}) ghi nhận từ ngày {Date(plan.StartsOn)} đến ngày {d}. "
            + $"Cán bộ của đơn vị đã giải thể hoặc sáp nhập trước ngày {d} được tính vào đơn vị kế thừa; đơn vị không có đơn vị kế thừa thì tính vào "
            + "đơn vị cấp trên gần nhất còn hoạt động. Tỷ lệ bằng số đã tập huấn chia cho số thuộc diện chỉ tiêu, làm tròn đến một chữ số thập phân.";
    }

    /// <summary>"45,5" as the report writes a percent; "–" when nobody is in scope.</summary>
    public static string Percent(decimal? percent) => percent?.ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',') ?? "–";

    public byte[] ToPdf()
    {
        var pdf = new OfficialPdf($"{Kind} – {Subject}");
        pdf.Header(ParentBody, IssuingBody, OfficialHeader.PlaceAndDate(OfficialHeader.Place, IssuedOn), OfficialHeader.ReportNumber);
        pdf.Centred(Kind, OfficialPdf.Title);
        pdf.Centred(Subject, OfficialPdf.Bold);
        pdf.Y += 8;
        pdf.Paragraph(Opening, OfficialPdf.Text, indent: 0);
        pdf.Paragraph(TableTitle, OfficialPdf.Bold, justify: false);
        var rowHeight = 9 * OfficialPdf.Mm;
        var headerHeight = 14 * OfficialPdf.Mm;
        void TableHeader() => pdf.Row(Headers, WidthsMm, OfficialPdf.CellBold, headerHeight, _ => XParagraphAlignment.Center);
        pdf.EnsureRoom(headerHeight + rowHeight);
        TableHeader();
        var number = 0;
        foreach (var row in Result.Rows)
        {
            pdf.Row([(++number).ToString(CultureInfo.InvariantCulture), row.Name ?? row.Key ?? string.Empty, Count(row.InScope), Count(row.Trained),
                Percent(row.Percent)], WidthsMm, OfficialPdf.Cell, rowHeight, Align, TableHeader);
        }

        pdf.Row([string.Empty, TotalLabel, Count(Result.InScope), Count(Result.Trained), Percent(Result.Percent)], WidthsMm, OfficialPdf.CellBold, rowHeight,
            Align, TableHeader);
        pdf.Y += 8;
        foreach (var line in Indicators())
        {
            pdf.Paragraph(line, OfficialPdf.Text);
        }

        pdf.Y += 4;
        pdf.Paragraph(RuleHeading + " " + Rule, OfficialPdf.Italic);
        pdf.Signature(Authority, SignHere, Recipients);
        return pdf.ToBytes();
    }

    public byte[] ToXlsx()
    {
        var sheet = new OfficialSheet("Báo cáo " + AsOf.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture), WidthsMm, headerSplit: 2);
        sheet.Header(ParentBody, IssuingBody, OfficialHeader.PlaceAndDate(OfficialHeader.Place, IssuedOn), OfficialHeader.ReportNumber);
        sheet.Centred(Kind);
        sheet.Centred(Subject);
        sheet.Row++;
        sheet.Line(Opening);
        sheet.Line(TableTitle, sheet.Style(bold: true));
        sheet.TableHeader(Headers);
        var number = 0;
        foreach (var row in Result.Rows)
        {
            sheet.TableRow([(++number).ToString(CultureInfo.InvariantCulture), row.Name ?? row.Key, row.InScope, row.Trained, row.Percent]);
        }

        sheet.TableRow([null, TotalLabel, Result.InScope, Result.Trained, Result.Percent], bold: true);
        sheet.Row++;
        foreach (var line in Indicators())
        {
            sheet.Line(line);
        }

        sheet.Row++;
        sheet.Line(RuleHeading + " " + Rule, sheet.Style(italic: true));
        sheet.Signature(Authority, SignHere, Recipients);
        return sheet.ToBytes();
    }

    private string Opening =>
        $"Thực hiện {PlanName}, kết quả tập huấn cho cán bộ làm công tác phòng, chống tệ nạn xã hội của {Result.Unit.Name} "
        + $"tính đến ngày {Date(AsOf)} như sau:";

    private string TableTitle => $"Bảng 1. Kết quả tập huấn theo đơn vị (ngày {Date(AsOf)})";

    private IEnumerable<string> Indicators()
    {
        var r = Result;
        yield return $"Chỉ tiêu của kế hoạch: {r.Target.ToString("0.#", CultureInfo.InvariantCulture).Replace('.', ',')}% cán bộ thuộc diện chỉ tiêu được tập huấn; kết quả đạt {Percent(r.Percent)}% "
            + $"({Count(r.Trained)}/{Count(r.InScope)} người).";
        yield return $"Số xã, phường, thị trấn: {Count(r.Communes)}; có ít nhất một cán bộ thuộc diện chỉ tiêu đã tập huấn: {Count(r.CommunesWithAnyTrained)} "
            + $"({Percent(CoveragePercent.Of(r.CommunesWithAnyTrained, r.Communes))}%); có toàn bộ cán bộ thuộc diện chỉ tiêu đã tập huấn: "
            + $"{Count(r.CommunesAllTrained)} ({Percent(CoveragePercent.Of(r.CommunesAllTrained, r.Communes))}%).";
    }

    private static XParagraphAlignment Align(int column) => column switch
    {
        0 => XParagraphAlignment.Center,
        1 => XParagraphAlignment.Left,
        _ => XParagraphAlignment.Right,
    };

    private static string Count(int value) => value.ToString("#,##0", CultureInfo.InvariantCulture).Replace(',', '.');

    private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
