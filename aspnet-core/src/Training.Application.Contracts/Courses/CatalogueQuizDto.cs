namespace Training.Courses;

/// <summary>A quiz of a course in the catalogue, with what the learner has done with it.</summary>
/// <param name="OpenAttemptId">An attempt started and not submitted, to continue.</param>
public sealed record CatalogueQuizDto(Guid Id, string Title, bool IsFinal, int? TimeLimitMinutes, int? MaxAttempts, int AttemptsUsed,
    DateTimeOffset? OpensAt, DateTimeOffset? ClosesAt, decimal? BestPercent, bool Passed, Guid? OpenAttemptId);
