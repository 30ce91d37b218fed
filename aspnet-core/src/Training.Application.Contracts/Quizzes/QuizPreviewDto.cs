namespace Training.Quizzes;

/// <summary>One sitting of a quiz as a learner would meet it, drawn afresh each time, with the answers for its author.</summary>
/// <param name="Shortfalls">Draws asking for more questions than their category holds: publishing refuses them.</param>
public sealed record QuizPreviewDto(QuizDto Quiz, IReadOnlyList<QuizPreviewQuestionDto> Questions, IReadOnlyList<QuizDrawDto> Shortfalls);
