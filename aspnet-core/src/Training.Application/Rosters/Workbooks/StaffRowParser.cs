using System.Globalization;
using Training.Documents;
using Training.OrganizationUnits;

namespace Training.Rosters.Workbooks;

/// <summary>
/// Turns the cells of one row into a <see cref="StaffImportRow"/>: text trimmed and composed (NFC), dates as Excel dates
/// or dd/MM/yyyy text, IDs and phones typed as numbers accepted, any listed spelling of an ethnicity, units by code on
/// the import's date (whether the caller may use that unit is the matcher's to say). Each problem is recorded against its column; nothing throws.
/// </summary>
public sealed class StaffRowParser(
    IReadOnlyDictionary<string, int> columns,
    IReadOnlyDictionary<string, OrganizationUnit> unitsByCode,
    StaffFieldAccess access,
    DateOnly asOf)
{
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy", "yyyy-MM-dd", "dd.MM.yyyy"];

    public StaffImportRow Parse(XlsxRow source)
    {
        var row = new StaffImportRow(source.RowNumber);
        row.FullName = Text(source, StaffColumns.FullName) is { } name ? CheckName(row, name) : null;
        if (Text(source, StaffColumns.Gender) is { } gender)
        {
            row.Gender = StaffColumns.TryParseGender(gender, out var g) ? g : Fail<Gender?>(row, StaffColumns.Gender, TrainingErrorCodes.StaffGenderUnknown);
        }

        row.BirthDate = Date(source, row, StaffColumns.BirthDate);
        if (row.BirthDate is { } birth && (birth.Year < 1900 || birth > asOf.AddYears(-14)))
        {
            row.Fail(StaffColumns.BirthDate, TrainingErrorCodes.StaffBirthDateInvalid);
        }

        if (Text(source, StaffColumns.Ethnicity) is { } ethnicity)
        {
            row.Ethnicity = !access.Ethnicity ? Fail<string?>(row, StaffColumns.Ethnicity, TrainingErrorCodes.Forbidden)
                : EthnicGroups.TryResolve(ethnicity, out var name2) ? name2
                : Fail<string?>(row, StaffColumns.Ethnicity, TrainingErrorCodes.StaffEthnicityUnknown);
        }

        if (Text(source, StaffColumns.NationalId) is { } nationalId)
        {
            row.NationalId = !access.NationalId ? Fail<string?>(row, StaffColumns.NationalId, TrainingErrorCodes.Forbidden)
                : ContactFormats.TryNormaliseNationalId(nationalId, out var id) ? id
                : Fail<string?>(row, StaffColumns.NationalId, TrainingErrorCodes.StaffNationalIdInvalid);
        }

        // A phone masked as the export masks it for those who may not read it says nothing new.
        if (Text(source, StaffColumns.Phone) is { } phone && !ContactFormats.IsMasked(phone))
        {
            row.Phone = Try(row, StaffColumns.Phone, () => ContactFormats.NormalisePhone(phone));
        }

        if (Text(source, StaffColumns.Email) is { } email)
        {
            row.Email = Try(row, StaffColumns.Email, () => ContactFormats.NormaliseEmail(email));
        }

        if (Text(source, StaffColumns.UnitCode) is { } unit)
        {
            row.UnitCode = RosterAccess.BareCode(unit);
            row.Unit = unitsByCode.GetValueOrDefault(row.UnitCode);
        }

        if (Text(source, StaffColumns.Role) is { } role)
        {
            row.Role = StaffColumns.TryParseRole(role, out var r) ? r : Fail<StaffRole?>(row, StaffColumns.Role, TrainingErrorCodes.StaffRoleUnknown);
        }

        if (Text(source, StaffColumns.InScope) is { } scope)
        {
            row.InScope = StaffColumns.TryParseYesNo(scope, out var yes) ? yes : Fail<bool?>(row, StaffColumns.InScope, TrainingErrorCodes.StaffInScopeUnknown);
        }

        if (Text(source, StaffColumns.StaffId) is { } staffId)
        {
            row.StaffId = Guid.TryParse(staffId, out var guid) ? guid : Fail<Guid?>(row, StaffColumns.StaffId, TrainingErrorCodes.ImportStaffIdUnknown);
        }

        row.EndDate = Date(source, row, StaffColumns.EndDate);
        return row;
    }

    private static string? CheckName(StaffImportRow row, string name) =>
        name.Length > StaffMemberConsts.MaxFullNameLength ? Fail<string?>(row, StaffColumns.FullName, TrainingErrorCodes.StaffNameRequired) : name;

    /// <summary>The cell as text, trimmed and composed; a leading apostrophe (a neutralised formula) taken off; blank as null.
    /// A number cell is written without exponent or decimals.</summary>
    private string? Text(XlsxRow source, string column)
    {
        if (!columns.TryGetValue(column, out var index) || !source.Cells.TryGetValue(index, out var cell))
        {
            return null;
        }

        var text = cell.Number is { } number ? number.ToString("0.##########", CultureInfo.InvariantCulture) : Training.Text.VietnameseText.Clean(cell.Text);
        if (text.StartsWith('\''))
        {
            text = text[1..].Trim();
        }

        return text.Length == 0 ? null : text;
    }

    private DateOnly? Date(XlsxRow source, StaffImportRow row, string column)
    {
        if (!columns.TryGetValue(column, out var index) || !source.Cells.TryGetValue(index, out var cell))
        {
            return null;
        }

        if (cell.Number is { } serial)
        {
            // Excel's date serials; 1 = 1900-01-01. Anything outside a plausible range is not a date someone meant.
            return serial is > 1 and < 2958465 ? DateOnly.FromDateTime(DateTime.FromOADate(serial)) : Fail<DateOnly?>(row, column, TrainingErrorCodes.ImportDateInvalid);
        }

        var text = Text(source, column);
        return text is null ? null
            : DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
            : Fail<DateOnly?>(row, column, TrainingErrorCodes.ImportDateInvalid);
    }

    private static string? Try(StaffImportRow row, string column, Func<string?> normalise)
    {
        try
        {
            return normalise();
        }
        catch (TrainingException e)
        {
            row.Fail(column, e.Code);
            return null;
        }
    }

    private static T Fail<T>(StaffImportRow row, string column, string code)
    {
        row.Fail(column, code);
        return default!;
    }
}
