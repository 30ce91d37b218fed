namespace Training.Common;

public sealed record PagedResultDto<T>(IReadOnlyList<T> Items, long TotalCount);

public record PagedInput
{
    public const int MaxPageSize = 1000;

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 50;

    public int Skip => (Math.Max(Page, 1) - 1) * Take;

    public int Take => Math.Clamp(PageSize, 1, MaxPageSize);
}
