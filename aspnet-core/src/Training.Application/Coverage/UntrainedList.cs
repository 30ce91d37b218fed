using System.Globalization;
using Training.Documents;

namespace Training.Coverage;

/// <summary>
/// The list of the untrained (danh sách cán bộ chưa được tập huấn) as .xlsx: the official header and title, then one row
/// per person — number, name, unit, role; never a national ID or a phone — streamed into the sheet as the rows arrive.
/// </summary>
public sealed record UntrainedList(string ParentBody, string IssuingBody, string PlanName, string UnitName, DateOnly AsOf, DateOnly IssuedOn)
{
    public const string Title = "DANH SÁCH CÁN BỘ CHƯA ĐƯỢC TẬP HUẤN";
    public static readonly string[] Headers = ["STT", "Họ và tên", "Đơn vị", "Chức danh"];
    private static readonly double[] WidthsMm = [12, 52, 55, 46];

    public static string FileName(string unitCode, DateOnly asOf) => $"danh-sach-chua-tap-huan-{unitCode}-{asOf:yyyy-MM-dd}.xlsx";

    public async Task WriteAsync(Stream output, IAsyncEnumerable<UntrainedStaffDto> people,
        CancellationToken cancellationToken)
    {
        var sheet = new OfficialSheet("Chưa tập huấn " + AsOf.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture), WidthsMm, headerSplit: 2);
        sheet.Header(ParentBody, IssuingBody, OfficialHeader.PlaceAndDate(OfficialHeader.Place, IssuedOn));
        sheet.Centred(Title);
        sheet.Centred($"Kế hoạch: {PlanName}", bold: false);
        sheet.Centred($"Đơn vị: {UnitName} – tính đến ngày {AsOf.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}", bold: false);
        sheet.Row++;
        sheet.TableHeader(Headers);
        var number = (uint)sheet.Style(boxed: true, align: NPOI.SS.UserModel.HorizontalAlignment.Center).Index;
        var text = (uint)sheet.Style(boxed: true).Index;
        await sheet.StreamRowsAsync(output, people, (person, n, at) =>
        [
            XlsxCells.Text("A" + at, n.ToString(CultureInfo.InvariantCulture), number),
            XlsxCells.Text("B" + at, person.FullName, text),
            XlsxCells.Text("C" + at, person.UnitName, text),
            XlsxCells.Text("D" + at, Rosters.StaffRoleNames.Of(person.Role), text),
        ], count => $"Tổng số: {count} người.", cancellationToken);
    }
}
