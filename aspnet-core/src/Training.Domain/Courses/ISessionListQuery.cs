namespace Training.Courses;

/// <summary>Sessions as a list reads them, in SQL: the enrolments are counted on the session, never read.</summary>
public interface ISessionListQuery
{
    /// <summary>Sessions organised by a unit of these subtrees (of one course when given), newest first.</summary>
    Task<(IReadOnlyList<SessionListRow> Rows, long Total)> GetPageAsync(IReadOnlyCollection<string> organizerPaths, Guid? courseId, int skip, int take,
        CancellationToken cancellationToken = default);
}
