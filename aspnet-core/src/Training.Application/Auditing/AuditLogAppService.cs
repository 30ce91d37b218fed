using Training.Common;
using Training.Identity;
using Training.OrganizationUnits;
using Training.Permissions;

namespace Training.Auditing;

/// <summary>The audit log as the caller may read it: entries about units in its scope; the rest only for admins of the whole tree.</summary>
public sealed class AuditLogAppService(IPermissionChecker permissions, IAuditLogRepository repository, IUnitScope scope) : IAuditLogAppService
{
    public async Task<PagedResultDto<AuditLogEntryDto>> GetListAsync(GetAuditLogInput input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Auditing.View, cancellationToken);
        var scopePaths = await scope.HoldsEveryRootAsync(cancellationToken) ? null : await scope.GetPathsAsync(cancellationToken);
        var (entries, total) = await repository.GetPageAsync(input.EntityType, input.EntityId, input.UserName, scopePaths, input.Skip, input.Take,
            cancellationToken);
        return new PagedResultDto<AuditLogEntryDto>(
            entries.Select(e => new AuditLogEntryDto(e.Id, e.OccurredAt, e.UserName, e.EntityType, e.EntityId, e.Action, e.Changes)).ToList(),
            total);
    }
}
