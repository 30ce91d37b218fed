using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Training.Auditing;
using Training.EntityFrameworkCore.Auditing;
using Training.EntityFrameworkCore.Common;
using Training.EntityFrameworkCore.OrganizationUnits;
using Training.Identity;
using Training.Rosters;

namespace Training.EntityFrameworkCore.Rosters;

public sealed class EfStaffMemberRepository(TrainingDbContext db, ICurrentUser currentUser, TimeProvider clock) : IStaffMemberRepository
{
    public Task<StaffMember?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.StaffMembers.Include(s => s.Assignments).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    public Task<StaffMember?> FindByNationalIdAsync(string nationalId, CancellationToken cancellationToken = default) =>
        db.StaffMembers.FirstOrDefaultAsync(s => s.NationalId == nationalId, cancellationToken);

    public Task<StaffMember?> FindByUserIdAsync(Guid userId, CancellationToken cancellationToken = default) =>
        db.StaffMembers.Include(s => s.Assignments).FirstOrDefaultAsync(s => s.UserId == userId, cancellationToken);

    public async IAsyncEnumerable<(StaffMember Staff, Guid UnitId)> StreamAsync(StaffQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var row in StaffOnDate.Query(db, query).AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return (row.Staff, row.Unit.Id);
        }
    }

    public async Task<Dictionary<string, Guid>> GetNationalIdOwnersAsync(IReadOnlyCollection<string> nationalIds, CancellationToken cancellationToken = default)
    {
        // One parameter holding every ID (a JSON array on SQLite, an array on PostgreSQL): a file's 100,000 IDs are one
        // query instead of a hundred of a thousand parameters each.
        var ids = nationalIds.Distinct().ToArray();
        return await db.StaffMembers.Where(s => EF.Parameter(ids).Contains(s.NationalId!)).Select(s => new { s.NationalId, s.Id })
            .ToDictionaryAsync(s => s.NationalId!, s => s.Id, cancellationToken);
    }

    public async Task<List<StaffMember>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        var result = new List<StaffMember>(ids.Count);
        foreach (var chunk in ids.Chunk(1000))
        {
            result.AddRange(await db.StaffMembers.Include(s => s.Assignments).Where(s => chunk.Contains(s.Id)).ToListAsync(cancellationToken));
        }

        return result;
    }

    public Task<List<StaffMember>> GetInEndedUnitsAsync(IReadOnlyCollection<string> unitPaths, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var inEndedUnits = StaffOnDate.In(db, UnitPathPredicate.InAny(unitPaths), asOf, activeOnly: true)
            .Where(r => r.Unit.ValidTo < asOf)
            .Select(r => r.Staff.Id);
        return db.StaffMembers.Include(s => s.Assignments).Where(s => inEndedUnits.Contains(s.Id))
            .OrderBy(s => s.SortKey).ThenBy(s => s.Id)
            .ToListAsync(cancellationToken);
    }

    public async Task<Dictionary<Guid, List<StaffUnitAssignment>>> GetHistoriesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        var result = new Dictionary<Guid, List<StaffUnitAssignment>>(ids.Count);
        foreach (var chunk in ids.Chunk(1000))
        {
            foreach (var assignment in await db.StaffUnitAssignments.AsNoTracking().Where(a => chunk.Contains(a.StaffMemberId)).ToListAsync(cancellationToken))
            {
                (result.TryGetValue(assignment.StaffMemberId, out var list) ? list : result[assignment.StaffMemberId] = []).Add(assignment);
            }
        }

        return result;
    }

    public async Task LockRostersAsync(IReadOnlyCollection<string> rootPaths, CancellationToken cancellationToken = default)
    {
        // SQLite's writing transaction already excludes every other writer. In order, so that two imports cannot deadlock.
        if (db.Database.IsNpgsql())
        {
            foreach (var path in rootPaths.Order(StringComparer.Ordinal))
            {
                var key = BitConverter.ToInt64(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("roster-import:" + path)));
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", cancellationToken);
            }
        }
    }

    public async Task InsertAsync(StaffMember staffMember, CancellationToken cancellationToken = default) =>
        await db.StaffMembers.AddAsync(staffMember, cancellationToken);

    public async Task InsertNewAsync(IReadOnlyCollection<StaffMember> people, CancellationToken cancellationToken = default)
    {
        var unitIds = people.SelectMany(p => p.Assignments.Select(a => a.UnitId)).Distinct().ToList();
        var paths = await db.OrganizationUnits.Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Path, cancellationToken);
        var assignments = people.SelectMany(p => p.Assignments).ToList();

        // The same entries the save interceptor would write: one per person and one per assignment, in the same transaction.
        var now = clock.GetUtcNow();
        var audit = Created(people, p => p.Id, p => [paths[p.UnitId]], now).Concat(Created(assignments, a => a.Id, a => [paths[a.UnitId]], now)).ToList();
        var bulk = new BulkInserter(db);
        await bulk.InsertAsync(people, cancellationToken);
        await bulk.InsertAsync(assignments, cancellationToken);
        await bulk.InsertAsync(audit, cancellationToken);
    }

    private IEnumerable<AuditLogEntry> Created<T>(IEnumerable<T> rows, Func<T, Guid> id, Func<T, IEnumerable<string>> unitPaths, DateTimeOffset now)
        where T : class
    {
        var type = db.Model.FindEntityType(typeof(T))!;
        var properties = type.GetProperties().Select(p => (Property: p, Getter: p.GetGetter())).ToList();
        return rows.Select(row => AuditChanges.Entry(currentUser, now, type, id(row).ToString(), EntityState.Added,
            AuditChanges.Describe(EntityState.Added, properties.Select(p => (p.Property, (object?)null, p.Getter.GetClrValue(row))))!,
            AuditLogEntry.JoinPaths(unitPaths(row))));
    }
}
