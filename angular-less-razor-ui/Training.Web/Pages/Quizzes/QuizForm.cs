using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Training.Quizzes;
using Training.Timing;

namespace Training.Web.Pages.Quizzes;

/// <summary>
/// A quiz as its page edits it: a fixed list named by the questions' numbers in the bank ("1-10, 15"), since a bank of
/// thousands cannot be a list of boxes on a phone; draws as rows; times in Cao Bằng time.
/// </summary>
public sealed class QuizForm
{
    [Required]
    [StringLength(QuizConsts.MaxTitleLength)]
    [Display(Name = "DisplayName:Title")]
    public string Title { get; set; } = string.Empty;

    public bool IsFinal { get; set; }

    /// <summary>Whether the quiz draws at random rather than lists its questions.</summary>
    public bool Draws { get; set; }

    [StringLength(20_000)]
    public string? Numbers { get; set; }

    public List<DrawRow> Draw { get; set; } = [];

    public bool ShuffleQuestions { get; set; }

    public bool ShuffleOptions { get; set; }

    public int? TimeLimitMinutes { get; set; }

    public int PassPercent { get; set; } = 80;

    public int? MaxAttempts { get; set; }

    /// <summary>Cao Bằng time, as a datetime-local field sends it.</summary>
    public DateTime? OpensAt { get; set; }

    /// <summary>Cao Bằng time.</summary>
    public DateTime? ClosesAt { get; set; }

    public int QuestionsPerPage { get; set; } = 5;

    public QuizReview Review { get; set; } = QuizReview.Correctness;

    public static QuizForm Of(QuizDto quiz, IReadOnlyList<Guid> bank)
    {
        var numbers = bank.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i + 1);
        return new()
        {
            Title = quiz.Title, IsFinal = quiz.IsFinal, Draws = quiz.Draw.Count > 0,
            Numbers = NumbersOf(quiz.QuestionIds.Where(numbers.ContainsKey).Select(id => numbers[id]).ToList()),
            Draw = quiz.Draw.Select(d => new DrawRow { Category = d.Category, Count = d.Count }).ToList(),
            ShuffleQuestions = quiz.ShuffleQuestions, ShuffleOptions = quiz.ShuffleOptions, TimeLimitMinutes = quiz.TimeLimitMinutes, PassPercent = quiz.PassPercent,
            MaxAttempts = quiz.MaxAttempts, OpensAt = Local(quiz.OpensAt), ClosesAt = Local(quiz.ClosesAt), QuestionsPerPage = quiz.QuestionsPerPage, Review = quiz.Review,
        };
    }

    /// <summary>What the API takes, the numbers read against <paramref name="bank"/>; null when a number is not of the bank (the page says so).</summary>
    public SaveQuizDto? ToDto(IReadOnlyList<Guid> bank)
    {
        List<int> numbers = [];
        if (!Draws && !TryReadNumbers(Numbers, bank.Count, out numbers))
        {
            return null;
        }

        return new SaveQuizDto
        {
            Title = Title, IsFinal = IsFinal, QuestionIds = numbers.Select(n => bank[n - 1]).ToList(),
            Draw = Draws ? Draw.Where(d => d.Count is not null).Select(d => new QuizDrawDto(d.Category ?? string.Empty, d.Count!.Value)).ToList() : [],
            ShuffleQuestions = ShuffleQuestions, ShuffleOptions = ShuffleOptions, TimeLimitMinutes = TimeLimitMinutes, PassPercent = PassPercent,
            MaxAttempts = MaxAttempts, OpensAt = Utc(OpensAt), ClosesAt = Utc(ClosesAt), QuestionsPerPage = QuestionsPerPage, Review = Review,
        };
    }

    /// <summary>"1-3, 7" for 1, 2, 3, 7, in the list's order.</summary>
    public static string NumbersOf(IReadOnlyList<int> numbers)
    {
        var parts = new List<string>();
        for (var i = 0; i < numbers.Count;)
        {
            var j = i;
            while (j + 1 < numbers.Count && numbers[j + 1] == numbers[j] + 1)
            {
                j++;
            }

            parts.Add(j > i ? $"{numbers[i]}-{numbers[j]}" : numbers[i].ToString(CultureInfo.InvariantCulture));
            i = j + 1;
        }

        return string.Join(", ", parts);
    }

    /// <summary>Reads "1-3, 7" (commas, semicolons or spaces between; a range either way round), each number within 1..<paramref name="count"/>.</summary>
    public static bool TryReadNumbers(string? text, int count, out List<int> numbers)
    {
        numbers = [];
        foreach (var part in (text ?? string.Empty).Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var ends = part.Split(['-', '–'], StringSplitOptions.TrimEntries);
            if (ends.Length is < 1 or > 2 || !ends.All(e => int.TryParse(e, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= count))
            {
                return false;
            }

            var from = int.Parse(ends[0], CultureInfo.InvariantCulture);
            var to = int.Parse(ends[^1], CultureInfo.InvariantCulture);
            var step = to >= from ? 1 : -1;
            for (var n = from; n != to + step; n += step)
            {
                numbers.Add(n);
            }

            if (numbers.Count > QuizConsts.MaxQuestionsPerCourse)
            {
                return false;
            }
        }

        return numbers.Count > 0;
    }

    private static DateTime? Local(DateTimeOffset? utc) => utc is { } instant ? TimeZoneInfo.ConvertTime(instant, BusinessClock.VietnamTimeZone).DateTime : null;

    private static DateTimeOffset? Utc(DateTime? local) => local is { } time
        ? new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Unspecified), BusinessClock.VietnamTimeZone.GetUtcOffset(time)).ToUniversalTime()
        : null;

    public sealed class DrawRow
    {
        [StringLength(QuizConsts.MaxCategoryLength)]
        public string? Category { get; set; }

        public int? Count { get; set; }
    }
}
