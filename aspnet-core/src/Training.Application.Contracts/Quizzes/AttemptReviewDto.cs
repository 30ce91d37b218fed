namespace Training.Quizzes;

/// <summary>What the learner may see of one graded answer: whether it was right, and — when the quiz shows answers — the right
/// options and the explanation.</summary>
public sealed record AttemptReviewDto(Guid QuestionId, bool Correct, decimal Score, IReadOnlyList<Guid>? CorrectOptionIds, string? Explanation);
