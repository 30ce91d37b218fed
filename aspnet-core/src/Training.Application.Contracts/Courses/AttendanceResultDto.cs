namespace Training.Courses;

public sealed record AttendanceResultDto(DateOnly Date, int Present, int Completed);
