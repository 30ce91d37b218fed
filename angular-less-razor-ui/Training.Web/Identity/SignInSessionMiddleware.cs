using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Training.Identity;
using Training.Timing;

namespace Training.Web.Identity;

/// <summary>
/// After authentication, each request's cookie or bearer token must belong to a session that is still open, of an account
/// still enabled (and whose person is still on a roster), with the security stamp it was issued with: logout, a password
/// change or reset, a role change and disabling take effect on the next request, on every node — on the attempt routes within
/// 30 s (<see cref="AttemptRouteCache"/>), at once for a logout on the same node. Otherwise the request goes
/// on as anonymous: the API answers 401, a page sends the browser to the login page.
/// </summary>
public sealed class SignInSessionMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ISignInSessionRepository sessions, AttemptRouteCache cache, IOptions<IdentityOptions> identity,
        TimeProvider clock)
    {
        if (context.User.Identity?.IsAuthenticated == true && !await IsValidAsync(context.User, sessions, cache, identity.Value, clock))
        {
            if (!IdentityWebServiceCollectionExtensions.IsBearer(context.Request))
            {
                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            }

            context.User = new ClaimsPrincipal(new ClaimsIdentity());
        }

        await next(context);
    }

    private static async Task<bool> IsValidAsync(ClaimsPrincipal user, ISignInSessionRepository sessions, AttemptRouteCache cache, IdentityOptions identity,
        TimeProvider clock) =>
        TrainingSignInService.TryGetId(user, TrainingSignInService.SessionClaim, out var sessionId)
        && await cache.GetAsync(AttemptRouteCache.SessionKind, sessionId, () => sessions.GetStateAsync(sessionId)) is { Ended: false } state
        && state.UserId.ToString() == user.FindFirstValue(identity.ClaimsIdentity.UserIdClaimType)
        && state.SecurityStamp == user.FindFirstValue(identity.ClaimsIdentity.SecurityStampClaimType)
        && state.AccountActive(BusinessClock.Today(clock));
}
