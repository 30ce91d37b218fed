using System.Collections.Concurrent;

namespace Training.OrganizationUnits;

/// <summary>
/// The unit tree as it stood on one date, and where the people of every unit — ended ones included — count on it: a unit
/// valid on the date counts for itself; an ended one for its successor valid on the date (following a chain of merges),
/// else, with no successor or several (a split, until the move action places its staff), for its nearest ancestor valid
/// on the date. Built from every unit and succession: a country has some 15,000 units, never its people.
/// </summary>
public sealed class UnitsOnDate
{
    private readonly Dictionary<Guid, OrganizationUnit> _byId;
    private readonly ILookup<Guid, OrganizationUnitSuccession> _successions;
    // Answers are kept as they are found: one tree serves concurrent requests (see ICoverageQuery.GetUnitsOnAsync).
    private readonly ConcurrentDictionary<Guid, OrganizationUnit?> _countsUnder = new();
    private readonly ConcurrentDictionary<Guid, UnitSelection> _within = new();
    private readonly ConcurrentDictionary<Guid, IReadOnlyList<OrganizationUnit>> _communes = new();
    private readonly ILookup<Guid, OrganizationUnit> _validChildren;
    private readonly ILookup<string, OrganizationUnit> _byCode;

    public UnitsOnDate(IEnumerable<OrganizationUnit> units, IEnumerable<OrganizationUnitSuccession> successions, DateOnly asOf)
    {
        AsOf = asOf;
        _byId = units.ToDictionary(u => u.Id);
        _successions = successions.Where(s => s.EffectiveOn <= asOf).ToLookup(s => s.PredecessorId);
        _validChildren = _byId.Values.Where(u => u.IsValidOn(asOf) && u.ParentId is not null).OrderBy(u => u.Path, StringComparer.Ordinal)
            .ToLookup(u => u.ParentId!.Value);
        _byCode = _byId.Values.OrderByDescending(u => u.ValidFrom).ToLookup(u => u.Code, StringComparer.Ordinal);
    }

    public DateOnly AsOf { get; }

    public IEnumerable<OrganizationUnit> All => _byId.Values;

    public OrganizationUnit? Find(Guid id) => _byId.GetValueOrDefault(id);

    /// <summary>As <see cref="IOrganizationUnitRepository.FindByCodeAsync"/> answers, without asking the database: the tree
    /// holds every unit of every date, not only those valid on <see cref="AsOf"/>.</summary>
    public OrganizationUnit? FindByCode(string code, DateOnly on, bool fallBackToLatest) =>
        _byCode[code].FirstOrDefault(u => u.IsValidOn(on)) ?? (fallBackToLatest ? _byCode[code].FirstOrDefault() : null);

    /// <summary>The unit valid on <see cref="AsOf"/> under which the staff of <paramref name="unitId"/> count; null when none does.</summary>
    public OrganizationUnit? CountsUnder(Guid unitId) =>
        _countsUnder.GetOrAdd(unitId, id => _byId.TryGetValue(id, out var unit) ? Resolve(unit) : null);

    /// <summary>Whether the staff of <paramref name="unitId"/> count within <paramref name="top"/>'s subtree on the date.</summary>
    public bool CountsWithin(Guid unitId, OrganizationUnit top) =>
        CountsUnder(unitId) is { } target && target.Path.StartsWith(top.Path, StringComparison.Ordinal);

    /// <summary>
    /// The units whose staff count within <paramref name="top"/>, in the form SQL filters on: the subtree's path, less the
    /// ended units under it that count elsewhere, plus the ended units elsewhere whose successors lie in it.
    /// </summary>
    public UnitSelection Within(OrganizationUnit top) => _within.GetOrAdd(top.Id, _ => Select(top));

    private UnitSelection Select(OrganizationUnit top)
    {
        var excluded = new List<Guid>();
        var included = new List<Guid>();
        foreach (var unit in _byId.Values)
        {
            var under = unit.Path.StartsWith(top.Path, StringComparison.Ordinal);
            if (under != CountsWithin(unit.Id, top))
            {
                (under ? excluded : included).Add(unit.Id);
            }
        }

        return new UnitSelection(top.Path, excluded, included);
    }

