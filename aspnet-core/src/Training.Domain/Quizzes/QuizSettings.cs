namespace Training.Quizzes;

/// <summary>How a quiz is taken: everything about it but its title and questions.</summary>
/// <param name="TimeLimitMinutes">Null: untimed.</param>
/// <param name="MaxAttempts">Null: as many as the learner wants.</param>
/// <param name="OpensAt">UTC; null: open from publication.</param>
/// <param name="ClosesAt">UTC; null: never closes.</param>
public sealed record QuizSettings(bool ShuffleQuestions, bool ShuffleOptions, int? TimeLimitMinutes, int PassPercent, int? MaxAttempts,
    DateTimeOffset? OpensAt, DateTimeOffset? ClosesAt, int QuestionsPerPage, QuizReview Review);
