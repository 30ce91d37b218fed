using System.ComponentModel.DataAnnotations;

namespace Training.OrganizationUnits;

public sealed class UpdateOrganizationUnitDto
{
    [Required]
    [StringLength(OrganizationUnitConsts.MaxNameLength)]
    public string Name { get; set; } = string.Empty;

    public DateOnly ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }
}
