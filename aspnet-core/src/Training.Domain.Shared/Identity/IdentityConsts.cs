namespace Training.Identity;

public static class IdentityConsts
{
    public const int MaxDisplayNameLength = 128;
    public const int MaxFailedAccessAttempts = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>Claim type under which a role's granted permissions are kept (role claims).</summary>
    public const string PermissionClaimType = "training:permission";
}
