namespace Training.Rosters;

/// <summary>
/// One write to a person, field by field. The API, the roster page and the import each build one and the
/// <see cref="StaffMemberManager"/> applies it, so that a blank cell, an absent field and an emptied form field mean the same
/// wherever a person is written: what certificates print and coverage counts never depends on the way in.
/// The unit is not a field: a move is dated and checked against the caller's scope on both dates.
/// </summary>
public sealed record StaffMemberChanges
{
    public FieldChange<string?> FullName { get; init; }

    public FieldChange<Gender?> Gender { get; init; }

    public FieldChange<DateOnly?> BirthDate { get; init; }

    public FieldChange<string?> Ethnicity { get; init; }

    public FieldChange<string?> NationalId { get; init; }

    public FieldChange<string?> Phone { get; init; }

    public FieldChange<string?> Email { get; init; }

    public FieldChange<StaffRole?> Role { get; init; }

    public FieldChange<bool?> InScope { get; init; }

    /// <summary>Set: the last active day; clear: back on the roster.</summary>
    public FieldChange<DateOnly?> ActiveTo { get; init; }

    /// <summary>A text as a form or a request sends it: absent keeps, empty clears, a value sets.</summary>
    public static FieldChange<string?> Text(string? value) =>
        value is null ? FieldChange<string?>.Keep
        : value.Trim().Length == 0 ? FieldChange<string?>.Clear
        : FieldChange<string?>.Set(value);

    /// <summary>A phone as <see cref="Text"/>, except that a masked one (the roster shows "•••••••678" to those who may not
    /// read the number) sent back unchanged keeps the number.</summary>
    public static FieldChange<string?> PhoneText(string? value) =>
        value is not null && ContactFormats.IsMasked(value) ? FieldChange<string?>.Keep : Text(value);

    /// <summary>Whether applying it would change the person: an unchanged import row writes nothing.</summary>
    public bool Changes(StaffMember person) =>
        FullName.Changes(person.FullName) || Gender.Changes(person.Gender) || BirthDate.Changes(person.BirthDate) || Ethnicity.Changes(person.Ethnicity)
        || NationalId.Changes(person.NationalId) || Phone.Changes(person.Phone) || Email.Changes(person.Email) || Role.Changes(person.Role)
        || InScope.Changes(person.InScope) || ActiveTo.Changes(person.ActiveTo);

    /// <summary>Every field but the national ID, whose uniqueness the manager checks first.</summary>
    internal void ApplyTo(StaffMember person)
    {
        Require(FullName, TrainingErrorCodes.StaffNameRequired, "fullName");
        Require(Role, TrainingErrorCodes.StaffRoleUnknown, "role");
        Require(InScope, TrainingErrorCodes.StaffInScopeUnknown, "inScope");
        if (FullName.Changes(person.FullName))
        {
            person.Rename(FullName.Value!);
        }

        if (Gender.Changes(person.Gender))
        {
            person.SetGender(Gender.Value);
        }

        if (BirthDate.Changes(person.BirthDate))
        {
            person.SetBirthDate(BirthDate.Value);
        }

        if (Ethnicity.Changes(person.Ethnicity))
        {
            person.SetEthnicity(Ethnicity.Value);
        }

        if (Phone.Changes(person.Phone))
        {
            person.SetPhone(Phone.Value);
        }

        if (Email.Changes(person.Email))
        {
            person.SetEmail(Email.Value);
        }

        if (Role.Changes(person.Role))
        {
            person.SetRole(Role.Value!.Value);
        }

        if (InScope.Changes(person.InScope))
        {
            person.SetInScope(InScope.Value!.Value);
        }

        if (ActiveTo.Changes(person.ActiveTo))
        {
            if (ActiveTo.Value is { } lastDay)
            {
                person.Deactivate(lastDay);
            }
            else
            {
                person.Reactivate();
            }
        }
    }

    private static void Require<T>(FieldChange<T> change, string code, string field)
    {
        if (change.Kind == FieldChangeKind.Clear)
        {
            throw new TrainingException(code) { Field = field };
        }
    }
}
