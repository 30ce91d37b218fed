using Training.Documents;
using Training.Identity;
using Training.Permissions;
using Training.Rosters;
using Training.Timing;

namespace Training.Courses;

public sealed class CatalogueAppService(
    IPermissionChecker permissions,
    ICourseRepository courses,
    ICompletionRepository completions,
    IStaffMemberRepository staff,
    CompletionManager completionManager,
    ICurrentUser currentUser,
    ITrainingUnitOfWork unitOfWork,
    Training.Files.IBlobStore blobs,
    Training.Quizzes.IQuizRepository quizzes,
    Training.Quizzes.IQuizAttemptRepository attempts,
    TimeProvider clock) : ICatalogueAppService
{
    public async Task<IReadOnlyList<CatalogueCourseDto>> GetCoursesAsync(CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Courses.Learn, cancellationToken);
        var learner = await LearnerAsync(cancellationToken);
        var read = (await completions.GetProgressAsync(learner.Id, cancellationToken)).Select(p => p.LessonId).ToHashSet();
        var done = (await completions.GetForStaffAsync(learner.Id, cancellationToken)).Select(c => c.CourseCode).ToHashSet();
        return (await courses.GetCatalogueAsync(cancellationToken)).Where(c => c.IsFor(learner.Role)).Select(c => ToDto(c, read, done)).ToList();
    }

    public async Task<CatalogueCourseDetailDto> GetCourseAsync(Guid courseId, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Courses.Learn, cancellationToken);
        var learner = await LearnerAsync(cancellationToken);
        var course = await VisibleCourseAsync(await courses.FindAsync(courseId, cancellationToken), learner);
        var read = (await completions.GetProgressAsync(learner.Id, cancellationToken)).Select(p => p.LessonId).ToHashSet();
        var done = (await completions.GetForStaffAsync(learner.Id, cancellationToken)).Select(c => c.CourseCode).ToHashSet();
        var tried = (await attempts.GetSummariesAsync(course.Id, learner.Id, cancellationToken)).ToDictionary(s => s.QuizId);
        return new CatalogueCourseDetailDto(ToDto(course, read, done),
            course.Lessons.Select(l => new CatalogueLessonDto(l.Id, l.Order, l.Title, read.Contains(l.Id))).ToList(),
            (await quizzes.GetByCourseAsync(course.Id, cancellationToken)).Select(q =>
            {
                var done = tried.GetValueOrDefault(q.Id);
                return new CatalogueQuizDto(q.Id, q.Title, q.IsFinal, q.Settings.TimeLimitMinutes, q.Settings.MaxAttempts, done?.Attempts ?? 0,
                    q.Settings.OpensAt, q.Settings.ClosesAt, done?.BestPercent, done?.Passed ?? false, done?.OpenAttemptId);
            }).ToList());
    }

    public async Task<LessonDto> GetLessonAsync(Guid lessonId, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Courses.Learn, cancellationToken);
        var learner = await LearnerAsync(cancellationToken);
        var course = await VisibleCourseAsync(await courses.FindByLessonAsync(lessonId, cancellationToken), learner);
        return course.Lessons.Single(l => l.Id == lessonId).ToDto();
    }

    public async Task<FileContentDto> GetAttachmentAsync(Guid lessonId, Guid attachmentId, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Courses.Learn, cancellationToken);
        var learner = await LearnerAsync(cancellationToken);
        var course = await VisibleCourseAsync(await courses.FindByLessonAsync(lessonId, cancellationToken), learner);
        return await course.ReadAttachmentAsync(attachmentId, blobs, cancellationToken);
    }

    public async Task<CatalogueCourseDto> MarkLessonReadAsync(Guid lessonId, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.Courses.Learn, cancellationToken);
        var learner = await LearnerAsync(cancellationToken);
        var course = await VisibleCourseAsync(await courses.FindByLessonAsync(lessonId, cancellationToken), learner);
        var read = (await completions.GetProgressAsync(learner.Id, cancellationToken)).Select(p => p.LessonId).ToHashSet();
        if (read.Add(lessonId))
        {
            await completions.AddProgressAsync(new LessonProgress(learner.Id, lessonId, course.Id, clock.GetUtcNow()), cancellationToken);
            await completionManager.CompleteAfterLessonAsync(learner.Id, course, course.Lessons.Count(l => read.Contains(l.Id)),
                BusinessClock.Today(clock), clock.GetUtcNow(), cancellationToken);
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }

        var done = (await completions.GetForStaffAsync(learner.Id, cancellationToken)).Select(c => c.CourseCode).ToHashSet();
        return ToDto(course, read, done);
    }

    /// <summary>Published courses are for everyone of their audience; a draft is nobody's to read here.</summary>
    private static Task<Course> VisibleCourseAsync(Course? course, StaffMember learner) =>
        course is not null && course.Status != CourseStatus.Draft && course.IsFor(learner.Role)
            ? Task.FromResult(course)
            : throw TrainingException.NotFound(TrainingErrorCodes.CourseNotFound);

    private async Task<StaffMember> LearnerAsync(CancellationToken cancellationToken) =>
        currentUser.Id is { } userId && await staff.FindByUserIdAsync(userId, cancellationToken) is { } person
            ? person
            : throw new TrainingException(TrainingErrorCodes.NotOnARoster, TrainingErrorKind.Forbidden);

    private static CatalogueCourseDto ToDto(Course course, IReadOnlySet<Guid> read, IReadOnlySet<string> completedCodes)
    {
        var lessons = course.Lessons;
        return new CatalogueCourseDto(course.Id, course.Code, course.Title, course.Description, lessons.Count, lessons.Count(l => read.Contains(l.Id)),
            completedCodes.Contains(course.Code), lessons.FirstOrDefault(l => !read.Contains(l.Id))?.Id ?? lessons.FirstOrDefault()?.Id);
    }
}
