namespace Training.OrganizationUnits;

public interface IOrganizationUnitRepository
{
    Task<OrganizationUnit?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The unit with <paramref name="code"/> valid on <paramref name="asOf"/>; else, when
    /// <paramref name="fallBackToLatest"/>, the one that most recently had that code.</summary>
    Task<OrganizationUnit?> FindByCodeAsync(string code, DateOnly asOf, bool fallBackToLatest, CancellationToken cancellationToken = default);

    /// <summary>Children of <paramref name="parentId"/> (roots when null) valid on <paramref name="asOf"/>, by code.</summary>
    Task<List<OrganizationUnit>> GetChildrenAsync(Guid? parentId, DateOnly asOf, OrganizationUnitKind? kind, CancellationToken cancellationToken = default);

    /// <summary>Children of <paramref name="parentId"/> (roots when null) whatever their dates, ended ones included.</summary>
    Task<List<OrganizationUnit>> GetAllChildrenAsync(Guid? parentId, CancellationToken cancellationToken = default);

    /// <summary>Every unit valid on <paramref name="asOf"/>, in tree order.</summary>
    Task<List<OrganizationUnit>> GetValidOnAsync(DateOnly asOf, CancellationToken cancellationToken = default);

    Task<List<OrganizationUnit>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default);

    /// <summary>Whether another unit holds <paramref name="code"/> on any day of the given validity.</summary>
    Task<bool> IsCodeTakenAsync(string code, DateOnly validFrom, DateOnly? validTo, Guid? exceptId, CancellationToken cancellationToken = default);

    /// <summary>The greatest path among the children of a parent (roots when null), or null when it has none.</summary>
    Task<string?> GetLastChildPathAsync(Guid? parentId, CancellationToken cancellationToken = default);

    Task<List<OrganizationUnitSuccession>> GetSuccessionsAsync(Guid unitId, CancellationToken cancellationToken = default);

    Task InsertAsync(OrganizationUnit unit, CancellationToken cancellationToken = default);

    Task InsertSuccessionAsync(OrganizationUnitSuccession succession, CancellationToken cancellationToken = default);
}
