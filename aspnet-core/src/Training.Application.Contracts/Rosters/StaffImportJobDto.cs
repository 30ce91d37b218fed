namespace Training.Rosters;

/// <summary>A queued import as its page shows it: progress while it runs, the result or the file's fault when done.</summary>
public sealed record StaffImportJobDto(
    Guid Id,
    string FileName,
    DateOnly AsOf,
    bool DryRun,
    StaffImportMode Mode,
    StaffImportJobStatus Status,
    int RowsRead,
    StaffImportResultDto? Result,
    string? ErrorCode,
    string? ErrorMessage,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt);
