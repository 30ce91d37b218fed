namespace Training.Quizzes;

/// <summary>How one answer scores; every question weighs 1.</summary>
public static class QuizGrading
{
    /// <summary>
    /// Single choice and true/false: 1 for the right option alone. Multiple choice: 1 only for every right option and no wrong
    /// one; with partial credit, choosing c of C right and w of W wrong options scores max(0, c/C − w/W) (c/C without wrong options).
    /// Ids that are not the question's count for nothing.
    /// </summary>
    public static decimal ItemScore(Question question, IReadOnlyCollection<Guid> selected)
    {
        var chosen = selected.ToHashSet();
        var right = question.Options.Where(o => o.IsCorrect).Select(o => o.Id).ToHashSet();
        var wrong = question.Options.Where(o => !o.IsCorrect).Select(o => o.Id).ToHashSet();
        if (question.Type != QuestionType.MultipleChoice || !question.PartialCredit)
        {
            return right.SetEquals(chosen.Where(id => right.Contains(id) || wrong.Contains(id))) && !chosen.Overlaps(wrong) ? 1m : 0m;
        }

        var c = (decimal)chosen.Count(right.Contains);
        var w = (decimal)chosen.Count(wrong.Contains);
        return wrong.Count == 0 ? c / right.Count : Math.Max(0m, (c / right.Count) - (w / wrong.Count));
    }

    /// <summary>Two decimals, half away from zero, as the result is shown.</summary>
    public static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
