using System.ComponentModel.DataAnnotations;

namespace Training.OrganizationUnits;

/// <summary>The API's shape of a unit: <c>{id, code, name, kind, parentId}</c> plus its validity.</summary>
public sealed record OrganizationUnitDto(Guid Id, string Code, string Name, OrganizationUnitKind Kind, Guid? ParentId,
    DateOnly ValidFrom, DateOnly? ValidTo);

public sealed record OrganizationUnitDetailDto(OrganizationUnitDto Unit, IReadOnlyList<OrganizationUnitDto> Ancestors,
    IReadOnlyList<OrganizationUnitDto> Predecessors, IReadOnlyList<OrganizationUnitDto> Successors, bool CanManage);

public sealed record GetOrganizationUnitChildrenInput(string? ParentCode, DateOnly? AsOf, OrganizationUnitKind? Kind);

public sealed class CreateOrganizationUnitDto
{
    [Required]
    [StringLength(OrganizationUnitConsts.MaxCodeLength)]
    public string Code { get; set; } = string.Empty;

    [Required]
    [StringLength(OrganizationUnitConsts.MaxNameLength)]
    public string Name { get; set; } = string.Empty;

    public OrganizationUnitKind Kind { get; set; }

    public Guid? ParentId { get; set; }

    public DateOnly ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }
}

public sealed class UpdateOrganizationUnitDto
{
    [Required]
    [StringLength(OrganizationUnitConsts.MaxNameLength)]
    public string Name { get; set; } = string.Empty;

    public DateOnly ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }
}
