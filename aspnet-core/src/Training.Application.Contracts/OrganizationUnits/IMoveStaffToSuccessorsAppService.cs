namespace Training.OrganizationUnits;

/// <summary>
/// The admin's action of DESIGN.md ("Units over time"): the active staff of units ended by a date, within the caller's
/// units, are moved to the successor valid on that date, dated on its first day, by an appended assignment.
/// </summary>
public interface IMoveStaffToSuccessorsAppService
{
    Task<MoveStaffToSuccessorsResultDto> MoveAsync(MoveStaffToSuccessorsDto input, CancellationToken cancellationToken = default);
}
