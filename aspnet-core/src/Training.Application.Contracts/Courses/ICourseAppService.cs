using Training.Common;

namespace Training.Courses;

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

    Task<Training.Documents.FileContentDto> GetAttachmentAsync(Guid courseId, Guid attachmentId, CancellationToken cancellationToken = default);
}
