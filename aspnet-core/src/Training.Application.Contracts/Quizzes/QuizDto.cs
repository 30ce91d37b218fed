namespace Training.Quizzes;

/// <param name="OpensAt">UTC.</param>
/// <param name="ClosesAt">UTC.</param>
public sealed record QuizDto(Guid Id, Guid CourseId, string Title, bool IsFinal, IReadOnlyList<Guid> QuestionIds, IReadOnlyList<QuizDrawDto> Draw,
    bool ShuffleQuestions, bool ShuffleOptions, int? TimeLimitMinutes, int PassPercent, int? MaxAttempts, DateTimeOffset? OpensAt, DateTimeOffset? ClosesAt,
    int QuestionsPerPage, QuizReview Review);