    /// <summary>The children of <paramref name="unit"/> valid on the date, in tree order.</summary>
    public IEnumerable<OrganizationUnit> ChildrenOf(OrganizationUnit unit) => _validChildren[unit.Id];

    /// <summary>The child of <paramref name="top"/> valid on the date that holds <paramref name="unit"/>, or null when
    /// <paramref name="unit"/> is <paramref name="top"/> itself or not below it.</summary>
    public OrganizationUnit? ChildOnTheWay(OrganizationUnit top, OrganizationUnit unit)
    {
        for (var current = unit; current.ParentId is { } parentId; current = _byId[parentId])
        {
            if (parentId == top.Id)
            {
                return current;
            }
        }

        return null;
    }

    /// <summary>The commune <paramref name="unitId"/> is or lies in, if any.</summary>
    public OrganizationUnit? CommuneOf(Guid unitId)
    {
        for (var unit = Find(unitId); unit is not null; unit = unit.ParentId is { } parentId ? Find(parentId) : null)
        {
            if (unit.Kind == OrganizationUnitKind.Commune)
            {
                return unit;
            }
        }

        return null;
    }

    /// <summary>Communes valid on the date in <paramref name="top"/>'s subtree (itself included).</summary>
    public IReadOnlyList<OrganizationUnit> CommunesWithin(OrganizationUnit top) => _communes.GetOrAdd(top.Id, _ =>
        _byId.Values.Where(u => u.Kind == OrganizationUnitKind.Commune && u.IsValidOn(AsOf) && u.Path.StartsWith(top.Path, StringComparison.Ordinal)).ToList());

    /// <summary>
    /// The units valid on the date that the successions of <paramref name="unitId"/>, ended by then, lead to, each successor
    /// followed through a chain of merges: one for a rename or a merge, several for a split; none for a unit still valid, or
    /// one whose successions lead nowhere valid on the date. The move action places staff by this, and coverage counts them by it.
    /// </summary>
    public IReadOnlyList<OrganizationUnit> SuccessorsOf(Guid unitId)
    {
        var found = new List<OrganizationUnit>();
        if (_byId.TryGetValue(unitId, out var unit))
        {
            AddSuccessors(unit, [], found);
        }

        return found;
    }

    private void AddSuccessors(OrganizationUnit unit, HashSet<Guid> visited, List<OrganizationUnit> found)
    {
        if (!(unit.ValidTo < AsOf) || !visited.Add(unit.Id))
        {
            return;
        }

        foreach (var succession in _successions[unit.Id])
        {
            if (!_byId.TryGetValue(succession.SuccessorId, out var successor))
            {
                continue;
            }

            if (!successor.IsValidOn(AsOf))
            {
                AddSuccessors(successor, visited, found);
            }
            else if (!found.Contains(successor))
            {
                found.Add(successor);
            }
        }
    }

    // A split's staff stay under the nearest ancestor until the move action places them person by person.
    private OrganizationUnit? Resolve(OrganizationUnit unit) =>
        unit.IsValidOn(AsOf) ? unit
        : SuccessorsOf(unit.Id) is [var successor] ? successor
        : NearestValidAncestor(unit);

    private OrganizationUnit? NearestValidAncestor(OrganizationUnit unit)
    {
        for (var parentId = unit.ParentId; parentId is { } id && _byId.TryGetValue(id, out var parent); parentId = parent.ParentId)
        {
            if (parent.IsValidOn(AsOf))
            {
                return parent;
            }
        }

        return null;
    }
}

/// <summary>Units whose path starts with <paramref name="Path"/>, less <paramref name="Excluded"/>, plus <paramref name="Included"/>.</summary>
public sealed record UnitSelection(string Path, IReadOnlyCollection<Guid> Excluded, IReadOnlyCollection<Guid> Included);
