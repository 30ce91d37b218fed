namespace Training.OrganizationUnits;

/// <summary>Rules of the tree that need the database: codes unique on any date, path allocation, successions.</summary>
public class OrganizationUnitManager(IOrganizationUnitRepository repository)
{
    public async Task<OrganizationUnit> CreateAsync(string code, string name, OrganizationUnitKind kind, OrganizationUnit? parent,
        DateOnly validFrom, DateOnly? validTo, CancellationToken cancellationToken = default)
    {
        CheckKindUnderParent(kind, parent);
        CheckWithinParent(parent, validFrom, validTo);
        code = code.Trim();
        if (await repository.IsCodeTakenAsync(code, validFrom, validTo, null, cancellationToken))
        {
            throw TrainingException.Conflict(TrainingErrorCodes.UnitCodeTaken, code);
        }

        var lastPath = await repository.GetLastChildPathAsync(parent?.Id, cancellationToken);
        var next = lastPath is null
            ? 1
            : int.Parse(lastPath[^OrganizationUnitConsts.PathSegmentLength..^1], System.Globalization.CultureInfo.InvariantCulture) + 1;
        var unit = new OrganizationUnit(Guid.CreateVersion7(), code, name, kind, parent,
            OrganizationUnit.FormatPathSegment(next), validFrom, validTo);
        await repository.InsertAsync(unit, cancellationToken);
        return unit;
    }

    public async Task ChangeValidityAsync(OrganizationUnit unit, DateOnly validFrom, DateOnly? validTo, CancellationToken cancellationToken = default)
    {
        var parent = unit.ParentId is { } parentId ? await repository.FindAsync(parentId, cancellationToken) : null;
        CheckWithinParent(parent, validFrom, validTo);
        if (await repository.IsCodeTakenAsync(unit.Code, validFrom, validTo, unit.Id, cancellationToken))
        {
            throw TrainingException.Conflict(TrainingErrorCodes.UnitCodeTaken, unit.Code);
        }

        unit.SetValidity(validFrom, validTo);
    }

    /// <summary>Records that <paramref name="successor"/> replaced <paramref name="predecessor"/>, which must have ended first.</summary>
    public async Task AddSuccessorAsync(OrganizationUnit predecessor, OrganizationUnit successor, CancellationToken cancellationToken = default)
    {
        if (predecessor.ValidTo is null || successor.ValidFrom <= predecessor.ValidTo)
        {
            throw new TrainingException(TrainingErrorCodes.SuccessorMustStartAfterEnd);
        }

        await repository.InsertSuccessionAsync(new OrganizationUnitSuccession(predecessor.Id, successor.Id, successor.ValidFrom), cancellationToken);
    }

    private static void CheckKindUnderParent(OrganizationUnitKind kind, OrganizationUnit? parent)
    {
        var allowed = (parent?.Kind, kind) switch
        {
            (null, OrganizationUnitKind.Province) => true,
            (OrganizationUnitKind.Province, not OrganizationUnitKind.Province) => true,
            (OrganizationUnitKind.District, OrganizationUnitKind.Commune or OrganizationUnitKind.Agency) => true,
            (OrganizationUnitKind.Commune or OrganizationUnitKind.Agency, OrganizationUnitKind.Agency) => true,
            _ => false,
        };
        if (!allowed)
        {
            throw new TrainingException(TrainingErrorCodes.UnitKindNotAllowedUnderParent);
        }
    }

    private static void CheckWithinParent(OrganizationUnit? parent, DateOnly validFrom, DateOnly? validTo)
    {
        if (parent is null)
        {
            return;
        }

        var endsAfterParent = parent.ValidTo is not null && (validTo is null || validTo > parent.ValidTo);
        if (validFrom < parent.ValidFrom || endsAfterParent)
        {
            throw new TrainingException(TrainingErrorCodes.UnitOutsideParentValidity);
        }
    }
}
