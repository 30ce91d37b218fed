using Training.Common;

namespace Training.Auditing;

public sealed record GetAuditLogInput : PagedInput
{
    public string? EntityType { get; init; }

    public string? EntityId { get; init; }

    public string? UserName { get; init; }
}
