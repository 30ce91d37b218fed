namespace Training.Quizzes;

/// <param name="Chosen">Graded attempts that chose the option.</param>
public sealed record ItemAnalysisOptionDto(Guid OptionId, string Text, bool IsCorrect, int Chosen);
