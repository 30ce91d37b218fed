using Training.Common;

namespace Training.Auditing;

public sealed record AuditLogEntryDto(Guid Id, DateTimeOffset OccurredAt, string? UserName, string EntityType, string EntityId,
    AuditAction Action, string Changes);

public sealed record GetAuditLogInput : PagedInput
{
    public string? EntityType { get; init; }

    public string? EntityId { get; init; }

    public string? UserName { get; init; }
}

public interface IAuditLogAppService
{
    Task<PagedResultDto<AuditLogEntryDto>> GetListAsync(GetAuditLogInput input, CancellationToken cancellationToken = default);
}
