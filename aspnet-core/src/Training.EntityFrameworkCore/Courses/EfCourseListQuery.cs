using Microsoft.EntityFrameworkCore;
using Training.Courses;

namespace Training.EntityFrameworkCore.Courses;

public sealed class EfCourseListQuery(TrainingDbContext db) : ICourseListQuery
{
    public async Task<(IReadOnlyList<CourseListRow> Rows, long Total)> GetPageAsync(string? search, CourseStatus? status, int skip, int take,
        CancellationToken cancellationToken = default)
    {
        var query = db.Courses.AsQueryable();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            query = query.Where(c => c.Code.Contains(term) || c.Title.Contains(term));
        }

        if (status is { } s)
        {
            query = query.Where(c => c.Status == s);
        }

        var rows = await query.OrderBy(c => c.Code).ThenByDescending(c => c.Version).Skip(skip).Take(take)
            .Select(c => new CourseListRow(c.Id, c.Code, c.Version, c.Status, c.Title, c.Description, c.AudienceRoles, c.Rule, c.IssuesCertificate, c.CertificateValidityMonths,
                c.QualifiesForCoverage, c.LessonCount, c.PublishedAt))
            .ToListAsync(cancellationToken);
        return (rows, await query.LongCountAsync(cancellationToken));
    }

    public async Task<IReadOnlyList<CourseListRow>> GetQualifyingAsync(CancellationToken cancellationToken = default) =>
        await db.Courses.Where(c => c.QualifiesForCoverage && !db.Courses.Any(n => n.Code == c.Code && n.QualifiesForCoverage && n.Version > c.Version))
            .OrderBy(c => c.Code)
            .Select(c => new CourseListRow(c.Id, c.Code, c.Version, c.Status, c.Title, c.Description, c.AudienceRoles, c.Rule, c.IssuesCertificate, c.CertificateValidityMonths,
                c.QualifiesForCoverage, c.LessonCount, c.PublishedAt))
            .ToListAsync(cancellationToken);
}
