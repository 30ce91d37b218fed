using Training.Common;

namespace Training.Courses;

public sealed record GetCourseListInput : PagedInput
{
    public string? Search { get; init; }

    public CourseStatus? Status { get; init; }
}
