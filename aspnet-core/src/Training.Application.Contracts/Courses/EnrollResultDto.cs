using Training.Rosters;

namespace Training.Courses;

/// <summary>How many were enrolled, put on the waiting list or skipped (already in, outside the caller's units, or not found);
/// for a file, each row that named no one the caller may enrol, with its Excel row number.</summary>
public sealed record EnrollResultDto(int Enrolled, int Waitlisted, int Skipped)
{
    public IReadOnlyList<StaffImportErrorDto> Errors { get; init; } = [];
}
