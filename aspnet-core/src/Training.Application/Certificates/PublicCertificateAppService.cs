using Training.Timing;

namespace Training.Certificates;

/// <summary>Anyone with the paper checks it against what was issued: no account, no permission, and nothing beyond what it prints.</summary>
public sealed class PublicCertificateAppService(ICertificateRepository certificates, TimeProvider clock) : IPublicCertificateAppService
{
    public async Task<PublicCertificateDto> VerifyAsync(string code, CancellationToken cancellationToken = default)
    {
        // A code that cannot be one goes through the same lookup, so that the answer's time tells nothing about the codes that exist.
        var certificate = await certificates.FindByCodeAsync(VerificationCodes.Normalise(code) ?? string.Empty, cancellationToken);
        return certificate?.ToPublicDto(BusinessClock.Today(clock)) ?? throw TrainingException.NotFound(TrainingErrorCodes.CertificateNotFound);
    }
}
