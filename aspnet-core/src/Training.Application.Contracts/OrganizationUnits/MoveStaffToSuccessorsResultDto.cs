namespace Training.OrganizationUnits;

public sealed record MoveStaffToSuccessorsResultDto(IReadOnlyList<StaffMoveDto> Moves, IReadOnlyList<StaffNeedingChoiceDto> NeedsChoice);
