using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Training.Coverage;
using Training.EntityFrameworkCore.OrganizationUnits;
using Training.EntityFrameworkCore.Rosters;
using Training.OrganizationUnits;

namespace Training.EntityFrameworkCore.Coverage;

public sealed class EfCoverageQuery(TrainingDbContext db, IMemoryCache cache, UnitTreeChanges changes) : ICoverageQuery
{
    /// <summary>At most this long a unit changed by another process (a second instance, a command-line import) keeps its old form in coverage answers.</summary>
    private static readonly TimeSpan TreeLifetime = TimeSpan.FromMinutes(1);

    public async Task<IReadOnlyList<CoverageCountRow>> CountAsync(CoverageCriteria criteria, IReadOnlySet<CoverageGrouping> groupings,
        CancellationToken cancellationToken = default)
    {
        if (groupings.Any(g => !Enum.IsDefined(g)))
        {
            throw new TrainingException(TrainingErrorCodes.CoverageGroupingUnknown) { Field = "groupBy" };
        }

        var people = People(criteria);

        // One grouped statement for all the breakdowns asked, its keys typed columns: the units alone when only they are
        // asked (a country's snapshot), role and gender together (a few rows more per unit), ethnicity only when asked.
        if (groupings.Contains(CoverageGrouping.Ethnicity))
        {
            return (await people.GroupBy(p => new { p.UnitId, p.Role, p.Gender, p.Ethnicity })
                    .Select(g => new { g.Key, InScope = g.Count(), Trained = g.Sum(p => p.Trained) }).ToListAsync(cancellationToken))
                .Select(g => new CoverageCountRow(g.Key.UnitId, g.Key.Role, g.Key.Gender, g.Key.Ethnicity, g.InScope, g.Trained)).ToList();
        }

        if (groupings.Contains(CoverageGrouping.Role) || groupings.Contains(CoverageGrouping.Gender))
        {
            return (await people.GroupBy(p => new { p.UnitId, p.Role, p.Gender })
                    .Select(g => new { g.Key, InScope = g.Count(), Trained = g.Sum(p => p.Trained) }).ToListAsync(cancellationToken))
                .Select(g => new CoverageCountRow(g.Key.UnitId, g.Key.Role, g.Key.Gender, null, g.InScope, g.Trained)).ToList();
        }

        return (await people.GroupBy(p => p.UnitId)
                .Select(g => new { g.Key, InScope = g.Count(), Trained = g.Sum(p => p.Trained) }).ToListAsync(cancellationToken))
            .Select(g => new CoverageCountRow(g.Key, null, null, null, g.InScope, g.Trained)).ToList();
    }

    public async Task<(IReadOnlyList<UntrainedRow> Rows, long Total)> GetUntrainedAsync(CoverageCriteria criteria, int skip, int take,
        CancellationToken cancellationToken = default)
    {
        var rows = await Untrained(criteria).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (rows, skip == 0 && rows.Count < take ? rows.Count : await People(criteria).LongCountAsync(p => p.Trained == 0, cancellationToken));
    }

    public IAsyncEnumerable<UntrainedRow> ReadUntrainedAsync(CoverageCriteria criteria) =>
        Untrained(criteria).AsAsyncEnumerable();

    private IQueryable<UntrainedRow> Untrained(CoverageCriteria criteria) =>
        People(criteria).Where(p => p.Trained == 0).OrderBy(p => p.SortKey).ThenBy(p => p.StaffId)
            .Select(p => new UntrainedRow(p.StaffId, p.FullName, p.UnitId, p.Role));

