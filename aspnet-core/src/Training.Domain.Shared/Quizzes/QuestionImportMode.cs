namespace Training.Quizzes;

public enum QuestionImportMode
{
    /// <summary>Nothing is written when any question fails.</summary>
    AllOrNothing,

    /// <summary>The valid questions are written; the others are reported.</summary>
    ValidOnly,
}
