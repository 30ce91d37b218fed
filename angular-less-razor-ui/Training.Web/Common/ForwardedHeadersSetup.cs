using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Training.Web.Common;

/// <summary>
/// Behind a TLS proxy the app sees plain http from the proxy's address. The X-Forwarded-For and X-Forwarded-Proto of the
/// configured proxies (and of the loopback) are believed, so that HSTS and Secure cookies apply and rate limits count
/// the client; anyone else's are ignored, since a client could claim any address or https.
/// </summary>
public static class ForwardedHeadersSetup
{
    public static IServiceCollection AddTrainingForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("ForwardedHeaders");
        var proxies = Values(section.GetSection("KnownProxies")).Select(IPAddress.Parse).ToList();
        var networks = Values(section.GetSection("KnownNetworks")).Select(System.Net.IPNetwork.Parse).ToList();
        return services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
    }

    /// <summary>A list written either way: comma-separated (an environment variable) or as an array (appsettings.json).</summary>
    private static IEnumerable<string> Values(IConfigurationSection section) =>
        (section.Value?.Split(',') ?? section.GetChildren().Select(c => c.Value ?? string.Empty)).Select(v => v.Trim()).Where(v => v.Length > 0);
}
