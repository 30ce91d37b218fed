using System.ComponentModel.DataAnnotations;

namespace Training.OrganizationUnits;

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
