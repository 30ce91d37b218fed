namespace Training.OrganizationUnits;

public sealed record OrganizationUnitDetailDto(OrganizationUnitDto Unit, IReadOnlyList<OrganizationUnitDto> Ancestors,
    IReadOnlyList<OrganizationUnitDto> Predecessors, IReadOnlyList<OrganizationUnitDto> Successors, bool CanManage);
