namespace Training.Quizzes;

/// <summary>One of a question's options, plain text; its id stays while the question is edited, since answers will name it.</summary>
public class QuestionOption
{
    private QuestionOption()
    {
        Text = null!;
    }

    internal QuestionOption(Guid id, Guid questionId, int order, string text, bool isCorrect)
    {
        Id = id;
        QuestionId = questionId;
        Order = order;
        Text = text;
        IsCorrect = isCorrect;
    }

    public Guid Id { get; private set; }

    public Guid QuestionId { get; private set; }

    public int Order { get; private set; }

    public string Text { get; private set; }

    public bool IsCorrect { get; private set; }

    internal void Change(int order, string text, bool isCorrect)
    {
        Order = order;
        Text = text;
        IsCorrect = isCorrect;
    }
}
