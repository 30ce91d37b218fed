using System.ComponentModel.DataAnnotations;

namespace Training.Identity;

public sealed class SaveUserDto
{
    [Required]
    [StringLength(256)]
    public string UserName { get; set; } = string.Empty;

    [EmailAddress]
    [StringLength(256)]
    public string? Email { get; set; }

    [Phone]
    [StringLength(32)]
    public string? PhoneNumber { get; set; }

    [Required]
    [StringLength(IdentityConsts.MaxDisplayNameLength)]
    public string DisplayName { get; set; } = string.Empty;

    public List<string> Roles { get; set; } = [];

    public List<Guid> OrganizationUnitIds { get; set; } = [];

    /// <summary>On create: the initial password, which the user must change at first sign-in. On update: a reset, when set.</summary>
    [StringLength(128)]
    public string? Password { get; set; }

    /// <summary>On update: false disables the account (every session of it ends), true enables it again; null keeps it.</summary>
    public bool? IsActive { get; set; }
}
