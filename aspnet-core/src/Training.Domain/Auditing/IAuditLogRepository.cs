namespace Training.Auditing;

public interface IAuditLogRepository
{
    /// <summary>Newest first. With <paramref name="scopePaths"/>, only entries about a unit in one of those subtrees; null: all.</summary>
    Task<(List<AuditLogEntry> Entries, long TotalCount)> GetPageAsync(string? entityType, string? entityId, string? userName,
        IReadOnlyCollection<string>? scopePaths, int skip, int take, CancellationToken cancellationToken = default);

    Task InsertAsync(AuditLogEntry entry, CancellationToken cancellationToken = default);
}
