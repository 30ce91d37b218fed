using System.ComponentModel.DataAnnotations;

namespace Training.Courses;

public sealed class CreateSessionDto
{
    public Guid CourseId { get; set; }

    [Required]
    [StringLength(CourseConsts.MaxTitleLength)]
    public string Title { get; set; } = string.Empty;

    public SessionMode Mode { get; set; }

    [Required]
    public string OrganizerUnitCode { get; set; } = string.Empty;

    [StringLength(CourseConsts.MaxVenueLength)]
    public string? Venue { get; set; }

    [StringLength(CourseConsts.MaxTrainersLength)]
    public string? Trainers { get; set; }

    [Range(1, CourseConsts.MaxCapacity)]
    public int Capacity { get; set; }

    public List<DateOnly> Days { get; set; } = [];
}
