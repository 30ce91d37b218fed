using Training.Common;

namespace Training.Auditing;

public sealed class AuditLogAppService(IAuditLogRepository repository) : IAuditLogAppService
{
    public async Task<PagedResultDto<AuditLogEntryDto>> GetListAsync(GetAuditLogInput input, CancellationToken cancellationToken = default)
    {
        var (entries, total) = await repository.GetPageAsync(input.EntityType, input.EntityId, input.UserName, input.Skip, input.Take, cancellationToken);
        return new PagedResultDto<AuditLogEntryDto>(
            entries.Select(e => new AuditLogEntryDto(e.Id, e.OccurredAt, e.UserName, e.EntityType, e.EntityId, e.Action, e.Changes)).ToList(),
            total);
    }
}
