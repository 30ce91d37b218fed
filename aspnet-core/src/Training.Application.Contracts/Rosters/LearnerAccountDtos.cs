namespace Training.Rosters;

/// <summary>A new account and its one-time password: shown once, on the slip handed to the person.</summary>
public sealed record LearnerAccountDto(Guid StaffId, string FullName, string UnitName, string UserName, string OneTimePassword);

public sealed record LearnerAccountErrorDto(Guid StaffId, string? FullName, string Code, string Message);

public sealed record LearnerAccountsResultDto(IReadOnlyList<LearnerAccountDto> Created, IReadOnlyList<LearnerAccountErrorDto> Skipped);

public sealed record CreateLearnerAccountsDto(
    [System.ComponentModel.DataAnnotations.Required, System.ComponentModel.DataAnnotations.Length(1, LearnerAccountLimits.MaxPerRequest)]
    IReadOnlyList<Guid> StaffIds);

public interface ILearnerAccountAppService
{
    /// <summary>Creates a learner account for each selected person (user name: e-mail, else phone), linked to that person,
    /// with a one-time password that must be changed at first sign-in. People who cannot have one are listed with why.</summary>
    Task<LearnerAccountsResultDto> CreateAsync(CreateLearnerAccountsDto input, CancellationToken cancellationToken = default);

    /// <summary>The printable slips (.xlsx): one per account, to cut and hand out; those skipped on a second sheet.</summary>
    byte[] WriteSlips(LearnerAccountsResultDto result, string signInAddress);
}
