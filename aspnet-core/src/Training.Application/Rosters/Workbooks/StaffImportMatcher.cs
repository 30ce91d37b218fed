using Training.OrganizationUnits;

namespace Training.Rosters.Workbooks;

/// <summary>
/// Finds the person each imported row is about — by <c>Mã cán bộ</c>, else national ID, else the name (ignoring case,
/// spacing and tone-mark placement) with birth date and unit — and checks what needs the roster as a whole: a national ID
/// held by someone else, the same person twice in the file, a new person without the required fields.
/// </summary>
public sealed class StaffImportMatcher
{
    private readonly Dictionary<Guid, StaffMember> _byId = [];
    private readonly Dictionary<Guid, OrganizationUnit> _unitOf = [];
    private readonly Dictionary<string, StaffMember> _byName = [];
    private readonly Dictionary<string, Guid> _nationalIdOwners;
    private readonly IReadOnlyCollection<string> _scopePaths;
    private readonly DateOnly _asOf;

    private StaffImportMatcher(Dictionary<string, Guid> nationalIdOwners, IReadOnlyCollection<string> scopePaths, DateOnly asOf)
    {
        _nationalIdOwners = nationalIdOwners;
        _scopePaths = scopePaths;
        _asOf = asOf;
    }

    public static async Task<StaffImportMatcher> CreateAsync(IStaffMemberRepository staff, IOrganizationUnitRepository units,
        IReadOnlyCollection<string> scopePaths, DateOnly asOf, IReadOnlyCollection<StaffImportRow> rows, CancellationToken cancellationToken)
    {
        var owners = await staff.GetNationalIdOwnersAsync(rows.Where(r => r.NationalId is not null).Select(r => r.NationalId!).ToList(), cancellationToken);
        var matcher = new StaffImportMatcher(owners, scopePaths, asOf);
        var unitIds = new Dictionary<Guid, Guid>();
        await foreach (var (person, unitId) in staff.StreamAsync(new StaffQuery(scopePaths, asOf, ActiveOnly: false), cancellationToken))
        {
            matcher._byId[person.Id] = person;
            unitIds[person.Id] = unitId;
        }

        var unitById = (await units.GetByIdsAsync(unitIds.Values.Distinct().ToList(), cancellationToken)).ToDictionary(u => u.Id);
        foreach (var (personId, unitId) in unitIds)
        {
            var person = matcher._byId[personId];
            matcher._unitOf[personId] = unitById[unitId];
            matcher._byName.TryAdd(NameKey(person.SearchKey, person.BirthDate, unitId), person);
        }

        return matcher;
    }

    public void MatchAll(IEnumerable<StaffImportRow> rows)
    {
        var seenPeople = new HashSet<Guid>();
        var seenNationalIds = new HashSet<string>();
        var seenNewPeople = new HashSet<string>();
        foreach (var row in rows)
        {
            var match = FindByIds(row);
            ResolveUnit(row, match);
            if (match is null && row.FullName is not null && row.Unit is not null)
            {
                match = _byName.GetValueOrDefault(NameKey(Training.Text.VietnameseText.SearchKey(row.FullName), row.BirthDate, row.Unit.Id));
            }

            if (match is not null && row.NationalId is { } id && _nationalIdOwners.TryGetValue(id, out var owner) && owner != match.Id)
            {
                row.Fail(StaffColumns.NationalId, TrainingErrorCodes.StaffNationalIdTaken);
            }

            if (match is null)
            {
                RequireForNewPerson(row);
            }

            if (row.NationalId is { } nationalId && !seenNationalIds.Add(nationalId))
            {
                row.Fail(StaffColumns.NationalId, TrainingErrorCodes.ImportDuplicateInFile);
            }
            else if (match is not null && !seenPeople.Add(match.Id))
            {
                row.Fail(row.StaffId is null ? StaffColumns.FullName : StaffColumns.StaffId, TrainingErrorCodes.ImportDuplicateInFile);
            }
            else if (match is null && row.FullName is not null && row.Unit is not null
                     && !seenNewPeople.Add(NameKey(Training.Text.VietnameseText.SearchKey(row.FullName), row.BirthDate, row.Unit.Id)))
            {
                row.Fail(StaffColumns.FullName, TrainingErrorCodes.ImportDuplicateInFile);
            }

            if (row.EndDate is { } end && end < (match?.ActiveFrom ?? _asOf))
            {
                row.Fail(StaffColumns.EndDate, TrainingErrorCodes.StaffEndBeforeStart);
            }

            row.Existing = match;
        }
    }

