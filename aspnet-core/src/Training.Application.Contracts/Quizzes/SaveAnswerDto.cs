using System.ComponentModel.DataAnnotations;

namespace Training.Quizzes;

public sealed class SaveAnswerDto
{
    /// <summary>The options chosen; empty clears the answer.</summary>
    [Required]
    [MaxLength(QuizConsts.MaxOptions)]
    public List<Guid> SelectedOptionIds { get; set; } = [];

    /// <summary>Rises with each change the client makes: a save carrying a lower number than the one stored is acknowledged and not
    /// applied, so a late retry never overwrites a newer answer.</summary>
    [Range(0, long.MaxValue)]
    public long? ClientSeq { get; set; }
}
