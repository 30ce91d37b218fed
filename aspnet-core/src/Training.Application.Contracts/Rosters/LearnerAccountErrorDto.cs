namespace Training.Rosters;

public sealed record LearnerAccountErrorDto(Guid StaffId, string? FullName, string Code, string Message);
