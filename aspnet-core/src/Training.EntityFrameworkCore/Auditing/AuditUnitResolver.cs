using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Training.Auditing;
using Training.Courses;
using Training.Identity;
using Training.OrganizationUnits;
using Training.Rosters;

namespace Training.EntityFrameworkCore.Auditing;

/// <summary>
/// Which units an audited write is about, as paths: a person's unit (before and after a move), a session's organiser (for
/// its enrolments too), every unit of an account (before and after a change). Resolved for a whole save at once, with one
/// query per kind of reference, so that a bulk import of thousands of people costs a query, not one per row.
/// </summary>
internal sealed class AuditUnitResolver(DbContext context)
{
    private readonly List<(EntityEntry Entry, Ref[] Refs)> _pending = [];

    public void Add(EntityEntry entry) => _pending.Add((entry, RefsOf(entry).ToArray()));

    /// <summary>The unit paths of every entry added, as <see cref="AuditLogEntry.UnitPaths"/>.</summary>
    public async Task<Dictionary<EntityEntry, string?>> ResolveAsync(CancellationToken cancellationToken)
    {
        var refs = _pending.SelectMany(p => p.Refs).ToList();
        var sessionUnits = await LookUpAsync(refs, RefKind.Session,
            ids => context.Set<TrainingSession>().Where(s => ids.Contains(s.Id)).Select(s => new Pair(s.Id, s.OrganizerUnitId)),
            context.ChangeTracker.Entries<TrainingSession>().Select(e => new Pair(e.Entity.Id, e.Entity.OrganizerUnitId)), cancellationToken);
        var staffUnits = await LookUpAsync(refs, RefKind.Staff,
            ids => context.Set<StaffMember>().Where(s => ids.Contains(s.Id)).Select(s => new Pair(s.Id, s.UnitId)),
            context.ChangeTracker.Entries<StaffMember>().Select(e => new Pair(e.Entity.Id, e.Entity.UnitId)), cancellationToken);
        var userUnits = await LookUpAsync(refs, RefKind.User,
            ids => context.Set<UserOrganizationUnit>().Where(o => ids.Contains(o.UserId)).Select(o => new Pair(o.UserId, o.OrganizationUnitId)),
            context.ChangeTracker.Entries<UserOrganizationUnit>().Select(e => new Pair(e.Entity.UserId, e.Entity.OrganizationUnitId)), cancellationToken);

        var unitIdsOf = new Dictionary<EntityEntry, List<Guid>>();
        foreach (var (entry, entryRefs) in _pending)
        {
            unitIdsOf[entry] = entryRefs.SelectMany(r => r.Kind switch
            {
                RefKind.Session => sessionUnits[r.Id],
                RefKind.Staff => staffUnits[r.Id],
                RefKind.User => userUnits[r.Id],
                _ => [r.Id],
            }).ToList();
        }

        var unitIds = unitIdsOf.Values.SelectMany(v => v).Distinct().ToList();
        var paths = context.ChangeTracker.Entries<OrganizationUnit>().ToDictionary(e => e.Entity.Id, e => e.Entity.Path);
        foreach (var chunk in unitIds.Where(id => !paths.ContainsKey(id)).Chunk(1000))
        {
            foreach (var unit in await context.Set<OrganizationUnit>().AsNoTracking().Where(u => chunk.Contains(u.Id))
                         .Select(u => new { u.Id, u.Path }).ToListAsync(cancellationToken))
            {
                paths[unit.Id] = unit.Path;
            }
        }

        return _pending.ToDictionary(p => p.Entry, p => AuditLogEntry.JoinPaths(
            p.Refs.Where(r => r.Path is not null).Select(r => r.Path!)
                .Concat(unitIdsOf[p.Entry].Where(paths.ContainsKey).Select(id => paths[id]))));
    }

    private static IEnumerable<Ref> RefsOf(EntityEntry entry) => entry.Entity switch
    {
        OrganizationUnit unit => [new Ref(RefKind.Unit, unit.Id, unit.Path)],
        StaffMember => Units(entry, nameof(StaffMember.UnitId)),
        StaffUnitAssignment => Units(entry, nameof(StaffUnitAssignment.UnitId)),
        TrainingSession => Units(entry, nameof(TrainingSession.OrganizerUnitId)),
        Training.Activities.InformationActivity => Units(entry, nameof(Training.Activities.InformationActivity.UnitId)),
        OrganizationUnitSuccession s => [new Ref(RefKind.Unit, s.PredecessorId, null), new Ref(RefKind.Unit, s.SuccessorId, null)],
        Enrollment e => [new Ref(RefKind.Session, e.SessionId, null), new Ref(RefKind.Staff, e.StaffMemberId, null)],
        CourseCompletion c => [new Ref(RefKind.Staff, c.StaffMemberId, null)],
        LessonProgress p => [new Ref(RefKind.Staff, p.StaffMemberId, null)],
        TrainingUser u => [new Ref(RefKind.User, u.Id, null)],
        UserOrganizationUnit o => [new Ref(RefKind.Unit, o.OrganizationUnitId, null), new Ref(RefKind.User, o.UserId, null)],
        IdentityUserRole<Guid> r => [new Ref(RefKind.User, r.UserId, null)],
        IdentityUserClaim<Guid> c => [new Ref(RefKind.User, c.UserId, null)],
        _ => [],
    };

    /// <summary>The unit before and after the write, so that a move shows to both sides.</summary>
    private static IEnumerable<Ref> Units(EntityEntry entry, string property)
    {
        var value = entry.Property(property);
        return new[] { value.CurrentValue, entry.State == EntityState.Added ? null : value.OriginalValue }
            .OfType<Guid>().Distinct().Select(id => new Ref(RefKind.Unit, id, null));
    }

    /// <summary>For each referenced id of <paramref name="kind"/>, the unit ids it leads to: in the database and among the
    /// tracked entities (a session added in the same save, a unit just assigned to an account).</summary>
    private static async Task<Dictionary<Guid, List<Guid>>> LookUpAsync(IReadOnlyCollection<Ref> refs, RefKind kind,
        Func<Guid[], IQueryable<Pair>> query, IEnumerable<Pair> tracked, CancellationToken cancellationToken)
    {
        var result = refs.Where(r => r.Kind == kind).Select(r => r.Id).Distinct().ToDictionary(id => id, _ => new List<Guid>());
        var found = new List<Pair>();
        foreach (var chunk in result.Keys.Chunk(1000))
        {
            found.AddRange(await query(chunk).ToListAsync(cancellationToken));
        }

        foreach (var pair in found.Concat(tracked).Where(p => result.ContainsKey(p.Key) && !result[p.Key].Contains(p.Value)))
        {
            result[pair.Key].Add(pair.Value);
        }

        return result;
    }

    private enum RefKind
    {
        Unit,
        Session,
        Staff,
        User,
    }

    private sealed record Ref(RefKind Kind, Guid Id, string? Path);

    private sealed record Pair(Guid Key, Guid Value);
}
