namespace Training.Courses;

/// <summary>One training session as a list shows it, with its course and organising unit.</summary>
public sealed record SessionListRow(
    Guid Id,
    Guid CourseId,
    string CourseCode,
    string CourseTitle,
    string Title,
    SessionMode Mode,
    Guid OrganizerUnitId,
    string OrganizerUnitCode,
    string OrganizerUnitName,
    string? Venue,
    string? Trainers,
    int Capacity,
    IReadOnlyList<DateOnly> Days,
    int Enrolled,
    int Waitlisted);
