namespace Training.Web.Identity;

/// <summary>Until an account with a one-time password has set its own, every page leads to the password change.</summary>
public sealed class PasswordChangeRequiredMiddleware(RequestDelegate next)
{
    private static readonly string[] AllowedPaths = ["/Account/ChangePassword", "/Account/Logout", "/Culture"];

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.User.HasClaim(TrainingClaimsPrincipalFactory.MustChangePasswordClaim, "true")
            && !AllowedPaths.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }

            context.Response.Redirect("/Account/ChangePassword");
            return;
        }

        await next(context);
    }
}
