using Training.Common;
using Training.Documents;
using Training.Identity;
using Training.Permissions;

namespace Training.Courses;

public sealed class CourseAppService(
    IPermissionChecker permissions,
    ICourseRepository courses,
    ICourseListQuery list,
    CourseManager manager,
    ICurrentUser currentUser,
    ITrainingUnitOfWork unitOfWork,
    Training.Files.IBlobStore blobs,
    TimeProvider clock) : ICourseAppService
{
    public async Task<PagedResultDto<CourseDto>> GetListAsync(GetCourseListInput input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Courses.Default, cancellationToken);
        var (rows, total) = await list.GetPageAsync(input.Search, input.Status, input.Skip, input.Take, cancellationToken);
        return new PagedResultDto<CourseDto>(rows.Select(c => c.ToDto()).ToList(), total);
    }

    public async Task<CourseDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Courses.Default, cancellationToken);
        return (await FindAsync(id, cancellationToken)).ToDto();
    }

    public async Task<CourseDto> CreateAsync(SaveCourseDto input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Courses.Manage, cancellationToken);
        var course = await manager.CreateAsync(input.Code ?? string.Empty, Author(), cancellationToken);
        Describe(course, input);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return course.ToDto();
    }

    public async Task<CourseDto> UpdateAsync(Guid id, SaveCourseDto input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Courses.Manage, cancellationToken);
        var course = await manager.GetEditableAsync(await FindAsync(id, cancellationToken), Author(), cancellationToken);
        Describe(course, input);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return course.ToDto();
    }

    public async Task<CourseDto> PublishAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Courses.Publish, cancellationToken);
        var course = await FindAsync(id, cancellationToken);
        await manager.PublishAsync(course, clock.GetUtcNow(), cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return course.ToDto();
    }

    public async Task<IReadOnlyList<LessonDto>> GetLessonsAsync(Guid courseId, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Courses.Default, cancellationToken);
        return (await FindAsync(courseId, cancellationToken)).Lessons.Select(l => l.ToDto()).ToList();
    }

    public async Task<LessonDto> AddLessonAsync(Guid courseId, SaveLessonDto input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Courses.Manage, cancellationToken);
        var course = await manager.GetEditableAsync(await FindAsync(courseId, cancellationToken), Author(), cancellationToken);
        var lesson = course.AddLesson(input.Title, LessonContent.Sanitise(input.Body, course.AttachmentIds()), input.VideoUrl);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return lesson.ToDto();
    }

    public async Task<LessonDto> UpdateLessonAsync(Guid courseId, Guid lessonId, SaveLessonDto input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Courses.Manage, cancellationToken);
        var course = await FindAsync(courseId, cancellationToken);
        course.UpdateLesson(lessonId, input.Title, LessonContent.Sanitise(input.Body, course.AttachmentIds()), input.VideoUrl);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return course.Lessons.Single(l => l.Id == lessonId).ToDto();
    }

    public async Task<AttachmentDto> AttachAsync(Guid courseId, Guid lessonId, string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Courses.Manage, cancellationToken);
        var course = await FindAsync(courseId, cancellationToken);
        var contentType = AttachmentTypes.Check(fileName, content);
        var attachment = course.Attach(lessonId, await blobs.SaveAsync(content, cancellationToken), fileName, contentType, content.Length);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return attachment.ToDto();
    }

    public async Task<FileContentDto> GetAttachmentAsync(Guid courseId, Guid attachmentId, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Courses.Default, cancellationToken);
        return await (await FindAsync(courseId, cancellationToken)).ReadAttachmentAsync(attachmentId, blobs, cancellationToken);
    }

    private static void Describe(Course course, SaveCourseDto input) =>
        course.Describe(input.Title, input.Description, input.AudienceRoles,
            new CompletionRule(input.CompletionRule.AllLessons, input.CompletionRule.MinAttendancePercent, input.CompletionRule.QuizRequired),
            input.CertificateValidityMonths, input.QualifiesForCoverage, input.IssuesCertificate);

    private async Task<Course> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await courses.FindAsync(id, cancellationToken) ?? throw TrainingException.NotFound(TrainingErrorCodes.CourseNotFound);

    private Guid Author() => currentUser.Id ?? throw new TrainingException(TrainingErrorCodes.Unauthenticated, TrainingErrorKind.Forbidden);
}
