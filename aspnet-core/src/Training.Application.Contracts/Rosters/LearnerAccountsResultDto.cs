namespace Training.Rosters;

public sealed record LearnerAccountsResultDto(IReadOnlyList<LearnerAccountDto> Created, IReadOnlyList<LearnerAccountErrorDto> Skipped);
