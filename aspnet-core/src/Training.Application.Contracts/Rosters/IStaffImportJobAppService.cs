namespace Training.Rosters;

/// <summary>Imports run in the background for the import page: queued, processed by one node's scheduler, polled.</summary>
public interface IStaffImportJobAppService
{
    Task<Guid> QueueAsync(string fileName, Stream file, DateOnly? asOf, bool dryRun, StaffImportMode mode, CancellationToken cancellationToken = default);

    /// <summary>A job of the caller's own.</summary>
    Task<StaffImportJobDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The same file again: for real after a dry run, or its valid rows only.</summary>
    Task<Guid> RepeatAsync(Guid id, bool dryRun, StaffImportMode mode, CancellationToken cancellationToken = default);

    /// <summary>The job's file with the error column.</summary>
    Task<Training.Documents.FileContentDto> GetErrorReportAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Runs a queued job; called by the scheduler, in a scope acting for the user who queued it.</summary>
    Task RunAsync(Guid id, CancellationToken cancellationToken = default);
}
