using System.Linq.Expressions;
using Training.EntityFrameworkCore.OrganizationUnits;
using Training.OrganizationUnits;
using Training.Rosters;
using Training.Text;

namespace Training.EntityFrameworkCore.Rosters;

/// <summary>
/// The roster's one building block: who, on a date, belonged to a unit of some subtrees (their assignment of that day),
/// with that unit, filtered and in Vietnamese order. Lists, exports, imports and coverage all count people through it,
/// so that they count the same people the same way.
/// </summary>
internal static class StaffOnDate
{
    public static IQueryable<StaffOnDateRow> Query(TrainingDbContext db, StaffQuery query)
    {
        var rows = In(db, UnitPathPredicate.InAny(query.UnitPaths), query.AsOf, query.ActiveOnly);

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

    /// <summary>Everyone assigned on <paramref name="asOf"/> to a unit that satisfies <paramref name="units"/>, unordered.</summary>
    public static IQueryable<StaffOnDateRow> In(TrainingDbContext db, Expression<Func<OrganizationUnit, bool>> units, DateOnly asOf, bool activeOnly)
    {
        var rows =
            from staff in db.StaffMembers
            join assignment in db.StaffUnitAssignments on staff.Id equals assignment.StaffMemberId
            join unit in db.OrganizationUnits.Where(units) on assignment.UnitId equals unit.Id
            where assignment.From <= asOf && (assignment.To == null || assignment.To >= asOf)
            select new StaffOnDateRow { Staff = staff, Unit = unit };
        return activeOnly ? rows.Where(r => r.Staff.ActiveFrom <= asOf && (r.Staff.ActiveTo == null || r.Staff.ActiveTo >= asOf)) : rows;
    }
}

internal sealed class StaffOnDateRow
{
    public StaffMember Staff { get; init; } = null!;

    public OrganizationUnit Unit { get; init; } = null!;
}
