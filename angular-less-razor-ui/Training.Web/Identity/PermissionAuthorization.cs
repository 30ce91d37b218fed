using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Training.Identity;
using Training.Permissions;

namespace Training.Web.Identity;

/// <summary>A policy named after a permission ("Training.Courses.Publish") requires that permission.</summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (TrainingPermissionDefinitions.Exists(policyName))
        {
            return new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(policyName)).Build();
        }

        return await base.GetPolicyAsync(policyName);
    }
}

public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;

/// <summary>Asks the database (once per request) whether a role of the user holds the permission.</summary>
public sealed class PermissionAuthorizationHandler(IPermissionChecker permissions) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (await permissions.IsGrantedAsync(requirement.Permission))
        {
            context.Succeed(requirement);
        }
    }
}
