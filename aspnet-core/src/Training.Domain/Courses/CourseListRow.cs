using Training.Rosters;

namespace Training.Courses;

/// <summary>One course version as a list shows it.</summary>
public sealed record CourseListRow(
    Guid Id,
    string Code,
    int Version,
    CourseStatus Status,
    string Title,
    string? Description,
    IReadOnlyList<StaffRole> AudienceRoles,
    CompletionRule Rule,
    bool IssuesCertificate,
    int? CertificateValidityMonths,
    bool QualifiesForCoverage,
    int LessonCount,
    DateTimeOffset? PublishedAt)
{
    public static CourseListRow Of(Course c) => new(c.Id, c.Code, c.Version, c.Status, c.Title, c.Description, c.AudienceRoles, c.Rule,
        c.IssuesCertificate, c.CertificateValidityMonths, c.QualifiesForCoverage, c.LessonCount, c.PublishedAt);
}
