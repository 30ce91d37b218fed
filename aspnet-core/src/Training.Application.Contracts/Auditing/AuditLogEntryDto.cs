namespace Training.Auditing;

public sealed record AuditLogEntryDto(Guid Id, DateTimeOffset OccurredAt, string? UserName, string EntityType, string EntityId,
    AuditAction Action, string Changes);
