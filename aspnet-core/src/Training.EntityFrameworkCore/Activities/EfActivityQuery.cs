using Microsoft.EntityFrameworkCore;
using Training.Activities;
using Training.EntityFrameworkCore.OrganizationUnits;

namespace Training.EntityFrameworkCore.Activities;

public sealed class EfActivityQuery(TrainingDbContext db) : IActivityQuery
{
    public async Task<(IReadOnlyList<ActivityListRow> Rows, long Total)> GetPageAsync(ActivityFilter filter, int skip, int take,
        CancellationToken cancellationToken = default)
    {
        var units = db.OrganizationUnits.Where(UnitPathPredicate.InAny(filter.UnitPaths));
        var activities = db.InformationActivities.Where(a => a.DeletedAt == null);
        if (filter.From is { } from)
        {
            activities = activities.Where(a => a.Date >= from);
        }

        if (filter.To is { } to)
        {
            activities = activities.Where(a => a.Date <= to);
        }

        var query = from a in activities
            join u in units on a.UnitId equals u.Id
            join f in db.ActivityAttachments on a.AttachmentId equals f.Id into files
            from f in files.DefaultIfEmpty()
            select new { a, u, f };
        var rows = await query.OrderByDescending(x => x.a.Date).ThenByDescending(x => x.a.Id).Skip(skip).Take(take)
            .Select(x => new ActivityListRow(x.a.Id, x.u.Code, x.u.Name, x.a.Date, x.a.Form, x.a.Title, x.a.Participants, x.a.AttachmentId,
                x.f == null ? null : x.f.FileName))
            .ToListAsync(cancellationToken);
        return (rows, skip == 0 && rows.Count < take ? rows.Count : await query.LongCountAsync(cancellationToken));
    }

    public async Task<IReadOnlyList<Guid>> GetUnitsWithActivityAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        await db.InformationActivities.Where(a => a.DeletedAt == null && a.Date >= from && a.Date <= to).Select(a => a.UnitId).Distinct()
            .ToListAsync(cancellationToken);
}
