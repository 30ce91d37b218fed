namespace Training.Quizzes;

/// <summary>A learner's attempts: start or resume, save each answer, submit; graded once, by the learner or at the deadline.</summary>
public interface IQuizAttemptAppService
{
    Task<LearnerQuizDto> GetQuizAsync(Guid quizId, CancellationToken cancellationToken = default);

    /// <summary>Starts an attempt, or returns the one still open (<see cref="QuizAttemptDto.Resumed"/>).</summary>
    Task<QuizAttemptDto> StartAsync(Guid quizId, CancellationToken cancellationToken = default);

    Task<QuizAttemptDto> GetAsync(Guid attemptId, CancellationToken cancellationToken = default);

    Task<AnswerSavedDto> SaveAnswerAsync(Guid attemptId, Guid questionId, SaveAnswerDto input, CancellationToken cancellationToken = default);

    /// <summary>The answers of one page, as the form without script posts them: a question of the page left blank is cleared.</summary>
    Task SavePageAsync(Guid attemptId, int page, IReadOnlyDictionary<Guid, IReadOnlyList<Guid>> answers, CancellationToken cancellationToken = default);

    /// <summary>Idempotent: a second submit, or two at once, answer the same result.</summary>
    Task<QuizAttemptResultDto> SubmitAsync(Guid attemptId, CancellationToken cancellationToken = default);
}
