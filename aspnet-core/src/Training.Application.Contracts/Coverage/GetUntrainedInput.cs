using Training.Common;

namespace Training.Coverage;

public sealed record GetUntrainedInput : PagedInput
{
    public Guid? PlanId { get; init; }

    public string? UnitCode { get; init; }

    public DateOnly? AsOf { get; init; }
}
