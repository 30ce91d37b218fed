using System.ComponentModel.DataAnnotations;
using Training.Common;

namespace Training.Rosters;

/// <summary>A person as the API shows it. A field the caller may not see is null (national ID, ethnicity) or masked (phone).</summary>
public sealed record StaffMemberDto(
    Guid Id,
    string FullName,
    Gender? Gender,
    DateOnly? BirthDate,
    string? Ethnicity,
    string? NationalId,
    string? Phone,
    string? Email,
    Guid UnitId,
    string UnitCode,
    string UnitName,
    StaffRole Role,
    bool InScope,
    DateOnly ActiveFrom,
    DateOnly? ActiveTo,
    Guid? UserId);

public sealed record GetStaffListInput : PagedInput
{
    public string? UnitCode { get; init; }

    public DateOnly? AsOf { get; init; }

    public StaffRole? Role { get; init; }

    public bool? InScope { get; init; }

    public string? Search { get; init; }

    /// <summary>Also those no longer active on the date.</summary>
    public bool? IncludeInactive { get; init; }
}

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

/// <summary>A change: a field left null keeps its value. A new <see cref="UnitCode"/> is a move dated <see cref="MovedOn"/> (default today).</summary>
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

    /// <summary>Fields to clear, by their JSON names; today <c>"activeTo"</c>, which puts the person back on the roster
    /// and opens their account again.</summary>
    public List<string>? Clear { get; set; }
}

public interface IStaffMemberAppService
{
    Task<PagedResultDto<StaffMemberDto>> GetListAsync(GetStaffListInput input, CancellationToken cancellationToken = default);

    Task<StaffMemberDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<StaffMemberDto> CreateAsync(CreateStaffMemberDto input, CancellationToken cancellationToken = default);

    Task<StaffMemberDto> UpdateAsync(Guid id, UpdateStaffMemberDto input, CancellationToken cancellationToken = default);

    /// <summary>Sets the last active day (default today); the person and its history stay.</summary>
    Task DeactivateAsync(Guid id, DateOnly? lastDay, CancellationToken cancellationToken = default);

    /// <summary>The person's unit history, oldest first.</summary>
    Task<IReadOnlyList<StaffAssignmentDto>> GetAssignmentsAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Corrects one period of the history (an admin's action, audited); returns the history as it then is.</summary>
    Task<IReadOnlyList<StaffAssignmentDto>> CorrectAssignmentAsync(Guid id, Guid assignmentId, CorrectStaffAssignmentDto input,
        CancellationToken cancellationToken = default);
}
