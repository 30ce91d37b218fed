namespace Training.Coverage;

public interface ICoveragePlanAppService
{
    Task<IReadOnlyList<CoveragePlanDto>> GetListAsync(CancellationToken cancellationToken = default);

    Task<CoveragePlanDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<CoveragePlanDto> CreateAsync(SaveCoveragePlanDto input, CancellationToken cancellationToken = default);

    Task<CoveragePlanDto> UpdateAsync(Guid id, SaveCoveragePlanDto input, CancellationToken cancellationToken = default);
}
