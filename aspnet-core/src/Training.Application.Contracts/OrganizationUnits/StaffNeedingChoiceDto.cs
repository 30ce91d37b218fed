namespace Training.OrganizationUnits;

/// <summary>A person of an ended unit the action cannot place alone: the unit was split among <see cref="Candidates"/>, or the
/// person's history has a later period the move would overwrite. Not moved; someone moves them by hand.</summary>
public sealed record StaffNeedingChoiceDto(Guid StaffId, string FullName, UnitRefDto From, IReadOnlyList<UnitRefDto> Candidates);
