namespace Training.Coverage;

public interface ICoveragePlanRepository
{
    Task<CoveragePlan?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Every plan, the latest period first: a province has a handful.</summary>
    Task<List<CoveragePlan>> GetListAsync(CancellationToken cancellationToken = default);

    Task InsertAsync(CoveragePlan plan, CancellationToken cancellationToken = default);
}
