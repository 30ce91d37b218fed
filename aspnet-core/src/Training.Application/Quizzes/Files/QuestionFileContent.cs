namespace Training.Quizzes;

/// <summary>
/// What a question file holds: the questions that can go into the bank, the Moodle questions of a type the bank does not
/// have, the problems of the other questions (each against its row and column), and what was dropped on the way.
/// A question with an error is in <see cref="Errors"/> only, never in <see cref="Questions"/>.
/// </summary>
public sealed record QuestionFileContent(
    IReadOnlyList<QuestionDraft> Questions,
    IReadOnlyList<QuestionFileSkip> Skipped,
    IReadOnlyList<QuestionFileError> Errors,
    IReadOnlyList<string> Warnings);
