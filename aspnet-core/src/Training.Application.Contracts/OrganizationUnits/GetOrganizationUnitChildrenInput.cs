namespace Training.OrganizationUnits;

public sealed record GetOrganizationUnitChildrenInput(string? ParentCode, DateOnly? AsOf, OrganizationUnitKind? Kind);
