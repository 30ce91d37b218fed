using Training.Common;

namespace Training.Coverage;

public interface ICoverageAppService
{
    Task<CoverageDto> GetAsync(GetCoverageInput input, CancellationToken cancellationToken = default);

    /// <summary>The same coverage broken down each way asked (<see cref="GetCoverageInput.GroupBy"/> ignored), in that order,
    /// counted once: what a dashboard shows side by side.</summary>
    Task<IReadOnlyList<CoverageDto>> GetBreakdownsAsync(GetCoverageInput input, IReadOnlyList<CoverageGrouping> groupings,
        CancellationToken cancellationToken = default);

    Task<PagedResultDto<UntrainedStaffDto>> GetUntrainedAsync(GetUntrainedInput input, CancellationToken cancellationToken = default);

    /// <summary>The nightly snapshots of the unit under the plan, oldest first.</summary>
    Task<IReadOnlyList<CoverageTrendPointDto>> GetTrendAsync(GetCoverageInput input, CancellationToken cancellationToken = default);
}
