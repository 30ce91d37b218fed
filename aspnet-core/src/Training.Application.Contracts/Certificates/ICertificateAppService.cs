using Training.Common;
using Training.Documents;

namespace Training.Certificates;

public interface ICertificateAppService
{
    Task<PagedResultDto<CertificateDto>> GetListAsync(GetCertificatesInput input, CancellationToken cancellationToken = default);

    Task<FileContentDto> ExportAsync(GetCertificatesInput input, CancellationToken cancellationToken = default);

    Task<CertificateDetailDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<FileContentDto> GetPdfAsync(Guid id, CancellationToken cancellationToken = default);

    Task<CertificateDetailDto> IssueAsync(IssueCertificateDto input, CancellationToken cancellationToken = default);

    Task<SessionCertificatesResultDto> IssueForSessionAsync(Guid sessionId, CancellationToken cancellationToken = default);

    Task<FileContentDto> GetSessionZipAsync(Guid sessionId, CancellationToken cancellationToken = default);

    Task<CertificateDetailDto> RevokeAsync(Guid id, CertificateReasonDto input, CancellationToken cancellationToken = default);

    Task<CertificateDetailDto> ReissueAsync(Guid id, CertificateReasonDto input, CancellationToken cancellationToken = default);

    Task<CertificateSettingsDto> GetSettingsAsync(Guid unitId, CancellationToken cancellationToken = default);

    Task<CertificateSettingsDto> SaveSettingsAsync(Guid unitId, SaveCertificateSettingsDto input, CancellationToken cancellationToken = default);
}
