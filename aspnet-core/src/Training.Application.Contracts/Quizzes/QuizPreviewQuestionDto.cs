namespace Training.Quizzes;

/// <param name="Page">From 1, as the quiz's questions per page split them.</param>
/// <param name="Question">Its options in the order shown.</param>
public sealed record QuizPreviewQuestionDto(int Page, QuestionDto Question);
