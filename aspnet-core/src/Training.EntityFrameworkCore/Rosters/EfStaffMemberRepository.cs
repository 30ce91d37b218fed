using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Training.EntityFrameworkCore.OrganizationUnits;
using Training.Rosters;
using Training.Text;

namespace Training.EntityFrameworkCore.Rosters;

public sealed class EfStaffMemberRepository(TrainingDbContext db) : IStaffMemberRepository
{
    public Task<StaffMember?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.StaffMembers.Include(s => s.Assignments).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    public Task<StaffMember?> FindByNationalIdAsync(string nationalId, CancellationToken cancellationToken = default) =>
        db.StaffMembers.FirstOrDefaultAsync(s => s.NationalId == nationalId, cancellationToken);

    public Task<StaffMember?> FindByUserIdAsync(Guid userId, CancellationToken cancellationToken = default) =>
        db.StaffMembers.Include(s => s.Assignments).FirstOrDefaultAsync(s => s.UserId == userId, cancellationToken);

    public async Task<(List<(StaffMember Staff, Guid UnitId)> Items, long TotalCount)> GetPageAsync(StaffQuery query, int skip, int take,
        CancellationToken cancellationToken = default)
    {
        var rows = Query(query);
        var total = await rows.LongCountAsync(cancellationToken);
        var page = await rows.Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (page.Select(r => (r.Staff, r.UnitId)).ToList(), total);
    }

    public async IAsyncEnumerable<(StaffMember Staff, Guid UnitId)> StreamAsync(StaffQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var row in Query(query).AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return (row.Staff, row.UnitId);
        }
    }

    public async Task<Dictionary<string, Guid>> GetNationalIdOwnersAsync(IReadOnlyCollection<string> nationalIds, CancellationToken cancellationToken = default)
    {
        var owners = new Dictionary<string, Guid>();
        foreach (var chunk in nationalIds.Distinct().Chunk(1000))
        {
            foreach (var row in await db.StaffMembers.Where(s => chunk.Contains(s.NationalId!)).Select(s => new { s.NationalId, s.Id }).ToListAsync(cancellationToken))
            {
                owners[row.NationalId!] = row.Id;
            }
        }

        return owners;
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

    private IQueryable<StaffRow> Query(StaffQuery query)
    {
        var asOf = query.AsOf;
        var units = db.OrganizationUnits.Where(UnitPathPredicate.InAny(query.UnitPaths));
        var rows =
            from staff in db.StaffMembers
            join assignment in db.StaffUnitAssignments on staff.Id equals assignment.StaffMemberId
            join unit in units on assignment.UnitId equals unit.Id
            where assignment.From <= asOf && (assignment.To == null || assignment.To >= asOf)
            select new StaffRow { Staff = staff, UnitId = assignment.UnitId };
        if (query.ActiveOnly)
        {
            rows = rows.Where(r => r.Staff.ActiveFrom <= asOf && (r.Staff.ActiveTo == null || r.Staff.ActiveTo >= asOf));
        }

        if (query.Role is { } role)
        {
            rows = rows.Where(r => r.Staff.Role == role);
        }

        if (query.InScope is { } inScope)
        {
            rows = rows.Where(r => r.Staff.InScope == inScope);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var key = VietnameseText.SearchKey(query.Search);
            rows = rows.Where(r => r.Staff.SearchKey.Contains(key));
        }

        return rows.OrderBy(r => r.Staff.SortKey).ThenBy(r => r.Staff.Id);
    }

    private sealed class StaffRow
    {
        public StaffMember Staff { get; init; } = null!;

        public Guid UnitId { get; init; }
    }
}
