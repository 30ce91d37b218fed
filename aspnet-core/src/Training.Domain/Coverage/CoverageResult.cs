using Training.OrganizationUnits;

namespace Training.Coverage;

/// <summary>Coverage of <paramref name="Unit"/>'s subtree on <paramref name="AsOf"/>; rows by child unit or by a breakdown key.</summary>
public sealed record CoverageResult(DateOnly AsOf, OrganizationUnit Unit, int InScope, int Trained, decimal Target, int Communes,
    int CommunesWithAnyTrained, int CommunesAllTrained, IReadOnlyList<CoverageRow> Rows)
{
    public decimal? Percent => CoveragePercent.Of(Trained, InScope);
}

/// <param name="Key">A child unit's code, or the breakdown's key (null: not recorded).</param>
/// <param name="Name">A child unit's name; null for a breakdown key, which the caller names in its language.</param>
public sealed record CoverageRow(string? Key, string? Name, int InScope, int Trained)
{
    public decimal? Percent => CoveragePercent.Of(Trained, InScope);
}

public static class CoveragePercent
{
    /// <summary>Null when nobody is in scope; else rounded to one decimal from the integer counts.</summary>
    public static decimal? Of(int trained, int inScope) =>
        inScope == 0 ? null : Math.Round(100m * trained / inScope, 1, MidpointRounding.AwayFromZero);
}
