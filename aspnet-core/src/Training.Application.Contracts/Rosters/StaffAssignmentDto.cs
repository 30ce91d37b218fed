namespace Training.Rosters;

/// <summary>One period of a person's unit history: where they belonged from one date to another (the last one open).</summary>
public sealed record StaffAssignmentDto(Guid Id, Guid UnitId, string UnitCode, string UnitName, DateOnly From, DateOnly? To);
