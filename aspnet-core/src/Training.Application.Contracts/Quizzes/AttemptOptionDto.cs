namespace Training.Quizzes;

public sealed record AttemptOptionDto(Guid OptionId, string Text);
