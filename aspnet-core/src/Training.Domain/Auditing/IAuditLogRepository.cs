namespace Training.Auditing;

public interface IAuditLogRepository
{
    /// <summary>Newest first.</summary>
    Task<(List<AuditLogEntry> Entries, long TotalCount)> GetPageAsync(string? entityType, string? entityId, string? userName,
        int skip, int take, CancellationToken cancellationToken = default);
}