    /// <summary>
    /// A country's tree is some 15,000 units, asked about on every coverage question, and changes a few times a year: it is
    /// built again when this process commits a unit or a succession (<see cref="UnitTreeChanges"/>), or after
    /// <see cref="TreeLifetime"/> (a change made by another process).
    /// </summary>
    public async Task<UnitsOnDate> GetUnitsOnAsync(DateOnly asOf, CancellationToken cancellationToken = default) =>
        (await cache.GetOrCreateAsync((typeof(UnitsOnDate), changes.Version, asOf), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TreeLifetime;
            return new UnitsOnDate(await db.OrganizationUnits.AsNoTracking().ToListAsync(cancellationToken),
                await db.OrganizationUnitSuccessions.AsNoTracking().ToListAsync(cancellationToken), asOf);
        }))!;

    /// <summary>The rule's denominator, one row per person, with 1 in <c>Trained</c> for the numerator.</summary>
    private IQueryable<CoveragePerson> People(CoverageCriteria c)
    {
        var roles = c.Roles.ToList();
        var codes = c.CourseCodes.ToList();
        return StaffOnDate.In(db, Selected(c.Units), c.AsOf, activeOnly: true)
            .Where(r => r.Staff.InScope && roles.Contains(r.Staff.Role))
            .Select(r => new CoveragePerson
            {
                StaffId = r.Staff.Id,
                FullName = r.Staff.FullName,
                SortKey = r.Staff.SortKey,
                UnitId = r.Unit.Id,
                Role = r.Staff.Role,
                Gender = r.Staff.Gender,
                Ethnicity = r.Staff.Ethnicity,
                // A completion in the plan's period not voided by a revocation, or a certificate valid on the date (earned before the plan, still in force).
                Trained = db.CourseCompletions.Any(x => x.StaffMemberId == r.Staff.Id && codes.Contains(x.CourseCode)
                    && x.CompletedOn >= c.From && x.CompletedOn <= c.AsOf && x.VoidedAt == null)
                    || db.Certificates.Any(k => k.StaffMemberId == r.Staff.Id && codes.Contains(k.CourseCode) && k.RevokedAt == null
                        && k.CompletedOn <= c.AsOf && (k.ExpiresOn == null || k.ExpiresOn >= c.AsOf)) ? 1 : 0,
            });
    }

    private static Expression<Func<OrganizationUnit, bool>> Selected(UnitSelection units)
    {
        var path = units.Path;
        var excluded = units.Excluded.ToList();
        var included = units.Included.ToList();
        return excluded.Count == 0 && included.Count == 0
            ? u => u.Path.StartsWith(path)
            : u => (u.Path.StartsWith(path) && !excluded.Contains(u.Id)) || included.Contains(u.Id);
    }

    private sealed class CoveragePerson
    {
        public Guid StaffId { get; init; }

        public string FullName { get; init; } = null!;

        public string SortKey { get; init; } = null!;

        public Guid UnitId { get; init; }

        public Training.Rosters.StaffRole Role { get; init; }

        public Training.Rosters.Gender? Gender { get; init; }

        public string? Ethnicity { get; init; }

        public int Trained { get; init; }
    }
}

public sealed class EfCoveragePlanRepository(TrainingDbContext db) : ICoveragePlanRepository
{
    public Task<CoveragePlan?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.CoveragePlans.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    public Task<List<CoveragePlan>> GetListAsync(CancellationToken cancellationToken = default) =>
        db.CoveragePlans.OrderByDescending(p => p.StartsOn).ThenBy(p => p.Name).ToListAsync(cancellationToken);

    public async Task InsertAsync(CoveragePlan plan, CancellationToken cancellationToken = default) => await db.CoveragePlans.AddAsync(plan, cancellationToken);
}

public sealed class EfCoverageRecordRepository(TrainingDbContext db) : ICoverageRecordRepository
{
    public Task<List<CoverageSnapshot>> GetSnapshotsAsync(Guid planId, Guid unitId, CancellationToken cancellationToken = default) =>
        db.CoverageSnapshots.AsNoTracking().Where(s => s.PlanId == planId && s.UnitId == unitId).OrderBy(s => s.Date).ToListAsync(cancellationToken);

    public Task<bool> HasSnapshotsAsync(Guid planId, DateOnly date, CancellationToken cancellationToken = default) =>
        db.CoverageSnapshots.AnyAsync(s => s.PlanId == planId && s.Date == date, cancellationToken);

    public Task InsertSnapshotsAsync(IReadOnlyCollection<CoverageSnapshot> snapshots, CancellationToken cancellationToken = default) =>
        db.CoverageSnapshots.AddRangeAsync(snapshots, cancellationToken);

    public Task<List<CoverageFile>> GetFilesAsync(Guid planId, CancellationToken cancellationToken = default) =>
        db.CoverageFiles.AsNoTracking().Where(f => f.PlanId == planId).OrderByDescending(f => f.ReportingDate).ThenBy(f => f.Format)
            .ToListAsync(cancellationToken);

    public Task<CoverageFile?> FindFileAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.CoverageFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);

    public Task<bool> HasFileAsync(Guid planId, DateOnly reportingDate, string format, CancellationToken cancellationToken = default) =>
        db.CoverageFiles.AnyAsync(f => f.PlanId == planId && f.ReportingDate == reportingDate && f.Format == format, cancellationToken);

    public async Task InsertFileAsync(CoverageFile file, CancellationToken cancellationToken = default) => await db.CoverageFiles.AddAsync(file, cancellationToken);
}
