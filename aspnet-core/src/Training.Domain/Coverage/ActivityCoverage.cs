using Training.OrganizationUnits;

namespace Training.Coverage;

/// <summary>Communes holding an information activity between <paramref name="From"/> and <paramref name="To"/>, against the plan's target.</summary>
/// <param name="Without">The communes that held none, in tree order.</param>
public sealed record ActivityCoverage(DateOnly From, DateOnly To, int Communes, int WithActivity, decimal Target, IReadOnlyList<OrganizationUnit> Without)
{
    public decimal? Percent => CoveragePercent.Of(WithActivity, Communes);
}
