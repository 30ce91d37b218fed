using Training.Auditing;
using Training.Text;

namespace Training.Rosters;

/// <summary>
/// One person on a roster (cán bộ / học viên). The unit has a history: a move is dated, so a report on date D counts
/// the person where they were on D. Never deleted: deactivation sets the last active day.
/// </summary>
public class StaffMember
{
    private readonly List<StaffUnitAssignment> _assignments = [];

    private StaffMember()
    {
        FullName = null!;
        SearchKey = null!;
        SortKey = null!;
    }

    internal StaffMember(Guid id, string fullName, Guid unitId, StaffRole role, bool inScope, DateOnly activeFrom)
    {
        Id = id;
        Rename(fullName);
        SetRole(role);
        InScope = inScope;
        ActiveFrom = activeFrom;
        UnitId = unitId;
        _assignments.Add(new StaffUnitAssignment(id, unitId, activeFrom));
    }

    public Guid Id { get; private set; }

    public string FullName { get; private set; }

    /// <summary>The name without case or marks, for search and for matching an imported row.</summary>
    public string SearchKey { get; private set; }

    /// <summary>Vietnamese order: given name first. See <see cref="VietnameseText.SortKey"/>.</summary>
    public string SortKey { get; private set; }

    public Gender? Gender { get; private set; }

    [SensitiveData]
    public DateOnly? BirthDate { get; private set; }

    [SensitiveData]
    public string? Ethnicity { get; private set; }

    [SensitiveData]
    public string? NationalId { get; private set; }

    [SensitiveData]
    public string? Phone { get; private set; }

    [SensitiveData]
    public string? Email { get; private set; }

    /// <summary>The unit of the latest assignment; the dated history is in <see cref="Assignments"/>.</summary>
    public Guid UnitId { get; private set; }

    public StaffRole Role { get; private set; }

    /// <summary>Counts toward the 100% target of the coverage plans.</summary>
    public bool InScope { get; private set; }

    public DateOnly ActiveFrom { get; private set; }

    public DateOnly? ActiveTo { get; private set; }

    public Guid? UserId { get; private set; }

    public IReadOnlyCollection<StaffUnitAssignment> Assignments => _assignments;

    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(FullName), nameof(SearchKey), nameof(SortKey))]
    public void Rename(string fullName)
    {
        fullName = VietnameseText.Clean(fullName);
        if (fullName.Length is 0 or > StaffMemberConsts.MaxFullNameLength)
        {
            throw new TrainingException(TrainingErrorCodes.StaffNameRequired) { Field = "fullName" };
        }

        FullName = fullName;
        SearchKey = VietnameseText.SearchKey(fullName);
        SortKey = VietnameseText.SortKey(fullName);
    }

    public void SetGender(Gender? gender) =>
        Gender = gender is { } g && !Enum.IsDefined(g) ? throw new TrainingException(TrainingErrorCodes.StaffGenderUnknown) { Field = "gender" } : gender;

    public void SetBirthDate(DateOnly? birthDate)
    {
        if (birthDate is { } date && (date.Year < 1900 || date >= ActiveFrom))
        {
            throw new TrainingException(TrainingErrorCodes.StaffBirthDateInvalid) { Field = "birthDate" };
        }

        BirthDate = birthDate;
    }

    /// <summary>One of the 54 groups, by any spelling the list accepts; empty clears it.</summary>
    public void SetEthnicity(string? ethnicity)
    {
        if (string.IsNullOrWhiteSpace(ethnicity))
        {
            Ethnicity = null;
            return;
        }

        Ethnicity = EthnicGroups.TryResolve(ethnicity, out var name) ? name : throw new TrainingException(TrainingErrorCodes.StaffEthnicityUnknown) { Field = "ethnicity" };
    }

    /// <summary>Uniqueness across the rosters is the <see cref="StaffMemberManager"/>'s to check.</summary>
    internal void SetNationalId(string? nationalId) => NationalId = nationalId;

    public void SetPhone(string? phone) => Phone = ContactFormats.NormalisePhone(phone);

    public void SetEmail(string? email) => Email = ContactFormats.NormaliseEmail(email);

    public void SetRole(StaffRole role) =>
        Role = Enum.IsDefined(role) ? role : throw new TrainingException(TrainingErrorCodes.StaffRoleUnknown) { Field = "role" };

    public void SetInScope(bool inScope) => InScope = inScope;

    /// <summary>The unit history, for reading it on a date.</summary>
    public StaffHistory History => new(_assignments);

    /// <summary>
    /// The person belongs to <paramref name="unitId"/> from <paramref name="from"/>: the assignment of that day ends the day
    /// before. Nothing changes when the person already belongs there on that day.
    /// </summary>
    public void MoveTo(Guid unitId, DateOnly from)
    {
        if (History.MovedSince(unitId, from) is { } later)
        {
            throw TrainingException.Conflict(TrainingErrorCodes.StaffMovedSince, later.From.ToString("dd/MM/yyyy"), later.UnitId);
        }

        if (History.On(from) is not { } current || current.UnitId == unitId)
        {
            return;
        }

        current.EndOn(from.AddDays(-1));
        _assignments.Add(new StaffUnitAssignment(Id, unitId, from));
        UnitId = unitId;
    }

    /// <summary>
    /// An admin's correction of a wrong past move: the assignment's unit, and its start strictly between the starts of its
    /// neighbours; the previous assignment then ends the day before. Correcting the first one moves the person's start too.
    /// </summary>
    public void CorrectAssignment(Guid assignmentId, Guid unitId, DateOnly from)
    {
        var ordered = _assignments.OrderBy(a => a.From).ToList();
        var index = ordered.FindIndex(a => a.Id == assignmentId);
        if (index < 0)
        {
            throw TrainingException.NotFound(TrainingErrorCodes.StaffAssignmentNotFound);
        }

        var previous = index > 0 ? ordered[index - 1] : null;
        var next = index < ordered.Count - 1 ? ordered[index + 1] : null;
        if ((previous is not null && from <= previous.From) || (next is not null && from >= next.From)
            || (previous is null && (from > ActiveTo || (BirthDate is { } born && born >= from))))
        {
            throw new TrainingException(TrainingErrorCodes.StaffAssignmentDateInvalid) { Field = "from" };
        }

        var assignment = ordered[index];
        assignment.Correct(unitId, from);
        previous?.EndOn(from.AddDays(-1));
        if (previous is null)
        {
            ActiveFrom = from;
        }

        if (next is null)
        {
            UnitId = unitId;
        }
    }

    /// <summary>Takes the person off the roster after <paramref name="lastDay"/>; the record and its history stay.</summary>
    public void Deactivate(DateOnly lastDay)
    {
        if (lastDay < ActiveFrom)
        {
            throw new TrainingException(TrainingErrorCodes.StaffEndBeforeStart) { Field = "activeTo" };
        }

        ActiveTo = lastDay;
    }

    /// <summary>Puts the person back on the roster (an ended record was a mistake, or they returned); their account opens again.</summary>
    public void Reactivate() => ActiveTo = null;

    public void LinkUser(Guid userId)
    {
        if (UserId is not null && UserId != userId)
        {
            throw TrainingException.Conflict(TrainingErrorCodes.StaffAlreadyHasAccount);
        }

        UserId = userId;
    }
}
