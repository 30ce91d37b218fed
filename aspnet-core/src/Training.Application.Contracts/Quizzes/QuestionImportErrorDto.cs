namespace Training.Quizzes;

/// <param name="Row">The sheet row as Excel shows it, or the question's position in a Moodle XML file.</param>
/// <param name="Column">The column header, or the XML element's name.</param>
public sealed record QuestionImportErrorDto(int Row, string Column, string Code, string Message);
