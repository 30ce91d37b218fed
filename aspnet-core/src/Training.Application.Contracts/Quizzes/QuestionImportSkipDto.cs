namespace Training.Quizzes;

/// <summary>A question of a type the bank does not hold (a Moodle essay, matching…), named as the file names it.</summary>
public sealed record QuestionImportSkipDto(string Name, string Reason);
