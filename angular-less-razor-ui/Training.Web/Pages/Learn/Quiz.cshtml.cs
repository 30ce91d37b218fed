using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.Permissions;
using Training.Quizzes;
using Training.Web.Common;

namespace Training.Web.Pages.Learn;

[Authorize(TrainingPermissions.Quizzes.Take)]
public class QuizModel(IQuizAttemptAppService attempts) : TrainingPageModel
{
    public LearnerQuizDto Quiz { get; private set; } = null!;

    public bool AttemptsLeft => Quiz.MaxAttempts is not { } max || Quiz.AttemptsUsed < max;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => Quiz = await attempts.GetQuizAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        QuizAttemptDto? attempt = null;
        if (await RunAsync(async () => attempt = await attempts.StartAsync(id, cancellationToken)))
        {
            return Redirect($"/Learn/Attempt/{attempt!.AttemptId}");
        }

        Quiz = await attempts.GetQuizAsync(id, cancellationToken);
        return Page();
    }
}
