namespace Training.Auditing;

/// <summary>One write to training data: who, when, which entity, which action, and the values that changed.</summary>
public class AuditLogEntry
{
    private AuditLogEntry()
    {
        EntityType = null!;
        EntityId = null!;
        Changes = null!;
    }

    public AuditLogEntry(Guid id, DateTimeOffset occurredAt, Guid? userId, string? userName, string entityType, string entityId,
        AuditAction action, string changes)
    {
        Id = id;
        OccurredAt = occurredAt;
        UserId = userId;
        UserName = userName;
        EntityType = entityType;
        EntityId = entityId;
        Action = action;
        Changes = changes;
    }

    public Guid Id { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public Guid? UserId { get; private set; }

    public string? UserName { get; private set; }

    public string EntityType { get; private set; }

    public string EntityId { get; private set; }

    public AuditAction Action { get; private set; }

    /// <summary>JSON object: property → {old, new}; personal data masked.</summary>
    public string Changes { get; private set; }
}
