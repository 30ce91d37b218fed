namespace Training.Rosters;

/// <summary>
/// A person's unit history read for a dated write: which periods the write can touch and which later move it would
/// overwrite. The aggregate uses it for its own rules; a bulk import uses it on histories loaded for many people at once.
/// </summary>
public readonly struct StaffHistory(IReadOnlyCollection<StaffUnitAssignment> assignments)
{
    /// <summary>The assignment that holds on <paramref name="date"/>, if the person belonged anywhere that day.</summary>
    public StaffUnitAssignment? On(DateOnly date) => assignments.FirstOrDefault(a => a.From <= date && (a.To is null || a.To >= date));

    /// <summary>
    /// The periods a write dated <paramref name="date"/> can touch, as seen <paramref name="today"/>: the one holding on the
    /// earlier of the two days and every one after it. A caller may change the person only when its scope holds all their units.
    /// </summary>
    public IReadOnlyList<StaffUnitAssignment> Since(DateOnly date, DateOnly today)
    {
        var from = date < today ? date : today;
        var since = assignments.Where(a => a.To is null || a.To >= from).OrderBy(a => a.From).ToList();
        return since.Count > 0 ? since : [assignments.OrderBy(a => a.From).Last()];
    }

    /// <summary>
    /// The later period a move to <paramref name="unitId"/> dated <paramref name="from"/> would overwrite, if any: a dated move
    /// never rewrites a period that starts on or after its date. None when the person already belongs there on that day.
    /// </summary>
    public StaffUnitAssignment? MovedSince(Guid unitId, DateOnly from) =>
        On(from)?.UnitId == unitId ? null : assignments.Where(a => a.From >= from).OrderBy(a => a.From).FirstOrDefault();
}
