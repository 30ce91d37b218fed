using Training.Common;

namespace Training.Coverage;

public interface ICoverageAppService
{
    Task<CoverageDto> GetAsync(GetCoverageInput input, CancellationToken cancellationToken = default);

    Task<PagedResultDto<UntrainedStaffDto>> GetUntrainedAsync(GetUntrainedInput input, CancellationToken cancellationToken = default);

    /// <summary>The nightly snapshots of the unit under the plan, oldest first.</summary>
    Task<IReadOnlyList<CoverageTrendPointDto>> GetTrendAsync(GetCoverageInput input, CancellationToken cancellationToken = default);
}
