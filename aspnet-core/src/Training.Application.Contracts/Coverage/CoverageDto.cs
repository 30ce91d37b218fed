using Training.OrganizationUnits;

namespace Training.Coverage;

/// <param name="Percent">Null when nobody is in scope; else one decimal.</param>
/// <param name="Communes">Communes valid on the date in the unit's subtree.</param>
/// <param name="CommunesWithAnyTrained">Of them, those with at least one in-scope person trained.</param>
/// <param name="CommunesAllTrained">Of them, those with in-scope staff, all trained.</param>
public sealed record CoverageDto(
    Guid PlanId,
    string UnitCode,
    string UnitName,
    DateOnly AsOf,
    int InScope,
    int Trained,
    decimal? Percent,
    decimal Target,
    int Communes,
    int CommunesWithAnyTrained,
    int CommunesAllTrained,
    IReadOnlyList<CoverageRowDto> Rows)
{
    /// <summary>The units above the unit, top first, from the plan's root or the highest one the caller may read: the way back up.</summary>
    public IReadOnlyList<OrganizationUnitDto> Ancestors { get; init; } = [];

    /// <summary>Of <see cref="Communes"/>, those that held an information activity from <see cref="ActivityFrom"/> to <see cref="ActivityTo"/> (the plan's second target).</summary>
    public int CommunesWithActivity { get; init; }

    /// <summary>The plan's first day.</summary>
    public DateOnly ActivityFrom { get; init; }

    /// <summary>The date, or the plan's last day when the date lies after it.</summary>
    public DateOnly ActivityTo { get; init; }

    /// <summary>Null when there is no commune; else one decimal.</summary>
    public decimal? ActivityPercent { get; init; }

    public decimal ActivityTarget { get; init; }

    /// <summary>The communes that held none yet, in tree order.</summary>
    public IReadOnlyList<CoverageCommuneDto> CommunesWithoutActivity { get; init; } = [];
}
