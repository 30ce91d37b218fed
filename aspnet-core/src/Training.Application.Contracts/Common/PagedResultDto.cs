namespace Training.Common;

public sealed record PagedResultDto<T>(IReadOnlyList<T> Items, long TotalCount);
