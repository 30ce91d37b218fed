namespace Training.Coverage;

public sealed record GetUntrainedExportInput
{
    public Guid? PlanId { get; init; }

    /// <summary>Read on <see cref="AsOf"/>; without it, the plan's root (or the caller's own unit when the root lies outside its scope).</summary>
    public string? UnitCode { get; init; }

    /// <summary>The date D; default today, brought inside the plan's period.</summary>
    public DateOnly? AsOf { get; init; }
}
