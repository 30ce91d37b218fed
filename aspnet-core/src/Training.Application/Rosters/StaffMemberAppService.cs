using Training.Auditing;
using Training.Common;
using Training.Identity;
using Training.Permissions;
using Training.Timing;

namespace Training.Rosters;

public sealed class StaffMemberAppService(
    IStaffMemberRepository repository,
    IStaffListQuery list,
    StaffMemberManager manager,
    RosterAccess access,
    ITrainingUnitOfWork unitOfWork,
    IPermissionChecker permissions,
    PersonalDataAudit audit,
    IUserRepository users,
    TimeProvider clock) : IStaffMemberAppService
{
    public async Task<PagedResultDto<StaffMemberDto>> GetListAsync(GetStaffListInput input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Rosters.Default, cancellationToken);
        var asOf = input.AsOf ?? BusinessClock.Today(clock);
        var paths = await access.GetPathsAsync(input.UnitCode, asOf, input.AsOf is null, cancellationToken);
        var (rows, total) = await list.GetPageAsync(
            new StaffQuery(paths, asOf, input.Role, input.InScope, input.Search, ActiveOnly: input.IncludeInactive != true),
            input.Skip, input.Take, cancellationToken);
        var fields = await access.GetFieldAccessAsync(cancellationToken);
        await audit.RecordAsync(AuditAction.Read, nameof(StaffMember), "list", paths,
            new { input.UnitCode, asOf, input.Role, input.Search, input.Page, count = rows.Count, total, fields }, cancellationToken);
        return new PagedResultDto<StaffMemberDto>(rows.Select(fields.ToDto).ToList(), total);
    }

    public async Task<StaffMemberDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Rosters.Default, cancellationToken);
        var (staff, unit) = await GetInScopeAsync(id, cancellationToken);
        return (await access.GetFieldAccessAsync(cancellationToken)).ToDto(staff, unit);
    }

    public async Task<StaffMemberDto> CreateAsync(CreateStaffMemberDto input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Rosters.Manage, cancellationToken);
        var details = new StaffMemberChanges
        {
            Gender = FieldChange<Gender?>.SetOrKeep(input.Gender), BirthDate = FieldChange<DateOnly?>.SetOrKeep(input.BirthDate),
            Ethnicity = StaffMemberChanges.Text(input.Ethnicity), NationalId = StaffMemberChanges.Text(input.NationalId),
            Phone = StaffMemberChanges.PhoneText(input.Phone), Email = StaffMemberChanges.Text(input.Email),
        };
        var fields = await access.GetFieldAccessAsync(cancellationToken);
        EnsureMayWrite(fields, details);
        var activeFrom = input.ActiveFrom ?? BusinessClock.Today(clock);
        var unit = await access.GetUnitAsync(input.UnitCode, activeFrom, fallBackToLatest: false, cancellationToken);
        var staff = await manager.CreateAsync(input.FullName, unit.Id, input.Role, input.InScope, activeFrom, details, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return fields.ToDto(staff, unit);
    }

    public async Task<StaffMemberDto> UpdateAsync(Guid id, UpdateStaffMemberDto input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Rosters.Manage, cancellationToken);
        var changes = ChangesOf(input);
        var fields = await access.GetFieldAccessAsync(cancellationToken);
        EnsureMayWrite(fields, changes);
        var (staff, unit) = await GetInScopeAsync(id, cancellationToken);
        var today = BusinessClock.Today(clock);
        var movedOn = input.MovedOn ?? today;
        await access.EnsureMayChangeAsync(staff, string.IsNullOrWhiteSpace(input.UnitCode) ? today : movedOn, cancellationToken);
        if (changes.ActiveTo.Value is { } lastDay)
        {
            await access.EnsureMayChangeAsync(staff, lastDay, cancellationToken);
        }

        await manager.ApplyAsync(staff, changes, cancellationToken);
        if (!string.IsNullOrWhiteSpace(input.UnitCode))
        {
            var target = await access.GetUnitAsync(input.UnitCode, movedOn, fallBackToLatest: false, cancellationToken);
            await access.MoveAsync(staff, target.Id, movedOn, cancellationToken);
            unit = staff.UnitId == target.Id ? target : unit;
        }

        await SaveAsync(staff, cancellationToken);
        return fields.ToDto(staff, unit);
    }

    public async Task DeactivateAsync(Guid id, DateOnly? lastDay, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Rosters.Manage, cancellationToken);
        var (staff, _) = await GetInScopeAsync(id, cancellationToken);
        var day = lastDay ?? BusinessClock.Today(clock);
        await access.EnsureMayChangeAsync(staff, day, cancellationToken);
        staff.Deactivate(day);
        await SaveAsync(staff, cancellationToken);
    }

    public async Task<IReadOnlyList<StaffAssignmentDto>> GetAssignmentsAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Rosters.Default, cancellationToken);
        var (staff, _) = await GetInScopeAsync(id, cancellationToken);
        return await ToAssignmentDtosAsync(staff, cancellationToken);
    }

    public async Task<IReadOnlyList<StaffAssignmentDto>> CorrectAssignmentAsync(Guid id, Guid assignmentId, CorrectStaffAssignmentDto input,
        CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Rosters.CorrectHistory, cancellationToken);

        var (staff, _) = await GetInScopeAsync(id, cancellationToken);
        var assignment = staff.Assignments.FirstOrDefault(a => a.Id == assignmentId)
            ?? throw TrainingException.NotFound(TrainingErrorCodes.StaffAssignmentNotFound);

        // The correction rewrites the history from the earlier of the two dates: the caller must hold all of it.
        var from = input.From ?? throw new TrainingException(TrainingErrorCodes.StaffAssignmentDateInvalid) { Field = "from" };
        await access.EnsureMayChangeAsync(staff, assignment.From < from ? assignment.From : from, cancellationToken);
        var unit = await access.GetUnitAsync(input.UnitCode, from, fallBackToLatest: false, cancellationToken);
        staff.CorrectAssignment(assignmentId, unit.Id, from);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ToAssignmentDtosAsync(staff, cancellationToken);
    }

    /// <summary>Ending a person's record closes their account: when it is the last administrator's, the change is refused.</summary>
    private Task SaveAsync(StaffMember staff, CancellationToken cancellationToken) =>
        staff.UserId is null
            ? unitOfWork.SaveChangesAsync(cancellationToken)
            : AdministrationGuard.RunAsync(unitOfWork, users, clock, () => unitOfWork.SaveChangesAsync(cancellationToken), cancellationToken);

    private async Task<IReadOnlyList<StaffAssignmentDto>> ToAssignmentDtosAsync(StaffMember staff, CancellationToken cancellationToken)
    {
        var units = await access.GetUnitsByIdAsync(staff.Assignments.Select(a => a.UnitId), cancellationToken);
        return staff.Assignments.OrderBy(a => a.From)
            .Select(a => new StaffAssignmentDto(a.Id, a.UnitId, units[a.UnitId].Code, units[a.UnitId].Name, a.From, a.To))
            .ToList();
    }

    private async Task<(StaffMember Staff, OrganizationUnits.OrganizationUnit Unit)> GetInScopeAsync(Guid id, CancellationToken cancellationToken)
    {
        var staff = await repository.FindAsync(id, cancellationToken) ?? throw TrainingException.NotFound(TrainingErrorCodes.StaffNotFound);
        var unit = (await access.GetUnitsByIdAsync([staff.UnitId], cancellationToken))[staff.UnitId];
        await access.EnsureInScopeAsync(unit, cancellationToken);
        return (staff, unit);
    }

    /// <summary>National ID and ethnicity are written, or cleared, only by those who may see them (Law 91/2025/QH15).</summary>
    private static void EnsureMayWrite(StaffFieldAccess fields, StaffMemberChanges changes)
    {
        if ((!fields.NationalId && changes.NationalId.Kind != FieldChangeKind.Keep) || (!fields.Ethnicity && changes.Ethnicity.Kind != FieldChangeKind.Keep))
        {
            throw new TrainingException(TrainingErrorCodes.Forbidden, TrainingErrorKind.Forbidden);
        }
    }

    /// <summary>
    /// The request as a change: an absent or null field keeps its value, an empty text clears it, and a field without an
    /// empty form (a gender, a date) is cleared by naming it in <c>clear</c>.
    /// </summary>
    private static StaffMemberChanges ChangesOf(UpdateStaffMemberDto input)
    {
        var clear = (input.Clear ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (clear.FirstOrDefault(f => !Clearable.Contains(f)) is { } unknown)
        {
            throw new TrainingException(TrainingErrorCodes.ClearFieldUnknown, TrainingErrorKind.BadRequest, unknown) { Field = "clear" };
        }

        FieldChange<T> OrCleared<T>(string field, FieldChange<T> given) =>
            !clear.Contains(field) ? given
            : given.Kind == FieldChangeKind.Keep ? FieldChange<T>.Clear
            : throw new TrainingException(TrainingErrorCodes.ClearFieldWithValue) { Field = field };

        return new StaffMemberChanges
        {
            FullName = StaffMemberChanges.Text(input.FullName),
            Gender = OrCleared("gender", FieldChange<Gender?>.SetOrKeep(input.Gender)),
            BirthDate = OrCleared("birthDate", FieldChange<DateOnly?>.SetOrKeep(input.BirthDate)),
            Ethnicity = OrCleared("ethnicity", StaffMemberChanges.Text(input.Ethnicity)),
            NationalId = OrCleared("nationalId", StaffMemberChanges.Text(input.NationalId)),
            Phone = OrCleared("phone", StaffMemberChanges.PhoneText(input.Phone)),
            Email = OrCleared("email", StaffMemberChanges.Text(input.Email)),
            Role = FieldChange<StaffRole?>.SetOrKeep(input.Role),
            InScope = FieldChange<bool?>.SetOrKeep(input.InScope),
            ActiveTo = OrCleared("activeTo", FieldChange<DateOnly?>.SetOrKeep(input.ActiveTo)),
        };
    }

    private static readonly HashSet<string> Clearable = new(["gender", "birthDate", "ethnicity", "nationalId", "phone", "email", "activeTo"],
        StringComparer.OrdinalIgnoreCase);
}
