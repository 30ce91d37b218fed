using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Training.Common;
using Training.Identity;

namespace Training.Web.Identity;

/// <summary>
/// The only three identity routes of the API, beside the login page that shares their sign-in service. Identity's
/// MapIdentityApi is not used: it would also open anonymous registration and password reset. No token is given while a
/// first-sign-in password change is pending.
/// </summary>
public static class IdentityTokenEndpoints
{
    public static IEndpointRouteBuilder MapIdentityTokenEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/identity").WithTags("Identity").AllowAnonymous();
        group.AddEndpointFilter<ValidationFilter>();

        group.MapPost("/login", async Task<Results<SignInHttpResult, ProblemHttpResult>> (LoginRequest request, TrainingSignInService signIn,
                HttpContext context, TrainingProblems problems) =>
            {
                var outcome = await signIn.CheckPasswordAsync(request.Email, request.Password, context);
                if (!outcome.Succeeded)
                {
                    return Problem(outcome, context, problems);
                }

                if (outcome.User!.MustChangePassword)
                {
                    return problems.Create(StatusCodes.Status403Forbidden, TrainingErrorCodes.PasswordChangeRequired);
                }

                // The bearer handler writes {tokenType, accessToken, expiresIn, refreshToken} itself.
                return TypedResults.SignIn(await signIn.CreateBearerPrincipalAsync(outcome.User), authenticationScheme: Microsoft.AspNetCore.Identity.IdentityConstants.BearerScheme);
            })
            .Validate<LoginRequest>()
            .Produces<AccessTokenResponse>()
            .WithSummary("Exchanges an e-mail (or phone user name) and password for a bearer token and a refresh token.");

        group.MapPost("/refresh", async Task<Results<SignInHttpResult, ProblemHttpResult>> (RefreshRequest request, TrainingSignInService signIn,
                HttpContext context, TrainingProblems problems) =>
            {
                var (principal, outcome) = await signIn.RefreshAsync(request.RefreshToken);
                return principal is null
                    ? Problem(outcome, context, problems)
                    : TypedResults.SignIn(principal, authenticationScheme: Microsoft.AspNetCore.Identity.IdentityConstants.BearerScheme);
            })
            .Validate<RefreshRequest>()
            .Produces<AccessTokenResponse>()
            .WithSummary("Exchanges a refresh token, once, for the next pair; a refresh token used twice ends its whole sign-in.");

        group.MapPost("/logout", async Task<Results<NoContent, ProblemHttpResult>> (RefreshRequest request, TrainingSignInService signIn,
                TrainingProblems problems) =>
                await signIn.EndRefreshTokenSessionAsync(request.RefreshToken)
                    ? TypedResults.NoContent()
                    : problems.Create(StatusCodes.Status401Unauthorized, TrainingErrorCodes.InvalidRefreshToken))
            .Validate<RefreshRequest>()
            .WithSummary("Ends the sign-in of this refresh token: it and every access token of that sign-in stop working.");
        return app;
    }

    private static ProblemHttpResult Problem(SignInOutcome outcome, HttpContext context, TrainingProblems problems)
    {
        outcome.WriteTo(context.Response);
        return problems.Create(outcome.Status, outcome.ErrorCode!);
    }
}
