using Training.OrganizationUnits;

namespace Training.Rosters;

/// <summary>One person of a roster list, with the unit they belonged to on the list's date: what the list shows, unmasked.</summary>
public sealed record StaffListRow(
    Guid Id,
    string FullName,
    Gender? Gender,
    DateOnly? BirthDate,
    string? Ethnicity,
    string? NationalId,
    string? Phone,
    string? Email,
    Guid UnitId,
    string UnitCode,
    string UnitName,
    StaffRole Role,
    bool InScope,
    DateOnly ActiveFrom,
    DateOnly? ActiveTo,
    Guid? UserId)
{
    /// <summary>A person already loaded, shown the same way as a list shows it.</summary>
    public static StaffListRow Of(StaffMember s, OrganizationUnit unit) => new(s.Id, s.FullName, s.Gender, s.BirthDate, s.Ethnicity, s.NationalId,
        s.Phone, s.Email, unit.Id, unit.Code, unit.Name, s.Role, s.InScope, s.ActiveFrom, s.ActiveTo, s.UserId);
}
