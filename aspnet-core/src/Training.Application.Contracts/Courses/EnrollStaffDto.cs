using Training.Rosters;

namespace Training.Courses;

/// <summary>Who to enrol: listed people, or everyone of a unit's subtree (on <see cref="AsOf"/>) in the given roles.</summary>
public sealed class EnrollStaffDto
{
    public List<Guid>? StaffIds { get; set; }

    public string? UnitCode { get; set; }

    public DateOnly? AsOf { get; set; }

    public List<StaffRole>? Roles { get; set; }
}
