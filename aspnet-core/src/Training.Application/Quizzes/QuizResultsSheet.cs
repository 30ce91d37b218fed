using System.Globalization;
using Training.Documents;
using Training.Timing;

namespace Training.Quizzes;

/// <summary>
/// A quiz's results as .xlsx (bảng kết quả kiểm tra): the official header, the quiz and its course, then one row per attempt —
/// number, name, unit, attempt, started, submitted, percent, passed — and the totals, streamed into the sheet as the rows arrive.
/// </summary>
public sealed record QuizResultsSheet(string CourseTitle, string QuizTitle, int PassPercent, DateOnly AsOf, DateOnly IssuedOn)
{
    public const string Title = "BẢNG KẾT QUẢ BÀI KIỂM TRA";
    public static readonly string[] Headers = ["STT", "Họ và tên", "Đơn vị", "Lần", "Bắt đầu", "Nộp bài", "Điểm (%)", "Kết quả"];
    private static readonly double[] WidthsMm = [10, 42, 40, 10, 26, 26, 16, 18];

    public static string FileName(Guid quizId, DateOnly asOf) => $"ket-qua-kiem-tra-{quizId:N}-{asOf:yyyy-MM-dd}.xlsx";

    public async Task WriteAsync(Stream output, IAsyncEnumerable<QuizAttemptListItemDto> attempts, CancellationToken cancellationToken)
    {
        var sheet = new OfficialSheet("Kết quả " + AsOf.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture), WidthsMm, headerSplit: 3, landscape: true);
        sheet.Header("UBND tỉnh Cao Bằng", "Sở Lao động - Thương binh và Xã hội", OfficialHeader.PlaceAndDate(OfficialHeader.Place, IssuedOn));
        sheet.Centred(Title);
        sheet.Centred($"Khoá học: {CourseTitle} – {QuizTitle} (điểm đạt {PassPercent}%)", bold: false);
        sheet.Centred($"Tính theo đơn vị công tác ngày {AsOf.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}", bold: false);
        sheet.Row++;
        sheet.TableHeader(Headers);
        var centred = (uint)sheet.Style(boxed: true, align: NPOI.SS.UserModel.HorizontalAlignment.Center).Index;
        var text = (uint)sheet.Style(boxed: true).Index;
        var percent = (uint)sheet.Style(boxed: true, align: NPOI.SS.UserModel.HorizontalAlignment.Right, format: "0.00").Index;
        var passed = 0;
        await sheet.StreamRowsAsync(output, attempts, (a, n, at) =>
        {
            passed += a.Passed == true ? 1 : 0;
            return
            [
                XlsxCells.Text("A" + at, n.ToString(CultureInfo.InvariantCulture), centred),
                XlsxCells.Text("B" + at, a.FullName, text),
                XlsxCells.Text("C" + at, a.UnitName, text),
                XlsxCells.Text("D" + at, a.Number.ToString(CultureInfo.InvariantCulture), centred),
                XlsxCells.Text("E" + at, BusinessClock.Format(a.StartedAt), centred),
                XlsxCells.Text("F" + at, a.SubmittedAt is { } submitted ? BusinessClock.Format(submitted) : "Đang làm", centred),
                a.Percent is { } score ? XlsxCells.Number("G" + at, score, percent) : XlsxCells.Text("G" + at, string.Empty, percent),
                XlsxCells.Text("H" + at, a.Passed switch { true => "Đạt", false => "Chưa đạt", _ => string.Empty }, centred),
            ];
        }, count => $"Tổng số: {count} lượt làm bài; {passed} lượt đạt.", cancellationToken);
    }
}
