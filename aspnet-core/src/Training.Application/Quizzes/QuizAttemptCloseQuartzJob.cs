using Microsoft.Extensions.Logging;
using Quartz;

namespace Training.Quizzes;

/// <summary>
/// Every minute: grades the attempts whose deadline has passed with the answers saved before it, so that a learner who closed the
/// page still gets a result (and a completion) dated by the deadline. The next access to such an attempt grades it too,
/// whichever comes first; grading is once either way.
/// </summary>
[DisallowConcurrentExecution]
public sealed class QuizAttemptCloseQuartzJob(
    IQuizAttemptRepository attempts,
    QuizAttemptCloser closer,
    ITrainingUnitOfWork unitOfWork,
    TimeProvider clock,
    ILogger<QuizAttemptCloseQuartzJob> logger) : IJob
{
    private const int Batch = 200;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        List<Guid> due;
        var closed = 0;
        do
        {
            due = await attempts.GetExpiredAsync(now, Batch, cancellationToken);
            foreach (var id in due)
            {
                if (await attempts.FindAsync(id, cancellationToken) is { } attempt)
                {
                    await closer.CloseAsync(attempt, now, cancellationToken);
                    closed++;
                }

                unitOfWork.ForgetSaved();
            }
        }
        while (due.Count == Batch);

        if (closed > 0)
        {
            logger.LogInformation("Closed and graded {Count} attempts past their deadline", closed);
        }
    }
}
