namespace Training.Courses;

/// <summary>A staff member in a session (ghi danh), with the days they attended.</summary>
public class Enrollment
{
    private Enrollment()
    {
        AttendedDays = [];
    }

    internal Enrollment(Guid id, Guid sessionId, Guid courseId, Guid staffMemberId, EnrollmentStatus status, DateTimeOffset enrolledAt)
    {
        Id = id;
        SessionId = sessionId;
        CourseId = courseId;
        StaffMemberId = staffMemberId;
        Status = status;
        EnrolledAt = enrolledAt;
        AttendedDays = [];
    }

    public Guid Id { get; private set; }

    public Guid SessionId { get; private set; }

    public Guid CourseId { get; private set; }

    public Guid StaffMemberId { get; private set; }

    public EnrollmentStatus Status { get; private set; }

    public DateTimeOffset EnrolledAt { get; private set; }

    public IReadOnlyList<DateOnly> AttendedDays { get; private set; }

    /// <summary>Counts against the capacity (waiting and withdrawn people do not).</summary>
    public bool HoldsAPlace => Status is EnrollmentStatus.Enrolled or EnrollmentStatus.InProgress or EnrollmentStatus.Completed or EnrollmentStatus.Failed;

    internal void Withdraw() => Status = EnrollmentStatus.Withdrawn;

    internal void Promote() => Status = EnrollmentStatus.Enrolled;

    internal void Complete() => Status = EnrollmentStatus.Completed;

    internal void Fail() => Status = EnrollmentStatus.Failed;

    internal bool MarkAttendance(DateOnly date, bool present)
    {
        var was = AttendedDays.Contains(date);
        if (was == present)
        {
            return false;
        }

        AttendedDays = present ? [.. AttendedDays, date] : AttendedDays.Where(d => d != date).ToList();
        AttendedDays = AttendedDays.Order().ToList();
        if (Status == EnrollmentStatus.Enrolled)
        {
            Status = EnrollmentStatus.InProgress;
        }

        return true;
    }
}
