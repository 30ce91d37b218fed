using System.ComponentModel.DataAnnotations;

namespace Training.Rosters;

/// <summary>A change: a field absent or null keeps its value, an empty text clears it. A new <see cref="UnitCode"/> is a move dated <see cref="MovedOn"/> (default today).</summary>
public sealed class UpdateStaffMemberDto
{
    [StringLength(StaffMemberConsts.MaxFullNameLength)]
    public string? FullName { get; set; }

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

    public string? UnitCode { get; set; }

    public DateOnly? MovedOn { get; set; }

    public StaffRole? Role { get; set; }

    public bool? InScope { get; set; }

    public DateOnly? ActiveFrom { get; set; }

    /// <summary>The last active day: the person leaves the roster, and a linked account stops signing in after it.</summary>
    public DateOnly? ActiveTo { get; set; }

    /// <summary>Fields to clear, by their JSON names: <c>gender</c>, <c>birthDate</c>, <c>activeTo</c> (the person is back on
    /// the roster and their account opens again), and the texts, which an empty string clears too.</summary>
    public List<string>? Clear { get; set; }
}
