namespace Training.Quizzes;

/// <summary>A question as the bank's list shows it: its rich text, how many options and how many of them are right.</summary>
/// <param name="Number">Its place in the whole bank, from 1: what a fixed quiz's page names it by.</param>
public sealed record QuestionListRow(Guid Id, int Number, string Category, QuestionType Type, string Text, int Options, int RightOptions);
