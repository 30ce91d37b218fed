using Training.Common;

namespace Training.Activities;

public sealed record GetActivitiesInput : PagedInput
{
    /// <summary>A unit of the caller's scope (its subtree counts); without it, every unit the caller holds.</summary>
    public string? UnitCode { get; init; }

    /// <summary>The date to read <see cref="UnitCode"/> on; today without it.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Held on or after this day.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Held on or before this day.</summary>
    public DateOnly? To { get; init; }
}
