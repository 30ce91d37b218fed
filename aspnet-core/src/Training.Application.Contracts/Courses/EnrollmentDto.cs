namespace Training.Courses;

/// <param name="CanChange">The caller's scope holds the person: it may withdraw them and mark their attendance; others are read-only.</param>
/// <param name="WaitlistPosition">1 for the first to take a freed place; null for those not waiting.</param>
public sealed record EnrollmentDto(Guid StaffMemberId, string FullName, string UnitName, EnrollmentStatus Status, IReadOnlyList<DateOnly> AttendedDays,
    decimal AttendancePercent, bool CanChange, int? WaitlistPosition);
