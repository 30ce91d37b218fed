using Microsoft.EntityFrameworkCore;
using Training.Auditing;

namespace Training.EntityFrameworkCore.Auditing;

public sealed class EfAuditLogRepository(TrainingDbContext db) : IAuditLogRepository
{
    public async Task<(List<AuditLogEntry> Entries, long TotalCount)> GetPageAsync(string? entityType, string? entityId, string? userName,
        int skip, int take, CancellationToken cancellationToken = default)
    {
        var query = db.AuditLogEntries.AsNoTracking();
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
}
