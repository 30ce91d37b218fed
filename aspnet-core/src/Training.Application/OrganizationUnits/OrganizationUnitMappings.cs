namespace Training.OrganizationUnits;

internal static class OrganizationUnitMappings
{
    public static OrganizationUnitDto ToDto(this OrganizationUnit unit) =>
        new(unit.Id, unit.Code, unit.Name, unit.Kind, unit.ParentId, unit.ValidFrom, unit.ValidTo);
}
