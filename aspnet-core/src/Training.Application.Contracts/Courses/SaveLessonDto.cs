using System.ComponentModel.DataAnnotations;

namespace Training.Courses;

public sealed class SaveLessonDto
{
    [Required]
    [StringLength(CourseConsts.MaxTitleLength)]
    public string Title { get; set; } = string.Empty;

    [StringLength(CourseConsts.MaxLessonBodyLength)]
    public string? Body { get; set; }

    [StringLength(CourseConsts.MaxVideoUrlLength)]
    public string? VideoUrl { get; set; }
}
