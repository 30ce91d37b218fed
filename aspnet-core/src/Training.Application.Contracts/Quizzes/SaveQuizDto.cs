using System.ComponentModel.DataAnnotations;

namespace Training.Quizzes;

/// <summary>A quiz: exactly one of <see cref="QuestionIds"/> (a fixed list, in order) and <see cref="Draw"/> (at random per category).</summary>
public sealed class SaveQuizDto
{
    [Required]
    [StringLength(QuizConsts.MaxTitleLength)]
    public string Title { get; set; } = string.Empty;

    /// <summary>The quiz a completion rule's "quiz required" means; setting it clears it on the version's other quiz.</summary>
    public bool IsFinal { get; set; }

    [MaxLength(QuizConsts.MaxQuestionsPerCourse)]
    public List<Guid> QuestionIds { get; set; } = [];

    [MaxLength(100)]
    public List<QuizDrawDto> Draw { get; set; } = [];

    public bool ShuffleQuestions { get; set; }

    public bool ShuffleOptions { get; set; }

    /// <summary>Null: untimed.</summary>
    [Range(1, QuizConsts.MaxTimeLimitMinutes)]
    public int? TimeLimitMinutes { get; set; }

    [Range(0, 100)]
    public int PassPercent { get; set; } = 80;

    /// <summary>Null: unlimited.</summary>
    [Range(1, QuizConsts.MaxAttempts)]
    public int? MaxAttempts { get; set; }

    /// <summary>UTC.</summary>
    public DateTimeOffset? OpensAt { get; set; }

    /// <summary>UTC.</summary>
    public DateTimeOffset? ClosesAt { get; set; }

    [Range(1, QuizConsts.MaxQuestionsPerPage)]
    public int QuestionsPerPage { get; set; } = 5;

    public QuizReview Review { get; set; } = QuizReview.Correctness;
}
