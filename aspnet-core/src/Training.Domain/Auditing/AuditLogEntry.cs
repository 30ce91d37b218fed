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
        AuditAction action, string changes, string? unitPaths = null)
    {
        Id = id;
        OccurredAt = occurredAt;
        UserId = userId;
        UserName = userName;
        EntityType = entityType;
        EntityId = entityId;
        Action = action;
        Changes = changes;
        UnitPaths = unitPaths;
    }

    /// <summary>Separator of <see cref="UnitPaths"/>, also written before the first path and after the last.</summary>
    public const char PathSeparator = ';';

    public Guid Id { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public Guid? UserId { get; private set; }

    public string? UserName { get; private set; }

    public string EntityType { get; private set; }

    public string EntityId { get; private set; }

    public AuditAction Action { get; private set; }

    /// <summary>JSON object: property → {old, new}; personal data masked.</summary>
    public string Changes { get; private set; }

    /// <summary>
    /// The paths of the units the entry is about (a person's, a session's organiser, every unit of an account), as
    /// ";path1;path2;": the log shows an entry to those whose scope holds one of them, and one with none only to admins of
    /// the whole tree. Null when it concerns no unit (a course, a role's permissions).
    /// </summary>
    public string? UnitPaths { get; private set; }

    public static string? JoinPaths(IEnumerable<string> paths)
    {
        var distinct = paths.Distinct().Order(StringComparer.Ordinal).ToList();
        return distinct.Count == 0 ? null : PathSeparator + string.Join(PathSeparator, distinct) + PathSeparator;
    }
}
