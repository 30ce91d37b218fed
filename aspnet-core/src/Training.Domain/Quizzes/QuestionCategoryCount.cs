namespace Training.Quizzes;

/// <param name="Category">The label as one of its questions writes it (labels that differ only in case or marks are one category).</param>
/// <param name="Key">The label without case or marks.</param>
public sealed record QuestionCategoryCount(string Category, string Key, int Count);
