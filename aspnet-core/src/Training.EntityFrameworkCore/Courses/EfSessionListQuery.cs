using Microsoft.EntityFrameworkCore;
using Training.Courses;
using Training.EntityFrameworkCore.OrganizationUnits;

namespace Training.EntityFrameworkCore.Courses;

public sealed class EfSessionListQuery(TrainingDbContext db) : ISessionListQuery
{
    public async Task<(IReadOnlyList<SessionListRow> Rows, long Total)> GetPageAsync(IReadOnlyCollection<string> organizerPaths, Guid? courseId, int skip,
        int take, CancellationToken cancellationToken = default)
    {
        var sessions =
            from session in db.TrainingSessions
            join unit in db.OrganizationUnits.Where(UnitPathPredicate.InAny(organizerPaths)) on session.OrganizerUnitId equals unit.Id
            join course in db.Courses on session.CourseId equals course.Id
            where courseId == null || session.CourseId == courseId
            select new { session, unit, course };
        var rows = await sessions.OrderByDescending(x => x.session.Id).Skip(skip).Take(take)
            .Select(x => new SessionListRow(x.session.Id, x.course.Id, x.course.Code, x.course.Title, x.session.Title, x.session.Mode, x.unit.Id, x.unit.Code,
                x.unit.Name, x.session.Venue, x.session.Trainers, x.session.Capacity, x.session.Days, x.session.PlacesTaken, x.session.Waitlisted))
            .ToListAsync(cancellationToken);
        return (rows, await sessions.LongCountAsync(cancellationToken));
    }
}
