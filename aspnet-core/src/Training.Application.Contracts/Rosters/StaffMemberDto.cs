namespace Training.Rosters;

/// <summary>A person as the API shows it. A field the caller may not see is null (national ID, ethnicity) or masked (phone).</summary>
public sealed record StaffMemberDto(
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
    Guid? UserId);
