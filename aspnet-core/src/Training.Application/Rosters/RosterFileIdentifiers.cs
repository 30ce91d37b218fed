using Training.Documents;
using Training.Rosters.Workbooks;

namespace Training.Rosters;

/// <summary>
/// People named in a file another feature receives (a session's enrolment list): by national ID ("Số CCCD") for those who
/// may see them, else by the roster's own id ("Mã cán bộ"), read from the column so headed or else the first column.
/// </summary>
public static class RosterFileIdentifiers
{
    private static readonly HashSet<string> HeaderKeys = [.. StaffColumns.All.Select(StaffColumns.Key), StaffColumns.Key("STT")];

    public static string Column(bool byNationalId) => byNationalId ? StaffColumns.NationalId : StaffColumns.StaffId;

    /// <summary>The identifier of each data row, from the column it is headed by (else the first column); null where the cell
    /// holds no valid identifier.</summary>
    public static async Task<List<(int Row, string? Text, string? Id)>> ReadAsync(Stream workbook, bool byNationalId, CancellationToken cancellationToken)
    {
        var header = Column(byNationalId);
        var result = new List<(int, string?, string?)>();
        using var reader = await XlsxRowReader.OpenAsync(workbook, cancellationToken);
        var column = 1;
        var headerSeen = false;
        foreach (var row in reader.ReadRows())
        {
            // The header row is the first that names a roster column ("STT" too); without the wanted one, the first column is read.
            if (!headerSeen && result.Count == 0 && row.Cells.Any(c => HeaderKeys.Contains(StaffColumns.Key(c.Value.Text))))
            {
                headerSeen = true;
                column = row.Cells.FirstOrDefault(c => StaffColumns.Key(c.Value.Text) == StaffColumns.Key(header)) is { Value.Text: not null } headerCell
                    ? headerCell.Key : 1;
                continue;
            }

            if (!row.Cells.TryGetValue(column, out var cell) || (cell.Text is null && cell.Number is null))
            {
                continue;
            }

            var text = (cell.Number is { } n ? n.ToString("0", System.Globalization.CultureInfo.InvariantCulture) : cell.Text)?.Trim().TrimStart('\'');
            string? identifier = header == StaffColumns.NationalId
                ? (ContactFormats.TryNormaliseNationalId(text, out var normalised) ? normalised : null)
                : (Guid.TryParse(text, out var staffId) ? staffId.ToString() : null);
            result.Add((row.RowNumber, text, identifier));
        }

        return result;
    }
}
