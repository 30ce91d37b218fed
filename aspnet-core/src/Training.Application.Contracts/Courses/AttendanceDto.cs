namespace Training.Courses;

public sealed class AttendanceDto
{
    public DateOnly Date { get; set; }

    public List<Guid> PresentStaffIds { get; set; } = [];
}
