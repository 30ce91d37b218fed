using Training.Rosters;

namespace Training.Courses;

public sealed record CourseDto(
    Guid Id,
    string Code,
    int Version,
    CourseStatus Status,
    string Title,
    string? Description,
    IReadOnlyList<StaffRole> AudienceRoles,
    CompletionRuleDto CompletionRule,
    bool IssuesCertificate,
    int? CertificateValidityMonths,
    bool QualifiesForCoverage,
    int LessonCount,
    DateTimeOffset? PublishedAt);
