namespace Training.Rosters;

/// <summary>A new account and its one-time password: shown once, on the slip handed to the person.</summary>
public sealed record LearnerAccountDto(Guid StaffId, string FullName, string UnitName, string UserName, string OneTimePassword);
