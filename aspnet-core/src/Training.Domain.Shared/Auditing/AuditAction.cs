namespace Training.Auditing;

public enum AuditAction
{
    Created,
    Updated,
    Deleted,
}
