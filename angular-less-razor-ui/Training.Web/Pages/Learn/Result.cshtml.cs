using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Permissions;
using Training.Quizzes;
using Training.Web.Common;

namespace Training.Web.Pages.Learn;

[Authorize(TrainingPermissions.Quizzes.Take)]
public class ResultModel(IQuizAttemptAppService attempts) : TrainingPageModel
{
    public QuizAttemptDto Attempt { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Attempt = await attempts.GetAsync(id, cancellationToken);
        return Attempt.Result is null ? Redirect($"/Learn/Attempt/{id}") : Page();
    }
}
