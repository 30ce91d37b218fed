namespace Training.Quizzes;

/// <summary>A question as a quiz puts it before the learner: its options in the order shown.</summary>
public sealed record DrawnQuestion(Question Question, IReadOnlyList<QuestionOption> Options);
