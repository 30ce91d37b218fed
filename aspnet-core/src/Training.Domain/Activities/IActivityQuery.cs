namespace Training.Activities;

/// <summary>The activities as lists and counts, projected in the database.</summary>
public interface IActivityQuery
{
    Task<(IReadOnlyList<ActivityListRow> Rows, long Total)> GetPageAsync(ActivityFilter filter, int skip, int take, CancellationToken cancellationToken = default);

    /// <summary>The units that held at least one activity (not deleted) between the two days: a few thousand ids for a country.</summary>
    Task<IReadOnlyList<Guid>> GetUnitsWithActivityAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);
}

/// <param name="UnitPaths">The subtrees whose activities to list.</param>
public sealed record ActivityFilter(IReadOnlyCollection<string> UnitPaths, DateOnly? From, DateOnly? To);

public sealed record ActivityListRow(Guid Id, string UnitCode, string UnitName, DateOnly Date, ActivityForm Form, string Title,
    int? Participants, Guid? AttachmentId, string? AttachmentName);
