namespace Training.Certificates;

/// <summary>A certificate in the registry or in "my certificates"; <paramref name="ExpiresAt"/> is the last valid day.</summary>
public sealed record CertificateDto(
    Guid Id,
    string Serial,
    string VerificationCode,
    Guid StaffId,
    string Holder,
    Guid CourseId,
    string CourseCode,
    string CourseTitle,
    DateTimeOffset IssuedAt,
    DateOnly? ExpiresAt,
    CertificateStatus Status);
