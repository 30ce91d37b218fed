using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Training.HttpApi.Certificates;
using Training.Common;

namespace Training.Web.Certificates;

/// <summary>
/// The public verification answers anyone, so it is the one place a stranger can make the server look things up at will:
/// each client address gets <c>RateLimits:VerifyPerMinute</c> (30 by default) lookups a minute, page and API together,
/// then a 429 problem saying when to come back.
/// </summary>
public static class VerificationRateLimit
{
    public static IServiceCollection AddCertificateVerificationRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("RateLimits:VerifyPerMinute", 30);
        return services.AddRateLimiter(o =>
        {
            o.AddPolicy(CertificateEndpoints.VerifyPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = async (context, cancellationToken) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? (int)Math.Ceiling(retryAfter.TotalSeconds) : 60;
                var http = context.HttpContext;
                http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                var problems = http.RequestServices.GetRequiredService<TrainingProblems>();
                await problems.Create(StatusCodes.Status429TooManyRequests, TrainingErrorCodes.TooManyRequests, seconds).ExecuteAsync(http);
            };
        });
    }
}
