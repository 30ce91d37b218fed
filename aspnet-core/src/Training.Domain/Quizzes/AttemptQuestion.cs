namespace Training.Quizzes;

/// <summary>
/// One question of an attempt: which one, where it stands, its options in the order shown, and the learner's answer as last
/// saved. The answer lives on this row so that saving it is one UPDATE by key; it is not audited (start, submit and grade are).
/// </summary>
public class AttemptQuestion
{
    private AttemptQuestion()
    {
    }

    internal AttemptQuestion(Guid attemptId, Guid questionId, int position, int page, IReadOnlyList<Guid> optionIds)
    {
        AttemptId = attemptId;
        QuestionId = questionId;
        Position = position;
        Page = page;
        OptionIds = optionIds;
    }

    public Guid AttemptId { get; private set; }

    public Guid QuestionId { get; private set; }

    /// <summary>From 1, in the order the learner meets the questions.</summary>
    public int Position { get; private set; }

    /// <summary>From 1.</summary>
    public int Page { get; private set; }

    public IReadOnlyList<Guid> OptionIds { get; private set; } = [];

    /// <summary>Null until the learner first answers; an empty list once they clear their choice.</summary>
    public IReadOnlyList<Guid>? SelectedOptionIds { get; private set; }

    /// <summary>The client's sequence number of the save applied last: a retry that arrives late never overwrites a newer answer.</summary>
    public long? ClientSeq { get; private set; }

    public DateTimeOffset? SavedAt { get; private set; }

    /// <summary>0 to 1 once graded.</summary>
    public decimal? Score { get; private set; }

    /// <summary>The page form without script posts a page's answers together; the API saves each with one statement instead.</summary>
    internal void Answer(IReadOnlyList<Guid> selected, DateTimeOffset at)
    {
        SelectedOptionIds = selected;
        SavedAt = at;
    }

    internal decimal Grade(Question question)
    {
        var score = QuizGrading.ItemScore(question, SelectedOptionIds ?? []);
        Score = Math.Round(score, 4, MidpointRounding.AwayFromZero);
        return score;
    }
}
