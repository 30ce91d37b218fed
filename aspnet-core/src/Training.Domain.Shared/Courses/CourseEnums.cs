namespace Training.Courses;

/// <summary>Draft → Published → Archived. A published course is changed through a new draft version, never in place.</summary>
public enum CourseStatus
{
    Draft,
    Published,
    Archived,
}

public enum SessionMode
{
    InPerson,
    Online,
    Blended,
}

/// <summary>Enrolled → InProgress → Completed / Failed / Withdrawn; Waitlisted until a place frees up.</summary>
public enum EnrollmentStatus
{
    Waitlisted,
    Enrolled,
    InProgress,
    Completed,
    Failed,
    Withdrawn,
}
