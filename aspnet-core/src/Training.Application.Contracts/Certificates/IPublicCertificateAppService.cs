namespace Training.Certificates;

/// <summary>Verification by anyone, without an account.</summary>
public interface IPublicCertificateAppService
{
    /// <summary>404 for a code that is unknown or cannot be one.</summary>
    [Training.Common.OpenToAnyone]
    Task<PublicCertificateDto> VerifyAsync(string code, CancellationToken cancellationToken = default);
}
