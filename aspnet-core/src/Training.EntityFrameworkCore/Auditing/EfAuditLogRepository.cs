using Microsoft.EntityFrameworkCore;
using Training.EntityFrameworkCore.OrganizationUnits;
using Training.Auditing;

namespace Training.EntityFrameworkCore.Auditing;

public sealed class EfAuditLogRepository(TrainingDbContext db) : IAuditLogRepository
{
    public async Task<(List<AuditLogEntry> Entries, long TotalCount)> GetPageAsync(string? entityType, string? entityId, string? userName,
        IReadOnlyCollection<string>? scopePaths, int skip, int take, CancellationToken cancellationToken = default)
    {
        var query = db.AuditLogEntries.AsNoTracking();
        if (scopePaths is not null)
        {
            // One of the entry's units lies in one of these subtrees: UnitPaths LIKE '%;p1%' OR ….
            query = query.Where(UnitPathPredicate.AnyOf<AuditLogEntry>(e => e.UnitPaths, nameof(string.Contains),
                scopePaths.Select(p => AuditLogEntry.PathSeparator + p)));
        }

        if (!string.IsNullOrWhiteSpace(entityType))
        {
            query = query.Where(e => e.EntityType == entityType);
        }

        if (!string.IsNullOrWhiteSpace(entityId))
        {
            query = query.Where(e => e.EntityId == entityId);
        }

        if (!string.IsNullOrWhiteSpace(userName))
        {
            query = query.Where(e => e.UserName == userName);
        }

        var total = await query.LongCountAsync(cancellationToken);
        var entries = await query.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (entries, total);
    }

    public async Task InsertAsync(AuditLogEntry entry, CancellationToken cancellationToken = default) =>
        await db.AuditLogEntries.AddAsync(entry, cancellationToken);
}
