namespace Training.Coverage;

public interface ICoveragePlanAppService
{
    Task<IReadOnlyList<CoveragePlanDto>> GetListAsync(CancellationToken cancellationToken = default);

    Task<CoveragePlanDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<CoveragePlanDto> CreateAsync(SaveCoveragePlanDto input, CancellationToken cancellationToken = default);

    Task<CoveragePlanDto> UpdateAsync(Guid id, SaveCoveragePlanDto input, CancellationToken cancellationToken = default);

    /// <summary>The courses flagged as counting toward coverage: what the plan editor offers.</summary>
    Task<IReadOnlyList<CoverageCourseDto>> GetCourseChoicesAsync(CancellationToken cancellationToken = default);
}
