namespace Training.Quizzes;

public enum QuestionType
{
    SingleChoice,
    MultipleChoice,
    TrueFalse,
}

/// <summary>What a learner sees of a submitted attempt.</summary>
public enum QuizReview
{
    ScoreOnly,
    Correctness,
    AnswersAndExplanations,
}
