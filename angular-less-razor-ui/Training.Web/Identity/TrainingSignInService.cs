using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Training.Identity;
using Training.Timing;

namespace Training.Web.Identity;

/// <summary>The outcome of checking a login and password: the user, or the error to answer with.</summary>
public sealed record SignInOutcome(TrainingUser? User, string? ErrorCode, int Status, TimeSpan? RetryAfter = null)
{
    public bool Succeeded => ErrorCode is null;

    /// <summary>A throttled address is told, in whole seconds, when it may try again.</summary>
    public void WriteTo(HttpResponse response)
    {
        response.StatusCode = Status;
        if (RetryAfter is { } wait)
        {
            response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}

/// <summary>
/// The one way in, for the login page and the token endpoints alike. An unknown login, a wrong password, a locked and a
/// disabled account all answer the same — and cost one password hash each — until the right password is given: only then
/// does the answer say why it is refused. Every sign-in opens a <see cref="SignInSession"/> whose id the cookie or token
/// carries; <see cref="SignInSessionMiddleware"/> checks it on each request.
/// </summary>
public sealed class TrainingSignInService(
    SignInManager<TrainingUser> signInManager,
    ISignInSessionRepository sessions,
    LoginThrottle throttle,
    AttemptRouteCache attemptRoutes,
    IOptionsMonitor<BearerTokenOptions> bearerOptions,
    TimeProvider clock)
{
    public const string SessionClaim = "training:sid";
    public const string RefreshTokenClaim = "training:rt";

    private static readonly TrainingUser Nobody = new(Guid.Empty, "nobody", null, "nobody");
    private static string? _nobodyHash;

    private UserManager<TrainingUser> Users => signInManager.UserManager;

    public async Task<SignInOutcome> CheckPasswordAsync(string login, string password, HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.IsBlocked(address, login, out var retryAfter))
        {
            return new SignInOutcome(null, TrainingErrorCodes.TooManyFailedLogins, StatusCodes.Status429TooManyRequests, retryAfter);
        }

        var user = await FindAsync(login);
        if (user is null)
        {
            // The same work as for a real account, so that the answer's timing does not tell which logins exist.
            _nobodyHash ??= Users.PasswordHasher.HashPassword(Nobody, Guid.NewGuid().ToString());
            Users.PasswordHasher.VerifyHashedPassword(Nobody, _nobodyHash, password);
            return Fail(address, login);
        }

        if (await Users.IsLockedOutAsync(user))
        {
            return await Users.CheckPasswordAsync(user, password) ? Refuse(user, TrainingErrorCodes.LockedOut) : Fail(address, login);
        }

        if (!await sessions.IsAccountActiveAsync(user.Id, BusinessClock.Today(clock)))
        {
            return await Users.CheckPasswordAsync(user, password) ? Refuse(user, TrainingErrorCodes.AccountDisabled) : Fail(address, login);
        }

        // Counts the failure towards the account's lockout; a lockout it causes answers like any wrong password.
        var check = await signInManager.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        return check.Succeeded ? new SignInOutcome(user, null, StatusCodes.Status200OK) : Fail(address, login);
    }

    /// <summary>Signs the browser in: a new session, its id in the cookie.</summary>
    public async Task SignInWithCookieAsync(TrainingUser user, bool persistent)
    {
        var session = new SignInSession(Guid.CreateVersion7(), user.Id, clock.GetUtcNow());
        await sessions.InsertAsync(session, null);
        await signInManager.SignInWithClaimsAsync(user, persistent, [new Claim(SessionClaim, session.Id.ToString())]);
    }

    /// <summary>The principal of a new access and refresh token: of a new session, or the next of <paramref name="familyId"/>.</summary>
    public async Task<ClaimsPrincipal> CreateBearerPrincipalAsync(TrainingUser user, Guid? familyId = null)
    {
        var now = clock.GetUtcNow();
        var token = new RefreshToken(Guid.CreateVersion7(), familyId ?? Guid.CreateVersion7(), user.Id,
            now + bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenExpiration);
        if (familyId is null)
        {
            await sessions.InsertAsync(new SignInSession(token.FamilyId, user.Id, now), token);
        }
        else
        {
            await sessions.InsertAsync(token);
        }

        var principal = await signInManager.CreateUserPrincipalAsync(user);
        ((ClaimsIdentity)principal.Identity!).AddClaims([new Claim(SessionClaim, token.FamilyId.ToString()), new Claim(RefreshTokenClaim, token.Id.ToString())]);
        return principal;
    }

    /// <summary>Uses a refresh token once: the next principal of its family, or the error. A token used twice ends its family.</summary>
    public async Task<(ClaimsPrincipal? Principal, SignInOutcome Outcome)> RefreshAsync(string refreshToken)
    {
        var now = clock.GetUtcNow();
        var ticket = bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(refreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || now >= expires
            || !TryGetId(ticket.Principal, RefreshTokenClaim, out var tokenId) || !TryGetId(ticket.Principal, SessionClaim, out var familyId)
            || await sessions.GetStateAsync(familyId) is not { Ended: false } state)
        {
            return (null, InvalidRefresh());
        }

        if (!await sessions.TryUseAsync(tokenId, now))
        {
            await sessions.EndAsync(familyId, now);
            return (null, new SignInOutcome(null, TrainingErrorCodes.RefreshTokenReused, StatusCodes.Status401Unauthorized));
        }

        if (!state.AccountActive(BusinessClock.Today(clock)))
        {
            return (null, new SignInOutcome(null, TrainingErrorCodes.AccountDisabled, StatusCodes.Status401Unauthorized));
        }

        if (await signInManager.ValidateSecurityStampAsync(ticket.Principal) is not { } user || await Users.IsLockedOutAsync(user))
        {
            return (null, InvalidRefresh());
        }

        if (user.MustChangePassword)
        {
            return (null, new SignInOutcome(user, TrainingErrorCodes.PasswordChangeRequired, StatusCodes.Status403Forbidden));
        }

        return (await CreateBearerPrincipalAsync(user, familyId), new SignInOutcome(user, null, StatusCodes.Status200OK));
    }

    /// <summary>Ends the session of a refresh token (an API client's logout); false when the token is not one of ours.</summary>
    public async Task<bool> EndRefreshTokenSessionAsync(string refreshToken)
    {
        var ticket = bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(refreshToken);
        if (ticket is null || !TryGetId(ticket.Principal, SessionClaim, out var familyId))
        {
            return false;
        }

        await sessions.EndAsync(familyId, clock.GetUtcNow());
        attemptRoutes.ForgetSession(familyId);
        return true;
    }

    /// <summary>Ends the signed-in browser's session on every node, and drops its cookie.</summary>
    public async Task SignOutAsync(ClaimsPrincipal user)
    {
        if (TryGetId(user, SessionClaim, out var sessionId))
        {
            await sessions.EndAsync(sessionId, clock.GetUtcNow());
            attemptRoutes.ForgetSession(sessionId);
        }

        await signInManager.SignOutAsync();
    }

    public static bool TryGetId(ClaimsPrincipal principal, string claim, out Guid id) => Guid.TryParse(principal.FindFirstValue(claim), out id);

    /// <summary>The login is a user name (an e-mail, or a phone number for those without one), else an e-mail held by one account.</summary>
    private async Task<TrainingUser?> FindAsync(string login)
    {
        login = login.Trim();
        try
        {
            return await Users.FindByNameAsync(login) ?? await Users.FindByEmailAsync(login);
        }
        catch (InvalidOperationException)
        {
            // Two accounts share this e-mail: it names no one.
            return null;
        }
    }

    private SignInOutcome Fail(string address, string login)
    {
        throttle.RecordFailure(address, login);
        return Invalid();
    }

    private static SignInOutcome Invalid() => new(null, TrainingErrorCodes.InvalidCredentials, StatusCodes.Status401Unauthorized);

    private static SignInOutcome InvalidRefresh() => new(null, TrainingErrorCodes.InvalidRefreshToken, StatusCodes.Status401Unauthorized);

    private static SignInOutcome Refuse(TrainingUser user, string code) => new(user, code, StatusCodes.Status401Unauthorized);
}
