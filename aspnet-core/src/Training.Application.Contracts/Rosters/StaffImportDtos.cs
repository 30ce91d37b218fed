namespace Training.Rosters;

/// <param name="Row">The row number as Excel shows it (the header is row 1).</param>
/// <param name="Column">The header text of the column, or null for the whole row.</param>
public sealed record StaffImportErrorDto(int Row, string? Column, string Code, string Message);

public sealed record StaffImportResultDto(int TotalRows, int Created, int Updated, int Unchanged, IReadOnlyList<StaffImportErrorDto> Errors)
{
    /// <summary>Whether the rows were written (false for a dry run, and for an all-or-nothing import with errors).</summary>
    public bool Committed { get; init; }
}

public sealed record StaffImportRequest(Stream File, bool DryRun, StaffImportMode Mode, DateOnly? AsOf);

/// <summary>The roster in Excel: template, import with a row-by-row report, export that round-trips.</summary>
public interface IStaffWorkbookAppService
{
    /// <summary>An .xlsx with the roster's columns, drop-down lists (units of the caller's scope valid on the date) and instructions.</summary>
    Task<byte[]> GetTemplateAsync(DateOnly? asOf, CancellationToken cancellationToken = default);

    Task<StaffImportResultDto> ImportAsync(StaffImportRequest request, IProgress<int>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>The same workbook with an error column filled for each bad row.</summary>
    Task<byte[]> GetErrorReportAsync(Stream file, IReadOnlyList<StaffImportErrorDto> errors, CancellationToken cancellationToken = default);

    /// <summary>The roster of a subtree, in the template's columns with each person's id, so that it imports back unchanged.</summary>
    Task WriteExportAsync(Stream output, string? unitCode, DateOnly? asOf, CancellationToken cancellationToken = default);
}
