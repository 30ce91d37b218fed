using Training.Identity;
using Training.OrganizationUnits;
using Training.Permissions;
using Training.Timing;

namespace Training.Rosters;

/// <summary>
/// What the caller may reach on the rosters: units by code (read on a date) within its scope, the subtrees a list
/// covers, and which personal fields it may see and write.
/// </summary>
public sealed class RosterAccess(IOrganizationUnitRepository units, IUnitScope scope, IPermissionChecker permissions, TimeProvider clock)
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

    /// <summary>
    /// A write dated <paramref name="date"/> may change <paramref name="staff"/> only when the caller's scope holds the person
    /// today and on that date (and in between): a back-dated write must not reach someone who has since left the caller's units.
    /// </summary>
    public async Task EnsureMayChangeAsync(StaffMember staff, DateOnly date, CancellationToken cancellationToken)
    {
        if (!(await GetChangeableAsync([staff], date, cancellationToken)).Contains(staff.Id))
        {
            throw TrainingException.OutOfScope();
        }
    }

    /// <summary>Those of <paramref name="people"/> (loaded with their history) whom the caller may change by a write dated
    /// <paramref name="date"/>: see <see cref="EnsureMayChangeAsync"/>. One query for all of them.</summary>
    public async Task<HashSet<Guid>> GetChangeableAsync(IReadOnlyCollection<StaffMember> people, DateOnly date, CancellationToken cancellationToken)
    {
        var today = BusinessClock.Today(clock);
        var touched = people.ToDictionary(p => p.Id, p => p.History.Since(date, today));
        var unitById = await GetUnitsByIdAsync(touched.Values.SelectMany(t => t).Select(a => a.UnitId), cancellationToken);
        var result = new HashSet<Guid>();
        foreach (var (id, assignments) in touched)
        {
            var all = true;
            foreach (var assignment in assignments)
            {
                all = all && await scope.ContainsAsync(unitById[assignment.UnitId], cancellationToken);
            }

            if (all)
            {
                result.Add(id);
            }
        }

        return result;
    }

    /// <summary>A move of <paramref name="staff"/> to <paramref name="unitId"/> dated <paramref name="from"/>, refused with
    /// 409 <c>StaffMovedSince</c> (naming the later move) when it would overwrite a move dated on or after it.</summary>
    public async Task MoveAsync(StaffMember staff, Guid unitId, DateOnly from, CancellationToken cancellationToken)
    {
        if (staff.History.MovedSince(unitId, from) is { } later)
        {
            var unit = (await GetUnitsByIdAsync([later.UnitId], cancellationToken))[later.UnitId];
            throw MovedSince(later, unit);
        }

        staff.MoveTo(unitId, from);
    }

    public static TrainingException MovedSince(StaffUnitAssignment later, OrganizationUnit unit) =>
        TrainingException.Conflict(TrainingErrorCodes.StaffMovedSince, later.From.ToString("dd/MM/yyyy"), $"{unit.Code} - {unit.Name}");

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

/// <summary>Which personal fields the caller sees in full: national ID and ethnicity (null otherwise), phone (masked otherwise);
/// birth date and e-mail only with the phone (null otherwise).</summary>
public sealed record StaffFieldAccess(bool NationalId, bool Ethnicity, bool Phone)
{
    public StaffMemberDto ToDto(StaffMember staff, OrganizationUnit unit) => ToDto(StaffListRow.Of(staff, unit));

    public StaffMemberDto ToDto(StaffListRow r) => new(
        r.Id, r.FullName, r.Gender, Phone ? r.BirthDate : null,
        Ethnicity ? r.Ethnicity : null,
        NationalId ? r.NationalId : null,
        Phone ? r.Phone : ContactFormats.Mask(r.Phone),
        Phone ? r.Email : null, r.UnitId, r.UnitCode, r.UnitName, r.Role, r.InScope, r.ActiveFrom, r.ActiveTo, r.UserId);
}
