using Training.Identity;

namespace Training.OrganizationUnits;

/// <summary>
/// The caller's unit scope: the units assigned to it and everything below them, at any date. Every query of scoped data
/// goes through here. Loaded once per request from the database, so an admin's change applies on the next request.
/// </summary>
public interface IUnitScope
{
    /// <summary>The units assigned to the caller: the roots of its scope.</summary>
    Task<IReadOnlyList<OrganizationUnit>> GetAssignedUnitsAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<string>> GetPathsAsync(CancellationToken cancellationToken = default);

    /// <summary>The unit is assigned to the caller or lies below one that is.</summary>
    Task<bool> ContainsAsync(OrganizationUnit unit, CancellationToken cancellationToken = default);

    /// <summary>The unit is an ancestor of one of the caller's units: it may be named on the way down, not read into.</summary>
    Task<bool> LeadsIntoAsync(OrganizationUnit unit, CancellationToken cancellationToken = default);

    Task EnsureContainsAsync(OrganizationUnit unit, CancellationToken cancellationToken = default);

    /// <summary>The caller is assigned every top-level unit: what concerns no unit, or all of them, is its to change.</summary>
    Task<bool> HoldsEveryRootAsync(CancellationToken cancellationToken = default);

    /// <summary>403 <c>WholeTreeRequired</c> unless <see cref="HoldsEveryRootAsync"/>.</summary>
    Task EnsureHoldsEveryRootAsync(CancellationToken cancellationToken = default);
}

public sealed class UnitScope(ICurrentUser currentUser, IUserAccessRepository access) : IUnitScope
{
    private IReadOnlyList<OrganizationUnit>? _assigned;
    private bool? _holdsEveryRoot;

    public async Task<IReadOnlyList<OrganizationUnit>> GetAssignedUnitsAsync(CancellationToken cancellationToken = default) =>
        _assigned ??= currentUser.Id is { } userId
            ? await access.GetAssignedUnitsAsync(userId, cancellationToken)
            : [];

    public async Task<IReadOnlyList<string>> GetPathsAsync(CancellationToken cancellationToken = default) =>
        (await GetAssignedUnitsAsync(cancellationToken)).Select(u => u.Path).ToList();

    public async Task<bool> ContainsAsync(OrganizationUnit unit, CancellationToken cancellationToken = default) =>
        (await GetPathsAsync(cancellationToken)).Any(p => unit.Path.StartsWith(p, StringComparison.Ordinal));

    public async Task<bool> LeadsIntoAsync(OrganizationUnit unit, CancellationToken cancellationToken = default) =>
        (await GetPathsAsync(cancellationToken)).Any(p => p.Length > unit.Path.Length && p.StartsWith(unit.Path, StringComparison.Ordinal));

    public async Task EnsureContainsAsync(OrganizationUnit unit, CancellationToken cancellationToken = default)
    {
        if (!await ContainsAsync(unit, cancellationToken))
        {
            throw TrainingException.OutOfScope();
        }
    }

    public async Task<bool> HoldsEveryRootAsync(CancellationToken cancellationToken = default) =>
        _holdsEveryRoot ??= currentUser.Id is { } userId && await access.IsAssignedEveryRootAsync(userId, cancellationToken);

    public async Task EnsureHoldsEveryRootAsync(CancellationToken cancellationToken = default)
    {
        if (!await HoldsEveryRootAsync(cancellationToken))
        {
            throw new TrainingException(TrainingErrorCodes.WholeTreeRequired, TrainingErrorKind.Forbidden);
        }
    }
}
