namespace Training.Quizzes;

public interface IQuizAttemptRepository
{
    /// <summary>An attempt with its questions and answers.</summary>
    Task<QuizAttempt?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The person's attempt of the quiz that is not graded yet (it may be past its deadline), with its questions.</summary>
    Task<QuizAttempt?> FindUngradedAsync(Guid quizId, Guid staffMemberId, CancellationToken cancellationToken = default);

    /// <summary>The person's attempts at the quiz, all of them or those started after <paramref name="startedAfter"/>.</summary>
    Task<int> CountAsync(Guid quizId, Guid staffMemberId, DateTimeOffset? startedAfter = null, CancellationToken cancellationToken = default);

    Task InsertAsync(QuizAttempt attempt, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves one answer in one statement that checks as it writes: the attempt is <paramref name="userId"/>'s, not graded, before
    /// its deadline, holds the question, and has no newer save (a higher client sequence). False when any of that fails.
    /// </summary>
    Task<bool> TrySaveAnswerAsync(Guid attemptId, Guid questionId, Guid userId, IReadOnlyList<Guid> selectedOptionIds, long? clientSeq,
        DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>The option ids of a question; a question of a published version never changes them.</summary>
    Task<IReadOnlyList<Guid>?> GetOptionIdsAsync(Guid questionId, CancellationToken cancellationToken = default);

    /// <summary>Ungraded attempts whose deadline is at or before <paramref name="now"/>, oldest first.</summary>
    Task<List<Guid>> GetExpiredAsync(DateTimeOffset now, int take, CancellationToken cancellationToken = default);

    /// <summary>The people's attempt counts, best percent and whether they passed, per quiz of the course version.</summary>
    Task<List<QuizAttemptSummary>> GetSummariesAsync(Guid courseId, Guid staffMemberId, CancellationToken cancellationToken = default);
}

/// <summary>What a learner has done with one quiz.</summary>
/// <param name="LastAttemptId">The latest attempt, graded or not.</param>
/// <param name="OpenAttemptId">The attempt not yet graded, if any (it may be past its deadline).</param>
public sealed record QuizAttemptSummary(Guid QuizId, int Attempts, decimal? BestPercent, bool Passed, Guid LastAttemptId, Guid? OpenAttemptId);
