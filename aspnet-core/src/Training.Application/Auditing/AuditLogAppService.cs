using Training.Common;
using Training.OrganizationUnits;

namespace Training.Auditing;

/// <summary>The audit log as the caller may read it: entries about units in its scope; the rest only for admins of the whole tree.</summary>
public sealed class AuditLogAppService(IAuditLogRepository repository, IUnitScope scope) : IAuditLogAppService
{
    public async Task<PagedResultDto<AuditLogEntryDto>> GetListAsync(GetAuditLogInput input, CancellationToken cancellationToken = default)
    {
        var scopePaths = await scope.HoldsEveryRootAsync(cancellationToken) ? null : await scope.GetPathsAsync(cancellationToken);
        var (entries, total) = await repository.GetPageAsync(input.EntityType, input.EntityId, input.UserName, scopePaths, input.Skip, input.Take,
            cancellationToken);
        return new PagedResultDto<AuditLogEntryDto>(
            entries.Select(e => new AuditLogEntryDto(e.Id, e.OccurredAt, e.UserName, e.EntityType, e.EntityId, e.Action, e.Changes)).ToList(),
            total);
    }
}
