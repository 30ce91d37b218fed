using Microsoft.AspNetCore.Identity;

namespace Training.Identity;

/// <summary>An account. It sees and changes only the organisation units assigned to it and everything below them.</summary>
public class TrainingUser : IdentityUser<Guid>
{
    private readonly List<UserOrganizationUnit> _organizationUnits = [];

    private TrainingUser()
    {
        DisplayName = null!;
    }

    public TrainingUser(Guid id, string userName, string? email, string displayName)
        : base(userName)
    {
        Id = id;
        Email = email;
        SetDisplayName(displayName);
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public string DisplayName { get; private set; }

    /// <summary>Set for an account created with a one-time password: no API token and no page but the password change until it is done.</summary>
    public bool MustChangePassword { get; private set; }

    public IReadOnlyCollection<UserOrganizationUnit> OrganizationUnits => _organizationUnits;

    /// <summary>False once an admin disabled the account: it signs in no more, and its sessions end.</summary>
    public bool IsActive { get; private set; } = true;

    public void Disable() => IsActive = false;

    public void Enable() => IsActive = true;

    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(DisplayName))]
    public void SetDisplayName(string displayName)
    {
        displayName = (displayName ?? string.Empty).Trim();
        if (displayName.Length is 0 or > IdentityConsts.MaxDisplayNameLength)
        {
            throw new TrainingException(TrainingErrorCodes.UserDisplayNameRequired) { Field = "displayName" };
        }

        DisplayName = displayName;
    }

    public void RequirePasswordChange() => MustChangePassword = true;

    public void PasswordChanged() => MustChangePassword = false;

    public void AssignOrganizationUnit(Guid organizationUnitId)
    {
        if (_organizationUnits.All(u => u.OrganizationUnitId != organizationUnitId))
        {
            _organizationUnits.Add(new UserOrganizationUnit(Id, organizationUnitId));
        }
    }

    public void SetOrganizationUnits(IEnumerable<Guid> organizationUnitIds)
    {
        var wanted = organizationUnitIds.ToHashSet();
        _organizationUnits.RemoveAll(u => !wanted.Contains(u.OrganizationUnitId));
        foreach (var id in wanted)
        {
            AssignOrganizationUnit(id);
        }
    }
}
