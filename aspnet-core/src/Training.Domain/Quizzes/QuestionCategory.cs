using Training.Text;

namespace Training.Quizzes;

/// <summary>
/// A question's category label: levels separated by '/', as Moodle writes "Chung/Pháp luật". Labels are compared without
/// case or marks ("chung/phap luat" is the same category), and a category includes its sub-categories.
/// </summary>
public static class QuestionCategory
{
    /// <summary>The label as it is kept: each level trimmed, empty levels dropped; over the limit is 400 naming <paramref name="field"/>.</summary>
    public static string Normalise(string? category, string field = "category")
    {
        var levels = (category ?? string.Empty).Split(QuizConsts.CategorySeparator).Select(l => VietnameseText.Clean(l)).Where(l => l.Length > 0);
        var label = string.Join(QuizConsts.CategorySeparator, levels);
        if (label.Length > QuizConsts.MaxCategoryLength)
        {
            throw new TrainingException(TrainingErrorCodes.QuestionCategoryTooLong) { Field = field };
        }

        return label;
    }

    /// <summary>What two labels of one category share: no case, no marks.</summary>
    public static string Key(string category) => VietnameseText.SearchKey(Normalise(category));

    /// <summary>Whether <paramref name="question"/> is drawn by a draw of <paramref name="drawn"/>.</summary>
    public static bool IsWithin(Question question, string drawn) => IsWithinKey(question.CategoryKey, Key(drawn));

    /// <summary>Whether the category keyed <paramref name="key"/> is <paramref name="parentKey"/>'s or one of its sub-categories'.</summary>
    public static bool IsWithinKey(string key, string parentKey) =>
        parentKey.Length == 0 || key == parentKey || key.StartsWith(parentKey + QuizConsts.CategorySeparator, StringComparison.Ordinal);
}
