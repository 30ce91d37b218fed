namespace Training.Rosters;

public sealed record CreateLearnerAccountsDto(
    [System.ComponentModel.DataAnnotations.Required, System.ComponentModel.DataAnnotations.Length(1, LearnerAccountLimits.MaxPerRequest)]
    IReadOnlyList<Guid> StaffIds);
