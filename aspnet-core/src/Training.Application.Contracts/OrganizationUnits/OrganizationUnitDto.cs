namespace Training.OrganizationUnits;

/// <summary>The API's shape of a unit: <c>{id, code, name, kind, parentId}</c> plus its validity.</summary>
public sealed record OrganizationUnitDto(Guid Id, string Code, string Name, OrganizationUnitKind Kind, Guid? ParentId,
    DateOnly ValidFrom, DateOnly? ValidTo);
