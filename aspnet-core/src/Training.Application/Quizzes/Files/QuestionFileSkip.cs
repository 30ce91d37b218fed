namespace Training.Quizzes;

/// <summary>A question left out of the import, by its name in the file, with a message saying why.</summary>
public sealed record QuestionFileSkip(string Name, string Reason);
