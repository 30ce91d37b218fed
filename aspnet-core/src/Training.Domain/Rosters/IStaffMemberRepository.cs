namespace Training.Rosters;

public interface IStaffMemberRepository
{
    Task<StaffMember?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    Task<StaffMember?> FindByNationalIdAsync(string nationalId, CancellationToken cancellationToken = default);

    Task<StaffMember?> FindByUserIdAsync(Guid userId, CancellationToken cancellationToken = default);

    /// <summary>Everyone matching <paramref name="query"/>, streamed in order, for exports and imports.</summary>
    IAsyncEnumerable<(StaffMember Staff, Guid UnitId)> StreamAsync(StaffQuery query, CancellationToken cancellationToken = default);

    /// <summary>Who holds each of <paramref name="nationalIds"/> now, across every roster (in one query).</summary>
    Task<Dictionary<string, Guid>> GetNationalIdOwnersAsync(IReadOnlyCollection<string> nationalIds, CancellationToken cancellationToken = default);

    /// <summary>The people with these ids, tracked, with their unit history.</summary>
    Task<List<StaffMember>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default);

    /// <summary>The people active on <paramref name="asOf"/> whose assignment that day is to a unit of these subtrees that had
    /// ended by then, tracked, with their unit history, in name order (one query): whom the move to successors places.</summary>
    Task<List<StaffMember>> GetInEndedUnitsAsync(IReadOnlyCollection<string> unitPaths, DateOnly asOf, CancellationToken cancellationToken = default);

    /// <summary>The unit histories of these people, read only, for checking many dated writes at once.</summary>
    Task<Dictionary<Guid, List<StaffUnitAssignment>>> GetHistoriesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default);

    /// <summary>Inside a transaction: waits until no other committed import into these provinces (root unit paths) runs, on
    /// any node, and holds that until the transaction ends.</summary>
    Task LockRostersAsync(IReadOnlyCollection<string> rootPaths, CancellationToken cancellationToken = default);

    Task InsertAsync(StaffMember staffMember, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes new people (with their unit history and an audit entry each) straight away, in the current transaction and
    /// bypassing the change tracker: for an import of thousands. They are not tracked afterwards.
    /// </summary>
    Task InsertNewAsync(IReadOnlyCollection<StaffMember> people, CancellationToken cancellationToken = default);
}

/// <param name="UnitPaths">Subtrees to search (already cut to the caller's scope).</param>
/// <param name="AsOf">The date the unit assignment is read on.</param>
/// <param name="ActiveOnly">Only those active on <paramref name="AsOf"/>.</param>
public sealed record StaffQuery(IReadOnlyCollection<string> UnitPaths, DateOnly AsOf, StaffRole? Role = null, bool? InScope = null,
    string? Search = null, bool ActiveOnly = true);
