using NPOI.SS.UserModel;
using NPOI.SS.Util;
using NPOI.XSSF.UserModel;
using Training.Documents;
using Row = DocumentFormat.OpenXml.Spreadsheet.Row;

namespace Training.Rosters.Workbooks;

/// <summary>
/// The roster workbook as an officer fills it in Excel: one sheet of people under the exact headers, drop-down lists kept
/// on a hidden sheet (Excel's inline lists stop at 255 characters), text columns for IDs and phones so that leading zeros
/// survive, and a sheet of instructions in Vietnamese. The export writes people into the same workbook.
/// </summary>
public sealed class StaffWorkbookWriter
{
    public const string DataSheetName = "Danh sách cán bộ";
    public const string GuideSheetName = "Hướng dẫn";
    public const string ListSheetName = "DanhMuc";
    private const int ValidatedRows = StaffMemberConsts.MaxImportRows;

    private readonly XSSFWorkbook _workbook = new();
    private readonly XlsxStyles _styles;
    private readonly ISheet _sheet;
    private readonly ICellStyle _text;
    private readonly ICellStyle _date;

    public StaffWorkbookWriter(IReadOnlyList<string> unitEntries, DateOnly asOf)
    {
        _styles = new XlsxStyles(_workbook);
        _text = _styles[new XlsxStyle { Format = "@" }];
        _date = _styles[new XlsxStyle { Format = "dd/mm/yyyy" }];

        _sheet = _workbook.CreateSheet(DataSheetName);
        WriteGuide(asOf);
        var lists = _workbook.CreateSheet(ListSheetName);
        _workbook.SetSheetHidden(_workbook.GetSheetIndex(lists), SheetState.Hidden);
        WriteHeader();
        AddList(lists, 0, "DS_GioiTinh", StaffColumns.GenderNames.Values.ToList(), StaffColumns.Gender);
        AddList(lists, 1, "DS_DanToc", EthnicGroups.Names, StaffColumns.Ethnicity);
        AddList(lists, 2, "DS_DonVi", unitEntries, StaffColumns.UnitCode);
        AddList(lists, 3, "DS_ChucDanh", StaffRoleNames.All.Values.ToList(), StaffColumns.Role);
        AddList(lists, 4, "DS_ChiTieu", [StaffColumns.Yes, StaffColumns.No], StaffColumns.InScope);
    }

    /// <summary>The template: no one on it yet.</summary>
    public byte[] ToBytes() => _styles.ToBytes();

    /// <summary>
    /// The template with one row per person under its header, streamed into the data sheet: values are the workbook's
    /// words (Nam, Báo cáo viên, Có …), dates as Excel dates, texts neutralised.
    /// </summary>
    public Task WriteAsync(Stream output, IEnumerable<IReadOnlyDictionary<string, object?>> people, CancellationToken cancellationToken) =>
        XlsxSheetRewriter.WriteAsync(ToBytes(), output, eachRow: null, (writer, _) =>
        {
            uint text = (uint)_text.Index, date = (uint)_date.Index, number = 2;
            foreach (var values in people)
            {
                writer.WriteStartElement(new Row { RowIndex = number });
                for (var i = 0; i < StaffColumns.All.Count; i++)
                {
                    var reference = XlsxRowReader.ColumnName(i + 1) + number;
                    switch (values.GetValueOrDefault(StaffColumns.All[i]))
                    {
                        case DateOnly day:
                            writer.WriteElement(XlsxCells.Date(reference, day, date));
                            break;
                        case string value:
                            writer.WriteElement(XlsxCells.Text(reference, value, text));
                            break;
                    }
                }

                writer.WriteEndElement();
                number++;
            }

            return Task.CompletedTask;
        }, cancellationToken);

    private void WriteHeader()
    {
        var header = _styles[new XlsxStyle { Bold = true, Fill = IndexedColors.LightCornflowerBlue.Index, Wrap = true }];
        var row = _sheet.CreateRow(0);
        for (var i = 0; i < StaffColumns.All.Count; i++)
        {
            var name = StaffColumns.All[i];
            var cell = row.CreateCell(i);
            cell.SetCellValue(name);
            cell.CellStyle = header;

            // AutoSizeColumn needs libgdiplus; widths are set by hand (units of 1/256 of a character).
            _sheet.SetColumnWidth(i, 256 * (name switch
            {
                StaffColumns.FullName => 28,
                StaffColumns.UnitCode => 36,
                StaffColumns.Role => 30,
                StaffColumns.Email => 26,
                StaffColumns.StaffId => 38,
                _ => 16,
            }));
            _sheet.SetDefaultColumnStyle(i, StaffColumns.Dates.Contains(name) ? _date : _text);
        }

        _sheet.CreateFreezePane(0, 1);
    }

