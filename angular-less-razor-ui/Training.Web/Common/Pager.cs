namespace Training.Web.Common;

/// <summary>
/// A list's pager: the first and last pages and a few around the current one, with gaps between, so that it keeps its size
/// however long the list grows (a roster of 60,000 once sent 1,200 page links).
/// </summary>
public sealed record Pager(int Current, int Count, Func<int, string> Link)
{
    private const int Around = 2;

    /// <summary>The pager of a list page: each link is the page's own query (its filters) with another page number <c>p</c>.</summary>
    public static Pager For(HttpRequest request, int current, long totalCount, int pageSize) =>
        new(current, (int)Math.Ceiling(totalCount / (double)pageSize), page => QueryString.Create(request.Query
            .Where(q => !string.Equals(q.Key, "p", StringComparison.OrdinalIgnoreCase))
            .Append(new("p", page.ToString(System.Globalization.CultureInfo.InvariantCulture)))).ToUriComponent());

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
