using System.ComponentModel.DataAnnotations;

namespace Training.Quizzes;

public sealed class SaveQuestionOptionDto
{
    /// <summary>An existing option's id, to keep it; null for a new one.</summary>
    public Guid? Id { get; set; }

    [StringLength(QuizConsts.MaxOptionTextLength)]
    public string Text { get; set; } = string.Empty;

    public bool IsCorrect { get; set; }
}
