using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Training.Identity;

namespace Training.Web.Identity;

/// <summary>Adds the display name, and a flag while the first-sign-in password change is pending.</summary>
public sealed class TrainingClaimsPrincipalFactory(UserManager<TrainingUser> userManager, RoleManager<IdentityRole<Guid>> roleManager,
    IOptions<IdentityOptions> options) : UserClaimsPrincipalFactory<TrainingUser, IdentityRole<Guid>>(userManager, roleManager, options)
{
    public const string DisplayNameClaim = "training:display_name";
    public const string MustChangePasswordClaim = "training:must_change_password";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(TrainingUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(MustChangePasswordClaim, "true"));
        }

        return identity;
    }
}
