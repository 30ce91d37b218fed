using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Training.Web.Identity;

/// <summary>Failed sign-ins allowed per client address in a window, before that address waits (429 with Retry-After).</summary>
public sealed class LoginThrottleOptions
{
    public const string SectionName = "Security";

    public int LoginFailuresPerAddress { get; set; } = 10;

    public TimeSpan LoginFailureWindow { get; set; } = TimeSpan.FromMinutes(15);
}

/// <summary>
/// Counts failed sign-ins per client address with the framework's fixed-window rate limiter, so that one client can neither
/// guess passwords at speed nor lock account after account (an account locks after 5 failures for 15 minutes). Per node:
/// behind a load balancer each node counts its own share.
/// </summary>
public sealed class LoginThrottle : IDisposable
{
    private readonly LoginThrottleOptions _options;
    private readonly PartitionedRateLimiter<string> _failures;

    public LoginThrottle(IOptions<LoginThrottleOptions> options)
    {
        _options = options.Value;
        _failures = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address, _ =>
            new FixedWindowRateLimiterOptions { PermitLimit = _options.LoginFailuresPerAddress, Window = _options.LoginFailureWindow, QueueLimit = 0 }));
    }

    /// <summary>The address has used up its failures: it may try again after <paramref name="retryAfter"/>.</summary>
    public bool IsBlocked(string address, out TimeSpan retryAfter)
    {
        using var lease = _failures.AttemptAcquire(address, 0);
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : _options.LoginFailureWindow;
        return !lease.IsAcquired;
    }

    public void RecordFailure(string address) => _failures.AttemptAcquire(address).Dispose();

    public void Dispose() => _failures.Dispose();
}
