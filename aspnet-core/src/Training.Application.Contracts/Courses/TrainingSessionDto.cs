namespace Training.Courses;

public sealed record TrainingSessionDto(
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
