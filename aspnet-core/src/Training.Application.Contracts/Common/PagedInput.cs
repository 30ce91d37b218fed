namespace Training.Common;

/// <summary><c>page</c> counts from 1; both are optional in a query string.</summary>
public record PagedInput
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 1000;

    public const int MaxPage = 1_000_000;

    /// <summary>From 1; past <see cref="MaxPage"/> is refused (an OFFSET that large is a mistake or an attack).</summary>
    [System.ComponentModel.DataAnnotations.Range(1, MaxPage)]
    public int? Page { get; init; }

    [System.ComponentModel.DataAnnotations.Range(1, MaxPageSize)]
    public int? PageSize { get; init; }

    internal int Skip => (Math.Max(Page ?? 1, 1) - 1) * Take;

    internal int Take => Math.Clamp(PageSize ?? DefaultPageSize, 1, MaxPageSize);
}
