using System.ComponentModel.DataAnnotations;

namespace Training.Rosters;

/// <summary>An admin's correction of a wrong past move: the right unit (read on <see cref="From"/>) and start date.</summary>
public sealed class CorrectStaffAssignmentDto
{
    [Required]
    [StringLength(64)]
    public string UnitCode { get; set; } = string.Empty;

    [Required]
    public DateOnly? From { get; set; }
}
