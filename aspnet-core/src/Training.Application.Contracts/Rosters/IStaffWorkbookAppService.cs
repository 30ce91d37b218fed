using Training.Documents;

namespace Training.Rosters;

/// <summary>The roster in Excel: template, import with a row-by-row report, export that round-trips.</summary>
public interface IStaffWorkbookAppService
{
    /// <summary>An .xlsx with the roster's columns, drop-down lists (units of the caller's scope valid on the date) and instructions.</summary>
    Task<FileContentDto> GetTemplateAsync(DateOnly? asOf, CancellationToken cancellationToken = default);

    Task<StaffImportResultDto> ImportAsync(StaffImportRequest request, IProgress<int>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>The same workbook with an error column filled for each bad row.</summary>
    Task<FileContentDto> GetErrorReportAsync(string fileName, Stream file, IReadOnlyList<StaffImportErrorDto> errors, CancellationToken cancellationToken = default);

    /// <summary>The roster of a subtree, in the template's columns with each person's id, so that it imports back unchanged.</summary>
    Task<FileContentDto> GetExportAsync(string? unitCode, DateOnly? asOf, CancellationToken cancellationToken = default);
}
