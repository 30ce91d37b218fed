namespace Training.Quizzes;

/// <summary>
/// An attempt as its learner sees it: the questions drawn for it in their order, never which options are right. Once graded,
/// the result, and the review the quiz allows.
/// </summary>
/// <param name="Resumed">The attempt was already open: starting again returned it instead of making another.</param>
/// <param name="SecondsLeft">To the deadline, by the server's clock; null when untimed.</param>
public sealed record QuizAttemptDto(Guid AttemptId, Guid QuizId, Guid CourseId, string QuizTitle, int Number, bool Resumed, DateTimeOffset StartedAt,
    DateTimeOffset? Deadline, int? SecondsLeft, int PageCount, IReadOnlyList<AttemptQuestionDto> Questions, IReadOnlyList<AttemptAnswerDto> Answers,
    QuizAttemptResultDto? Result, IReadOnlyList<AttemptReviewDto>? Review);
