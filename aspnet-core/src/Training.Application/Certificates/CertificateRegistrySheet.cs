using System.Globalization;
using Training.Documents;
using Training.Timing;

namespace Training.Certificates;

/// <summary>
/// The registry of certificates as .xlsx (sổ cấp giấy chứng nhận): the official header, then one row per certificate —
/// number, serial, holder, course, issued, valid until, status, verification code — streamed into the sheet, every text
/// cell neutralised so that a name typed as a formula stays text.
/// </summary>
public sealed record CertificateRegistrySheet(DateOnly AsOf, DateOnly IssuedOn)
{
    public const string Title = "SỔ CẤP GIẤY CHỨNG NHẬN";
    public static readonly string[] Headers = ["STT", "Số hiệu", "Họ và tên", "Khoá học", "Ngày cấp", "Có giá trị đến", "Tình trạng", "Mã xác minh"];
    private static readonly double[] WidthsMm = [10, 34, 40, 50, 22, 22, 20, 36];

    public static string StatusName(CertificateStatus status) => status switch
    {
        CertificateStatus.Revoked => "Đã thu hồi",
        CertificateStatus.Expired => "Hết hạn",
        _ => "Còn hiệu lực",
    };

    public async Task WriteAsync(Stream output, IAsyncEnumerable<CertificateDto> certificates, CancellationToken cancellationToken)
    {
        var sheet = new OfficialSheet("GCN " + AsOf.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture), WidthsMm, headerSplit: 3, landscape: true);
        sheet.Header("UBND tỉnh Cao Bằng", "Sở Lao động - Thương binh và Xã hội", OfficialHeader.PlaceAndDate(OfficialHeader.Place, IssuedOn));
        sheet.Centred(Title);
        sheet.Centred($"Tính theo đơn vị công tác ngày {AsOf.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}", bold: false);
        sheet.Row++;
        sheet.TableHeader(Headers);
        var centred = (uint)sheet.Style(boxed: true, align: NPOI.SS.UserModel.HorizontalAlignment.Center).Index;
        var text = (uint)sheet.Style(boxed: true).Index;
        await sheet.StreamRowsAsync(output, certificates, (c, n, at) =>
        [
            XlsxCells.Text("A" + at, n.ToString(CultureInfo.InvariantCulture), centred),
            XlsxCells.Text("B" + at, c.Serial, text),
            XlsxCells.Text("C" + at, c.Holder, text),
            XlsxCells.Text("D" + at, c.CourseTitle, text),
            XlsxCells.Text("E" + at, BusinessClock.ToBusinessDate(c.IssuedAt).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), centred),
            XlsxCells.Text("F" + at, c.ExpiresAt?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "Không thời hạn", centred),
            XlsxCells.Text("G" + at, StatusName(c.Status), centred),
            XlsxCells.Text("H" + at, c.VerificationCode, centred),
        ], count => $"Tổng số: {count} giấy chứng nhận.", cancellationToken);
    }
}
