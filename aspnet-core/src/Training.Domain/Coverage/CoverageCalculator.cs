using Training.OrganizationUnits;

namespace Training.Coverage;

/// <summary>
/// The coverage rule of DESIGN.md: the database counts people per assigned unit; this folds those counts into the units
/// they count under on the date. Every figure the province is judged by — API, dashboard, exports, snapshots, reports —
/// comes from here.
/// </summary>
public sealed class CoverageCalculator(ICoverageQuery query, Training.Activities.IActivityQuery activities)
{
    public Task<UnitsOnDate> GetUnitsOnAsync(DateOnly asOf, CancellationToken cancellationToken = default) =>
        query.GetUnitsOnAsync(asOf, cancellationToken);

    /// <summary>The plan's root unit, its code read on the plan's first day.</summary>
    public async Task<OrganizationUnit> GetRootAsync(CoveragePlan plan, CancellationToken cancellationToken = default) =>
        Root(plan, await GetUnitsOnAsync(plan.StartsOn, cancellationToken));

    /// <inheritdoc cref="GetRootAsync"/>
    public static OrganizationUnit Root(CoveragePlan plan, UnitsOnDate tree) =>
        tree.FindByCode(plan.RootUnitCode, plan.StartsOn, fallBackToLatest: true) ?? throw TrainingException.NotFound(TrainingErrorCodes.UnitNotFound, plan.RootUnitCode);

    /// <summary>Where a question about <paramref name="unit"/> meets the plan: the unit when it lies under the plan's root,
    /// the root when the unit lies above it; 400 <c>CoverageUnitOutsidePlan</c> otherwise.</summary>
    public static OrganizationUnit Meet(OrganizationUnit root, OrganizationUnit unit) =>
        unit.Path.StartsWith(root.Path, StringComparison.Ordinal) ? unit
        : root.Path.StartsWith(unit.Path, StringComparison.Ordinal) ? root
        : throw new TrainingException(TrainingErrorCodes.CoverageUnitOutsidePlan, TrainingErrorKind.BadRequest, unit.Code) { Field = "unitCode" };

    public static CoverageCriteria Criteria(CoveragePlan plan, UnitsOnDate tree, OrganizationUnit top) =>
        new(plan.StartsOn, tree.AsOf, plan.Roles, plan.CourseCodes, tree.Within(top));

    public async Task<CoverageResult> ComputeAsync(CoveragePlan plan, UnitsOnDate tree, OrganizationUnit top, CoverageGrouping grouping,
        CancellationToken cancellationToken = default) =>
        (await ComputeAsync(plan, tree, top, [grouping], cancellationToken))[0];

    /// <summary>The coverage under <paramref name="top"/> broken down each way asked, in that order, from one query.</summary>
    public async Task<IReadOnlyList<CoverageResult>> ComputeAsync(CoveragePlan plan, UnitsOnDate tree, OrganizationUnit top,
        IReadOnlyList<CoverageGrouping> groupings, CancellationToken cancellationToken = default)
    {
        var counts = await query.CountAsync(Criteria(plan, tree, top), groupings.ToHashSet(), cancellationToken);

        // The SQL selection is exact; counting again through the tree keeps one definition of "within".
        var within = counts.Where(row => tree.CountsWithin(row.UnitId, top)).ToList();
        var total = new Tally();
        var perUnit = new Dictionary<Guid, Tally>();
        foreach (var row in within)
        {
            total.Add(row);
            perUnit.GetOrAdd(tree.CountsUnder(row.UnitId)!.Id).Add(row);
        }

        var perCommune = new Dictionary<Guid, Tally>();
        foreach (var (unitId, tally) in perUnit)
        {
            if (tree.CommuneOf(unitId) is { } commune)
            {
                perCommune.GetOrAdd(commune.Id).Add(tally);
            }
        }

        var communes = tree.CommunesWithin(top).Select(c => perCommune.GetValueOrDefault(c.Id) ?? new Tally()).ToList();
        return groupings.Select(grouping => new CoverageResult(tree.AsOf, top, total.InScope, total.Trained, plan.TargetPercent, communes.Count,
                communes.Count(c => c.Trained > 0), communes.Count(c => c.InScope > 0 && c.Trained == c.InScope),
                grouping == CoverageGrouping.Unit ? ByChildUnit(tree, top, perUnit) : ByKey(within, grouping)))
            .ToList();
    }

