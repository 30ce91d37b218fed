namespace Training.Rosters;

/// <summary>The roster as a list reads it: rows projected and paged in SQL, never loaded people.</summary>
public interface IStaffListQuery
{
    /// <summary>A page of those <paramref name="query"/> finds, sorted the Vietnamese way, and how many it finds in all.</summary>
    Task<(IReadOnlyList<StaffListRow> Rows, long Total)> GetPageAsync(StaffQuery query, int skip, int take, CancellationToken cancellationToken = default);
}
