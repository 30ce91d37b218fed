namespace Training.Quizzes;

/// <summary>How one question did over the graded attempts that were given it.</summary>
/// <param name="Facility">The mean item score, 0 to 1: the share who got it right.</param>
/// <param name="Discrimination">The top 27%'s mean item score minus the bottom 27%'s, −1 to 1; null under 4 attempts.</param>
/// <param name="Flagged">Worth the trainer's look: discrimination under 0.2, or facility outside 0.2–0.9.</param>
public sealed record ItemAnalysisDto(Guid QuestionId, string Text, int Attempts, double Facility, double? Discrimination, bool Flagged,
    IReadOnlyList<ItemAnalysisOptionDto> Options);
