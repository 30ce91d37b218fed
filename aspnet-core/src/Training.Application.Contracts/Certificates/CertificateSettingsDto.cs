namespace Training.Certificates;

public sealed record CertificateSettingsDto(Guid UnitId, string? ParentBody, string? IssuingBody, string? Place, string? SignerTitle, string? SignerName,
    bool HasSignatureImage);
