using Training.Common;

namespace Training.Rosters;

public sealed record GetStaffListInput : PagedInput
{
    public string? UnitCode { get; init; }

    public DateOnly? AsOf { get; init; }

    public StaffRole? Role { get; init; }

    public bool? InScope { get; init; }

    public string? Search { get; init; }

    /// <summary>Also those no longer active on the date.</summary>
    public bool? IncludeInactive { get; init; }
}
