using Training.Common;

namespace Training.Quizzes;

public sealed record GetQuizAttemptsInput : PagedInput
{
    /// <summary>Only people enrolled in this session.</summary>
    public Guid? SessionId { get; init; }

    /// <summary>A unit of the caller's scope (its subtree counts); the caller's whole scope without it.</summary>
    public string? UnitCode { get; init; }

    /// <summary>The date whose unit assignments count; today without it.</summary>
    public DateOnly? AsOf { get; init; }
}
