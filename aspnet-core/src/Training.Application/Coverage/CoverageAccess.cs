using Training.OrganizationUnits;
using Training.Rosters;
using Training.Timing;

namespace Training.Coverage;

/// <summary>
/// What a coverage question is about, as the caller may ask it: the plan (the given one, else the one running today), the
/// date D (default today, brought inside the plan's period), the unit (read on D, within the caller's scope: 403 outside)
/// and the unit tree of that day.
/// </summary>
public sealed class CoverageAccess(ICoveragePlanRepository plans, CoverageCalculator calculator, IUnitScope scope,
    TimeProvider clock)
{
    public async Task<CoverageContext> ResolveAsync(Guid? planId, string? unitCode, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var plan = await GetPlanAsync(planId, cancellationToken);
        var date = asOf ?? plan.Clamp(BusinessClock.Today(clock));
        var tree = await calculator.GetUnitsOnAsync(date, cancellationToken);
        var root = CoverageCalculator.Root(plan, tree);
        OrganizationUnit top;
        if (!string.IsNullOrWhiteSpace(unitCode))
        {
            var code = RosterAccess.BareCode(unitCode);
            var unit = tree.FindByCode(code, date, fallBackToLatest: asOf is null) ?? throw TrainingException.NotFound(TrainingErrorCodes.UnitNotFound, code);
            await scope.EnsureContainsAsync(unit, cancellationToken);
            top = CoverageCalculator.Meet(root, unit);
        }
        else if (await scope.ContainsAsync(root, cancellationToken))
        {
            top = root;
        }
        else
        {
            // An officer's own unit inside the plan's area: what its dashboard opens on.
            top = (await scope.GetAssignedUnitsAsync(cancellationToken)).FirstOrDefault(u => u.Path.StartsWith(root.Path, StringComparison.Ordinal))
                ?? throw TrainingException.OutOfScope();
        }

        return new CoverageContext(plan, tree, top, root);
    }

    public async Task<CoveragePlan> GetPlanAsync(Guid? planId, CancellationToken cancellationToken)
    {
        if (planId is { } id)
        {
            return await plans.FindAsync(id, cancellationToken) ?? throw TrainingException.NotFound(TrainingErrorCodes.CoveragePlanNotFound);
        }

        var today = BusinessClock.Today(clock);
        var all = await plans.GetListAsync(cancellationToken);
        return all.FirstOrDefault(p => p.StartsOn <= today && today <= p.EndsOn) ?? all.FirstOrDefault()
            ?? throw TrainingException.NotFound(TrainingErrorCodes.CoveragePlanNotFound);
    }
}

/// <param name="Root">The plan's root unit: nothing above it is the plan's.</param>
public sealed record CoverageContext(CoveragePlan Plan, UnitsOnDate Tree, OrganizationUnit Unit, OrganizationUnit Root)
{
    public DateOnly AsOf => Tree.AsOf;
}
