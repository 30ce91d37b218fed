namespace Training.Certificates;

/// <summary>What a certificate prints about its holder, course and issuer, read once at issue and never again.</summary>
public sealed record CertificateFacts(
    string HolderName,
    DateOnly? BirthDate,
    string UnitName,
    string CourseTitle,
    DateOnly? SessionFrom,
    DateOnly? SessionTo,
    string? ParentBody,
    string? IssuingBody,
    string Place,
    string? SignerTitle,
    string? SignerName,
    Guid? SignatureBlobId);
