using Microsoft.AspNetCore.Authorization;
using Training.Courses;
using Training.Permissions;
using Training.Quizzes;
using Training.Web.Common;

namespace Training.Web.Pages.Quizzes;

/// <summary>A quiz as a learner will meet it, drawn afresh on each visit, with the right options and explanations for its author.</summary>
[Authorize(TrainingPermissions.Quizzes.Manage)]
public class PreviewModel(ICourseAppService courses, IQuizAppService quizzes) : TrainingPageModel
{
    public QuizPreviewDto Preview { get; private set; } = null!;

    public CourseDto Course { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Preview = await quizzes.PreviewAsync(id, cancellationToken);
        Course = await courses.GetAsync(Preview.Quiz.CourseId, cancellationToken);
    }
}
