using Training.Courses;
using Training.Identity;
using Training.Permissions;

namespace Training.Quizzes;

/// <summary>The course version a bank or quiz request is about, and whether the caller may see the answers.</summary>
public sealed class QuizAccess(IPermissionChecker permissions, ICourseRepository courses, CourseManager courseManager, ICurrentUser currentUser)
{
    public async Task<Course> FindCourseAsync(Guid courseId, CancellationToken cancellationToken) =>
        await courses.FindAsync(courseId, cancellationToken) ?? throw TrainingException.NotFound(TrainingErrorCodes.CourseNotFound);

    /// <summary>The draft to add to: the course itself, or a published course's next draft version (made once, as lessons do).</summary>
    public async Task<Course> EditableAsync(Guid courseId, CancellationToken cancellationToken) =>
        await EditableAsync(await FindCourseAsync(courseId, cancellationToken), cancellationToken);

    public Task<Course> EditableAsync(Course course, CancellationToken cancellationToken) =>
        courseManager.GetEditableAsync(course,
            currentUser.Id ?? throw new TrainingException(TrainingErrorCodes.Unauthenticated, TrainingErrorKind.Forbidden), cancellationToken);

    /// <summary>Authors see which options are right and the explanations; reviewers read the questions alone.</summary>
    public Task<bool> SeesAnswersAsync(CancellationToken cancellationToken) => permissions.IsGrantedAsync(TrainingPermissions.Quizzes.Manage, cancellationToken);
}
