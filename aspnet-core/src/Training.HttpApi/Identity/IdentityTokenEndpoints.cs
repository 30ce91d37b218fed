using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Training.Common;
using Training.Identity;

namespace Training.HttpApi.Identity;

/// <summary>
/// The only two identity routes of the API. Identity's MapIdentityApi is not used: it would also open anonymous
/// registration and password reset. No token is given while a first-sign-in password change is pending.
/// </summary>
public static class IdentityTokenEndpoints
{
    public static IEndpointRouteBuilder MapIdentityTokenEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/identity").WithTags("Identity").AllowAnonymous();

        group.MapPost("/login", async Task<Results<EmptyHttpResult, ProblemHttpResult>> (LoginRequest request, SignInManager<TrainingUser> signInManager,
                TrainingProblems problems) =>
            {
                var user = await FindUserAsync(signInManager.UserManager, request.Email);
                if (user is null)
                {
                    return problems.Create(StatusCodes.Status401Unauthorized, TrainingErrorCodes.InvalidCredentials);
                }

                var check = await signInManager.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
                if (check.IsLockedOut)
                {
                    return problems.Create(StatusCodes.Status401Unauthorized, TrainingErrorCodes.LockedOut);
                }

                if (!check.Succeeded)
                {
                    return problems.Create(StatusCodes.Status401Unauthorized, TrainingErrorCodes.InvalidCredentials);
                }

                if (user.MustChangePassword)
                {
                    return problems.Create(StatusCodes.Status403Forbidden, TrainingErrorCodes.PasswordChangeRequired);
                }

                // The bearer handler writes {tokenType, accessToken, expiresIn, refreshToken} itself.
                signInManager.AuthenticationScheme = IdentityConstants.BearerScheme;
                await signInManager.SignInAsync(user, isPersistent: false);
                return TypedResults.Empty;
            })
            .Validate<LoginRequest>()
            .Produces<AccessTokenResponse>()
            .WithSummary("Exchanges an e-mail (or phone user name) and password for a bearer token.");

        group.MapPost("/refresh", async Task<Results<SignInHttpResult, ProblemHttpResult>> (RefreshRequest request, SignInManager<TrainingUser> signInManager,
                IOptionsMonitor<BearerTokenOptions> bearerOptions, TimeProvider clock, TrainingProblems problems) =>
            {
                var ticket = bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
                if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
                    || await signInManager.ValidateSecurityStampAsync(ticket.Principal) is not { } user
                    || await signInManager.UserManager.IsLockedOutAsync(user))
                {
                    return problems.Create(StatusCodes.Status401Unauthorized, TrainingErrorCodes.InvalidRefreshToken);
                }

                if (user.MustChangePassword)
                {
                    return problems.Create(StatusCodes.Status403Forbidden, TrainingErrorCodes.PasswordChangeRequired);
                }

                var principal = await signInManager.CreateUserPrincipalAsync(user);
                return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
            })
            .Validate<RefreshRequest>()
            .Produces<AccessTokenResponse>();
        return app;
    }

    /// <summary>The login name is a user name (an e-mail, or a phone number for those without one), else an e-mail.</summary>
    private static async Task<TrainingUser?> FindUserAsync(UserManager<TrainingUser> users, string login) =>
        await users.FindByNameAsync(login.Trim()) ?? await users.FindByEmailAsync(login.Trim());

    public sealed record LoginRequest([property: Required] string Email, [property: Required] string Password);

    public sealed record RefreshRequest([property: Required] string RefreshToken);
}
