using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Training.Web.Identity;

/// <summary>Failed sign-ins allowed per client address in a window, before that address waits (429 with Retry-After).</summary>
public sealed class LoginThrottleOptions
{
    public const string SectionName = "Security";

    public int LoginFailuresPerAddress { get; set; } = 10;

    /// <summary>Failures one address may make against one login: fewer than the 5 that lock an account, so that no single
    /// client can lock anyone out.</summary>
    public int LoginFailuresPerAddressAndLogin { get; set; } = 4;

    public TimeSpan LoginFailureWindow { get; set; } = TimeSpan.FromMinutes(15);
}

/// <summary>
/// Counts failed sign-ins per client address, and per address and login, with the framework's fixed-window rate limiter:
/// one client can neither guess passwords at speed nor lock an account (which takes 5 failures) by itself. Per node:
/// behind a load balancer each node counts its own share.
/// </summary>
public sealed class LoginThrottle : IDisposable
{
    private readonly LoginThrottleOptions _options;
    private readonly PartitionedRateLimiter<string> _failures;
    private readonly PartitionedRateLimiter<string> _failuresPerLogin;

    public LoginThrottle(IOptions<LoginThrottleOptions> options)
    {
        _options = options.Value;
        _failures = Limiter(_options.LoginFailuresPerAddress);
        _failuresPerLogin = Limiter(_options.LoginFailuresPerAddressAndLogin);
    }

    /// <summary>The address has used up its failures, overall or against this login: it may try again after <paramref name="retryAfter"/>.</summary>
    public bool IsBlocked(string address, string login, out TimeSpan retryAfter)
    {
        using var overall = _failures.AttemptAcquire(address, 0);
        using var perLogin = _failuresPerLogin.AttemptAcquire(Key(address, login), 0);
        var refused = overall.IsAcquired ? perLogin : overall;
        retryAfter = refused.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : _options.LoginFailureWindow;
        return !overall.IsAcquired || !perLogin.IsAcquired;
    }

    public void RecordFailure(string address, string login)
    {
        _failures.AttemptAcquire(address).Dispose();
        _failuresPerLogin.AttemptAcquire(Key(address, login)).Dispose();
    }

    public void Dispose()
    {
        _failures.Dispose();
        _failuresPerLogin.Dispose();
    }

    private static string Key(string address, string login) => address + "|" + login.Trim().ToUpperInvariant();

    private PartitionedRateLimiter<string> Limiter(int permits) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ =>
            new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = _options.LoginFailureWindow, QueueLimit = 0 }));
}
