using Training.Text;

namespace Training.Quizzes;

/// <summary>The question sheet's columns, headed in Vietnamese as trainers fill them, and the words its cells use.</summary>
public static class QuestionColumns
{
    public const string Id = "Mã";
    public const string Category = "Chủ đề";
    public const string Type = "Loại";
    public const string Text = "Câu hỏi";
    public const string Explanation = "Giải thích";
    public const string PartialCredit = "Tính điểm từng phần";
    public const string Answer = "Đáp án đúng";

    /// <summary>Option columns in the template (A–F); a sheet may carry up to <see cref="QuizConsts.MaxOptions"/>.</summary>
    public const int TemplateOptions = 6;

    public const string Yes = "Có";
    public const string No = "Không";

    public static readonly IReadOnlyDictionary<QuestionType, string> TypeNames = new Dictionary<QuestionType, string>
    {
        [QuestionType.SingleChoice] = "Một đáp án",
        [QuestionType.MultipleChoice] = "Nhiều đáp án",
        [QuestionType.TrueFalse] = "Đúng/Sai",
    };

    public static IReadOnlyList<string> Required { get; } = [Type, Text, Answer];

    public static char Letter(int option) => (char)('A' + option);

    public static string Option(int option) => "Phương án " + Letter(option);

    /// <summary>The headers in order, with <paramref name="options"/> option columns before the answer.</summary>
    public static IReadOnlyList<string> Headers(int options) =>
        [Id, Category, Type, Text, Explanation, PartialCredit, .. Enumerable.Range(0, options).Select(Option), Answer];

    /// <summary>Every header a sheet may use, the widest set of option columns included.</summary>
    public static IReadOnlyList<string> All { get; } = Headers(QuizConsts.MaxOptions);

    /// <summary>The same word whatever its case, marks or spacing.</summary>
    public static string Key(string? text) => VietnameseText.SearchKey(text);

    /// <summary>The sheet's name of a type, or the enum's name.</summary>
    public static bool TryParseType(string text, out QuestionType type)
    {
        foreach (var (candidate, name) in TypeNames)
        {
            if (Key(name) == Key(text) || string.Equals(candidate.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                type = candidate;
                return true;
            }
        }

        type = default;
        return false;
    }

    public static bool TryParseYesNo(string text, out bool value)
    {
        var key = Key(text);
        value = key is "co" or "true";
        return value || key is "khong" or "false";
    }

    /// <summary>Đúng or Sai (or true/false, as Moodle and the enum write them).</summary>
    public static bool TryParseTruth(string text, out bool value)
    {
        var key = Key(text);
        value = key == Key(QuizConsts.True) || key == "true";
        return value || key == Key(QuizConsts.False) || key == "false";
    }
}
