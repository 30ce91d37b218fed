namespace Training.OrganizationUnits;

public interface IOrganizationUnitAppService
{
    /// <summary>The children valid on the date (default today) of the unit with that code read on that date; with no
    /// code, the caller's top units. Only what the caller's scope reaches.</summary>
    Task<IReadOnlyList<OrganizationUnitDto>> GetChildrenAsync(GetOrganizationUnitChildrenInput input, CancellationToken cancellationToken = default);

    /// <summary>Every child of a unit (roots of the caller's scope when null), ended ones too, for the admin tree.</summary>
    Task<IReadOnlyList<OrganizationUnitDto>> GetAllChildrenAsync(Guid? parentId, CancellationToken cancellationToken = default);

    /// <summary>Every unit of the caller's scope valid on the date (default today), in tree order: for pickers.</summary>
    Task<IReadOnlyList<OrganizationUnitDto>> GetInScopeAsync(DateOnly? asOf, CancellationToken cancellationToken = default);

    /// <summary>The units assigned to the caller: the roots of what it may see.</summary>
    Task<IReadOnlyList<OrganizationUnitDto>> GetAssignedAsync(CancellationToken cancellationToken = default);

    Task<OrganizationUnitDetailDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<OrganizationUnitDto> CreateAsync(CreateOrganizationUnitDto input, CancellationToken cancellationToken = default);

    Task<OrganizationUnitDto> UpdateAsync(Guid id, UpdateOrganizationUnitDto input, CancellationToken cancellationToken = default);

    Task AddSuccessorAsync(Guid predecessorId, string successorCode, DateOnly asOf, CancellationToken cancellationToken = default);
}
