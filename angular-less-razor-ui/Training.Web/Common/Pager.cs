namespace Training.Web.Common;

/// <summary>
/// A list's pager: the first and last pages and a few around the current one, with gaps between, so that it keeps its size
/// however long the list grows (a roster of 60,000 once sent 1,200 page links).
/// </summary>
public sealed record Pager(int Current, int Count, Func<int, string> Link)
{
    private const int Around = 2;

    public static Pager For(int current, long totalCount, int pageSize, Func<int, string> link) =>
        new(current, (int)Math.Ceiling(totalCount / (double)pageSize), link);

    /// <summary>The page numbers to link, in order; null stands for the pages left out between two of them.</summary>
    public IEnumerable<int?> Window()
    {
        var shown = new SortedSet<int> { 1, Count };
        for (var page = Current - Around; page <= Current + Around; page++)
        {
            if (page >= 1 && page <= Count)
            {
                shown.Add(page);
            }
        }

        var previous = 0;
        foreach (var page in shown)
        {
            if (page > previous + 1)
            {
                yield return null;
            }

            yield return page;
            previous = page;
        }
    }
}
