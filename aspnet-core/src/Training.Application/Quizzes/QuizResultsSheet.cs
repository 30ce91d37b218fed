using System.Globalization;
using Training.Documents;
using Training.Timing;

namespace Training.Quizzes;

/// <summary>
/// A quiz's results as .xlsx (bảng kết quả kiểm tra): the official header, the quiz and its course, then one row per attempt —
/// number, name, unit, attempt, started, submitted, percent, passed — and the totals.
/// </summary>
public sealed record QuizResultsSheet(string CourseTitle, string QuizTitle, int PassPercent, DateOnly AsOf, DateOnly IssuedOn)
{
    public const string Title = "BẢNG KẾT QUẢ BÀI KIỂM TRA";
    public static readonly string[] Headers = ["STT", "Họ và tên", "Đơn vị", "Lần", "Bắt đầu", "Nộp bài", "Điểm (%)", "Kết quả"];
    private static readonly double[] WidthsMm = [10, 42, 40, 10, 26, 26, 16, 18];

    public static string FileName(Guid quizId, DateOnly asOf) => $"ket-qua-kiem-tra-{quizId:N}-{asOf:yyyy-MM-dd}.xlsx";

    public byte[] Write(IReadOnlyList<QuizAttemptListItemDto> attempts)
    {
        var sheet = new OfficialSheet("Kết quả " + AsOf.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture), WidthsMm, headerSplit: 3, landscape: true);
        sheet.Header("UBND tỉnh Cao Bằng", "Sở Lao động - Thương binh và Xã hội", OfficialHeader.PlaceAndDate(OfficialHeader.Place, IssuedOn));
        sheet.Centred(Title);
        sheet.Centred($"Khoá học: {CourseTitle} – {QuizTitle} (điểm đạt {PassPercent}%)", bold: false);
        sheet.Centred($"Tính theo đơn vị công tác ngày {AsOf.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}", bold: false);
        sheet.Row++;
        sheet.TableHeader(Headers);
        for (var i = 0; i < attempts.Count; i++)
        {
            var a = attempts[i];
            sheet.TableRow([(i + 1).ToString(CultureInfo.InvariantCulture), a.FullName, a.UnitName, a.Number, BusinessClock.Format(a.StartedAt),
                a.SubmittedAt is { } submitted ? BusinessClock.Format(submitted) : "Đang làm", a.Percent, a.Passed switch { true => "Đạt", false => "Chưa đạt", _ => "" }]);
        }

        sheet.Row++;
        sheet.Line($"Tổng số: {attempts.Count} lượt làm bài; {attempts.Count(a => a.Passed == true)} lượt đạt.", sheet.Style(italic: true));
        return sheet.ToBytes();
    }
}
