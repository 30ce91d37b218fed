using Training.OrganizationUnits;
using Training.Rosters;

namespace Training.Coverage;

/// <summary>
/// The coverage rule's people, counted in the database: the in-scope staff of some roles active on a date, assigned on that
/// date to a unit of a <see cref="UnitSelection"/>, and whether each holds a qualifying completion. Answers are per
/// assigned unit (a few thousand rows for a country), never per person, except the paged list of the untrained.
/// </summary>
public interface ICoverageQuery
{
    /// <summary>The counts per assigned unit, keyed for every breakdown in <paramref name="groupings"/> at once: one statement
    /// however many are asked (a dashboard asks three or four).</summary>
    Task<IReadOnlyList<CoverageCountRow>> CountAsync(CoverageCriteria criteria, IReadOnlySet<CoverageGrouping> groupings,
        CancellationToken cancellationToken = default);

    /// <summary>The untrained, in Vietnamese name order.</summary>
    Task<(IReadOnlyList<UntrainedRow> Rows, long Total)> GetUntrainedAsync(CoverageCriteria criteria, int skip, int take,
        CancellationToken cancellationToken = default);

    /// <summary>All the untrained in the same order, as one statement read as the rows arrive: for a list of a country's size,
    /// where pages of it would each count and sort everyone again.</summary>
    IAsyncEnumerable<UntrainedRow> ReadUntrainedAsync(CoverageCriteria criteria);

    /// <summary>The unit tree on <paramref name="asOf"/>, built from every unit and succession; read only, so shared between requests.</summary>
    Task<UnitsOnDate> GetUnitsOnAsync(DateOnly asOf, CancellationToken cancellationToken = default);
}

/// <param name="From">The plan's first day: completions before it do not count.</param>
/// <param name="AsOf">The date D: where people are, who is active, and the last day a completion counts.</param>
public sealed record CoverageCriteria(DateOnly From, DateOnly AsOf, IReadOnlyCollection<StaffRole> Roles, IReadOnlyCollection<string> CourseCodes,
    UnitSelection Units);

/// <param name="UnitId">The unit the people were assigned to on the date (possibly ended: see <see cref="UnitsOnDate"/>).</param>
/// <param name="Role">Null unless a breakdown by role or gender was asked.</param>
/// <param name="Gender">Null when unknown, or unless a breakdown by role or gender was asked.</param>
/// <param name="Ethnicity">The ethnic group; null when unknown, or unless the breakdown by ethnicity was asked.</param>
public sealed record CoverageCountRow(Guid UnitId, StaffRole? Role, Gender? Gender, string? Ethnicity, int InScope, int Trained)
{
    /// <summary>The row's key in a breakdown: null for units; else the role's or gender's name, or the ethnic group (null when unknown).</summary>
    public string? KeyOf(CoverageGrouping grouping) => grouping switch
    {
        CoverageGrouping.Role => Role?.ToString(),
        CoverageGrouping.Gender => Gender?.ToString(),
        CoverageGrouping.Ethnicity => Ethnicity,
        _ => null,
    };
}

public sealed record UntrainedRow(Guid StaffId, string FullName, Guid UnitId, StaffRole Role);
