namespace Training.Rosters.Workbooks;

/// <summary>
/// One data row of a roster file, parsed. A null field was left blank: "unchanged" for a person already on the roster,
/// "none" for a new one. <see cref="Errors"/> holds what was wrong with it, column by column.
/// </summary>
public sealed class StaffImportRow(int rowNumber)
{
    public int RowNumber { get; } = rowNumber;

    public string? FullName { get; set; }

    public Gender? Gender { get; set; }

    public DateOnly? BirthDate { get; set; }

    public string? Ethnicity { get; set; }

    public string? NationalId { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    /// <summary>The unit code as written (without the " - name" of a list entry).</summary>
    public string? UnitCode { get; set; }

    /// <summary>The unit with <see cref="UnitCode"/> on the import's date, when it is in the caller's scope.</summary>
    public OrganizationUnits.OrganizationUnit? Unit { get; set; }

    public StaffRole? Role { get; set; }

    public bool? InScope { get; set; }

    public Guid? StaffId { get; set; }

    public DateOnly? EndDate { get; set; }

    /// <summary>The person this row is about, once matched; null for someone new.</summary>
    public StaffMember? Existing { get; set; }

    public List<(string? Column, string Code, string[] Arguments)> Errors { get; } = [];

    /// <summary>The row as a change to its person: a blank cell keeps the value, as the template's guide says.</summary>
    public StaffMemberChanges Changes => new()
    {
        FullName = FieldChange<string?>.SetOrKeep(FullName), Gender = FieldChange<Gender?>.SetOrKeep(Gender),
        BirthDate = FieldChange<DateOnly?>.SetOrKeep(BirthDate), Ethnicity = FieldChange<string?>.SetOrKeep(Ethnicity),
        NationalId = FieldChange<string?>.SetOrKeep(NationalId), Phone = FieldChange<string?>.SetOrKeep(Phone), Email = FieldChange<string?>.SetOrKeep(Email),
        Role = FieldChange<StaffRole?>.SetOrKeep(Role), InScope = FieldChange<bool?>.SetOrKeep(InScope), ActiveTo = FieldChange<DateOnly?>.SetOrKeep(EndDate),
    };

    public bool IsValid => Errors.Count == 0;

    /// <param name="arguments">Fill the message's placeholders, e.g. the unit code that was not found.</param>
    public void Fail(string? column, string code, params string[] arguments) => Errors.Add((column, code, arguments));
}
