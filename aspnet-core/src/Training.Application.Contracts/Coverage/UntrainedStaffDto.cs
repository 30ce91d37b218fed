using Training.Rosters;

namespace Training.Coverage;

/// <summary>A person still to train, where they count on the date; no national ID, no phone.</summary>
public sealed record UntrainedStaffDto(Guid StaffId, string FullName, Guid UnitId, string UnitCode, string UnitName, StaffRole Role);
