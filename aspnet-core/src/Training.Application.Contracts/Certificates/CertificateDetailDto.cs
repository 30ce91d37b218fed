namespace Training.Certificates;

/// <summary>One certificate with every fact it prints, for its holder or a reader of the registry.</summary>
public sealed record CertificateDetailDto(
    Guid Id,
    string Serial,
    string VerificationCode,
    string VerifyUrl,
    Guid StaffId,
    string Holder,
    DateOnly? BirthDate,
    string UnitName,
    Guid CourseId,
    string CourseCode,
    string CourseTitle,
    SessionDatesDto? SessionDates,
    DateOnly CompletedOn,
    DateTimeOffset IssuedAt,
    DateOnly? ExpiresAt,
    CertificateStatus Status,
    DateTimeOffset? RevokedAt,
    string? RevocationReason,
    string? ReplacedBySerial,
    bool Renewable);
