namespace Training.Coverage;

/// <summary>What the scheduled jobs keep of coverage: the nightly snapshots and the reporting-date files.</summary>
public interface ICoverageRecordRepository
{
    /// <summary>The snapshots of <paramref name="unitId"/> under <paramref name="planId"/>, oldest first.</summary>
    Task<List<CoverageSnapshot>> GetSnapshotsAsync(Guid planId, Guid unitId, CancellationToken cancellationToken = default);

    /// <summary>Whether the plan was snapshotted on <paramref name="date"/> already.</summary>
    Task<bool> HasSnapshotsAsync(Guid planId, DateOnly date, CancellationToken cancellationToken = default);

    Task InsertSnapshotsAsync(IReadOnlyCollection<CoverageSnapshot> snapshots, CancellationToken cancellationToken = default);

    Task<List<CoverageFile>> GetFilesAsync(Guid planId, CancellationToken cancellationToken = default);

    Task<CoverageFile?> FindFileAsync(Guid id, CancellationToken cancellationToken = default);

    Task<bool> HasFileAsync(Guid planId, DateOnly reportingDate, string format, CancellationToken cancellationToken = default);

    Task InsertFileAsync(CoverageFile file, CancellationToken cancellationToken = default);
}
