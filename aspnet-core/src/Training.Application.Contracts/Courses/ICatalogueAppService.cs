namespace Training.Courses;

/// <summary>The learner's side: the published courses for its role, its progress, the lessons.</summary>
public interface ICatalogueAppService
{
    Task<IReadOnlyList<CatalogueCourseDto>> GetCoursesAsync(CancellationToken cancellationToken = default);

    Task<CatalogueCourseDetailDto> GetCourseAsync(Guid courseId, CancellationToken cancellationToken = default);

    Task<LessonDto> GetLessonAsync(Guid lessonId, CancellationToken cancellationToken = default);

    Task<Training.Documents.FileContentDto> GetAttachmentAsync(Guid lessonId, Guid attachmentId, CancellationToken cancellationToken = default);

    /// <summary>Marks the lesson read (once) and records the course's completion when that completes it.</summary>
    Task<CatalogueCourseDto> MarkLessonReadAsync(Guid lessonId, CancellationToken cancellationToken = default);
}
