namespace Training.Rosters;

public interface IStaffImportJobRepository
{
    Task<StaffImportJob?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    Task InsertAsync(StaffImportJob job, CancellationToken cancellationToken = default);

    /// <summary>Writes the progress at once, outside the import's own transaction, so the page can show it.</summary>
    Task SetRowsReadAsync(Guid id, int rowsRead, CancellationToken cancellationToken = default);

    /// <summary>Removes jobs (and the files they keep) finished before <paramref name="before"/>.</summary>
    Task<int> DeleteFinishedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken = default);
}
