namespace Training.Rosters;

/// <summary>
/// A roster file handed in on the import page, processed in the background by whichever node's scheduler takes it (so a
/// long file neither blocks the page nor dies with one node). It keeps the file, so that the officer can download it
/// back with the error column and import it for real after a dry run, and its progress and result.
/// </summary>
public class StaffImportJob
{
    private StaffImportJob()
    {
        FileName = null!;
        Content = null!;
        Culture = null!;
    }

    public StaffImportJob(Guid id, Guid requestedBy, string culture, string fileName, byte[] content, DateOnly asOf, bool dryRun, StaffImportMode mode,
        DateTimeOffset now)
    {
        Id = id;
        Culture = culture;
        RequestedBy = requestedBy;
        FileName = Path.GetFileName(fileName);
        Content = content;
        AsOf = asOf;
        DryRun = dryRun;
        Mode = mode;
        CreatedAt = now;
        Status = StaffImportJobStatus.Queued;
    }

    public Guid Id { get; private set; }

    public Guid RequestedBy { get; private set; }

    /// <summary>The language of the person who queued it: the messages of the result are written in it.</summary>
    public string Culture { get; private set; }

    public string FileName { get; private set; }

    public byte[] Content { get; private set; }

    public DateOnly AsOf { get; private set; }

    public bool DryRun { get; private set; }

    public StaffImportMode Mode { get; private set; }

    public StaffImportJobStatus Status { get; private set; }

    public int RowsRead { get; private set; }

    /// <summary>The result as JSON (<c>StaffImportResultDto</c>) once completed.</summary>
    public string? Result { get; private set; }

    /// <summary>Why the file as a whole was refused (not an .xlsx, no header …), when it failed.</summary>
    public string? ErrorCode { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public bool IsFinished => Status is StaffImportJobStatus.Completed or StaffImportJobStatus.Failed;

    public void Start() => Status = StaffImportJobStatus.Running;

    public void Complete(string result, DateTimeOffset now)
    {
        Status = StaffImportJobStatus.Completed;
        Result = result;
        FinishedAt = now;
    }

    public void Fail(string errorCode, DateTimeOffset now)
    {
        Status = StaffImportJobStatus.Failed;
        ErrorCode = errorCode;
        FinishedAt = now;
    }

    /// <summary>The same file again, for real (after a dry run) or for its valid rows only.</summary>
    public StaffImportJob Repeat(bool dryRun, StaffImportMode mode, DateTimeOffset now) =>
        new(Guid.CreateVersion7(), RequestedBy, Culture, FileName, Content, AsOf, dryRun, mode, now);
}