    /// <summary>
    /// The plan's second target: the communes valid on the date under <paramref name="top"/> that held an information activity
    /// in the plan's period up to the date. An activity counts for the commune valid on its date; an ended commune's count for
    /// each commune that succeeded it (all of them, when it was split).
    /// </summary>
    public async Task<ActivityCoverage> ComputeActivitiesAsync(CoveragePlan plan, UnitsOnDate tree, OrganizationUnit top,
        CancellationToken cancellationToken = default)
    {
        var to = tree.AsOf < plan.EndsOn ? tree.AsOf : plan.EndsOn;
        var held = new HashSet<Guid>();
        foreach (var unitId in await activities.GetUnitsWithActivityAsync(plan.StartsOn, to, cancellationToken))
        {
            var units = tree.Find(unitId) is { } unit && unit.IsValidOn(tree.AsOf) ? [unit] : tree.SuccessorsOf(unitId);
            foreach (var commune in units.Select(u => tree.CommuneOf(u.Id)).OfType<OrganizationUnit>())
            {
                held.Add(commune.Id);
            }
        }

        var communes = tree.CommunesWithin(top);
        return new ActivityCoverage(plan.StartsOn, to, communes.Count, communes.Count(c => held.Contains(c.Id)), plan.ActivityTargetPercent,
            communes.Where(c => !held.Contains(c.Id)).OrderBy(c => c.Path, StringComparer.Ordinal).ToList());
    }

    /// <summary>Every unit valid on the date within the plan's root, with its subtree's counts: one grouped query for all.</summary>
    public async Task<IReadOnlyList<(OrganizationUnit Unit, int InScope, int Trained)>> ComputeEveryUnitAsync(CoveragePlan plan, UnitsOnDate tree,
        OrganizationUnit root, CancellationToken cancellationToken = default)
    {
        var counts = await query.CountAsync(Criteria(plan, tree, root), new HashSet<CoverageGrouping> { CoverageGrouping.Unit }, cancellationToken);
        var perUnit = new Dictionary<Guid, Tally>();
        foreach (var row in counts)
        {
            if (tree.CountsUnder(row.UnitId) is { } target && tree.CountsWithin(row.UnitId, root))
            {
                // Each person counts in the unit they count under and in every ancestor up to the root.
                for (OrganizationUnit? unit = target; unit is not null; unit = unit.Id == root.Id || unit.ParentId is null ? null : tree.Find(unit.ParentId.Value))
                {
                    perUnit.GetOrAdd(unit.Id).Add(row);
                }
            }
        }

        return tree.All.Where(u => u.IsValidOn(tree.AsOf) && u.Path.StartsWith(root.Path, StringComparison.Ordinal))
            .OrderBy(u => u.Path, StringComparer.Ordinal)
            .Select(u => perUnit.TryGetValue(u.Id, out var t) ? (u, t.InScope, t.Trained) : (u, 0, 0)).ToList();
    }

    /// <summary>One row per key in key order, the people whose key is not recorded last.</summary>
    private static List<CoverageRow> ByKey(IEnumerable<CoverageCountRow> rows, CoverageGrouping grouping)
    {
        var perKey = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
        Tally? unknownKey = null;
        foreach (var row in rows)
        {
            (row.KeyOf(grouping) is { } key ? perKey.GetOrAdd(key) : unknownKey ??= new Tally()).Add(row);
        }

        return perKey.Select(k => new CoverageRow(k.Key, null, k.Value.InScope, k.Value.Trained))
            .Concat(unknownKey is null ? [] : [new CoverageRow(null, null, unknownKey.InScope, unknownKey.Trained)]).ToList();
    }

    private static List<CoverageRow> ByChildUnit(UnitsOnDate tree, OrganizationUnit top, Dictionary<Guid, Tally> perUnit)
    {
        var perChild = new Dictionary<Guid, Tally>();
        foreach (var (unitId, tally) in perUnit)
        {
            if (tree.ChildOnTheWay(top, tree.Find(unitId)!) is { } child)
            {
                perChild.GetOrAdd(child.Id).Add(tally);
            }
        }

        return tree.ChildrenOf(top)
            .Select(c => perChild.TryGetValue(c.Id, out var t) ? new CoverageRow(c.Code, c.Name, t.InScope, t.Trained) : new CoverageRow(c.Code, c.Name, 0, 0))
            .ToList();
    }

    private sealed class Tally
    {
        public int InScope { get; private set; }

        public int Trained { get; private set; }

        public void Add(CoverageCountRow row)
        {
            InScope += row.InScope;
            Trained += row.Trained;
        }

        public void Add(Tally other)
        {
            InScope += other.InScope;
            Trained += other.Trained;
        }
    }
}

file static class TallyDictionary
{
    public static TValue GetOrAdd<TKey, TValue>(this IDictionary<TKey, TValue> dictionary, TKey key) where TKey : notnull where TValue : new()
    {
        if (!dictionary.TryGetValue(key, out var value))
        {
            value = new TValue();
            dictionary[key] = value;
        }

        return value;
    }
}
