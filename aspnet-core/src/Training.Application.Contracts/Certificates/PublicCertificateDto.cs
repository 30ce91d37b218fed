namespace Training.Certificates;

/// <summary>
/// What anyone holding the paper may check: every fact it prints, and nothing more about the person. Dates are the
/// printed days (yyyy-MM-dd); <paramref name="RevokedAt"/> is an instant.
/// </summary>
public sealed record PublicCertificateDto(
    CertificateStatus Status,
    string Serial,
    string Holder,
    DateOnly? BirthDate,
    string UnitName,
    string Course,
    SessionDatesDto? SessionDates,
    DateOnly CompletedOn,
    DateOnly IssuedAt,
    DateOnly? ExpiresAt,
    DateTimeOffset? RevokedAt,
    string? RevocationReason,
    string? ReplacedBySerial,
    string? ParentBody,
    string? IssuingBody,
    string Place,
    string? SignerTitle,
    string? SignerName);
