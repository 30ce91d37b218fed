namespace Training.Certificates;

internal static class CertificateMappings
{
    public static CertificateDto ToDto(this CertificateListRow r, DateOnly today) => new(r.Id, r.Serial, r.VerificationCode, r.StaffId, r.Holder, r.CourseId,
        r.CourseCode, r.CourseTitle, r.IssuedAt, r.ExpiresOn, Certificate.StatusOf(r.RevokedAt, r.ExpiresOn, today));

    public static CertificateDetailDto ToDetailDto(this Certificate c, DateOnly today, CertificateLinks links) => new(c.Id, c.Serial, c.VerificationCode,
        links.Verify(c.VerificationCode), c.StaffMemberId, c.HolderName, c.BirthDate, c.UnitName, c.CourseId, c.CourseCode, c.CourseTitle, SessionDates(c),
        c.CompletedOn, c.IssuedAt, c.ExpiresOn, c.StatusOn(today), c.RevokedAt, c.RevocationReason, c.ReplacedBySerial, c.IsRenewableOn(today));

    public static PublicCertificateDto ToPublicDto(this Certificate c, DateOnly today) => new(c.StatusOn(today), c.Serial, c.HolderName, c.BirthDate,
        c.UnitName, c.CourseTitle, SessionDates(c), c.CompletedOn, c.IssuedOn, c.ExpiresOn, c.RevokedAt, c.RevocationReason, c.ReplacedBySerial, c.ParentBody,
        c.IssuingBody, c.Place, c.SignerTitle, c.SignerName);

    public static CertificatePrint ToPrint(this Certificate c, CertificateLinks links, byte[]? signature) => new(c.Serial, c.VerificationCode,
        links.Verify(c.VerificationCode), c.HolderName, c.BirthDate, c.UnitName, c.CourseTitle, c.SessionFrom, c.SessionTo, c.CompletedOn, c.IssuedOn,
        c.ExpiresOn, c.ParentBody, c.IssuingBody, c.Place, c.SignerTitle, c.SignerName, signature, c.RevokedAt is not null);

    public static CertificateSettingsDto ToDto(this CertificateSettings s) => new(s.UnitId, s.ParentBody, s.IssuingBody, s.Place, s.SignerTitle, s.SignerName,
        s.SignatureBlobId is not null);

    private static SessionDatesDto? SessionDates(Certificate c) => c is { SessionFrom: { } from, SessionTo: { } to } ? new SessionDatesDto(from, to) : null;
}
