using System.ComponentModel.DataAnnotations;
using Training.Common;
using Training.Rosters;

namespace Training.Courses;

public sealed record CompletionRuleDto(bool AllLessons, [Range(1, 100)] int? MinAttendancePercent, bool QuizRequired);

public sealed record AttachmentDto(Guid Id, string FileName, string ContentType, long Size);

public sealed record LessonDto(Guid Id, Guid CourseId, int Order, string Title, string Body, string? VideoUrl, IReadOnlyList<AttachmentDto> Attachments);

/// <summary>A file to serve: its name, type and bytes.</summary>
public sealed record FileContentDto(string FileName, string ContentType, byte[] Content);

public sealed record CourseDto(
    Guid Id,
    string Code,
    int Version,
    CourseStatus Status,
    string Title,
    string? Description,
    IReadOnlyList<StaffRole> AudienceRoles,
    CompletionRuleDto CompletionRule,
    int? CertificateValidityMonths,
    bool QualifiesForCoverage,
    int LessonCount,
    DateTimeOffset? PublishedAt);

public sealed class SaveCourseDto
{
    /// <summary>Only on create; a course's code never changes.</summary>
    [StringLength(CourseConsts.MaxCodeLength)]
    public string? Code { get; set; }

    [Required]
    [StringLength(CourseConsts.MaxTitleLength)]
    public string Title { get; set; } = string.Empty;

    [StringLength(CourseConsts.MaxDescriptionLength)]
    public string? Description { get; set; }

    public List<StaffRole> AudienceRoles { get; set; } = [];

    public CompletionRuleDto CompletionRule { get; set; } = new(false, 100, false);

    [Range(1, 600)]
    public int? CertificateValidityMonths { get; set; }

    public bool QualifiesForCoverage { get; set; } = true;
}

public sealed class SaveLessonDto
{
    [Required]
    [StringLength(CourseConsts.MaxTitleLength)]
    public string Title { get; set; } = string.Empty;

    [StringLength(CourseConsts.MaxLessonBodyLength)]
    public string? Body { get; set; }

    [StringLength(CourseConsts.MaxVideoUrlLength)]
    public string? VideoUrl { get; set; }
}

public sealed record GetCourseListInput : PagedInput
{
    public string? Search { get; init; }

    public CourseStatus? Status { get; init; }
}

public interface ICourseAppService
{
    Task<PagedResultDto<CourseDto>> GetListAsync(GetCourseListInput input, CancellationToken cancellationToken = default);

    Task<CourseDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<CourseDto> CreateAsync(SaveCourseDto input, CancellationToken cancellationToken = default);

    /// <summary>Changes a draft; for a published course, makes (or reuses) its next draft version and changes that.</summary>
    Task<CourseDto> UpdateAsync(Guid id, SaveCourseDto input, CancellationToken cancellationToken = default);

    Task<CourseDto> PublishAsync(Guid id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<LessonDto>> GetLessonsAsync(Guid courseId, CancellationToken cancellationToken = default);

    /// <summary>Adds a lesson (to the next draft version when the course is published); the body is sanitised.</summary>
    Task<LessonDto> AddLessonAsync(Guid courseId, SaveLessonDto input, CancellationToken cancellationToken = default);

    /// <summary>Changes a lesson of a draft (the body sanitised again).</summary>
    Task<LessonDto> UpdateLessonAsync(Guid courseId, Guid lessonId, SaveLessonDto input, CancellationToken cancellationToken = default);

    /// <summary>Attaches a PDF, Office file or image (checked by name and first bytes, at most 10 MB) to a lesson of a draft.</summary>
    Task<AttachmentDto> AttachAsync(Guid courseId, Guid lessonId, string fileName, byte[] content, CancellationToken cancellationToken = default);

    Task<FileContentDto> GetAttachmentAsync(Guid courseId, Guid attachmentId, CancellationToken cancellationToken = default);
}
