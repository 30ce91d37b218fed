namespace Training.Quizzes;

/// <summary>A quiz as its learner sees it before starting: how it is taken and what they have done with it.</summary>
/// <param name="OpenAttemptId">An attempt started and not submitted, to resume.</param>
public sealed record LearnerQuizDto(Guid Id, Guid CourseId, string CourseTitle, string Title, bool IsFinal, int QuestionCount, int? TimeLimitMinutes,
    int PassPercent, int? MaxAttempts, int AttemptsUsed, DateTimeOffset? OpensAt, DateTimeOffset? ClosesAt, bool IsOpen, decimal? BestPercent,
    bool Passed, Guid? OpenAttemptId, Guid? LastAttemptId);
