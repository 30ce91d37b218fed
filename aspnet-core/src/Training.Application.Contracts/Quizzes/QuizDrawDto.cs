namespace Training.Quizzes;

/// <param name="Category">A category and its sub-categories; empty: the whole bank.</param>
public sealed record QuizDrawDto(string Category, int Count);
