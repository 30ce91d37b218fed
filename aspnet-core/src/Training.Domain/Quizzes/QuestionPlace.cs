namespace Training.Quizzes;

public sealed record QuestionPlace(Guid Id, int Order);
