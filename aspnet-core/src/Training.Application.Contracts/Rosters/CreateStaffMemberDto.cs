using System.ComponentModel.DataAnnotations;

namespace Training.Rosters;

/// <summary>A new person. <see cref="UnitCode"/> is read on <see cref="ActiveFrom"/> (default today).</summary>
public sealed class CreateStaffMemberDto
{
    [Required]
    [StringLength(StaffMemberConsts.MaxFullNameLength)]
    public string FullName { get; set; } = string.Empty;

    public Gender? Gender { get; set; }

    public DateOnly? BirthDate { get; set; }

    [StringLength(StaffMemberConsts.MaxEthnicityLength)]
    public string? Ethnicity { get; set; }

    [StringLength(StaffMemberConsts.NationalIdLength)]
    public string? NationalId { get; set; }

    [StringLength(StaffMemberConsts.MaxPhoneLength)]
    public string? Phone { get; set; }

    [StringLength(StaffMemberConsts.MaxEmailLength)]
    public string? Email { get; set; }

    [Required]
    public string UnitCode { get; set; } = string.Empty;

    public StaffRole Role { get; set; }

    public bool InScope { get; set; } = true;

    public DateOnly? ActiveFrom { get; set; }
}
