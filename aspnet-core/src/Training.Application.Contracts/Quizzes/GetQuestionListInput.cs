using System.ComponentModel.DataAnnotations;
using Training.Common;

namespace Training.Quizzes;

public sealed record GetQuestionListInput : PagedInput
{
    /// <summary>A category and its sub-categories; null: the whole bank.</summary>
    [StringLength(QuizConsts.MaxCategoryLength)]
    public string? Category { get; init; }
}
