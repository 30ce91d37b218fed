using Training.Identity;
using Training.OrganizationUnits;
using Training.Permissions;

namespace Training.Rosters;

/// <summary>
/// What the caller may reach on the rosters: units by code (read on a date) within its scope, the subtrees a list
/// covers, and which personal fields it may see and write.
/// </summary>
public sealed class RosterAccess(IOrganizationUnitRepository units, IUnitScope scope, IPermissionChecker permissions)
{
    /// <summary>The unit with <paramref name="code"/> on <paramref name="asOf"/> ("code - name" also accepted), if the caller's scope holds it.</summary>
    public async Task<OrganizationUnit> GetUnitAsync(string code, DateOnly asOf, bool fallBackToLatest, CancellationToken cancellationToken)
    {
        var unit = await units.FindByCodeAsync(BareCode(code), asOf, fallBackToLatest, cancellationToken)
            ?? throw TrainingException.NotFound(TrainingErrorCodes.UnitNotFound, BareCode(code));
        await scope.EnsureContainsAsync(unit, cancellationToken);
        return unit;
    }

    /// <summary>The subtrees a list of <paramref name="unitCode"/> covers: that unit's, or where it leads into the
    /// caller's scope, the caller's units below it; without a code, the caller's whole scope.</summary>
    public async Task<IReadOnlyList<string>> GetPathsAsync(string? unitCode, DateOnly asOf, bool fallBackToLatest, CancellationToken cancellationToken)
    {
        var scopePaths = await scope.GetPathsAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(unitCode))
        {
            return scopePaths;
        }

        var unit = await units.FindByCodeAsync(BareCode(unitCode), asOf, fallBackToLatest, cancellationToken)
            ?? throw TrainingException.NotFound(TrainingErrorCodes.UnitNotFound, BareCode(unitCode));
        if (await scope.ContainsAsync(unit, cancellationToken))
        {
            return [unit.Path];
        }

        var below = scopePaths.Where(p => p.StartsWith(unit.Path, StringComparison.Ordinal)).ToList();
        return below.Count > 0 ? below : throw TrainingException.OutOfScope();
    }

    public Task EnsureInScopeAsync(OrganizationUnit unit, CancellationToken cancellationToken) => scope.EnsureContainsAsync(unit, cancellationToken);

    public async Task<Dictionary<Guid, OrganizationUnit>> GetUnitsByIdAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken) =>
        (await units.GetByIdsAsync(ids.Distinct().ToList(), cancellationToken)).ToDictionary(u => u.Id);

    public async Task<StaffFieldAccess> GetFieldAccessAsync(CancellationToken cancellationToken) => new(
        await permissions.IsGrantedAsync(TrainingPermissions.Rosters.ViewNationalId, cancellationToken),
        await permissions.IsGrantedAsync(TrainingPermissions.Rosters.ViewEthnicity, cancellationToken),
        await permissions.IsGrantedAsync(TrainingPermissions.Rosters.Manage, cancellationToken));

    /// <summary>A template's unit entry is "code - name"; the bare code is what identifies it.</summary>
    public static string BareCode(string entry)
    {
        var separator = entry.IndexOf(" - ", StringComparison.Ordinal);
        return (separator > 0 ? entry[..separator] : entry).Trim();
    }
}

/// <summary>Which personal fields the caller sees in full: national ID and ethnicity (null otherwise), phone (masked otherwise).</summary>
public sealed record StaffFieldAccess(bool NationalId, bool Ethnicity, bool Phone)
{
    public StaffMemberDto ToDto(StaffMember staff, OrganizationUnit unit) => new(
        staff.Id, staff.FullName, staff.Gender, staff.BirthDate,
        Ethnicity ? staff.Ethnicity : null,
        NationalId ? staff.NationalId : null,
        Phone ? staff.Phone : ContactFormats.Mask(staff.Phone),
        staff.Email, unit.Id, unit.Code, unit.Name, staff.Role, staff.InScope, staff.ActiveFrom, staff.ActiveTo, staff.UserId);
}
