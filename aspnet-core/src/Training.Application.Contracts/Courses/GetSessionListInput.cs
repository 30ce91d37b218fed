using Training.Common;

namespace Training.Courses;

public sealed record GetSessionListInput : PagedInput
{
    public Guid? CourseId { get; init; }
}
