using System.ComponentModel.DataAnnotations;

namespace Training.Quizzes;

public sealed class SaveQuestionDto
{
    /// <summary>Levels separated by '/', e.g. "Chung/Pháp luật"; compared without case or marks.</summary>
    [StringLength(QuizConsts.MaxCategoryLength)]
    public string? Category { get; set; }

    [Required]
    public QuestionType? Type { get; set; }

    /// <summary>Rich text, sanitised as a lesson body is (no images).</summary>
    [Required]
    [StringLength(QuizConsts.MaxQuestionTextLength)]
    public string Text { get; set; } = string.Empty;

    [StringLength(QuizConsts.MaxExplanationLength)]
    public string? Explanation { get; set; }

    /// <summary>Multiple choice only: each right option chosen scores its share, each wrong one takes a share away.</summary>
    public bool PartialCredit { get; set; }

    /// <summary>In order. True/false: two options, the first "Đúng" and the second "Sai" (their texts are set by the bank).</summary>
    [Required]
    [MaxLength(QuizConsts.MaxOptions)]
    public List<SaveQuestionOptionDto> Options { get; set; } = [];
}