    /// <summary>
    /// A row dated on the import's date may change its person only when the caller's scope holds that person from then to
    /// today, and may not overwrite a move dated on or after it: such rows fail with <c>StaffMovedSince</c>, naming the move.
    /// </summary>
    public async Task CheckHistoryAsync(IStaffMemberRepository staff, IOrganizationUnitRepository units, DateOnly today,
        IReadOnlyCollection<StaffImportRow> rows, CancellationToken cancellationToken)
    {
        var pending = rows.Where(r => r.IsValid && r.Existing is not null && HasChanges(r)).ToList();
        var histories = await staff.GetHistoriesAsync(pending.Select(r => r.Existing!.Id).ToList(), cancellationToken);
        var unitById = (await units.GetByIdsAsync(histories.Values.SelectMany(h => h).Select(a => a.UnitId).Distinct().ToList(), cancellationToken))
            .ToDictionary(u => u.Id);
        foreach (var row in pending)
        {
            var history = new StaffHistory(histories[row.Existing!.Id]);
            var later = (row.Unit is null ? null : history.MovedSince(row.Unit.Id, _asOf))
                ?? history.Since(_asOf, today).FirstOrDefault(a => !InScope(unitById[a.UnitId]));
            if (later is not null)
            {
                var unit = unitById[later.UnitId];
                row.Fail(row.UnitCode is null ? null : StaffColumns.UnitCode, TrainingErrorCodes.StaffMovedSince,
                    later.From.ToString("dd/MM/yyyy"), $"{unit.Code} - {unit.Name}");
            }
        }
    }

    /// <summary>Whether the row changes anything about its person: its fields, or its unit.</summary>
    public bool HasChanges(StaffImportRow row) =>
        row.Changes.Changes(row.Existing!) || (row.Unit is not null && row.Unit.Id != _unitOf[row.Existing!.Id].Id);

    /// <summary>Writes a checked row onto its person (a new one, or one loaded for change); a unit of its own is a move dated on the import's date.</summary>
    public static void Apply(StaffImportRow row, StaffMember person, DateOnly asOf)
    {
        StaffMemberManager.ApplyChecked(person, row.Changes);
        if (row.Unit is not null)
        {
            person.MoveTo(row.Unit.Id, asOf);
        }
    }

    private StaffMember? FindByIds(StaffImportRow row)
    {
        if (row.StaffId is { } staffId)
        {
            if (_byId.TryGetValue(staffId, out var byId))
            {
                return byId;
            }

            row.Fail(StaffColumns.StaffId, TrainingErrorCodes.ImportStaffIdUnknown);
            return null;
        }

        if (row.NationalId is { } nationalId && _nationalIdOwners.TryGetValue(nationalId, out var owner))
        {
            if (_byId.TryGetValue(owner, out var byNationalId))
            {
                return byNationalId;
            }

            // Someone outside the caller's scope holds it: say so without saying who.
            row.Fail(StaffColumns.NationalId, TrainingErrorCodes.StaffNationalIdTaken);
        }

        return null;
    }

    /// <summary>
    /// The code of the unit a person already belongs to names that unit, even after it ended and its code passed to a
    /// unit of 2025 ("unchanged"); any other code must name a unit of the caller's scope valid on the import's date.
    /// </summary>
    private void ResolveUnit(StaffImportRow row, StaffMember? match)
    {
        if (row.UnitCode is null)
        {
            return;
        }

        if (match is not null && _unitOf[match.Id].Code == row.UnitCode)
        {
            row.Unit = _unitOf[match.Id];
        }
        else if (row.Unit is null)
        {
            row.Fail(StaffColumns.UnitCode, TrainingErrorCodes.UnitNotFound, row.UnitCode);
        }
        else if (!InScope(row.Unit))
        {
            row.Unit = null;
            row.Fail(StaffColumns.UnitCode, TrainingErrorCodes.UnitOutOfScope);
        }
    }

    private bool InScope(OrganizationUnit unit) => _scopePaths.Any(p => unit.Path.StartsWith(p, StringComparison.Ordinal));

    private static void RequireForNewPerson(StaffImportRow row)
    {
        void Require(bool present, string column, string code)
        {
            if (!present && row.Errors.All(e => e.Column != column))
            {
                row.Fail(column, code);
            }
        }

        Require(row.FullName is not null, StaffColumns.FullName, TrainingErrorCodes.StaffNameRequired);
        Require(row.UnitCode is not null, StaffColumns.UnitCode, TrainingErrorCodes.StaffUnitRequired);
        Require(row.Role is not null, StaffColumns.Role, TrainingErrorCodes.StaffRoleUnknown);
        Require(row.InScope is not null, StaffColumns.InScope, TrainingErrorCodes.StaffInScopeUnknown);
    }

    private static string NameKey(string searchKey, DateOnly? birthDate, Guid unitId) => $"{searchKey}|{birthDate:yyyy-MM-dd}|{unitId}";
}
