using Training.Documents;

namespace Training.Coverage;

/// <summary>Coverage on paper: the report in the official layout, the list of the untrained, and the files kept from each reporting date.</summary>
public interface ICoverageReportAppService
{
    Task<FileContentDto> GetExportAsync(GetCoverageExportInput input, CancellationToken cancellationToken = default);

    Task<FileContentDto> GetUntrainedExportAsync(GetUntrainedExportInput input, CancellationToken cancellationToken = default);

    /// <summary>The reports stored on the plan's reporting dates, the latest first; they cover the plan's root.</summary>
    Task<IReadOnlyList<CoverageFileDto>> GetFilesAsync(Guid planId, CancellationToken cancellationToken = default);

    Task<FileContentDto> GetFileAsync(Guid id, CancellationToken cancellationToken = default);
}
