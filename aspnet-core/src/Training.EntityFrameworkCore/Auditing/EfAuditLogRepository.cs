using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
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
            query = query.Where(InAnySubtree(scopePaths));
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

    /// <summary>"One of the entry's units lies in one of these subtrees": UnitPaths LIKE '%;p1%' OR … as one SQL condition.</summary>
    private static Expression<Func<AuditLogEntry, bool>> InAnySubtree(IReadOnlyCollection<string> paths)
    {
        var entry = Expression.Parameter(typeof(AuditLogEntry), "e");
        var unitPaths = Expression.Property(entry, nameof(AuditLogEntry.UnitPaths));
        var contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
        Expression body = Expression.Constant(false);
        foreach (var path in paths.Distinct())
        {
            body = Expression.OrElse(body, Expression.AndAlso(Expression.NotEqual(unitPaths, Expression.Constant(null, typeof(string))),
                Expression.Call(unitPaths, contains, Expression.Constant(AuditLogEntry.PathSeparator + path))));
        }

        return Expression.Lambda<Func<AuditLogEntry, bool>>(body, entry);
    }
}
