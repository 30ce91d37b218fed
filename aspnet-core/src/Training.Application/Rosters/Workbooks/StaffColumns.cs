using Training.Text;

namespace Training.Rosters.Workbooks;

/// <summary>The roster workbook's columns, headed in Vietnamese exactly as unit officers know them, and its word lists.</summary>
public static class StaffColumns
{
    public const string FullName = "Họ và tên";
    public const string Gender = "Giới tính";
    public const string BirthDate = "Ngày sinh";
    public const string Ethnicity = "Dân tộc";
    public const string NationalId = "Số CCCD";
    public const string Phone = "Số điện thoại";
    public const string Email = "Email";
    public const string UnitCode = "Mã đơn vị";
    public const string Role = "Chức danh";
    public const string InScope = "Thuộc diện chỉ tiêu";
    public const string StaffId = "Mã cán bộ";
    public const string EndDate = "Ngày kết thúc";

    /// <summary>Added by the error report after the last column.</summary>
    public const string Errors = "Lỗi";

    public static readonly IReadOnlyList<string> All =
        [FullName, Gender, BirthDate, Ethnicity, NationalId, Phone, Email, UnitCode, Role, InScope, StaffId, EndDate];

    /// <summary>Columns a file must have; the others may be left out.</summary>
    public static readonly IReadOnlyList<string> Required = [FullName, UnitCode, Role, InScope];

    /// <summary>Columns kept as text so that leading zeros survive (CCCDs of Cao Bằng begin with 004).</summary>
    public static readonly IReadOnlyList<string> Text = [NationalId, Phone, UnitCode, StaffId];

    public static readonly IReadOnlyList<string> Dates = [BirthDate, EndDate];

    public const string DateFormat = "dd/MM/yyyy";

    public static readonly IReadOnlyDictionary<Rosters.Gender, string> GenderNames = new Dictionary<Rosters.Gender, string>
    {
        [Rosters.Gender.Male] = "Nam",
        [Rosters.Gender.Female] = "Nữ",
    };

    public const string Yes = "Có";
    public const string No = "Không";

    /// <summary>The same name for a header or a list entry, whatever its case, marks or spacing.</summary>
    public static string Key(string? text) => VietnameseText.SearchKey(text);

    public static string GenderName(Rosters.Gender gender) => GenderNames.TryGetValue(gender, out var name) ? name : gender.ToString();

    public static bool TryParseGender(string text, out Rosters.Gender gender) => TryParse(GenderNames, text, out gender);

    public static bool TryParseRole(string text, out StaffRole role) => TryParse(StaffRoleNames.All, text, out role);

    public static bool TryParseYesNo(string text, out bool value)
    {
        var key = Key(text);
        value = key is "co" or "x" or "1" or "yes" or "true";
        return value || key is "khong" or "0" or "no" or "false";
    }

    private static bool TryParse<T>(IReadOnlyDictionary<T, string> names, string text, out T value) where T : struct, Enum
    {
        var key = Key(text);
        foreach (var (candidate, name) in names)
        {
            if (Key(name) == key || string.Equals(candidate.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
