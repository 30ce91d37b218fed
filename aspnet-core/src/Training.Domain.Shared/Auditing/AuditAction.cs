namespace Training.Auditing;

public enum AuditAction
{
    Created,
    Updated,
    Deleted,

    /// <summary>A list of personal data was read (one entry per request, not per person).</summary>
    Read,

    /// <summary>A file of personal data was downloaded.</summary>
    Exported,
}
