using Training.Common;

namespace Training.Auditing;

public interface IAuditLogAppService
{
    Task<PagedResultDto<AuditLogEntryDto>> GetListAsync(GetAuditLogInput input, CancellationToken cancellationToken = default);
}