    private void AddList(ISheet lists, int column, string rangeName, IReadOnlyList<string> entries, string forHeader)
    {
        lists.CreateRow(0).CreateCell(column).SetCellValue(forHeader);
        for (var i = 0; i < entries.Count; i++)
        {
            (lists.GetRow(i + 1) ?? lists.CreateRow(i + 1)).CreateCell(column).SetCellValue(entries[i]);
        }

        var name = _workbook.CreateName();
        name.NameName = rangeName;
        var letter = XlsxRowReader.ColumnName(column + 1);
        name.RefersToFormula = $"{ListSheetName}!${letter}$2:${letter}${Math.Max(entries.Count, 1) + 1}";

        var target = StaffColumns.All.ToList().IndexOf(forHeader);
        var helper = _sheet.GetDataValidationHelper();
        var validation = helper.CreateValidation(helper.CreateFormulaListConstraint(rangeName),
            new CellRangeAddressList(1, ValidatedRows, target, target));
        validation.ShowErrorBox = forHeader != StaffColumns.UnitCode; // a bare code is also accepted for the unit
        validation.CreateErrorBox("Giá trị không hợp lệ", "Hãy chọn một giá trị trong danh sách.");
        _sheet.AddValidationData(validation);
    }

    private void WriteGuide(DateOnly asOf)
    {
        var guide = _workbook.CreateSheet(GuideSheetName);
        guide.SetColumnWidth(0, 256 * 110);
        string[] lines =
        [
            "HƯỚNG DẪN ĐIỀN DANH SÁCH CÁN BỘ",
            "",
            "1. Mỗi dòng của sheet \"" + DataSheetName + "\" là một người, bắt đầu từ dòng 2. Giữ nguyên tên các cột ở dòng 1 (có thể đổi thứ tự cột).",
            "2. Bắt buộc với người mới: Họ và tên, Mã đơn vị, Chức danh, Thuộc diện chỉ tiêu.",
            "3. Giới tính: Nam hoặc Nữ. Ngày sinh và Ngày kết thúc: dạng ngày/tháng/năm (ví dụ 05/07/1985).",
            "4. Dân tộc: chọn một trong 54 dân tộc của danh sách (chấp nhận cả cách viết khác như H'Mông, Mèo).",
            "5. Số CCCD: đủ 12 chữ số, kể cả các số 0 ở đầu (CCCD đăng ký tại Cao Bằng bắt đầu bằng 004). Không trùng với người khác.",
            "6. Số điện thoại: 10 chữ số, bắt đầu bằng số 0.",
            $"7. Mã đơn vị: chọn trong danh sách (\"mã - tên\") hoặc gõ mã đơn vị. Mã được hiểu theo đơn vị hành chính ngày {asOf:dd/MM/yyyy}.",
            "8. Chức danh: Cán bộ chuyên trách, Báo cáo viên, Truyền thông viên, Cộng tác viên, Thành viên Đội kiểm tra liên ngành hoặc Khác.",
            "9. Thuộc diện chỉ tiêu: Có nếu người này được tính vào chỉ tiêu 100% cán bộ được tập huấn, ngược lại Không.",
            "10. Mã cán bộ: do hệ thống điền khi xuất danh sách. Giữ nguyên để cập nhật đúng người; để trống với người mới.",
            "11. Ngày kết thúc: điền khi người này thôi tham gia công tác; để trống nếu vẫn đang công tác.",
            "12. Với người đã có trong danh sách, ô để trống được hiểu là giữ nguyên thông tin cũ.",
            "13. Khi nhập, hệ thống kiểm tra trước từng dòng và báo lỗi theo số dòng của Excel; có thể tải về chính tệp này kèm cột \"Lỗi\".",
        ];
        for (var i = 0; i < lines.Length; i++)
        {
            guide.CreateRow(i).CreateCell(0).SetCellValue(lines[i]);
        }
    }
}
