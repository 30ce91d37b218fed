using Microsoft.Extensions.Configuration;

namespace Training.Certificates;

/// <summary>Where the public verification page lives, from <c>App:PublicBaseUrl</c>: printed on every paper, so it must be the address people can reach.</summary>
public sealed class CertificateLinks(IConfiguration configuration)
{
    public const string DefaultBaseUrl = "http://localhost:5080";

    public string BaseUrl { get; } = (configuration["App:PublicBaseUrl"] is { Length: > 0 } url ? url : DefaultBaseUrl).TrimEnd('/');

    public string Verify(string code) => $"{BaseUrl}/verify/{code}";
}
