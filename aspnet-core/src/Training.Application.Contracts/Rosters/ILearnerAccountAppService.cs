namespace Training.Rosters;

public interface ILearnerAccountAppService
{
    /// <summary>Creates a learner account for each selected person (user name: e-mail, else phone), linked to that person,
    /// with a one-time password that must be changed at first sign-in. People who cannot have one are listed with why.</summary>
    Task<LearnerAccountsResultDto> CreateAsync(CreateLearnerAccountsDto input, CancellationToken cancellationToken = default);

    /// <summary>The printable slips (.xlsx): one per account, to cut and hand out; those skipped on a second sheet.</summary>
    Task<Training.Documents.FileContentDto> GetSlipsAsync(LearnerAccountsResultDto result, string signInAddress, CancellationToken cancellationToken = default);
}
