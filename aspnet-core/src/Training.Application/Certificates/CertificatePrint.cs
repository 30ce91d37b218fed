namespace Training.Certificates;

/// <summary>
/// What a certificate's paper shows, every value as frozen at issue (a roster correction shows only after a re-issue).
/// <paramref name="VerifyUrl"/> is the public page the QR code and the printed code lead to.
/// </summary>
public sealed record CertificatePrint(
    string Serial,
    string VerificationCode,
    string VerifyUrl,
    string HolderName,
    DateOnly? BirthDate,
    string UnitName,
    string CourseTitle,
    DateOnly? SessionFrom,
    DateOnly? SessionTo,
    DateOnly CompletedOn,
    DateOnly IssuedOn,
    DateOnly? ExpiresOn,
    string? ParentBody,
    string? IssuingBody,
    string Place,
    string? SignerTitle,
    string? SignerName,
    byte[]? SignatureImage,
    bool Revoked);
