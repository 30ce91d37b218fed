using Training.Documents;

namespace Training.Rosters.Workbooks;

/// <summary>Where the header row of a roster file is and which column holds what, found by name whatever the order.</summary>
public sealed record StaffWorkbookHeader(int RowNumber, IReadOnlyDictionary<string, int> Columns, IReadOnlyDictionary<string, string> HeaderTexts, int ErrorColumn)
{
    /// <summary>How far down a header row is looked for (a title or a blank line may come first).</summary>
    public const int SearchRows = 10;

    /// <summary>The header row is the first with at least two of the roster's column names.</summary>
    public static StaffWorkbookHeader? TryRead(XlsxRow row)
    {
        var columns = new Dictionary<string, int>();
        var texts = new Dictionary<string, string>();
        var errorColumn = 0;
        foreach (var (index, cell) in row.Cells)
        {
            var key = StaffColumns.Key(cell.Text);
            if (key == StaffColumns.Key(StaffColumns.Errors))
            {
                errorColumn = index;
                continue;
            }

            if (StaffColumns.All.FirstOrDefault(c => StaffColumns.Key(c) == key) is { } name && !columns.ContainsKey(name))
            {
                columns[name] = index;
                texts[name] = Training.Text.VietnameseText.Clean(cell.Text);
            }
        }

        return columns.Count >= 2
            ? new StaffWorkbookHeader(row.RowNumber, columns, texts, errorColumn > 0 ? errorColumn : row.Cells.Keys.Max() + 1)
            : null;
    }

    public IReadOnlyList<string> MissingRequired => StaffColumns.Required.Where(c => !Columns.ContainsKey(c)).ToList();

    public string HeaderOf(string? column) => column is null ? string.Empty : HeaderTexts.GetValueOrDefault(column, column);
}
