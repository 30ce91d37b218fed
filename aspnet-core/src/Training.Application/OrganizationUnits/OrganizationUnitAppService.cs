using Training.Identity;
using Training.Permissions;
using Training.Timing;

namespace Training.OrganizationUnits;

public sealed class OrganizationUnitAppService(
    IOrganizationUnitRepository repository,
    OrganizationUnitManager manager,
    IUnitScope scope,
    IPermissionChecker permissions,
    ITrainingUnitOfWork unitOfWork,
    TimeProvider clock) : IOrganizationUnitAppService
{
    public async Task<IReadOnlyList<OrganizationUnitDto>> GetChildrenAsync(GetOrganizationUnitChildrenInput input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.OrganizationUnits.Default, cancellationToken);
        var asOf = input.AsOf ?? BusinessClock.Today(clock);
        OrganizationUnit? parent = null;
        if (!string.IsNullOrWhiteSpace(input.ParentCode))
        {
            parent = await repository.FindByCodeAsync(input.ParentCode.Trim(), asOf, fallBackToLatest: input.AsOf is null, cancellationToken)
                ?? throw TrainingException.NotFound(TrainingErrorCodes.UnitNotFound, input.ParentCode);
            if (!await scope.ContainsAsync(parent, cancellationToken) && !await scope.LeadsIntoAsync(parent, cancellationToken))
            {
                throw TrainingException.OutOfScope();
            }
        }

        var children = await repository.GetChildrenAsync(parent?.Id, asOf, input.Kind, cancellationToken);
        return await VisibleAsync(children, cancellationToken);
    }

    public async Task<IReadOnlyList<OrganizationUnitDto>> GetAllChildrenAsync(Guid? parentId, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.OrganizationUnits.Default, cancellationToken);
        if (parentId is { } id)
        {
            var parent = await GetVisibleAsync(id, cancellationToken);
            if (!await scope.ContainsAsync(parent, cancellationToken) && !await scope.LeadsIntoAsync(parent, cancellationToken))
            {
                throw TrainingException.OutOfScope();
            }
        }

        return await VisibleAsync(await repository.GetAllChildrenAsync(parentId, cancellationToken), cancellationToken);
    }

    public async Task<IReadOnlyList<OrganizationUnitDto>> GetInScopeAsync(DateOnly? asOf, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.OrganizationUnits.Default, cancellationToken);
        var paths = await scope.GetPathsAsync(cancellationToken);
        return (await repository.GetValidOnAsync(asOf ?? BusinessClock.Today(clock), cancellationToken))
            .Where(u => paths.Any(p => u.Path.StartsWith(p, StringComparison.Ordinal)))
            .Select(u => u.ToDto())
            .ToList();
    }

    public async Task<IReadOnlyList<OrganizationUnitDto>> GetAssignedAsync(CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.OrganizationUnits.Default, cancellationToken);
        return (await scope.GetAssignedUnitsAsync(cancellationToken)).Select(u => u.ToDto()).ToList();
    }

    public async Task<OrganizationUnitDetailDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.OrganizationUnits.Default, cancellationToken);
        var unit = await GetVisibleAsync(id, cancellationToken);
        await scope.EnsureContainsAsync(unit, cancellationToken);
        var ancestorIds = new List<Guid>();
        for (var parentId = unit.ParentId; parentId is { } pid;)
        {
            ancestorIds.Insert(0, pid);
            parentId = (await repository.FindAsync(pid, cancellationToken))?.ParentId;
        }

        var successions = await repository.GetSuccessionsAsync(id, cancellationToken);
        var related = await repository.GetByIdsAsync(
            ancestorIds.Concat(successions.Select(s => s.PredecessorId)).Concat(successions.Select(s => s.SuccessorId)).ToList(),
            cancellationToken);
        var byId = related.ToDictionary(u => u.Id);
        return new OrganizationUnitDetailDto(
            unit.ToDto(),
            ancestorIds.Where(byId.ContainsKey).Select(a => byId[a].ToDto()).ToList(),
            successions.Where(s => s.SuccessorId == id && byId.ContainsKey(s.PredecessorId)).Select(s => byId[s.PredecessorId].ToDto()).ToList(),
            successions.Where(s => s.PredecessorId == id && byId.ContainsKey(s.SuccessorId)).Select(s => byId[s.SuccessorId].ToDto()).ToList(),
            await permissions.IsGrantedAsync(TrainingPermissions.OrganizationUnits.Manage, cancellationToken));
    }

    public async Task<OrganizationUnitDto> CreateAsync(CreateOrganizationUnitDto input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.OrganizationUnits.Manage, cancellationToken);
        // Roots (provinces) come from the seed data and the DbMigrator; a user creates units only below one in its scope.
        var parent = await GetVisibleAsync(input.ParentId ?? throw TrainingException.OutOfScope(), cancellationToken);
        await scope.EnsureContainsAsync(parent, cancellationToken);
        var unit = await manager.CreateAsync(input.Code, input.Name, input.Kind, parent, input.ValidFrom, input.ValidTo, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return unit.ToDto();
    }

    public async Task<OrganizationUnitDto> UpdateAsync(Guid id, UpdateOrganizationUnitDto input, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.OrganizationUnits.Manage, cancellationToken);
        var unit = await GetVisibleAsync(id, cancellationToken);
        await scope.EnsureContainsAsync(unit, cancellationToken);
        unit.Rename(input.Name);
        await manager.ChangeValidityAsync(unit, input.ValidFrom, input.ValidTo, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return unit.ToDto();
    }

    public async Task AddSuccessorAsync(Guid predecessorId, string successorCode, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        await permissions.CheckAsync(TrainingPermissions.OrganizationUnits.Manage, cancellationToken);
        var predecessor = await GetVisibleAsync(predecessorId, cancellationToken);
        await scope.EnsureContainsAsync(predecessor, cancellationToken);
        var successor = await repository.FindByCodeAsync(successorCode.Trim(), asOf, fallBackToLatest: false, cancellationToken)
            ?? throw TrainingException.NotFound(TrainingErrorCodes.UnitNotFound, successorCode);
        await scope.EnsureContainsAsync(successor, cancellationToken);
        await manager.AddSuccessorAsync(predecessor, successor, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    private async Task<OrganizationUnit> GetVisibleAsync(Guid id, CancellationToken cancellationToken) =>
        await repository.FindAsync(id, cancellationToken) ?? throw TrainingException.NotFound(TrainingErrorCodes.UnitNotFound, id);

    private async Task<IReadOnlyList<OrganizationUnitDto>> VisibleAsync(List<OrganizationUnit> units, CancellationToken cancellationToken)
    {
        var visible = new List<OrganizationUnitDto>(units.Count);
        foreach (var unit in units)
        {
            if (await scope.ContainsAsync(unit, cancellationToken) || await scope.LeadsIntoAsync(unit, cancellationToken))
            {
                visible.Add(unit.ToDto());
            }
        }

        return visible;
    }
}
