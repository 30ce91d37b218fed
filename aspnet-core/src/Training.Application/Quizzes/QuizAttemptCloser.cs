using Training.Courses;

namespace Training.Quizzes;

/// <summary>
/// Grades an attempt once, whoever gets there first — its learner's submit, a second tab's, the next access after the deadline,
/// or the closing job — and, when it passes the final quiz, records the completion in the same transaction.
/// </summary>
public sealed class QuizAttemptCloser(
    IQuizRepository quizzes,
    IQuizAttemptRepository attempts,
    ICourseRepository courses,
    PublishedBanks banks,
    CompletionManager completions,
    ITrainingUnitOfWork unitOfWork)
{
    /// <summary>The attempt graded: by this call, or by the request that graded it first (then read back as it left it).</summary>
    public async Task<QuizAttempt> CloseAsync(QuizAttempt attempt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var tries = 1; !attempt.IsGraded; tries++)
        {
            var quiz = await quizzes.FindAsync(attempt.QuizId, cancellationToken) ?? throw TrainingException.NotFound(TrainingErrorCodes.QuizNotFound);
            attempt.Grade((await banks.GetAsync(attempt.CourseId, cancellationToken)).ById, quiz.Settings.PassPercent, now);
            if (attempt.Passed == true && quiz.IsFinal && await courses.FindAsync(attempt.CourseId, cancellationToken) is { } course)
            {
                await completions.CompleteAfterQuizAsync(attempt.StaffMemberId, course, attempt.ClosedOn!.Value, now, cancellationToken);
            }

            try
            {
                if (await unitOfWork.TrySaveChangesAsync(cancellationToken))
                {
                    return attempt;
                }
            }
            catch (TrainingException e) when (e.Code == TrainingErrorCodes.AlreadyCompleted && tries < 3)
            {
                // Another submit of this attempt, or the person's attendance, completed the course first: read again and see.
                unitOfWork.ForgetSaved();
            }

            attempt = await attempts.FindAsync(attempt.Id, cancellationToken) ?? throw TrainingException.NotFound(TrainingErrorCodes.AttemptNotFound);
        }

        return attempt;
    }
}
